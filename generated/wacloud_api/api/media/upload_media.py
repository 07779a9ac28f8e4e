from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.media_upload_request import MediaUploadRequest
from ...models.media_upload_response import MediaUploadResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: MediaUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/media",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MediaUploadResponse:
    if response.status_code == 200:
        response_200 = MediaUploadResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MediaUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: MediaUploadRequest,
) -> Response[GraphErrorResponse | MediaUploadResponse]:
    """Upload a media file

     Uploads a file (multipart/form-data) to use in messages. Uploaded media is kept for 30 days. The
    answer is
    the media id to send with `image.id`, `document.id`, and so on.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MediaUploadRequest): A media file upload (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MediaUploadResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: MediaUploadRequest,
) -> GraphErrorResponse | MediaUploadResponse | None:
    """Upload a media file

     Uploads a file (multipart/form-data) to use in messages. Uploaded media is kept for 30 days. The
    answer is
    the media id to send with `image.id`, `document.id`, and so on.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MediaUploadRequest): A media file upload (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MediaUploadResponse
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: MediaUploadRequest,
) -> Response[GraphErrorResponse | MediaUploadResponse]:
    """Upload a media file

     Uploads a file (multipart/form-data) to use in messages. Uploaded media is kept for 30 days. The
    answer is
    the media id to send with `image.id`, `document.id`, and so on.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MediaUploadRequest): A media file upload (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MediaUploadResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: MediaUploadRequest,
) -> GraphErrorResponse | MediaUploadResponse | None:
    """Upload a media file

     Uploads a file (multipart/form-data) to use in messages. Uploaded media is kept for 30 days. The
    answer is
    the media id to send with `image.id`, `document.id`, and so on.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (MediaUploadRequest): A media file upload (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MediaUploadResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
