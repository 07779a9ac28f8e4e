from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.media_info import MediaInfo
from ...types import Response, quote_path


def _get_kwargs(
    media_id: str,
    *,
    phone_number_id: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone_number_id"] = phone_number_id

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(media_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MediaInfo:
    if response.status_code == 200:
        response_200 = MediaInfo.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MediaInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient,
    phone_number_id: str | None = None,
) -> Response[GraphErrorResponse | MediaInfo]:
    """Retrieve a media URL and metadata

     Returns a short-lived (5 minutes) download URL with the file's MIME type, SHA-256 and size. Download
    the
    bytes from that URL with the same bearer token (wacloud's `media.download` does this, streamed).

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MediaInfo]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        phone_number_id=phone_number_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient,
    phone_number_id: str | None = None,
) -> GraphErrorResponse | MediaInfo | None:
    """Retrieve a media URL and metadata

     Returns a short-lived (5 minutes) download URL with the file's MIME type, SHA-256 and size. Download
    the
    bytes from that URL with the same bearer token (wacloud's `media.download` does this, streamed).

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MediaInfo
    """

    return sync_detailed(
        media_id=media_id,
        client=client,
        phone_number_id=phone_number_id,
    ).parsed


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient,
    phone_number_id: str | None = None,
) -> Response[GraphErrorResponse | MediaInfo]:
    """Retrieve a media URL and metadata

     Returns a short-lived (5 minutes) download URL with the file's MIME type, SHA-256 and size. Download
    the
    bytes from that URL with the same bearer token (wacloud's `media.download` does this, streamed).

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MediaInfo]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        phone_number_id=phone_number_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient,
    phone_number_id: str | None = None,
) -> GraphErrorResponse | MediaInfo | None:
    """Retrieve a media URL and metadata

     Returns a short-lived (5 minutes) download URL with the file's MIME type, SHA-256 and size. Download
    the
    bytes from that URL with the same bearer token (wacloud's `media.download` does this, streamed).

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MediaInfo
    """

    return (
        await asyncio_detailed(
            media_id=media_id,
            client=client,
            phone_number_id=phone_number_id,
        )
    ).parsed
