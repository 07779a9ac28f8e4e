from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.signup import Signup
from ...types import Response, quote_path


def _get_kwargs(
    signup_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/signups/{quote_path(str(signup_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GraphErrorResponse | Signup:
    if response.status_code == 200:
        response_200 = Signup.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | Signup]:
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
    fields: str | None = None,
) -> Response[GraphErrorResponse | Signup]:
    """Retrieve a signup link

     Returns a signup's settings and status. Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | Signup]
    """

    kwargs = _get_kwargs(
        signup_id=signup_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    signup_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | Signup | None:
    """Retrieve a signup link

     Returns a signup's settings and status. Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | Signup
    """

    return sync_detailed(
        signup_id=signup_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    signup_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | Signup]:
    """Retrieve a signup link

     Returns a signup's settings and status. Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | Signup]
    """

    kwargs = _get_kwargs(
        signup_id=signup_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    signup_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | Signup | None:
    """Retrieve a signup link

     Returns a signup's settings and status. Needs `whatsapp_business_management`.

    Args:
        signup_id (str): A signup id (from `signups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | Signup
    """

    return (
        await asyncio_detailed(
            signup_id=signup_id,
            client=client,
            fields=fields,
        )
    ).parsed
