from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
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
        "method": "delete",
        "url": f"/{quote_path(str(media_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SuccessResponse]:
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
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Delete uploaded media

     Deletes media uploaded by the business. Received media cannot be deleted.

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
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
) -> GraphErrorResponse | SuccessResponse | None:
    """Delete uploaded media

     Deletes media uploaded by the business. Received media cannot be deleted.

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
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
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Delete uploaded media

     Deletes media uploaded by the business. Received media cannot be deleted.

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
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
) -> GraphErrorResponse | SuccessResponse | None:
    """Delete uploaded media

     Deletes media uploaded by the business. Received media cannot be deleted.

    Args:
        media_id (str): A media id returned by an upload or received in a webhook.
        phone_number_id (str | None): Only succeed if the media belongs to this business phone
            number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            media_id=media_id,
            client=client,
            phone_number_id=phone_number_id,
        )
    ).parsed
