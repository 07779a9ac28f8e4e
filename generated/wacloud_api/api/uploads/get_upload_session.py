from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.upload_session_status import UploadSessionStatus
from ...types import Response, quote_path


def _get_kwargs(
    upload_session_id: str,
    *,
    sig: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sig"] = sig

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "auth_scheme": "OAuth",
        "url": f"/{quote_path(str(upload_session_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | UploadSessionStatus:
    if response.status_code == 200:
        response_200 = UploadSessionStatus.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | UploadSessionStatus]:
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
    sig: str | None = None,
) -> Response[GraphErrorResponse | UploadSessionStatus]:
    """Read how many bytes of an upload session arrived

     Answers the session id and `file_offset`, the number of bytes received so far: resume an interrupted
    upload by sending the bytes from there. Authenticated with `Authorization: OAuth <access token>`.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UploadSessionStatus]
    """

    kwargs = _get_kwargs(
        upload_session_id=upload_session_id,
        sig=sig,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_session_id: str,
    *,
    client: AuthenticatedClient,
    sig: str | None = None,
) -> GraphErrorResponse | UploadSessionStatus | None:
    """Read how many bytes of an upload session arrived

     Answers the session id and `file_offset`, the number of bytes received so far: resume an interrupted
    upload by sending the bytes from there. Authenticated with `Authorization: OAuth <access token>`.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UploadSessionStatus
    """

    return sync_detailed(
        upload_session_id=upload_session_id,
        client=client,
        sig=sig,
    ).parsed


async def asyncio_detailed(
    upload_session_id: str,
    *,
    client: AuthenticatedClient,
    sig: str | None = None,
) -> Response[GraphErrorResponse | UploadSessionStatus]:
    """Read how many bytes of an upload session arrived

     Answers the session id and `file_offset`, the number of bytes received so far: resume an interrupted
    upload by sending the bytes from there. Authenticated with `Authorization: OAuth <access token>`.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UploadSessionStatus]
    """

    kwargs = _get_kwargs(
        upload_session_id=upload_session_id,
        sig=sig,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_session_id: str,
    *,
    client: AuthenticatedClient,
    sig: str | None = None,
) -> GraphErrorResponse | UploadSessionStatus | None:
    """Read how many bytes of an upload session arrived

     Answers the session id and `file_offset`, the number of bytes received so far: resume an interrupted
    upload by sending the bytes from there. Authenticated with `Authorization: OAuth <access token>`.

    Args:
        upload_session_id (str): The upload session id (`upload:…`) without its `?sig=` part (pass
            that as `sig`).
        sig (str | None): The `sig` value that followed `?sig=` in the session id, when there was
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UploadSessionStatus
    """

    return (
        await asyncio_detailed(
            upload_session_id=upload_session_id,
            client=client,
            sig=sig,
        )
    ).parsed
