from typing import Literal

CallSessionSdpType = Literal["answer", "offer"]

CALL_SESSION_SDP_TYPE_VALUES: set[CallSessionSdpType] = {
    "answer",
    "offer",
}


def check_call_session_sdp_type(value: str) -> CallSessionSdpType:
    if value in CALL_SESSION_SDP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_SESSION_SDP_TYPE_VALUES!r}")
