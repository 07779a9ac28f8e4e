from typing import Literal

TemplateLanguagePolicy = Literal["deterministic"]

TEMPLATE_LANGUAGE_POLICY_VALUES: set[TemplateLanguagePolicy] = {
    "deterministic",
}


def check_template_language_policy(value: str) -> TemplateLanguagePolicy:
    if value in TEMPLATE_LANGUAGE_POLICY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_LANGUAGE_POLICY_VALUES!r}")
