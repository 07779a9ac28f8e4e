from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.upload_session import UploadSession
from ...types import Response, quote_path


def _get_kwargs(
    app_id: str,
    *,
    file_name: str,
    file_length: int,
    file_type: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["file_name"] = file_name

    params["file_length"] = file_length

    params["file_type"] = file_type

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(app_id))}/uploads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | UploadSession:
    if response.status_code == 200:
        response_200 = UploadSession.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | UploadSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    file_name: str,
    file_length: int,
    file_type: str,
) -> Response[GraphErrorResponse | UploadSession]:
    """Start a resumable upload session

     Opens an upload session for one file of `file_length` bytes and answers its id (`upload:…`, possibly
    followed by `?sig=…`). Accepted types: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png` and
    `video/mp4`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID) the upload session belongs to.
        file_name (str): The file name, e.g. `banner.jpg`.
        file_length (int): The file size in bytes.
        file_type (str): The MIME type: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png`
            or `video/mp4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UploadSession]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        file_name=file_name,
        file_length=file_length,
        file_type=file_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    file_name: str,
    file_length: int,
    file_type: str,
) -> GraphErrorResponse | UploadSession | None:
    """Start a resumable upload session

     Opens an upload session for one file of `file_length` bytes and answers its id (`upload:…`, possibly
    followed by `?sig=…`). Accepted types: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png` and
    `video/mp4`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID) the upload session belongs to.
        file_name (str): The file name, e.g. `banner.jpg`.
        file_length (int): The file size in bytes.
        file_type (str): The MIME type: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png`
            or `video/mp4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UploadSession
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        file_name=file_name,
        file_length=file_length,
        file_type=file_type,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    file_name: str,
    file_length: int,
    file_type: str,
) -> Response[GraphErrorResponse | UploadSession]:
    """Start a resumable upload session

     Opens an upload session for one file of `file_length` bytes and answers its id (`upload:…`, possibly
    followed by `?sig=…`). Accepted types: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png` and
    `video/mp4`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID) the upload session belongs to.
        file_name (str): The file name, e.g. `banner.jpg`.
        file_length (int): The file size in bytes.
        file_type (str): The MIME type: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png`
            or `video/mp4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UploadSession]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        file_name=file_name,
        file_length=file_length,
        file_type=file_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    file_name: str,
    file_length: int,
    file_type: str,
) -> GraphErrorResponse | UploadSession | None:
    """Start a resumable upload session

     Opens an upload session for one file of `file_length` bytes and answers its id (`upload:…`, possibly
    followed by `?sig=…`). Accepted types: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png` and
    `video/mp4`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID) the upload session belongs to.
        file_name (str): The file name, e.g. `banner.jpg`.
        file_length (int): The file size in bytes.
        file_type (str): The MIME type: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png`
            or `video/mp4`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UploadSession
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            file_name=file_name,
            file_length=file_length,
            file_type=file_type,
        )
    ).parsed
