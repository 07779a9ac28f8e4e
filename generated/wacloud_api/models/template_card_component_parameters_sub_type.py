from typing import Literal

TemplateCardComponentParametersSubType = Literal["quick_reply", "spm", "url"]

TEMPLATE_CARD_COMPONENT_PARAMETERS_SUB_TYPE_VALUES: set[TemplateCardComponentParametersSubType] = {
    "quick_reply",
    "spm",
    "url",
}


def check_template_card_component_parameters_sub_type(value: str) -> TemplateCardComponentParametersSubType:
    if value in TEMPLATE_CARD_COMPONENT_PARAMETERS_SUB_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_CARD_COMPONENT_PARAMETERS_SUB_TYPE_VALUES!r}"
    )
