from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.list_solutions_role import ListSolutionsRole
from ...models.solution_list import SolutionList
from ...types import Response, quote_path


def _get_kwargs(
    app_id: str,
    *,
    role: ListSolutionsRole | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: str | None = None
    if role is not None:
        json_role = role

    params["role"] = json_role

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(app_id))}/whatsapp_business_solutions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SolutionList:
    if response.status_code == 200:
        response_200 = SolutionList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SolutionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    role: ListSolutionsRole | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | SolutionList]:
    """List the Multi-Partner Solutions of an app

     Returns the solutions your app owns or takes part in (`role=OWNER` or `PARTNER` to choose), one page
    at
    a time. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        role (ListSolutionsRole | None): Only solutions where the app is `OWNER` or `PARTNER`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionList]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        role=role,
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
    app_id: str,
    *,
    client: AuthenticatedClient,
    role: ListSolutionsRole | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | SolutionList | None:
    """List the Multi-Partner Solutions of an app

     Returns the solutions your app owns or takes part in (`role=OWNER` or `PARTNER` to choose), one page
    at
    a time. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        role (ListSolutionsRole | None): Only solutions where the app is `OWNER` or `PARTNER`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionList
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        role=role,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    role: ListSolutionsRole | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[GraphErrorResponse | SolutionList]:
    """List the Multi-Partner Solutions of an app

     Returns the solutions your app owns or takes part in (`role=OWNER` or `PARTNER` to choose), one page
    at
    a time. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        role (ListSolutionsRole | None): Only solutions where the app is `OWNER` or `PARTNER`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SolutionList]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        role=role,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    role: ListSolutionsRole | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> GraphErrorResponse | SolutionList | None:
    """List the Multi-Partner Solutions of an app

     Returns the solutions your app owns or takes part in (`role=OWNER` or `PARTNER` to choose), one page
    at
    a time. Needs `whatsapp_business_management`.

    Args:
        app_id (str): The Meta app id (WA_APP_ID); defaults to the client's `app_id`.
        role (ListSolutionsRole | None): Only solutions where the app is `OWNER` or `PARTNER`.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SolutionList
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            role=role,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
