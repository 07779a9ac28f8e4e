from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_analytics_group_analytics_granularity import (
    GetAnalyticsGroupAnalyticsGranularity,
)
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_analytics_list import GroupAnalyticsList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    start: int,
    end: int,
    group_ids: str,
    granularity: GetAnalyticsGroupAnalyticsGranularity = "DAILY",
    metric_types: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["group_ids"] = group_ids

    json_granularity: str = granularity
    params["granularity"] = json_granularity

    params["metric_types"] = metric_types

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/group_analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | GroupAnalyticsList:
    if response.status_code == 200:
        response_200 = GroupAnalyticsList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | GroupAnalyticsList]:
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
    start: int,
    end: int,
    group_ids: str,
    granularity: GetAnalyticsGroupAnalyticsGranularity = "DAILY",
    metric_types: str | None = None,
) -> Response[GraphErrorResponse | GroupAnalyticsList]:
    """Retrieve group chat analytics

     Returns daily metrics of a group chat of the Groups API (`groups`): messages sent, delivered and
    read in it,
    and participants who joined or left, within the last 90 days.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        group_ids (str): The group ids as a bracketed list; Meta takes exactly one today, e.g.
            `["Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"]`.
        granularity (GetAnalyticsGroupAnalyticsGranularity): Data point size; Meta only supports
            `DAILY`. Default: 'DAILY'.
        metric_types (str | None): Comma-separated metrics (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `PARTICIPANTS_JOINED`,
            `PARTICIPANTS_LEFT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        group_ids=group_ids,
        granularity=granularity,
        metric_types=metric_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    group_ids: str,
    granularity: GetAnalyticsGroupAnalyticsGranularity = "DAILY",
    metric_types: str | None = None,
) -> GraphErrorResponse | GroupAnalyticsList | None:
    """Retrieve group chat analytics

     Returns daily metrics of a group chat of the Groups API (`groups`): messages sent, delivered and
    read in it,
    and participants who joined or left, within the last 90 days.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        group_ids (str): The group ids as a bracketed list; Meta takes exactly one today, e.g.
            `["Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"]`.
        granularity (GetAnalyticsGroupAnalyticsGranularity): Data point size; Meta only supports
            `DAILY`. Default: 'DAILY'.
        metric_types (str | None): Comma-separated metrics (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `PARTICIPANTS_JOINED`,
            `PARTICIPANTS_LEFT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupAnalyticsList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        start=start,
        end=end,
        group_ids=group_ids,
        granularity=granularity,
        metric_types=metric_types,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    group_ids: str,
    granularity: GetAnalyticsGroupAnalyticsGranularity = "DAILY",
    metric_types: str | None = None,
) -> Response[GraphErrorResponse | GroupAnalyticsList]:
    """Retrieve group chat analytics

     Returns daily metrics of a group chat of the Groups API (`groups`): messages sent, delivered and
    read in it,
    and participants who joined or left, within the last 90 days.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        group_ids (str): The group ids as a bracketed list; Meta takes exactly one today, e.g.
            `["Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"]`.
        granularity (GetAnalyticsGroupAnalyticsGranularity): Data point size; Meta only supports
            `DAILY`. Default: 'DAILY'.
        metric_types (str | None): Comma-separated metrics (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `PARTICIPANTS_JOINED`,
            `PARTICIPANTS_LEFT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        group_ids=group_ids,
        granularity=granularity,
        metric_types=metric_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    group_ids: str,
    granularity: GetAnalyticsGroupAnalyticsGranularity = "DAILY",
    metric_types: str | None = None,
) -> GraphErrorResponse | GroupAnalyticsList | None:
    """Retrieve group chat analytics

     Returns daily metrics of a group chat of the Groups API (`groups`): messages sent, delivered and
    read in it,
    and participants who joined or left, within the last 90 days.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        group_ids (str): The group ids as a bracketed list; Meta takes exactly one today, e.g.
            `["Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"]`.
        granularity (GetAnalyticsGroupAnalyticsGranularity): Data point size; Meta only supports
            `DAILY`. Default: 'DAILY'.
        metric_types (str | None): Comma-separated metrics (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `PARTICIPANTS_JOINED`,
            `PARTICIPANTS_LEFT`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupAnalyticsList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            start=start,
            end=end,
            group_ids=group_ids,
            granularity=granularity,
            metric_types=metric_types,
        )
    ).parsed
