from typing import Literal

SolutionRejectRequestRequestType = Literal["DEACTIVATION_REQUEST", "PARTNERSHIP_REQUEST"]

SOLUTION_REJECT_REQUEST_REQUEST_TYPE_VALUES: set[SolutionRejectRequestRequestType] = {
    "DEACTIVATION_REQUEST",
    "PARTNERSHIP_REQUEST",
}


def check_solution_reject_request_request_type(value: str) -> SolutionRejectRequestRequestType:
    if value in SOLUTION_REJECT_REQUEST_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOLUTION_REJECT_REQUEST_REQUEST_TYPE_VALUES!r}")
