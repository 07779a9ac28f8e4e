from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.credit_allocation_config_list import CreditAllocationConfigList
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    extended_credit_id: str,
    *,
    fields: str | None = None,
    receiving_business_id: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["receiving_business_id"] = receiving_business_id

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(extended_credit_id))}/owning_credit_allocation_configs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditAllocationConfigList | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = CreditAllocationConfigList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditAllocationConfigList | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    receiving_business_id: str | None = None,
) -> Response[CreditAllocationConfigList | GraphErrorResponse]:
    """List the active shares of a credit line

     Returns the allocation configs of a credit line: one per client business it is shared with, with the
    receiving business and its credit line. Needs `business_management`.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        receiving_business_id (str | None): Only the allocation to this client business.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditAllocationConfigList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        extended_credit_id=extended_credit_id,
        fields=fields,
        receiving_business_id=receiving_business_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    receiving_business_id: str | None = None,
) -> CreditAllocationConfigList | GraphErrorResponse | None:
    """List the active shares of a credit line

     Returns the allocation configs of a credit line: one per client business it is shared with, with the
    receiving business and its credit line. Needs `business_management`.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        receiving_business_id (str | None): Only the allocation to this client business.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditAllocationConfigList | GraphErrorResponse
    """

    return sync_detailed(
        extended_credit_id=extended_credit_id,
        client=client,
        fields=fields,
        receiving_business_id=receiving_business_id,
    ).parsed


async def asyncio_detailed(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    receiving_business_id: str | None = None,
) -> Response[CreditAllocationConfigList | GraphErrorResponse]:
    """List the active shares of a credit line

     Returns the allocation configs of a credit line: one per client business it is shared with, with the
    receiving business and its credit line. Needs `business_management`.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        receiving_business_id (str | None): Only the allocation to this client business.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditAllocationConfigList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        extended_credit_id=extended_credit_id,
        fields=fields,
        receiving_business_id=receiving_business_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    receiving_business_id: str | None = None,
) -> CreditAllocationConfigList | GraphErrorResponse | None:
    """List the active shares of a credit line

     Returns the allocation configs of a credit line: one per client business it is shared with, with the
    receiving business and its credit line. Needs `business_management`.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        receiving_business_id (str | None): Only the allocation to this client business.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditAllocationConfigList | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            extended_credit_id=extended_credit_id,
            client=client,
            fields=fields,
            receiving_business_id=receiving_business_id,
        )
    ).parsed
