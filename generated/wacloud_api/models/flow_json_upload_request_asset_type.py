from typing import Literal

FlowJsonUploadRequestAssetType = Literal["FLOW_JSON"]

FLOW_JSON_UPLOAD_REQUEST_ASSET_TYPE_VALUES: set[FlowJsonUploadRequestAssetType] = {
    "FLOW_JSON",
}


def check_flow_json_upload_request_asset_type(value: str) -> FlowJsonUploadRequestAssetType:
    if value in FLOW_JSON_UPLOAD_REQUEST_ASSET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_JSON_UPLOAD_REQUEST_ASSET_TYPE_VALUES!r}")
