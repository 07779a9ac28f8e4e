from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_payload_encryption_update_status import (
    PhoneNumberPayloadEncryptionUpdateStatus,
    check_phone_number_payload_encryption_update_status,
)

T = TypeVar("T", bound="PhoneNumberPayloadEncryptionUpdate")


@_attrs_define
class PhoneNumberPayloadEncryptionUpdate:
    """Enables or disables payload encryption.

    Example:
        {'status': 'DISABLED'}

    """

    status: PhoneNumberPayloadEncryptionUpdateStatus
    """ Enable or disable payload encryption. """
    client_encryption_key: str | None = None
    """ Base64 public key (required when enabling). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        client_encryption_key = self.client_encryption_key

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
        }
        if client_encryption_key is not None:
            field_dict["client_encryption_key"] = client_encryption_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_phone_number_payload_encryption_update_status(d.pop("status"))

        client_encryption_key = d.pop("client_encryption_key", None)

        phone_number_payload_encryption_update = cls(
            status=status,
            client_encryption_key=client_encryption_key,
        )

        phone_number_payload_encryption_update.additional_properties = d
        return phone_number_payload_encryption_update

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
