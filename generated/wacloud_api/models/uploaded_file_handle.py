from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadedFileHandle")


@_attrs_define
class UploadedFileHandle:
    """The handle of a completely uploaded file.

    Example:
        {'h': '2:c2FtcGxlLmpwZw==:aW1hZ2UvanBlZw==:ARZHhTemF0MzD7hOfNWU'}

    """

    h: str
    """ The file handle, for `example.header_handle` or `profile_picture_handle`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        h = self.h

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "h": h,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        h = d.pop("h")

        uploaded_file_handle = cls(
            h=h,
        )

        uploaded_file_handle.additional_properties = d
        return uploaded_file_handle

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
