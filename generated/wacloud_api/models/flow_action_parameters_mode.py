from typing import Literal

FlowActionParametersMode = Literal["draft", "published"]

FLOW_ACTION_PARAMETERS_MODE_VALUES: set[FlowActionParametersMode] = {
    "draft",
    "published",
}


def check_flow_action_parameters_mode(value: str) -> FlowActionParametersMode:
    if value in FLOW_ACTION_PARAMETERS_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_ACTION_PARAMETERS_MODE_VALUES!r}")
