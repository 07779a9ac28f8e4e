from typing import Literal

ListTemplatesCategory = Literal["AUTHENTICATION", "MARKETING", "UTILITY"]

LIST_TEMPLATES_CATEGORY_VALUES: set[ListTemplatesCategory] = {
    "AUTHENTICATION",
    "MARKETING",
    "UTILITY",
}


def check_list_templates_category(value: str) -> ListTemplatesCategory:
    if value in LIST_TEMPLATES_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATES_CATEGORY_VALUES!r}")
