from typing import Literal

BusinessProfileUpdateVertical = Literal[
    "ALCOHOL",
    "APPAREL",
    "AUTO",
    "BEAUTY",
    "EDU",
    "ENTERTAIN",
    "EVENT_PLAN",
    "FINANCE",
    "GOVT",
    "GROCERY",
    "HEALTH",
    "HOTEL",
    "NONPROFIT",
    "ONLINE_GAMBLING",
    "OTC_DRUGS",
    "OTHER",
    "PHYSICAL_GAMBLING",
    "PROF_SERVICES",
    "RESTAURANT",
    "RETAIL",
    "TRAVEL",
]

BUSINESS_PROFILE_UPDATE_VERTICAL_VALUES: set[BusinessProfileUpdateVertical] = {
    "ALCOHOL",
    "APPAREL",
    "AUTO",
    "BEAUTY",
    "EDU",
    "ENTERTAIN",
    "EVENT_PLAN",
    "FINANCE",
    "GOVT",
    "GROCERY",
    "HEALTH",
    "HOTEL",
    "NONPROFIT",
    "ONLINE_GAMBLING",
    "OTC_DRUGS",
    "OTHER",
    "PHYSICAL_GAMBLING",
    "PROF_SERVICES",
    "RESTAURANT",
    "RETAIL",
    "TRAVEL",
}


def check_business_profile_update_vertical(value: str) -> BusinessProfileUpdateVertical:
    if value in BUSINESS_PROFILE_UPDATE_VERTICAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUSINESS_PROFILE_UPDATE_VERTICAL_VALUES!r}")
