from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_analytics_pricing_analytics_granularity import (
    GetAnalyticsPricingAnalyticsGranularity,
)
from ...models.graph_error_response import GraphErrorResponse
from ...models.pricing_analytics_list import PricingAnalyticsList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    start: int,
    end: int,
    granularity: GetAnalyticsPricingAnalyticsGranularity,
    phone_numbers: str | None = None,
    country_codes: str | None = None,
    metric_types: str | None = None,
    pricing_categories: str | None = None,
    pricing_types: str | None = None,
    dimensions: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_granularity: str = granularity
    params["granularity"] = json_granularity

    params["phone_numbers"] = phone_numbers

    params["country_codes"] = country_codes

    params["metric_types"] = metric_types

    params["pricing_categories"] = pricing_categories

    params["pricing_types"] = pricing_types

    params["dimensions"] = dimensions

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/pricing_analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PricingAnalyticsList:
    if response.status_code == 200:
        response_200 = PricingAnalyticsList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PricingAnalyticsList]:
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
    granularity: GetAnalyticsPricingAnalyticsGranularity,
    phone_numbers: str | None = None,
    country_codes: str | None = None,
    metric_types: str | None = None,
    pricing_categories: str | None = None,
    pricing_types: str | None = None,
    dimensions: str | None = None,
) -> Response[GraphErrorResponse | PricingAnalyticsList]:
    """Retrieve pricing analytics

     Returns message volumes and approximate costs (in the WABA's currency) for messages delivered in a
    date
    range, broken down by the requested dimensions. The same data is available as the
    `pricing_analytics`
    field of `GET /{waba_id}`. Lookback is 1 year. Cost is approximate and may differ from invoices.
    Needs the
    `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        granularity (GetAnalyticsPricingAnalyticsGranularity): Data point size.
        phone_numbers (str | None): Business phone numbers to include, as a JSON array, e.g.
            `["15550783881"]`; all when omitted.
        country_codes (str | None): Two-letter country codes to include, as a JSON array, e.g.
            `["US","IN"]`; all when omitted.
        metric_types (str | None): Metrics as a JSON array: `VOLUME`, `COST`; all when omitted.
        pricing_categories (str | None): Pricing categories as a JSON array: `AUTHENTICATION`,
            `AUTHENTICATION_INTERNATIONAL`, `MARKETING`,
            `MARKETING_LITE`, `SERVICE`, `UTILITY`, `REFERRAL_CONVERSION`, `GROUP_MARKETING`,
            `GROUP_UTILITY`,
            `GROUP_SERVICE`; all when omitted.
        pricing_types (str | None): Pricing types as a JSON array: `REGULAR`,
            `FREE_CUSTOMER_SERVICE`, `FREE_ENTRY_POINT`; all when omitted.
        dimensions (str | None): Breakdowns as a JSON array: `PHONE`, `COUNTRY`, `PRICING_TYPE`,
            `PRICING_CATEGORY`, `TIER` (volume
            tier information needs `TIER`, `PRICING_CATEGORY` and `COUNTRY`); none when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PricingAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        pricing_categories=pricing_categories,
        pricing_types=pricing_types,
        dimensions=dimensions,
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
    granularity: GetAnalyticsPricingAnalyticsGranularity,
    phone_numbers: str | None = None,
    country_codes: str | None = None,
    metric_types: str | None = None,
    pricing_categories: str | None = None,
    pricing_types: str | None = None,
    dimensions: str | None = None,
) -> GraphErrorResponse | PricingAnalyticsList | None:
    """Retrieve pricing analytics

     Returns message volumes and approximate costs (in the WABA's currency) for messages delivered in a
    date
    range, broken down by the requested dimensions. The same data is available as the
    `pricing_analytics`
    field of `GET /{waba_id}`. Lookback is 1 year. Cost is approximate and may differ from invoices.
    Needs the
    `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        granularity (GetAnalyticsPricingAnalyticsGranularity): Data point size.
        phone_numbers (str | None): Business phone numbers to include, as a JSON array, e.g.
            `["15550783881"]`; all when omitted.
        country_codes (str | None): Two-letter country codes to include, as a JSON array, e.g.
            `["US","IN"]`; all when omitted.
        metric_types (str | None): Metrics as a JSON array: `VOLUME`, `COST`; all when omitted.
        pricing_categories (str | None): Pricing categories as a JSON array: `AUTHENTICATION`,
            `AUTHENTICATION_INTERNATIONAL`, `MARKETING`,
            `MARKETING_LITE`, `SERVICE`, `UTILITY`, `REFERRAL_CONVERSION`, `GROUP_MARKETING`,
            `GROUP_UTILITY`,
            `GROUP_SERVICE`; all when omitted.
        pricing_types (str | None): Pricing types as a JSON array: `REGULAR`,
            `FREE_CUSTOMER_SERVICE`, `FREE_ENTRY_POINT`; all when omitted.
        dimensions (str | None): Breakdowns as a JSON array: `PHONE`, `COUNTRY`, `PRICING_TYPE`,
            `PRICING_CATEGORY`, `TIER` (volume
            tier information needs `TIER`, `PRICING_CATEGORY` and `COUNTRY`); none when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PricingAnalyticsList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        pricing_categories=pricing_categories,
        pricing_types=pricing_types,
        dimensions=dimensions,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    granularity: GetAnalyticsPricingAnalyticsGranularity,
    phone_numbers: str | None = None,
    country_codes: str | None = None,
    metric_types: str | None = None,
    pricing_categories: str | None = None,
    pricing_types: str | None = None,
    dimensions: str | None = None,
) -> Response[GraphErrorResponse | PricingAnalyticsList]:
    """Retrieve pricing analytics

     Returns message volumes and approximate costs (in the WABA's currency) for messages delivered in a
    date
    range, broken down by the requested dimensions. The same data is available as the
    `pricing_analytics`
    field of `GET /{waba_id}`. Lookback is 1 year. Cost is approximate and may differ from invoices.
    Needs the
    `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        granularity (GetAnalyticsPricingAnalyticsGranularity): Data point size.
        phone_numbers (str | None): Business phone numbers to include, as a JSON array, e.g.
            `["15550783881"]`; all when omitted.
        country_codes (str | None): Two-letter country codes to include, as a JSON array, e.g.
            `["US","IN"]`; all when omitted.
        metric_types (str | None): Metrics as a JSON array: `VOLUME`, `COST`; all when omitted.
        pricing_categories (str | None): Pricing categories as a JSON array: `AUTHENTICATION`,
            `AUTHENTICATION_INTERNATIONAL`, `MARKETING`,
            `MARKETING_LITE`, `SERVICE`, `UTILITY`, `REFERRAL_CONVERSION`, `GROUP_MARKETING`,
            `GROUP_UTILITY`,
            `GROUP_SERVICE`; all when omitted.
        pricing_types (str | None): Pricing types as a JSON array: `REGULAR`,
            `FREE_CUSTOMER_SERVICE`, `FREE_ENTRY_POINT`; all when omitted.
        dimensions (str | None): Breakdowns as a JSON array: `PHONE`, `COUNTRY`, `PRICING_TYPE`,
            `PRICING_CATEGORY`, `TIER` (volume
            tier information needs `TIER`, `PRICING_CATEGORY` and `COUNTRY`); none when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PricingAnalyticsList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        start=start,
        end=end,
        granularity=granularity,
        phone_numbers=phone_numbers,
        country_codes=country_codes,
        metric_types=metric_types,
        pricing_categories=pricing_categories,
        pricing_types=pricing_types,
        dimensions=dimensions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    start: int,
    end: int,
    granularity: GetAnalyticsPricingAnalyticsGranularity,
    phone_numbers: str | None = None,
    country_codes: str | None = None,
    metric_types: str | None = None,
    pricing_categories: str | None = None,
    pricing_types: str | None = None,
    dimensions: str | None = None,
) -> GraphErrorResponse | PricingAnalyticsList | None:
    """Retrieve pricing analytics

     Returns message volumes and approximate costs (in the WABA's currency) for messages delivered in a
    date
    range, broken down by the requested dimensions. The same data is available as the
    `pricing_analytics`
    field of `GET /{waba_id}`. Lookback is 1 year. Cost is approximate and may differ from invoices.
    Needs the
    `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        start (int): Start of the range, unix seconds.
        end (int): End of the range, unix seconds.
        granularity (GetAnalyticsPricingAnalyticsGranularity): Data point size.
        phone_numbers (str | None): Business phone numbers to include, as a JSON array, e.g.
            `["15550783881"]`; all when omitted.
        country_codes (str | None): Two-letter country codes to include, as a JSON array, e.g.
            `["US","IN"]`; all when omitted.
        metric_types (str | None): Metrics as a JSON array: `VOLUME`, `COST`; all when omitted.
        pricing_categories (str | None): Pricing categories as a JSON array: `AUTHENTICATION`,
            `AUTHENTICATION_INTERNATIONAL`, `MARKETING`,
            `MARKETING_LITE`, `SERVICE`, `UTILITY`, `REFERRAL_CONVERSION`, `GROUP_MARKETING`,
            `GROUP_UTILITY`,
            `GROUP_SERVICE`; all when omitted.
        pricing_types (str | None): Pricing types as a JSON array: `REGULAR`,
            `FREE_CUSTOMER_SERVICE`, `FREE_ENTRY_POINT`; all when omitted.
        dimensions (str | None): Breakdowns as a JSON array: `PHONE`, `COUNTRY`, `PRICING_TYPE`,
            `PRICING_CATEGORY`, `TIER` (volume
            tier information needs `TIER`, `PRICING_CATEGORY` and `COUNTRY`); none when omitted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PricingAnalyticsList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            start=start,
            end=end,
            granularity=granularity,
            phone_numbers=phone_numbers,
            country_codes=country_codes,
            metric_types=metric_types,
            pricing_categories=pricing_categories,
            pricing_types=pricing_types,
            dimensions=dimensions,
        )
    ).parsed
