from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.preverified_number_list import PreverifiedNumberList
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    fields: str | None = None,
    code_verification_status: str | None = None,
    phone_number: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["code_verification_status"] = code_verification_status

    params["phone_number"] = phone_number

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(business_id))}/preverified_numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PreverifiedNumberList:
    if response.status_code == 200:
        response_200 = PreverifiedNumberList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PreverifiedNumberList]:
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
    code_verification_status: str | None = None,
    phone_number: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | PreverifiedNumberList]:
    """List the business's pre-verified numbers

     Returns the pre-verified numbers of the business portfolio, one page at a time, optionally filtered
    by
    code verification status or availability. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        code_verification_status (str | None): Only numbers with this status, e.g. `VERIFIED`,
            `NOT_VERIFIED`, `EXPIRED`.
        phone_number (str | None): Only this phone number.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumberList]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
        code_verification_status=code_verification_status,
        phone_number=phone_number,
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
    code_verification_status: str | None = None,
    phone_number: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | PreverifiedNumberList | None:
    """List the business's pre-verified numbers

     Returns the pre-verified numbers of the business portfolio, one page at a time, optionally filtered
    by
    code verification status or availability. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        code_verification_status (str | None): Only numbers with this status, e.g. `VERIFIED`,
            `NOT_VERIFIED`, `EXPIRED`.
        phone_number (str | None): Only this phone number.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumberList
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        fields=fields,
        code_verification_status=code_verification_status,
        phone_number=phone_number,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    code_verification_status: str | None = None,
    phone_number: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | PreverifiedNumberList]:
    """List the business's pre-verified numbers

     Returns the pre-verified numbers of the business portfolio, one page at a time, optionally filtered
    by
    code verification status or availability. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        code_verification_status (str | None): Only numbers with this status, e.g. `VERIFIED`,
            `NOT_VERIFIED`, `EXPIRED`.
        phone_number (str | None): Only this phone number.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumberList]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
        code_verification_status=code_verification_status,
        phone_number=phone_number,
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
    code_verification_status: str | None = None,
    phone_number: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | PreverifiedNumberList | None:
    """List the business's pre-verified numbers

     Returns the pre-verified numbers of the business portfolio, one page at a time, optionally filtered
    by
    code verification status or availability. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        code_verification_status (str | None): Only numbers with this status, e.g. `VERIFIED`,
            `NOT_VERIFIED`, `EXPIRED`.
        phone_number (str | None): Only this phone number.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumberList
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            fields=fields,
            code_verification_status=code_verification_status,
            phone_number=phone_number,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
