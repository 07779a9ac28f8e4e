from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.preverified_number_partner_list import PreverifiedNumberPartnerList
from ...types import Response, quote_path


def _get_kwargs(
    preverified_number_id: str,
    *,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(preverified_number_id))}/partners",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PreverifiedNumberPartnerList:
    if response.status_code == 200:
        response_200 = PreverifiedNumberPartnerList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PreverifiedNumberPartnerList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | PreverifiedNumberPartnerList]:
    """List the partner businesses a pre-verified number is shared with

     Returns the business portfolios that were given access to the pre-verified number with
    `business.share_preverified_number`. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumberPartnerList]
    """

    kwargs = _get_kwargs(
        preverified_number_id=preverified_number_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | PreverifiedNumberPartnerList | None:
    """List the partner businesses a pre-verified number is shared with

     Returns the business portfolios that were given access to the pre-verified number with
    `business.share_preverified_number`. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumberPartnerList
    """

    return sync_detailed(
        preverified_number_id=preverified_number_id,
        client=client,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | PreverifiedNumberPartnerList]:
    """List the partner businesses a pre-verified number is shared with

     Returns the business portfolios that were given access to the pre-verified number with
    `business.share_preverified_number`. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumberPartnerList]
    """

    kwargs = _get_kwargs(
        preverified_number_id=preverified_number_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | PreverifiedNumberPartnerList | None:
    """List the partner businesses a pre-verified number is shared with

     Returns the business portfolios that were given access to the pre-verified number with
    `business.share_preverified_number`. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumberPartnerList
    """

    return (
        await asyncio_detailed(
            preverified_number_id=preverified_number_id,
            client=client,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
