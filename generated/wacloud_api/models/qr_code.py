from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QrCode")


@_attrs_define
class QrCode:
    """A message QR code and its wa.me short link.

    Example:
        {'code': '4O4YGZEG3RIVE1', 'prefilled_message': 'Cyber Monday', 'deep_link_url':
            'https://wa.me/message/4O4YGZEG3RIVE1'}

    """

    code: str
    """ 14-character identifier of the QR code. """
    prefilled_message: str
    """ Message pre-filled in the chat the code opens. """
    deep_link_url: str
    """ Short link that opens the same chat, `https://wa.me/message/<code>`. """
    qr_image_url: str | None = None
    """ Link to the QR code image (SVG or PNG), when asked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        prefilled_message = self.prefilled_message

        deep_link_url = self.deep_link_url

        qr_image_url = self.qr_image_url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "code": code,
            "prefilled_message": prefilled_message,
            "deep_link_url": deep_link_url,
        }
        if qr_image_url is not None:
            field_dict["qr_image_url"] = qr_image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        prefilled_message = d.pop("prefilled_message")

        deep_link_url = d.pop("deep_link_url")

        qr_image_url = d.pop("qr_image_url", None)

        qr_code = cls(
            code=code,
            prefilled_message=prefilled_message,
            deep_link_url=deep_link_url,
            qr_image_url=qr_image_url,
        )

        qr_code.additional_properties = d
        return qr_code

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
