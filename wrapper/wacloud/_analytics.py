"""``client.analytics``: the generated edges plus builders for Graph's analytics field expressions.

Meta serves messaging, conversation and pricing analytics as fields of ``GET /{waba_id}`` in field-expansion
syntax, e.g. ``analytics.start(1693526400).end(1696118400).granularity(DAY).phone_numbers(["15550783881"])``.
These helpers build that expression from typed arguments and return the typed result.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from wacloud_api.api.analytics import Analytics as _GeneratedAnalytics
from wacloud_api.api.waba import Waba as _GeneratedWaba
from wacloud_api.models import AnalyticsResult, ConversationAnalyticsList, PricingAnalyticsList
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError, UnexpectedResponseError

__all__ = ["Analytics", "analytics_field"]

Moment = datetime | int
MessagingGranularity = Literal["HALF_HOUR", "DAY", "MONTH"]
Granularity = Literal["HALF_HOUR", "DAILY", "MONTHLY"]
_GRANULARITIES = {
    "analytics": ("HALF_HOUR", "DAY", "MONTH"),
    "conversation_analytics": ("HALF_HOUR", "DAILY", "MONTHLY"),
    "pricing_analytics": ("HALF_HOUR", "DAILY", "MONTHLY"),
}


def _unix(moment: Moment, name: str) -> int:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            raise InvalidArgumentError(f"{name} must be timezone-aware (e.g. datetime(..., tzinfo=UTC)).")
        return int(moment.timestamp())
    if isinstance(moment, int) and not isinstance(moment, bool) and moment >= 0:
        return moment
    raise InvalidArgumentError(f"{name} must be a timezone-aware datetime or unix seconds, got {moment!r}.")


def analytics_field(
    field: str, start: Moment, end: Moment, granularity: str, filters: dict[str, Sequence[str | int] | None]
) -> str:
    """``field.start(s).end(e).granularity(G).filter([...])...`` with lists as JSON, empty filters left out."""
    allowed = _GRANULARITIES[field]
    if granularity not in allowed:
        raise InvalidArgumentError(f"{field} granularity must be one of {', '.join(allowed)}, got {granularity!r}.")
    begin, finish = _unix(start, "start"), _unix(end, "end")
    if finish <= begin:
        raise InvalidArgumentError("end must be after start.")
    parts = [f"{field}.start({begin}).end({finish}).granularity({granularity})"]
    for name, values in filters.items():
        if values is not None:
            parts.append(f".{name}({json.dumps(list(values), separators=(',', ':'))})")
    return "".join(parts)


def _present(value: object, field: str) -> object:
    if value is None:
        raise UnexpectedResponseError(f"Graph did not return `{field}` for this WABA.")
    return value


def _messaging(value: object) -> AnalyticsResult:
    result = _present(value, "analytics")
    if not isinstance(result, AnalyticsResult):
        raise UnexpectedResponseError("`analytics` did not parse into AnalyticsResult.")
    return result


def _conversations(value: object) -> ConversationAnalyticsList:
    result = _present(value, "conversation_analytics")
    if not isinstance(result, ConversationAnalyticsList):
        raise UnexpectedResponseError("`conversation_analytics` did not parse into ConversationAnalyticsList.")
    return result


def _pricing(value: object) -> PricingAnalyticsList:
    result = _present(value, "pricing_analytics")
    if not isinstance(result, PricingAnalyticsList):
        raise UnexpectedResponseError("`pricing_analytics` did not parse into PricingAnalyticsList.")
    return result


class Analytics(_GeneratedAnalytics):
    """``client.analytics``: messaging, conversation, pricing and template analytics of the WABA."""

    def messaging(
        self,
        start: Moment,
        end: Moment,
        granularity: MessagingGranularity = "DAY",
        *,
        phone_numbers: Sequence[str] | None = None,
        country_codes: Sequence[str] | None = None,
        product_types: Sequence[int] | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AnalyticsResult:
        """Messages sent and delivered per period. Example: ``client.analytics.messaging(start, end, "DAY")``"""
        fields = analytics_field(
            "analytics",
            start,
            end,
            granularity,
            {"phone_numbers": phone_numbers, "country_codes": country_codes, "product_types": product_types},
        )
        account = _GeneratedWaba(self._runtime).get(fields=fields, waba_id=waba_id, request_options=request_options)
        return _messaging(account.analytics)

    def conversations(
        self,
        start: Moment,
        end: Moment,
        granularity: Granularity = "DAILY",
        *,
        phone_numbers: Sequence[str] | None = None,
        country_codes: Sequence[str] | None = None,
        metric_types: Sequence[str] | None = None,
        conversation_categories: Sequence[str] | None = None,
        conversation_types: Sequence[str] | None = None,
        conversation_directions: Sequence[str] | None = None,
        dimensions: Sequence[str] | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ConversationAnalyticsList:
        """Conversation counts and cost per period. Example: ``client.analytics.conversations(start, end, dimensions=["COUNTRY"])``"""
        fields = analytics_field(
            "conversation_analytics",
            start,
            end,
            granularity,
            {
                "phone_numbers": phone_numbers,
                "country_codes": country_codes,
                "metric_types": metric_types,
                "conversation_categories": conversation_categories,
                "conversation_types": conversation_types,
                "conversation_directions": conversation_directions,
                "dimensions": dimensions,
            },
        )
        account = _GeneratedWaba(self._runtime).get(fields=fields, waba_id=waba_id, request_options=request_options)
        return _conversations(account.conversation_analytics)

    def pricing(
        self,
        start: Moment,
        end: Moment,
        granularity: Granularity = "DAILY",
        *,
        phone_numbers: Sequence[str] | None = None,
        country_codes: Sequence[str] | None = None,
        metric_types: Sequence[str] | None = None,
        pricing_categories: Sequence[str] | None = None,
        pricing_types: Sequence[str] | None = None,
        dimensions: Sequence[str] | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PricingAnalyticsList:
        """Delivered volume and cost per pricing category. Example: ``client.analytics.pricing(start, end, metric_types=["COST"])``"""
        fields = analytics_field(
            "pricing_analytics",
            start,
            end,
            granularity,
            {
                "phone_numbers": phone_numbers,
                "country_codes": country_codes,
                "metric_types": metric_types,
                "pricing_categories": pricing_categories,
                "pricing_types": pricing_types,
                "dimensions": dimensions,
            },
        )
        account = _GeneratedWaba(self._runtime).get(fields=fields, waba_id=waba_id, request_options=request_options)
        return _pricing(account.pricing_analytics)
