from typing import Literal

CoexistenceSyncRequestSyncType = Literal["history", "smb_app_state_sync"]

COEXISTENCE_SYNC_REQUEST_SYNC_TYPE_VALUES: set[CoexistenceSyncRequestSyncType] = {
    "history",
    "smb_app_state_sync",
}


def check_coexistence_sync_request_sync_type(value: str) -> CoexistenceSyncRequestSyncType:
    if value in COEXISTENCE_SYNC_REQUEST_SYNC_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COEXISTENCE_SYNC_REQUEST_SYNC_TYPE_VALUES!r}")
