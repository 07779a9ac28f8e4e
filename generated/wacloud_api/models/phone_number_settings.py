from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberSettings")


@_attrs_define
class PhoneNumberSettings:
    """The feature settings of a business phone number. Values Meta sends are open-ended strings (Meta's reference
    shows both upper- and lower-case spellings, e.g. `ENABLED` / `enabled`).

        Example:
            {'calling': {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT', 'callback_permission_status': 'ENABLED'},
                'storage_configuration': {'status': 'IN_COUNTRY_STORAGE_ENABLED', 'data_localization_region': 'BR'}}

    """

    calling: PhoneNumberCallingSettings | None = None
    """ Calling API settings as returned by Meta. """
    storage_configuration: PhoneNumberStorageConfiguration | None = None
    """ Local storage (where message data is kept at rest). """
    payload_encryption: PhoneNumberPayloadEncryption | None = None
    """ Payload encryption settings as returned by Meta. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calling: dict[str, Any] | None = None
        if self.calling is not None:
            calling = self.calling.to_dict()

        storage_configuration: dict[str, Any] | None = None
        if self.storage_configuration is not None:
            storage_configuration = self.storage_configuration.to_dict()

        payload_encryption: dict[str, Any] | None = None
        if self.payload_encryption is not None:
            payload_encryption = self.payload_encryption.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if calling is not None:
            field_dict["calling"] = calling
        if storage_configuration is not None:
            field_dict["storage_configuration"] = storage_configuration
        if payload_encryption is not None:
            field_dict["payload_encryption"] = payload_encryption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _calling = d.pop("calling", None)
        calling: PhoneNumberCallingSettings | None
        if _calling is None:
            calling = None
        else:
            calling = PhoneNumberCallingSettings.from_dict(_calling)

        _storage_configuration = d.pop("storage_configuration", None)
        storage_configuration: PhoneNumberStorageConfiguration | None
        if _storage_configuration is None:
            storage_configuration = None
        else:
            storage_configuration = PhoneNumberStorageConfiguration.from_dict(_storage_configuration)

        _payload_encryption = d.pop("payload_encryption", None)
        payload_encryption: PhoneNumberPayloadEncryption | None
        if _payload_encryption is None:
            payload_encryption = None
        else:
            payload_encryption = PhoneNumberPayloadEncryption.from_dict(_payload_encryption)

        phone_number_settings = cls(
            calling=calling,
            storage_configuration=storage_configuration,
            payload_encryption=payload_encryption,
        )

        phone_number_settings.additional_properties = d
        return phone_number_settings

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


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.phone_number_calling_settings import PhoneNumberCallingSettings  # noqa: E402
from ..models.phone_number_payload_encryption import PhoneNumberPayloadEncryption  # noqa: E402
from ..models.phone_number_storage_configuration import PhoneNumberStorageConfiguration  # noqa: E402
