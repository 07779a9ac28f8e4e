from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.list_phone_numbers_sort import ListPhoneNumbersSort
from ...models.phone_number_list import PhoneNumberList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    fields: str | None = None,
    filtering: str | None = None,
    sort: ListPhoneNumbersSort | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["filtering"] = filtering

    json_sort: str | None = None
    if sort is not None:
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/phone_numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PhoneNumberList:
    if response.status_code == 200:
        response_200 = PhoneNumberList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PhoneNumberList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    sort: ListPhoneNumbersSort | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | PhoneNumberList]:
    """List the phone numbers of a WhatsApp Business Account

     Returns the business phone numbers of the WhatsApp Business Account, one page at a time (follow
    `paging.cursors.after`). Without `fields` Meta returns `id`, `display_phone_number`, `verified_name`
    and
    `quality_rating`; request more with `fields`, e.g.
    `id,display_phone_number,verified_name,code_verification_status,quality_rating,platform_type,through
    put,status,messaging_limit_tier,name_status`.
    `filtering` narrows the list, e.g.
    `[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]`.
    Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, each `{"field": ..., "operator":
            ..., "value": ...}`. Documented
            filter: `account_mode` with operator `EQUAL` and value `SANDBOX` or `LIVE`.
        sort (ListPhoneNumbersSort | None): Sort order of the numbers by onboarding or creation
            time.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PhoneNumberList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
        filtering=filtering,
        sort=sort,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    sort: ListPhoneNumbersSort | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | PhoneNumberList | None:
    """List the phone numbers of a WhatsApp Business Account

     Returns the business phone numbers of the WhatsApp Business Account, one page at a time (follow
    `paging.cursors.after`). Without `fields` Meta returns `id`, `display_phone_number`, `verified_name`
    and
    `quality_rating`; request more with `fields`, e.g.
    `id,display_phone_number,verified_name,code_verification_status,quality_rating,platform_type,through
    put,status,messaging_limit_tier,name_status`.
    `filtering` narrows the list, e.g.
    `[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]`.
    Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, each `{"field": ..., "operator":
            ..., "value": ...}`. Documented
            filter: `account_mode` with operator `EQUAL` and value `SANDBOX` or `LIVE`.
        sort (ListPhoneNumbersSort | None): Sort order of the numbers by onboarding or creation
            time.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PhoneNumberList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        fields=fields,
        filtering=filtering,
        sort=sort,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    sort: ListPhoneNumbersSort | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | PhoneNumberList]:
    """List the phone numbers of a WhatsApp Business Account

     Returns the business phone numbers of the WhatsApp Business Account, one page at a time (follow
    `paging.cursors.after`). Without `fields` Meta returns `id`, `display_phone_number`, `verified_name`
    and
    `quality_rating`; request more with `fields`, e.g.
    `id,display_phone_number,verified_name,code_verification_status,quality_rating,platform_type,through
    put,status,messaging_limit_tier,name_status`.
    `filtering` narrows the list, e.g.
    `[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]`.
    Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, each `{"field": ..., "operator":
            ..., "value": ...}`. Documented
            filter: `account_mode` with operator `EQUAL` and value `SANDBOX` or `LIVE`.
        sort (ListPhoneNumbersSort | None): Sort order of the numbers by onboarding or creation
            time.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PhoneNumberList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
        filtering=filtering,
        sort=sort,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    filtering: str | None = None,
    sort: ListPhoneNumbersSort | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | PhoneNumberList | None:
    """List the phone numbers of a WhatsApp Business Account

     Returns the business phone numbers of the WhatsApp Business Account, one page at a time (follow
    `paging.cursors.after`). Without `fields` Meta returns `id`, `display_phone_number`, `verified_name`
    and
    `quality_rating`; request more with `fields`, e.g.
    `id,display_phone_number,verified_name,code_verification_status,quality_rating,platform_type,through
    put,status,messaging_limit_tier,name_status`.
    `filtering` narrows the list, e.g.
    `[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]`.
    Needs `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        filtering (str | None): JSON-encoded array of filters, each `{"field": ..., "operator":
            ..., "value": ...}`. Documented
            filter: `account_mode` with operator `EQUAL` and value `SANDBOX` or `LIVE`.
        sort (ListPhoneNumbersSort | None): Sort order of the numbers by onboarding or creation
            time.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PhoneNumberList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            fields=fields,
            filtering=filtering,
            sort=sort,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
