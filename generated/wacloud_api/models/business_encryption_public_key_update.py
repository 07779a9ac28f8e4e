from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessEncryptionPublicKeyUpdate")


@_attrs_define
class BusinessEncryptionPublicKeyUpdate:
    """A business public key to store (form field).

    Example:
        {'business_public_key': '-----BEGIN PUBLIC KEY-----\\nMIIB...\\n-----END PUBLIC KEY-----'}

    """

    business_public_key: str
    """ A 2048-bit RSA public key in PEM format, `-----BEGIN PUBLIC KEY-----` to `-----END PUBLIC KEY-----`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_public_key = self.business_public_key

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "business_public_key": business_public_key,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_public_key = d.pop("business_public_key")

        business_encryption_public_key_update = cls(
            business_public_key=business_public_key,
        )

        business_encryption_public_key_update.additional_properties = d
        return business_encryption_public_key_update

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
