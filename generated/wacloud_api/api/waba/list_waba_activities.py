from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.waba_activity_list import WabaActivityList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    fields: str | None = None,
    since: str | None = None,
    until: str | None = None,
    activity_type: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["since"] = since

    params["until"] = until

    params["activity_type"] = activity_type

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | WabaActivityList:
    if response.status_code == 200:
        response_200 = WabaActivityList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | WabaActivityList]:
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
    since: str | None = None,
    until: str | None = None,
    activity_type: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | WabaActivityList]:
    """List the activity log of a WhatsApp Business Account

     Returns the account's activity log (who added a number, changed a user's role, created a template,
    ...),
    newest first, one page at a time, optionally limited to a time range and activity types. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        since (str | None): Only activities after this time (unix seconds or ISO 8601).
        until (str | None): Only activities before this time (unix seconds or ISO 8601).
        activity_type (str | None): Comma-separated activity types, e.g.
            `PHONE_NUMBER_VERIFIED,USER_ADDED`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WabaActivityList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
        since=since,
        until=until,
        activity_type=activity_type,
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
    since: str | None = None,
    until: str | None = None,
    activity_type: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | WabaActivityList | None:
    """List the activity log of a WhatsApp Business Account

     Returns the account's activity log (who added a number, changed a user's role, created a template,
    ...),
    newest first, one page at a time, optionally limited to a time range and activity types. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        since (str | None): Only activities after this time (unix seconds or ISO 8601).
        until (str | None): Only activities before this time (unix seconds or ISO 8601).
        activity_type (str | None): Comma-separated activity types, e.g.
            `PHONE_NUMBER_VERIFIED,USER_ADDED`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WabaActivityList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        fields=fields,
        since=since,
        until=until,
        activity_type=activity_type,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    since: str | None = None,
    until: str | None = None,
    activity_type: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | WabaActivityList]:
    """List the activity log of a WhatsApp Business Account

     Returns the account's activity log (who added a number, changed a user's role, created a template,
    ...),
    newest first, one page at a time, optionally limited to a time range and activity types. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        since (str | None): Only activities after this time (unix seconds or ISO 8601).
        until (str | None): Only activities before this time (unix seconds or ISO 8601).
        activity_type (str | None): Comma-separated activity types, e.g.
            `PHONE_NUMBER_VERIFIED,USER_ADDED`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | WabaActivityList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
        since=since,
        until=until,
        activity_type=activity_type,
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
    since: str | None = None,
    until: str | None = None,
    activity_type: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | WabaActivityList | None:
    """List the activity log of a WhatsApp Business Account

     Returns the account's activity log (who added a number, changed a user's role, created a template,
    ...),
    newest first, one page at a time, optionally limited to a time range and activity types. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        since (str | None): Only activities after this time (unix seconds or ISO 8601).
        until (str | None): Only activities before this time (unix seconds or ISO 8601).
        activity_type (str | None): Comma-separated activity types, e.g.
            `PHONE_NUMBER_VERIFIED,USER_ADDED`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | WabaActivityList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            fields=fields,
            since=since,
            until=until,
            activity_type=activity_type,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
