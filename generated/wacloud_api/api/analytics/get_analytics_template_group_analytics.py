from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_analytics_template_group_analytics_granularity import (
    GetAnalyticsTemplateGroupAnalyticsGranularity,
)
from ...models.graph_error_response import GraphErrorResponse
from ...models.template_group_analytics_list import TemplateGroupAnalyticsList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    start: int | str,
    end: int | str,
    granularity: GetAnalyticsTemplateGroupAnalyticsGranularity = "DAILY",
    template_group_ids: str,
    metric_types: str | None = None,
    use_waba_timezone: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: int | str

    json_start = start
    params["start"] = json_start

    json_end: int | str

    json_end = end
    params["end"] = json_end

    json_granularity: str = granularity
    params["granularity"] = json_granularity

    params["template_group_ids"] = template_group_ids

    params["metric_types"] = metric_types

    params["use_waba_timezone"] = use_waba_timezone

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/template_group_analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | TemplateGroupAnalyticsList:
    if response.status_code == 200:
        response_200 = TemplateGroupAnalyticsList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | TemplateGroupAnalyticsList]:
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
    start: int | str,
    end: int | str,
    granularity: GetAnalyticsTemplateGroupAnalyticsGranularity = "DAILY",
    template_group_ids: str,
    metric_types: str | None = None,
    use_waba_timezone: bool | None = None,
) -> Response[GraphErrorResponse | TemplateGroupAnalyticsList]:
    """Retrieve template group analytics

     Returns daily sent, delivered, read, click and cost metrics of up to 10 template groups
    (`template_groups`),
    each group's templates counted together, with a 90-day lookback. The same conditions as template
    analytics
    apply: analytics enabled on the WABA (`is_enabled_for_insights`), `COST` not available to businesses
    billed
    through a Solution Partner, WABAs tied to the EU or Japan not supported.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range, in the same form as `start`.
        granularity (GetAnalyticsTemplateGroupAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_group_ids (str): Up to 10 template group ids, as a bracketed comma-separated
            list, e.g. `[1044106240855852]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `sent`,
            `delivered`, `read`, `clicked`, `cost`.
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateGroupAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        template_group_ids=template_group_ids,
        metric_types=metric_types,
        use_waba_timezone=use_waba_timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int | str,
    end: int | str,
    granularity: GetAnalyticsTemplateGroupAnalyticsGranularity = "DAILY",
    template_group_ids: str,
    metric_types: str | None = None,
    use_waba_timezone: bool | None = None,
) -> GraphErrorResponse | TemplateGroupAnalyticsList | None:
    """Retrieve template group analytics

     Returns daily sent, delivered, read, click and cost metrics of up to 10 template groups
    (`template_groups`),
    each group's templates counted together, with a 90-day lookback. The same conditions as template
    analytics
    apply: analytics enabled on the WABA (`is_enabled_for_insights`), `COST` not available to businesses
    billed
    through a Solution Partner, WABAs tied to the EU or Japan not supported.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range, in the same form as `start`.
        granularity (GetAnalyticsTemplateGroupAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_group_ids (str): Up to 10 template group ids, as a bracketed comma-separated
            list, e.g. `[1044106240855852]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `sent`,
            `delivered`, `read`, `clicked`, `cost`.
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateGroupAnalyticsList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        start=start,
        end=end,
        granularity=granularity,
        template_group_ids=template_group_ids,
        metric_types=metric_types,
        use_waba_timezone=use_waba_timezone,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int | str,
    end: int | str,
    granularity: GetAnalyticsTemplateGroupAnalyticsGranularity = "DAILY",
    template_group_ids: str,
    metric_types: str | None = None,
    use_waba_timezone: bool | None = None,
) -> Response[GraphErrorResponse | TemplateGroupAnalyticsList]:
    """Retrieve template group analytics

     Returns daily sent, delivered, read, click and cost metrics of up to 10 template groups
    (`template_groups`),
    each group's templates counted together, with a 90-day lookback. The same conditions as template
    analytics
    apply: analytics enabled on the WABA (`is_enabled_for_insights`), `COST` not available to businesses
    billed
    through a Solution Partner, WABAs tied to the EU or Japan not supported.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range, in the same form as `start`.
        granularity (GetAnalyticsTemplateGroupAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_group_ids (str): Up to 10 template group ids, as a bracketed comma-separated
            list, e.g. `[1044106240855852]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `sent`,
            `delivered`, `read`, `clicked`, `cost`.
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateGroupAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        template_group_ids=template_group_ids,
        metric_types=metric_types,
        use_waba_timezone=use_waba_timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int | str,
    end: int | str,
    granularity: GetAnalyticsTemplateGroupAnalyticsGranularity = "DAILY",
    template_group_ids: str,
    metric_types: str | None = None,
    use_waba_timezone: bool | None = None,
) -> GraphErrorResponse | TemplateGroupAnalyticsList | None:
    """Retrieve template group analytics

     Returns daily sent, delivered, read, click and cost metrics of up to 10 template groups
    (`template_groups`),
    each group's templates counted together, with a 90-day lookback. The same conditions as template
    analytics
    apply: analytics enabled on the WABA (`is_enabled_for_insights`), `COST` not available to businesses
    billed
    through a Solution Partner, WABAs tied to the EU or Japan not supported.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range, in the same form as `start`.
        granularity (GetAnalyticsTemplateGroupAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_group_ids (str): Up to 10 template group ids, as a bracketed comma-separated
            list, e.g. `[1044106240855852]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `sent`,
            `delivered`, `read`, `clicked`, `cost`.
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateGroupAnalyticsList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            start=start,
            end=end,
            granularity=granularity,
            template_group_ids=template_group_ids,
            metric_types=metric_types,
            use_waba_timezone=use_waba_timezone,
        )
    ).parsed
