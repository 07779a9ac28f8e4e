from typing import Literal

CreateGroupRequestJoinApprovalMode = Literal["approval_required", "auto_approve"]

CREATE_GROUP_REQUEST_JOIN_APPROVAL_MODE_VALUES: set[CreateGroupRequestJoinApprovalMode] = {
    "approval_required",
    "auto_approve",
}


def check_create_group_request_join_approval_mode(value: str) -> CreateGroupRequestJoinApprovalMode:
    if value in CREATE_GROUP_REQUEST_JOIN_APPROVAL_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_GROUP_REQUEST_JOIN_APPROVAL_MODE_VALUES!r}")
