from typing import Literal

MessageTemplateFlowButtonFlowAction = Literal["data_exchange", "navigate"]

MESSAGE_TEMPLATE_FLOW_BUTTON_FLOW_ACTION_VALUES: set[MessageTemplateFlowButtonFlowAction] = {
    "data_exchange",
    "navigate",
}


def check_message_template_flow_button_flow_action(value: str) -> MessageTemplateFlowButtonFlowAction:
    if value in MESSAGE_TEMPLATE_FLOW_BUTTON_FLOW_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TEMPLATE_FLOW_BUTTON_FLOW_ACTION_VALUES!r}")
