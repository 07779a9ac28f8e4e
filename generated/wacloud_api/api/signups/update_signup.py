from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.signup_update import SignupUpdate
from ...types import Response, quote_path


def _get_kwargs(
    signup_id: str,
    *,
    body: SignupUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/signups/{quote_path(str(signup_id))}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | IdResponse:
    if response.status_code == 200:
        response_200 = IdResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | IdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    signup_id: str,
    *,
    client: AuthenticatedClient,
    body: SignupUpdate,
) -> Response[GraphErrorResponse | IdResponse]:
    """Update or disable a signup link

     Changes a signup's messages, website, promo code or nickname, or disables it with `status=DISABLED`.
    Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        body (SignupUpdate): Signup settings to change; omitted ones are left unchanged. Example:
            {'status': 'DISABLED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        signup_id=signup_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    signup_id: str,
    *,
    client: AuthenticatedClient,
    body: SignupUpdate,
) -> GraphErrorResponse | IdResponse | None:
    """Update or disable a signup link

     Changes a signup's messages, website, promo code or nickname, or disables it with `status=DISABLED`.
    Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        body (SignupUpdate): Signup settings to change; omitted ones are left unchanged. Example:
            {'status': 'DISABLED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return sync_detailed(
        signup_id=signup_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    signup_id: str,
    *,
    client: AuthenticatedClient,
    body: SignupUpdate,
) -> Response[GraphErrorResponse | IdResponse]:
    """Update or disable a signup link

     Changes a signup's messages, website, promo code or nickname, or disables it with `status=DISABLED`.
    Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        body (SignupUpdate): Signup settings to change; omitted ones are left unchanged. Example:
            {'status': 'DISABLED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        signup_id=signup_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    signup_id: str,
    *,
    client: AuthenticatedClient,
    body: SignupUpdate,
) -> GraphErrorResponse | IdResponse | None:
    """Update or disable a signup link

     Changes a signup's messages, website, promo code or nickname, or disables it with `status=DISABLED`.
    Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        body (SignupUpdate): Signup settings to change; omitted ones are left unchanged. Example:
            {'status': 'DISABLED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return (
        await asyncio_detailed(
            signup_id=signup_id,
            client=client,
            body=body,
        )
    ).parsed
