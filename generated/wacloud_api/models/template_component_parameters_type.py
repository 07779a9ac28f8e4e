from typing import Literal

TemplateComponentParametersType = Literal[
    "body", "button", "carousel", "header", "limited_time_offer", "tap_target_configuration"
]

TEMPLATE_COMPONENT_PARAMETERS_TYPE_VALUES: set[TemplateComponentParametersType] = {
    "body",
    "button",
    "carousel",
    "header",
    "limited_time_offer",
    "tap_target_configuration",
}


def check_template_component_parameters_type(value: str) -> TemplateComponentParametersType:
    if value in TEMPLATE_COMPONENT_PARAMETERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_COMPONENT_PARAMETERS_TYPE_VALUES!r}")
