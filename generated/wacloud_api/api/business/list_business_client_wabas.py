from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.business_waba_list import BusinessWabaList
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    fields: str | None = None,
    filtering: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["filtering"] = filtering

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(business_id))}/client_whatsapp_business_accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessWabaList | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BusinessWabaList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessWabaList | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[BusinessWabaList | GraphErrorResponse]:
    """List the WhatsApp Business Accounts clients shared with the business

     Returns the WhatsApp Business Accounts that customers shared with your business portfolio (through
    Embedded Signup or by sharing in Business Manager), one page at a time. Needs
    `whatsapp_business_management` (Advanced access for WABAs you do not own).

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, e.g.
            `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessWabaList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
        filtering=filtering,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> BusinessWabaList | GraphErrorResponse | None:
    """List the WhatsApp Business Accounts clients shared with the business

     Returns the WhatsApp Business Accounts that customers shared with your business portfolio (through
    Embedded Signup or by sharing in Business Manager), one page at a time. Needs
    `whatsapp_business_management` (Advanced access for WABAs you do not own).

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, e.g.
            `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessWabaList | GraphErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        fields=fields,
        filtering=filtering,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[BusinessWabaList | GraphErrorResponse]:
    """List the WhatsApp Business Accounts clients shared with the business

     Returns the WhatsApp Business Accounts that customers shared with your business portfolio (through
    Embedded Signup or by sharing in Business Manager), one page at a time. Needs
    `whatsapp_business_management` (Advanced access for WABAs you do not own).

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, e.g.
            `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessWabaList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
        filtering=filtering,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> BusinessWabaList | GraphErrorResponse | None:
    """List the WhatsApp Business Accounts clients shared with the business

     Returns the WhatsApp Business Accounts that customers shared with your business portfolio (through
    Embedded Signup or by sharing in Business Manager), one page at a time. Needs
    `whatsapp_business_management` (Advanced access for WABAs you do not own).

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, e.g.
            `[{"field":"creation_time","operator":"GREATER_THAN","value":"1604962813"}]`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessWabaList | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            fields=fields,
            filtering=filtering,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
