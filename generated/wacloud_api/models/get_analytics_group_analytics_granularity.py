from typing import Literal

GetAnalyticsGroupAnalyticsGranularity = Literal["DAILY"]

GET_ANALYTICS_GROUP_ANALYTICS_GRANULARITY_VALUES: set[GetAnalyticsGroupAnalyticsGranularity] = {
    "DAILY",
}


def check_get_analytics_group_analytics_granularity(value: str) -> GetAnalyticsGroupAnalyticsGranularity:
    if value in GET_ANALYTICS_GROUP_ANALYTICS_GRANULARITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_GROUP_ANALYTICS_GRANULARITY_VALUES!r}")
