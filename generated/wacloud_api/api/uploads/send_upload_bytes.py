from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.uploaded_file_handle import UploadedFileHandle
from ...types import File, Response, quote_path


def _get_kwargs(
    upload_session_id: str,
    *,
    body: File,
    sig: str | None = None,
    file_offset: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["file_offset"] = str(file_offset)

    params: dict[str, Any] = {}

    params["sig"] = sig

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "auth_scheme": "OAuth",
        "url": f"/{quote_path(str(upload_session_id))}",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | UploadedFileHandle:
    if response.status_code == 200:
        response_200 = UploadedFileHandle.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | UploadedFileHandle]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_session_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    sig: str | None = None,
    file_offset: int,
) -> Response[GraphErrorResponse | UploadedFileHandle]:
    """Upload the file's bytes from an offset

     Sends the file's bytes from `file_offset` (0 for a new upload; the offset `GET` reports to resume an
    interrupted one) as the raw request body. Authenticated with `Authorization: OAuth <access token>`,
    not
    `Bearer`. Answers the file handle `h` once the whole file is uploaded.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.
        file_offset (int): The position of the first byte sent, in bytes (0 for a new upload).
        body (File): The file's bytes from `file_offset` to the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UploadedFileHandle]
    """

    kwargs = _get_kwargs(
        upload_session_id=upload_session_id,
        body=body,
        sig=sig,
        file_offset=file_offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_session_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    sig: str | None = None,
    file_offset: int,
) -> GraphErrorResponse | UploadedFileHandle | None:
    """Upload the file's bytes from an offset

     Sends the file's bytes from `file_offset` (0 for a new upload; the offset `GET` reports to resume an
    interrupted one) as the raw request body. Authenticated with `Authorization: OAuth <access token>`,
    not
    `Bearer`. Answers the file handle `h` once the whole file is uploaded.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.
        file_offset (int): The position of the first byte sent, in bytes (0 for a new upload).
        body (File): The file's bytes from `file_offset` to the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UploadedFileHandle
    """

    return sync_detailed(
        upload_session_id=upload_session_id,
        client=client,
        body=body,
        sig=sig,
        file_offset=file_offset,
    ).parsed


async def asyncio_detailed(
    upload_session_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    sig: str | None = None,
    file_offset: int,
) -> Response[GraphErrorResponse | UploadedFileHandle]:
    """Upload the file's bytes from an offset

     Sends the file's bytes from `file_offset` (0 for a new upload; the offset `GET` reports to resume an
    interrupted one) as the raw request body. Authenticated with `Authorization: OAuth <access token>`,
    not
    `Bearer`. Answers the file handle `h` once the whole file is uploaded.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.
        file_offset (int): The position of the first byte sent, in bytes (0 for a new upload).
        body (File): The file's bytes from `file_offset` to the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UploadedFileHandle]
    """

    kwargs = _get_kwargs(
        upload_session_id=upload_session_id,
        body=body,
        sig=sig,
        file_offset=file_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_session_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    sig: str | None = None,
    file_offset: int,
) -> GraphErrorResponse | UploadedFileHandle | None:
    """Upload the file's bytes from an offset

     Sends the file's bytes from `file_offset` (0 for a new upload; the offset `GET` reports to resume an
    interrupted one) as the raw request body. Authenticated with `Authorization: OAuth <access token>`,
    not
    `Bearer`. Answers the file handle `h` once the whole file is uploaded.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.
        file_offset (int): The position of the first byte sent, in bytes (0 for a new upload).
        body (File): The file's bytes from `file_offset` to the end.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UploadedFileHandle
    """

    return (
        await asyncio_detailed(
            upload_session_id=upload_session_id,
            client=client,
            body=body,
            sig=sig,
            file_offset=file_offset,
        )
    ).parsed
