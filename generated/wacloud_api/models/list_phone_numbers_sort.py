from typing import Literal

ListPhoneNumbersSort = Literal[
    "creation_time.asc", "creation_time.desc", "last_onboarded_time.asc", "last_onboarded_time.desc"
]

LIST_PHONE_NUMBERS_SORT_VALUES: set[ListPhoneNumbersSort] = {
    "creation_time.asc",
    "creation_time.desc",
    "last_onboarded_time.asc",
    "last_onboarded_time.desc",
}


def check_list_phone_numbers_sort(value: str) -> ListPhoneNumbersSort:
    if value in LIST_PHONE_NUMBERS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PHONE_NUMBERS_SORT_VALUES!r}")
