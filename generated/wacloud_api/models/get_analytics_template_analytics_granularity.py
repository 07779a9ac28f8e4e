from typing import Literal

GetAnalyticsTemplateAnalyticsGranularity = Literal["DAILY"]

GET_ANALYTICS_TEMPLATE_ANALYTICS_GRANULARITY_VALUES: set[GetAnalyticsTemplateAnalyticsGranularity] = {
    "DAILY",
}


def check_get_analytics_template_analytics_granularity(value: str) -> GetAnalyticsTemplateAnalyticsGranularity:
    if value in GET_ANALYTICS_TEMPLATE_ANALYTICS_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_TEMPLATE_ANALYTICS_GRANULARITY_VALUES!r}"
    )
