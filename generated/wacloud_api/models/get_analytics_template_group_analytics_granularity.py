from typing import Literal

GetAnalyticsTemplateGroupAnalyticsGranularity = Literal["DAILY"]

GET_ANALYTICS_TEMPLATE_GROUP_ANALYTICS_GRANULARITY_VALUES: set[GetAnalyticsTemplateGroupAnalyticsGranularity] = {
    "DAILY",
}


def check_get_analytics_template_group_analytics_granularity(
    value: str,
) -> GetAnalyticsTemplateGroupAnalyticsGranularity:
    if value in GET_ANALYTICS_TEMPLATE_GROUP_ANALYTICS_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_TEMPLATE_GROUP_ANALYTICS_GRANULARITY_VALUES!r}"
    )
