from typing import Literal

TemplateCardComponentParametersType = Literal["body", "button", "header"]

TEMPLATE_CARD_COMPONENT_PARAMETERS_TYPE_VALUES: set[TemplateCardComponentParametersType] = {
    "body",
    "button",
    "header",
}


def check_template_card_component_parameters_type(value: str) -> TemplateCardComponentParametersType:
    if value in TEMPLATE_CARD_COMPONENT_PARAMETERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_CARD_COMPONENT_PARAMETERS_TYPE_VALUES!r}")
