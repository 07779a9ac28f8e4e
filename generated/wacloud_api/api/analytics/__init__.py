"""Namespace for the ``analytics`` API area: ``Analytics`` (sync) and ``AsyncAnalytics`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.get_analytics_group_analytics_granularity import (
    GetAnalyticsGroupAnalyticsGranularity,
    check_get_analytics_group_analytics_granularity,
)
from ...models.get_analytics_pricing_analytics_granularity import (
    GetAnalyticsPricingAnalyticsGranularity,
    check_get_analytics_pricing_analytics_granularity,
)
from ...models.get_analytics_template_analytics_granularity import (
    GetAnalyticsTemplateAnalyticsGranularity,
    check_get_analytics_template_analytics_granularity,
)
from ...models.get_analytics_template_group_analytics_granularity import (
    GetAnalyticsTemplateGroupAnalyticsGranularity,
    check_get_analytics_template_group_analytics_granularity,
)
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_analytics_list import GroupAnalyticsList
from ...models.pricing_analytics_list import PricingAnalyticsList
from ...models.template_analytics_list import TemplateAnalyticsList
from ...models.template_group_analytics_list import TemplateGroupAnalyticsList
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import get_analytics_group_analytics as _get_analytics_group_analytics
from . import get_analytics_pricing_analytics as _get_analytics_pricing_analytics
from . import get_analytics_template_analytics as _get_analytics_template_analytics
from . import get_analytics_template_group_analytics as _get_analytics_template_group_analytics

__all__ = ["AsyncAnalytics", "Analytics"]


class Analytics:
    """Operations of the ``analytics`` area. Reach it as ``client.analytics``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_template_analytics(
        self,
        *,
        start: int | str,
        end: int | str,
        granularity: GetAnalyticsTemplateAnalyticsGranularity = "DAILY",
        template_ids: str,
        metric_types: str | None = None,
        product_type: str | None = None,
        use_waba_timezone: bool | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateAnalyticsList:
        """Retrieve template analytics.

        Returns daily sent, delivered, read, button-click and cost metrics for up to 10 templates, with
        a 90-day lookback. Template analytics must first be enabled on the WABA (`POST
        /{waba_id}?is_enabled_for_insights=true` or WhatsApp Manager). Clicks are counted only for URL
        and quick-reply buttons of MARKETING and UTILITY templates; `COST` is not available to
        businesses billed through a Solution Partner; read and click counts stop updating 7 days after a
        message was sent. WABAs tied to the EU, UK or Japan are not supported. Needs the
        `whatsapp_business_management` permission.

        ``GET /{waba_id}/template_analytics``

        Args:
            start: Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form when `use_waba_timezone`
                is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
            end: End of the range: unix seconds, or a `YYYY-MM-DD` date (required form when `use_waba_timezone`
                is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
            granularity: Data point size; Meta only supports `DAILY`.
            template_ids: Up to 10 template ids, as a bracketed comma-separated list, e.g.
                `[1421988012088524,2632273056924580]`.
            metric_types: Comma-separated metrics to return (all when omitted): `SENT`, `DELIVERED`, `READ`, `CLICKED`,
                `COST`; Marketing Messages API only: `APP_ACTIVATIONS`, `APP_ADD_TO_CART`,
                `APP_CHECKOUTS_INITIATED`, `APP_PURCHASES`, `APP_PURCHASES_CONVERSION_VALUE`,
                `WEBSITE_ADD_TO_CART`, `WEBSITE_CHECKOUTS_INITIATED`, `WEBSITE_PURCHASES`,
                `WEBSITE_PURCHASES_CONVERSION_VALUE`. Meta accepts upper or lower case.
            product_type: Which sending product to report on: `CLOUD_API` (default) or
                `MARKETING_MESSAGES_API_FOR_WHATSAPP` (older docs: `MARKETING_MESSAGES_LITE_API`).
            use_waba_timezone: Report days in the WABA's time zone instead of UTC; `start` and `end` must then be `YYYY-MM-DD`
                dates.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_template_analytics()``
        """
        parsed = self._runtime.execute(
            _get_analytics_template_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                granularity=granularity,
                template_ids=template_ids,
                metric_types=metric_types,
                product_type=product_type,
                use_waba_timezone=use_waba_timezone,
            ),
            _get_analytics_template_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_template_group_analytics(
        self,
        *,
        start: int | str,
        end: int | str,
        granularity: GetAnalyticsTemplateGroupAnalyticsGranularity = "DAILY",
        template_group_ids: str,
        metric_types: str | None = None,
        use_waba_timezone: bool | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateGroupAnalyticsList:
        """Retrieve template group analytics.

        Returns daily sent, delivered, read, click and cost metrics of up to 10 template groups
        (`template_groups`), each group's templates counted together, with a 90-day lookback. The same
        conditions as template analytics apply: analytics enabled on the WABA
        (`is_enabled_for_insights`), `COST` not available to businesses billed through a Solution
        Partner, WABAs tied to the EU or Japan not supported.

        ``GET /{waba_id}/template_group_analytics``

        Args:
            start: Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form when `use_waba_timezone`
                is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
            end: End of the range, in the same form as `start`.
            granularity: Data point size; Meta only supports `DAILY`.
            template_group_ids: Up to 10 template group ids, as a bracketed comma-separated list, e.g. `[1044106240855852]`.
            metric_types: Comma-separated metrics to return (all when omitted): `sent`, `delivered`, `read`, `clicked`,
                `cost`.
            use_waba_timezone: Report days in the WABA's time zone instead of UTC; `start` and `end` must then be `YYYY-MM-DD`
                dates.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_template_group_analytics()``
        """
        parsed = self._runtime.execute(
            _get_analytics_template_group_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                granularity=granularity,
                template_group_ids=template_group_ids,
                metric_types=metric_types,
                use_waba_timezone=use_waba_timezone,
            ),
            _get_analytics_template_group_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateGroupAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_group_analytics(
        self,
        *,
        start: int,
        end: int,
        group_ids: str,
        granularity: GetAnalyticsGroupAnalyticsGranularity = "DAILY",
        metric_types: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupAnalyticsList:
        """Retrieve group chat analytics.

        Returns daily metrics of a group chat of the Groups API (`groups`): messages sent, delivered and
        read in it, and participants who joined or left, within the last 90 days.

        ``GET /{waba_id}/group_analytics``

        Args:
            start: Start of the range, unix seconds.
            end: End of the range, unix seconds.
            group_ids: The group ids as a bracketed list; Meta takes exactly one today, e.g.
                `["Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"]`.
            granularity: Data point size; Meta only supports `DAILY`.
            metric_types: Comma-separated metrics (all when omitted): `SENT`, `DELIVERED`, `READ`, `PARTICIPANTS_JOINED`,
                `PARTICIPANTS_LEFT`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_group_analytics()``
        """
        parsed = self._runtime.execute(
            _get_analytics_group_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                group_ids=group_ids,
                granularity=granularity,
                metric_types=metric_types,
            ),
            _get_analytics_group_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_pricing_analytics(
        self,
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
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PricingAnalyticsList:
        """Retrieve pricing analytics.

        Returns message volumes and approximate costs (in the WABA's currency) for messages delivered in
        a date range, broken down by the requested dimensions. The same data is available as the
        `pricing_analytics` field of `GET /{waba_id}`. Lookback is 1 year. Cost is approximate and may
        differ from invoices. Needs the `whatsapp_business_management` permission.

        ``GET /{waba_id}/pricing_analytics``

        Args:
            start: Start of the range, unix seconds.
            end: End of the range, unix seconds.
            granularity: Data point size.
            phone_numbers: Business phone numbers to include, as a JSON array, e.g. `["15550783881"]`; all when omitted.
            country_codes: Two-letter country codes to include, as a JSON array, e.g. `["US","IN"]`; all when omitted.
            metric_types: Metrics as a JSON array: `VOLUME`, `COST`; all when omitted.
            pricing_categories: Pricing categories as a JSON array: `AUTHENTICATION`, `AUTHENTICATION_INTERNATIONAL`,
                `MARKETING`, `MARKETING_LITE`, `SERVICE`, `UTILITY`, `REFERRAL_CONVERSION`, `GROUP_MARKETING`,
                `GROUP_UTILITY`, `GROUP_SERVICE`; all when omitted.
            pricing_types: Pricing types as a JSON array: `REGULAR`, `FREE_CUSTOMER_SERVICE`, `FREE_ENTRY_POINT`; all when
                omitted.
            dimensions: Breakdowns as a JSON array: `PHONE`, `COUNTRY`, `PRICING_TYPE`, `PRICING_CATEGORY`, `TIER`
                (volume tier information needs `TIER`, `PRICING_CATEGORY` and `COUNTRY`); none when omitted.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_pricing_analytics()``
        """
        parsed = self._runtime.execute(
            _get_analytics_pricing_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                granularity=granularity,
                phone_numbers=phone_numbers,
                country_codes=country_codes,
                metric_types=metric_types,
                pricing_categories=pricing_categories,
                pricing_types=pricing_types,
                dimensions=dimensions,
            ),
            _get_analytics_pricing_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, PricingAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncAnalytics:
    """Operations of the ``analytics`` area (asyncio). Reach it as ``client.analytics``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_template_analytics(
        self,
        *,
        start: int | str,
        end: int | str,
        granularity: GetAnalyticsTemplateAnalyticsGranularity = "DAILY",
        template_ids: str,
        metric_types: str | None = None,
        product_type: str | None = None,
        use_waba_timezone: bool | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateAnalyticsList:
        """Retrieve template analytics.

        Returns daily sent, delivered, read, button-click and cost metrics for up to 10 templates, with
        a 90-day lookback. Template analytics must first be enabled on the WABA (`POST
        /{waba_id}?is_enabled_for_insights=true` or WhatsApp Manager). Clicks are counted only for URL
        and quick-reply buttons of MARKETING and UTILITY templates; `COST` is not available to
        businesses billed through a Solution Partner; read and click counts stop updating 7 days after a
        message was sent. WABAs tied to the EU, UK or Japan are not supported. Needs the
        `whatsapp_business_management` permission.

        ``GET /{waba_id}/template_analytics``

        Args:
            start: Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form when `use_waba_timezone`
                is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
            end: End of the range: unix seconds, or a `YYYY-MM-DD` date (required form when `use_waba_timezone`
                is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
            granularity: Data point size; Meta only supports `DAILY`.
            template_ids: Up to 10 template ids, as a bracketed comma-separated list, e.g.
                `[1421988012088524,2632273056924580]`.
            metric_types: Comma-separated metrics to return (all when omitted): `SENT`, `DELIVERED`, `READ`, `CLICKED`,
                `COST`; Marketing Messages API only: `APP_ACTIVATIONS`, `APP_ADD_TO_CART`,
                `APP_CHECKOUTS_INITIATED`, `APP_PURCHASES`, `APP_PURCHASES_CONVERSION_VALUE`,
                `WEBSITE_ADD_TO_CART`, `WEBSITE_CHECKOUTS_INITIATED`, `WEBSITE_PURCHASES`,
                `WEBSITE_PURCHASES_CONVERSION_VALUE`. Meta accepts upper or lower case.
            product_type: Which sending product to report on: `CLOUD_API` (default) or
                `MARKETING_MESSAGES_API_FOR_WHATSAPP` (older docs: `MARKETING_MESSAGES_LITE_API`).
            use_waba_timezone: Report days in the WABA's time zone instead of UTC; `start` and `end` must then be `YYYY-MM-DD`
                dates.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_template_analytics()``
        """
        parsed = await self._runtime.execute(
            _get_analytics_template_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                granularity=granularity,
                template_ids=template_ids,
                metric_types=metric_types,
                product_type=product_type,
                use_waba_timezone=use_waba_timezone,
            ),
            _get_analytics_template_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_template_group_analytics(
        self,
        *,
        start: int | str,
        end: int | str,
        granularity: GetAnalyticsTemplateGroupAnalyticsGranularity = "DAILY",
        template_group_ids: str,
        metric_types: str | None = None,
        use_waba_timezone: bool | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> TemplateGroupAnalyticsList:
        """Retrieve template group analytics.

        Returns daily sent, delivered, read, click and cost metrics of up to 10 template groups
        (`template_groups`), each group's templates counted together, with a 90-day lookback. The same
        conditions as template analytics apply: analytics enabled on the WABA
        (`is_enabled_for_insights`), `COST` not available to businesses billed through a Solution
        Partner, WABAs tied to the EU or Japan not supported.

        ``GET /{waba_id}/template_group_analytics``

        Args:
            start: Start of the range: unix seconds, or a `YYYY-MM-DD` date (required form when `use_waba_timezone`
                is true). A timestamp that is not 00:00 UTC is moved back to that day's 00:00 UTC.
            end: End of the range, in the same form as `start`.
            granularity: Data point size; Meta only supports `DAILY`.
            template_group_ids: Up to 10 template group ids, as a bracketed comma-separated list, e.g. `[1044106240855852]`.
            metric_types: Comma-separated metrics to return (all when omitted): `sent`, `delivered`, `read`, `clicked`,
                `cost`.
            use_waba_timezone: Report days in the WABA's time zone instead of UTC; `start` and `end` must then be `YYYY-MM-DD`
                dates.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_template_group_analytics()``
        """
        parsed = await self._runtime.execute(
            _get_analytics_template_group_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                granularity=granularity,
                template_group_ids=template_group_ids,
                metric_types=metric_types,
                use_waba_timezone=use_waba_timezone,
            ),
            _get_analytics_template_group_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, TemplateGroupAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_group_analytics(
        self,
        *,
        start: int,
        end: int,
        group_ids: str,
        granularity: GetAnalyticsGroupAnalyticsGranularity = "DAILY",
        metric_types: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> GroupAnalyticsList:
        """Retrieve group chat analytics.

        Returns daily metrics of a group chat of the Groups API (`groups`): messages sent, delivered and
        read in it, and participants who joined or left, within the last 90 days.

        ``GET /{waba_id}/group_analytics``

        Args:
            start: Start of the range, unix seconds.
            end: End of the range, unix seconds.
            group_ids: The group ids as a bracketed list; Meta takes exactly one today, e.g.
                `["Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"]`.
            granularity: Data point size; Meta only supports `DAILY`.
            metric_types: Comma-separated metrics (all when omitted): `SENT`, `DELIVERED`, `READ`, `PARTICIPANTS_JOINED`,
                `PARTICIPANTS_LEFT`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_group_analytics()``
        """
        parsed = await self._runtime.execute(
            _get_analytics_group_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                group_ids=group_ids,
                granularity=granularity,
                metric_types=metric_types,
            ),
            _get_analytics_group_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, GroupAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_pricing_analytics(
        self,
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
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PricingAnalyticsList:
        """Retrieve pricing analytics.

        Returns message volumes and approximate costs (in the WABA's currency) for messages delivered in
        a date range, broken down by the requested dimensions. The same data is available as the
        `pricing_analytics` field of `GET /{waba_id}`. Lookback is 1 year. Cost is approximate and may
        differ from invoices. Needs the `whatsapp_business_management` permission.

        ``GET /{waba_id}/pricing_analytics``

        Args:
            start: Start of the range, unix seconds.
            end: End of the range, unix seconds.
            granularity: Data point size.
            phone_numbers: Business phone numbers to include, as a JSON array, e.g. `["15550783881"]`; all when omitted.
            country_codes: Two-letter country codes to include, as a JSON array, e.g. `["US","IN"]`; all when omitted.
            metric_types: Metrics as a JSON array: `VOLUME`, `COST`; all when omitted.
            pricing_categories: Pricing categories as a JSON array: `AUTHENTICATION`, `AUTHENTICATION_INTERNATIONAL`,
                `MARKETING`, `MARKETING_LITE`, `SERVICE`, `UTILITY`, `REFERRAL_CONVERSION`, `GROUP_MARKETING`,
                `GROUP_UTILITY`, `GROUP_SERVICE`; all when omitted.
            pricing_types: Pricing types as a JSON array: `REGULAR`, `FREE_CUSTOMER_SERVICE`, `FREE_ENTRY_POINT`; all when
                omitted.
            dimensions: Breakdowns as a JSON array: `PHONE`, `COUNTRY`, `PRICING_TYPE`, `PRICING_CATEGORY`, `TIER`
                (volume tier information needs `TIER`, `PRICING_CATEGORY` and `COUNTRY`); none when omitted.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.analytics.get_pricing_analytics()``
        """
        parsed = await self._runtime.execute(
            _get_analytics_pricing_analytics._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                start=start,
                end=end,
                granularity=granularity,
                phone_numbers=phone_numbers,
                country_codes=country_codes,
                metric_types=metric_types,
                pricing_categories=pricing_categories,
                pricing_types=pricing_types,
                dimensions=dimensions,
            ),
            _get_analytics_pricing_analytics._parse_response,
            request_options,
        )
        if not isinstance(parsed, PricingAnalyticsList):
            raise self._runtime.unexpected(parsed)
        return parsed
