from typing import Literal

TemplateComponentParametersSubType = Literal[
    "catalog", "copy_code", "flow", "mpm", "order_details", "quick_reply", "spm", "url", "voice_call"
]

TEMPLATE_COMPONENT_PARAMETERS_SUB_TYPE_VALUES: set[TemplateComponentParametersSubType] = {
    "catalog",
    "copy_code",
    "flow",
    "mpm",
    "order_details",
    "quick_reply",
    "spm",
    "url",
    "voice_call",
}


def check_template_component_parameters_sub_type(value: str) -> TemplateComponentParametersSubType:
    if value in TEMPLATE_COMPONENT_PARAMETERS_SUB_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEMPLATE_COMPONENT_PARAMETERS_SUB_TYPE_VALUES!r}")
