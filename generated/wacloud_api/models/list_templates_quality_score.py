from typing import Literal

ListTemplatesQualityScore = Literal["GREEN", "RED", "UNKNOWN", "YELLOW"]

LIST_TEMPLATES_QUALITY_SCORE_VALUES: set[ListTemplatesQualityScore] = {
    "GREEN",
    "RED",
    "UNKNOWN",
    "YELLOW",
}


def check_list_templates_quality_score(value: str) -> ListTemplatesQualityScore:
    if value in LIST_TEMPLATES_QUALITY_SCORE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATES_QUALITY_SCORE_VALUES!r}")
