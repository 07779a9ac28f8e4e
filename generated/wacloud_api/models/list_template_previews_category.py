from typing import Literal

ListTemplatePreviewsCategory = Literal["AUTHENTICATION"]

LIST_TEMPLATE_PREVIEWS_CATEGORY_VALUES: set[ListTemplatePreviewsCategory] = {
    "AUTHENTICATION",
}


def check_list_template_previews_category(value: str) -> ListTemplatePreviewsCategory:
    if value in LIST_TEMPLATE_PREVIEWS_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATE_PREVIEWS_CATEGORY_VALUES!r}")
