from typing import Literal

GetAnalyticsPricingAnalyticsGranularity = Literal["DAILY", "HALF_HOUR", "MONTHLY"]

GET_ANALYTICS_PRICING_ANALYTICS_GRANULARITY_VALUES: set[GetAnalyticsPricingAnalyticsGranularity] = {
    "DAILY",
    "HALF_HOUR",
    "MONTHLY",
}


def check_get_analytics_pricing_analytics_granularity(value: str) -> GetAnalyticsPricingAnalyticsGranularity:
    if value in GET_ANALYTICS_PRICING_ANALYTICS_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_PRICING_ANALYTICS_GRANULARITY_VALUES!r}"
    )
