from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateOtpSupportedApp")


@_attrs_define
class MessageTemplateOtpSupportedApp:
    """An Android app allowed to receive a one-tap or zero-tap code.

    Example:
        {'package_name': 'com.example.luckyshrub', 'signature_hash': 'K8a/AINcGX7'}

    """

    package_name: str
    """ Android package name, e.g. `com.example.luckyshrub`. """
    signature_hash: str
    """ The app's 11-character signing key hash. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        signature_hash = self.signature_hash

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "package_name": package_name,
            "signature_hash": signature_hash,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_name = d.pop("package_name")

        signature_hash = d.pop("signature_hash")

        message_template_otp_supported_app = cls(
            package_name=package_name,
            signature_hash=signature_hash,
        )

        message_template_otp_supported_app.additional_properties = d
        return message_template_otp_supported_app

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
