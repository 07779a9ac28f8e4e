from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadSessionStatus")


@_attrs_define
class UploadSessionStatus:
    """How far an upload session got.

    Example:
        {'id': 'upload:MTphdHRhY2htZW50OjlkYWUyYjM2', 'file_offset': 65536}

    """

    file_offset: int
    """ Bytes received so far; resume from here. """
    id: str | None = None
    """ The session id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_offset = self.file_offset

        id = self.id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file_offset": file_offset,
        }
        if id is not None:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_offset = d.pop("file_offset")

        id = d.pop("id", None)

        upload_session_status = cls(
            file_offset=file_offset,
            id=id,
        )

        upload_session_status.additional_properties = d
        return upload_session_status

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
