from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.template_group_list import TemplateGroupList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
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
        "url": f"/{quote_path(str(waba_id))}/template_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | TemplateGroupList:
    if response.status_code == 200:
        response_200 = TemplateGroupList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | TemplateGroupList]:
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
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | TemplateGroupList]:
    """List the template groups of a WhatsApp Business Account

     Returns the account's template groups, one page at a time. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateGroupList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
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
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | TemplateGroupList | None:
    """List the template groups of a WhatsApp Business Account

     Returns the account's template groups, one page at a time. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateGroupList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | TemplateGroupList]:
    """List the template groups of a WhatsApp Business Account

     Returns the account's template groups, one page at a time. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateGroupList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
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
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | TemplateGroupList | None:
    """List the template groups of a WhatsApp Business Account

     Returns the account's template groups, one page at a time. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateGroupList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
