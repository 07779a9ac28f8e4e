from typing import Literal

FlowActionParametersFlowAction = Literal["data_exchange", "navigate"]

FLOW_ACTION_PARAMETERS_FLOW_ACTION_VALUES: set[FlowActionParametersFlowAction] = {
    "data_exchange",
    "navigate",
}


def check_flow_action_parameters_flow_action(value: str) -> FlowActionParametersFlowAction:
    if value in FLOW_ACTION_PARAMETERS_FLOW_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_ACTION_PARAMETERS_FLOW_ACTION_VALUES!r}")
