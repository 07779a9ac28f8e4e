from typing import Literal

OutgoingMessageBaseRecipientType = Literal["group", "individual"]

OUTGOING_MESSAGE_BASE_RECIPIENT_TYPE_VALUES: set[OutgoingMessageBaseRecipientType] = {
    "group",
    "individual",
}


def check_outgoing_message_base_recipient_type(value: str) -> OutgoingMessageBaseRecipientType:
    if value in OUTGOING_MESSAGE_BASE_RECIPIENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTGOING_MESSAGE_BASE_RECIPIENT_TYPE_VALUES!r}")
