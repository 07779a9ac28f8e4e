from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="MediaUploadRequest")


@_attrs_define
class MediaUploadRequest:
    """A media file upload (multipart/form-data)."""

    file: File
    """ The file's bytes, with a file name. """
    type_: str
    """ The MIME type, e.g. `image/jpeg`, `application/pdf`. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        type_ = self.type_

        messaging_product = self.messaging_product

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file": file,
            "type": type_,
            "messaging_product": messaging_product,
        }

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        files.append(("messaging_product", (None, self.messaging_product, "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        type_ = d.pop("type")

        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        media_upload_request = cls(
            file=file,
            type_=type_,
            messaging_product=messaging_product,
        )

        media_upload_request.additional_properties = d
        return media_upload_request

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
