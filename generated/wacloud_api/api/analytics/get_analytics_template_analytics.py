from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_analytics_template_analytics_granularity import (
    GetAnalyticsTemplateAnalyticsGranularity,
)
from ...models.graph_error_response import GraphErrorResponse
from ...models.template_analytics_list import TemplateAnalyticsList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    start: int | str,
    end: int | str,
    granularity: GetAnalyticsTemplateAnalyticsGranularity = "DAILY",
    template_ids: str,
    metric_types: str | None = None,
    product_type: str | None = None,
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

    params["template_ids"] = template_ids

    params["metric_types"] = metric_types

    params["product_type"] = product_type

    params["use_waba_timezone"] = use_waba_timezone

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/template_analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | TemplateAnalyticsList:
    if response.status_code == 200:
        response_200 = TemplateAnalyticsList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | TemplateAnalyticsList]:
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
    granularity: GetAnalyticsTemplateAnalyticsGranularity = "DAILY",
    template_ids: str,
    metric_types: str | None = None,
    product_type: str | None = None,
    use_waba_timezone: bool | None = None,
) -> Response[GraphErrorResponse | TemplateAnalyticsList]:
    """Retrieve template analytics

     Returns daily sent, delivered, read, button-click and cost metrics for up to 10 templates, with a
    90-day
    lookback. Template analytics must first be enabled on the WABA (`POST
    /{waba_id}?is_enabled_for_insights=true`
    or WhatsApp Manager). Clicks are counted only for URL and quick-reply buttons of MARKETING and
    UTILITY
    templates; `COST` is not available to businesses billed through a Solution Partner; read and click
    counts
    stop updating 7 days after a message was sent. WABAs tied to the EU, UK or Japan are not supported.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        granularity (GetAnalyticsTemplateAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_ids (str): Up to 10 template ids, as a bracketed comma-separated list, e.g.
            `[1421988012088524,2632273056924580]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `CLICKED`, `COST`;
            Marketing Messages API only: `APP_ACTIVATIONS`, `APP_ADD_TO_CART`,
            `APP_CHECKOUTS_INITIATED`,
            `APP_PURCHASES`, `APP_PURCHASES_CONVERSION_VALUE`, `WEBSITE_ADD_TO_CART`,
            `WEBSITE_CHECKOUTS_INITIATED`, `WEBSITE_PURCHASES`, `WEBSITE_PURCHASES_CONVERSION_VALUE`.
            Meta accepts upper or lower case.
        product_type (str | None): Which sending product to report on: `CLOUD_API` (default) or
            `MARKETING_MESSAGES_API_FOR_WHATSAPP`
            (older docs: `MARKETING_MESSAGES_LITE_API`).
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        template_ids=template_ids,
        metric_types=metric_types,
        product_type=product_type,
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
    granularity: GetAnalyticsTemplateAnalyticsGranularity = "DAILY",
    template_ids: str,
    metric_types: str | None = None,
    product_type: str | None = None,
    use_waba_timezone: bool | None = None,
) -> GraphErrorResponse | TemplateAnalyticsList | None:
    """Retrieve template analytics

     Returns daily sent, delivered, read, button-click and cost metrics for up to 10 templates, with a
    90-day
    lookback. Template analytics must first be enabled on the WABA (`POST
    /{waba_id}?is_enabled_for_insights=true`
    or WhatsApp Manager). Clicks are counted only for URL and quick-reply buttons of MARKETING and
    UTILITY
    templates; `COST` is not available to businesses billed through a Solution Partner; read and click
    counts
    stop updating 7 days after a message was sent. WABAs tied to the EU, UK or Japan are not supported.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        granularity (GetAnalyticsTemplateAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_ids (str): Up to 10 template ids, as a bracketed comma-separated list, e.g.
            `[1421988012088524,2632273056924580]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `CLICKED`, `COST`;
            Marketing Messages API only: `APP_ACTIVATIONS`, `APP_ADD_TO_CART`,
            `APP_CHECKOUTS_INITIATED`,
            `APP_PURCHASES`, `APP_PURCHASES_CONVERSION_VALUE`, `WEBSITE_ADD_TO_CART`,
            `WEBSITE_CHECKOUTS_INITIATED`, `WEBSITE_PURCHASES`, `WEBSITE_PURCHASES_CONVERSION_VALUE`.
            Meta accepts upper or lower case.
        product_type (str | None): Which sending product to report on: `CLOUD_API` (default) or
            `MARKETING_MESSAGES_API_FOR_WHATSAPP`
            (older docs: `MARKETING_MESSAGES_LITE_API`).
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateAnalyticsList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        start=start,
        end=end,
        granularity=granularity,
        template_ids=template_ids,
        metric_types=metric_types,
        product_type=product_type,
        use_waba_timezone=use_waba_timezone,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int | str,
    end: int | str,
    granularity: GetAnalyticsTemplateAnalyticsGranularity = "DAILY",
    template_ids: str,
    metric_types: str | None = None,
    product_type: str | None = None,
    use_waba_timezone: bool | None = None,
) -> Response[GraphErrorResponse | TemplateAnalyticsList]:
    """Retrieve template analytics

     Returns daily sent, delivered, read, button-click and cost metrics for up to 10 templates, with a
    90-day
    lookback. Template analytics must first be enabled on the WABA (`POST
    /{waba_id}?is_enabled_for_insights=true`
    or WhatsApp Manager). Clicks are counted only for URL and quick-reply buttons of MARKETING and
    UTILITY
    templates; `COST` is not available to businesses billed through a Solution Partner; read and click
    counts
    stop updating 7 days after a message was sent. WABAs tied to the EU, UK or Japan are not supported.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        granularity (GetAnalyticsTemplateAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_ids (str): Up to 10 template ids, as a bracketed comma-separated list, e.g.
            `[1421988012088524,2632273056924580]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `CLICKED`, `COST`;
            Marketing Messages API only: `APP_ACTIVATIONS`, `APP_ADD_TO_CART`,
            `APP_CHECKOUTS_INITIATED`,
            `APP_PURCHASES`, `APP_PURCHASES_CONVERSION_VALUE`, `WEBSITE_ADD_TO_CART`,
            `WEBSITE_CHECKOUTS_INITIATED`, `WEBSITE_PURCHASES`, `WEBSITE_PURCHASES_CONVERSION_VALUE`.
            Meta accepts upper or lower case.
        product_type (str | None): Which sending product to report on: `CLOUD_API` (default) or
            `MARKETING_MESSAGES_API_FOR_WHATSAPP`
            (older docs: `MARKETING_MESSAGES_LITE_API`).
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        template_ids=template_ids,
        metric_types=metric_types,
        product_type=product_type,
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
    granularity: GetAnalyticsTemplateAnalyticsGranularity = "DAILY",
    template_ids: str,
    metric_types: str | None = None,
    product_type: str | None = None,
    use_waba_timezone: bool | None = None,
) -> GraphErrorResponse | TemplateAnalyticsList | None:
    """Retrieve template analytics

     Returns daily sent, delivered, read, button-click and cost metrics for up to 10 templates, with a
    90-day
    lookback. Template analytics must first be enabled on the WABA (`POST
    /{waba_id}?is_enabled_for_insights=true`
    or WhatsApp Manager). Clicks are counted only for URL and quick-reply buttons of MARKETING and
    UTILITY
    templates; `COST` is not available to businesses billed through a Solution Partner; read and click
    counts
    stop updating 7 days after a message was sent. WABAs tied to the EU, UK or Japan are not supported.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int | str): Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        end (int | str): End of the range: unix seconds, or a `YYYY-MM-DD` date (required form
            when `use_waba_timezone`
            is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
        granularity (GetAnalyticsTemplateAnalyticsGranularity): Data point size; Meta only
            supports `DAILY`. Default: 'DAILY'.
        template_ids (str): Up to 10 template ids, as a bracketed comma-separated list, e.g.
            `[1421988012088524,2632273056924580]`.
        metric_types (str | None): Comma-separated metrics to return (all when omitted): `SENT`,
            `DELIVERED`, `READ`, `CLICKED`, `COST`;
            Marketing Messages API only: `APP_ACTIVATIONS`, `APP_ADD_TO_CART`,
            `APP_CHECKOUTS_INITIATED`,
            `APP_PURCHASES`, `APP_PURCHASES_CONVERSION_VALUE`, `WEBSITE_ADD_TO_CART`,
            `WEBSITE_CHECKOUTS_INITIATED`, `WEBSITE_PURCHASES`, `WEBSITE_PURCHASES_CONVERSION_VALUE`.
            Meta accepts upper or lower case.
        product_type (str | None): Which sending product to report on: `CLOUD_API` (default) or
            `MARKETING_MESSAGES_API_FOR_WHATSAPP`
            (older docs: `MARKETING_MESSAGES_LITE_API`).
        use_waba_timezone (bool | None): Report days in the WABA's time zone instead of UTC;
            `start` and `end` must then be `YYYY-MM-DD` dates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateAnalyticsList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            start=start,
            end=end,
            granularity=granularity,
            template_ids=template_ids,
            metric_types=metric_types,
            product_type=product_type,
            use_waba_timezone=use_waba_timezone,
        )
    ).parsed
