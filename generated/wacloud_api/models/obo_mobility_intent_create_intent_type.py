from typing import Literal

OboMobilityIntentCreateIntentType = Literal[
    "APPROVE_HANDOVER",
    "CANCEL_TRANSFER",
    "CONFIRM_TRANSFER",
    "INITIATE_TRANSFER",
    "REJECT_HANDOVER",
    "REQUEST_HANDOVER",
]

OBO_MOBILITY_INTENT_CREATE_INTENT_TYPE_VALUES: set[OboMobilityIntentCreateIntentType] = {
    "APPROVE_HANDOVER",
    "CANCEL_TRANSFER",
    "CONFIRM_TRANSFER",
    "INITIATE_TRANSFER",
    "REJECT_HANDOVER",
    "REQUEST_HANDOVER",
}


def check_obo_mobility_intent_create_intent_type(value: str) -> OboMobilityIntentCreateIntentType:
    if value in OBO_MOBILITY_INTENT_CREATE_INTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OBO_MOBILITY_INTENT_CREATE_INTENT_TYPE_VALUES!r}")
