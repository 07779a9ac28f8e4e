from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.solution import Solution
from ...types import Response, quote_path


def _get_kwargs(
    solution_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(solution_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GraphErrorResponse | Solution:
    if response.status_code == 200:
        response_200 = Solution.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | Solution]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | Solution]:
    """Retrieve a Multi-Partner Solution

     Returns the solution: name, owner app, status (`DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED`,
    `DEACTIVATED`), a pending activation or deactivation, and the owner's permissions. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | Solution]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | Solution | None:
    """Retrieve a Multi-Partner Solution

     Returns the solution: name, owner app, status (`DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED`,
    `DEACTIVATED`), a pending activation or deactivation, and the owner's permissions. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | Solution
    """

    return sync_detailed(
        solution_id=solution_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | Solution]:
    """Retrieve a Multi-Partner Solution

     Returns the solution: name, owner app, status (`DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED`,
    `DEACTIVATED`), a pending activation or deactivation, and the owner's permissions. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | Solution]
    """

    kwargs = _get_kwargs(
        solution_id=solution_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solution_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | Solution | None:
    """Retrieve a Multi-Partner Solution

     Returns the solution: name, owner app, status (`DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED`,
    `DEACTIVATED`), a pending activation or deactivation, and the owner's permissions. Needs
    `whatsapp_business_management`.

    Args:
        solution_id (str): A Multi-Partner Solution id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | Solution
    """

    return (
        await asyncio_detailed(
            solution_id=solution_id,
            client=client,
            fields=fields,
        )
    ).parsed
