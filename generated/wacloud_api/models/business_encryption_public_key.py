from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessEncryptionPublicKey")


@_attrs_define
class BusinessEncryptionPublicKey:
    """A business public key and the status of its signature.

    Example:
        {'business_public_key': '-----BEGIN PUBLIC KEY-----\\nMIIB...\\n-----END PUBLIC KEY-----',
            'business_public_key_signature_status': 'VALID'}

    """

    business_public_key: str
    """ The public key in PEM format. """
    business_public_key_signature_status: str
    """ `VALID`, or `MISMATCH` when the stored signature no longer matches: upload the key again (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_public_key = self.business_public_key

        business_public_key_signature_status = self.business_public_key_signature_status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "business_public_key": business_public_key,
            "business_public_key_signature_status": business_public_key_signature_status,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_public_key = d.pop("business_public_key")

        business_public_key_signature_status = d.pop("business_public_key_signature_status")

        business_encryption_public_key = cls(
            business_public_key=business_public_key,
            business_public_key_signature_status=business_public_key_signature_status,
        )

        business_encryption_public_key.additional_properties = d
        return business_encryption_public_key

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
