from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.flow_asset_list import FlowAssetList
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    flow_id: str,
    *,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(flow_id))}/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowAssetList | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = FlowAssetList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowAssetList | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[FlowAssetList | GraphErrorResponse]:
    """List the assets of a Flow

     Returns the assets attached to a Flow. Only the `FLOW_JSON` asset exists today; its `download_url`
    is a
    short-lived link to the current Flow JSON file. Needs `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowAssetList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> FlowAssetList | GraphErrorResponse | None:
    """List the assets of a Flow

     Returns the assets attached to a Flow. Only the `FLOW_JSON` asset exists today; its `download_url`
    is a
    short-lived link to the current Flow JSON file. Needs `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowAssetList | GraphErrorResponse
    """

    return sync_detailed(
        flow_id=flow_id,
        client=client,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[FlowAssetList | GraphErrorResponse]:
    """List the assets of a Flow

     Returns the assets attached to a Flow. Only the `FLOW_JSON` asset exists today; its `download_url`
    is a
    short-lived link to the current Flow JSON file. Needs `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowAssetList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> FlowAssetList | GraphErrorResponse | None:
    """List the assets of a Flow

     Returns the assets attached to a Flow. Only the `FLOW_JSON` asset exists today; its `download_url`
    is a
    short-lived link to the current Flow JSON file. Needs `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowAssetList | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            flow_id=flow_id,
            client=client,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
