from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediaInfo")


@_attrs_define
class MediaInfo:
    """A media object's download URL and metadata.

    Example:
        {'messaging_product': 'whatsapp', 'url':
            'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1479537139650973&ext=1&hash=ATs', 'mime_type':
            'image/jpeg', 'sha256': '5d0a7f0d77b3ad2fa3b3f5a7b3c0b4e4a4b1d4b5b7b9c4d1d5e0f0a1b2c3d4e5', 'file_size': 303833,
            'id': '1479537139650973'}

    """

    messaging_product: str
    """ Always `whatsapp`. """
    url: str
    """ Download URL, valid for 5 minutes; fetch it with the bearer token. """
    mime_type: str
    """ The MIME type. """
    id: str
    """ The media id. """
    sha256: str | None = None
    """ Hex SHA-256 of the file. """
    file_size: int | None = None
    """ Size in bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        url = self.url

        mime_type = self.mime_type

        id = self.id

        sha256 = self.sha256

        file_size = self.file_size

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "url": url,
            "mime_type": mime_type,
            "id": id,
        }
        if sha256 is not None:
            field_dict["sha256"] = sha256
        if file_size is not None:
            field_dict["file_size"] = file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product")

        url = d.pop("url")

        mime_type = d.pop("mime_type")

        id = d.pop("id")

        sha256 = d.pop("sha256", None)

        file_size = d.pop("file_size", None)

        media_info = cls(
            messaging_product=messaging_product,
            url=url,
            mime_type=mime_type,
            id=id,
            sha256=sha256,
            file_size=file_size,
        )

        media_info.additional_properties = d
        return media_info

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
