from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.flow_json_upload_request_asset_type import (
    FlowJsonUploadRequestAssetType,
    check_flow_json_upload_request_asset_type,
)
from ..types import File

T = TypeVar("T", bound="FlowJsonUploadRequest")


@_attrs_define
class FlowJsonUploadRequest:
    """A Flow JSON file upload (multipart/form-data).

    Example:
        {'name': 'flow.json', 'asset_type': 'FLOW_JSON'}

    """

    file: File
    """ The Flow JSON file, with a file name (e.g. `flow.json`) and type `application/json`. """
    asset_type: FlowJsonUploadRequestAssetType = "FLOW_JSON"
    """ Always `FLOW_JSON`. """
    name: str | None = None
    """ Asset name; use `flow.json`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        asset_type: str = self.asset_type

        name = self.name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file": file,
            "asset_type": asset_type,
        }
        if name is not None:
            field_dict["name"] = name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("asset_type", (None, str(self.asset_type).encode(), "text/plain")))

        if self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        asset_type = check_flow_json_upload_request_asset_type(d.pop("asset_type"))

        name = d.pop("name", None)

        flow_json_upload_request = cls(
            file=file,
            asset_type=asset_type,
            name=name,
        )

        flow_json_upload_request.additional_properties = d
        return flow_json_upload_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
