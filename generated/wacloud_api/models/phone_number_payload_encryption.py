from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberPayloadEncryption")


@_attrs_define
class PhoneNumberPayloadEncryption:
    """Payload encryption settings as returned by Meta.

    Example:
        {'status': 'DISABLED'}

    """

    status: str
    """ `ENABLED` or `DISABLED`. """
    client_encryption_key_fingerprint: str | None = None
    """ Fingerprint of your public key. """
    cloud_encryption_key: str | None = None
    """ Meta's public key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        client_encryption_key_fingerprint = self.client_encryption_key_fingerprint

        cloud_encryption_key = self.cloud_encryption_key

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
        }
        if client_encryption_key_fingerprint is not None:
            field_dict["client_encryption_key_fingerprint"] = client_encryption_key_fingerprint
        if cloud_encryption_key is not None:
            field_dict["cloud_encryption_key"] = cloud_encryption_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        client_encryption_key_fingerprint = d.pop("client_encryption_key_fingerprint", None)

        cloud_encryption_key = d.pop("cloud_encryption_key", None)

        phone_number_payload_encryption = cls(
            status=status,
            client_encryption_key_fingerprint=client_encryption_key_fingerprint,
            cloud_encryption_key=cloud_encryption_key,
        )

        phone_number_payload_encryption.additional_properties = d
        return phone_number_payload_encryption

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
