from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberSettingsUpdate")


@_attrs_define
class PhoneNumberSettingsUpdate:
    """A settings change. Meta accepts one feature per request: set exactly one of `calling`,
    `storage_configuration`, `payload_encryption` or `user_identity_change`.

        Example:
            {'calling': {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT'}}

    """

    calling: PhoneNumberCallingSettingsUpdate | None = None
    """ Calling API settings to change; omitted properties are left unchanged. """
    storage_configuration: PhoneNumberStorageConfigurationUpdate | None = None
    """ Enables or disables local storage (only while the number is deregistered; v21.0 and newer). """
    payload_encryption: PhoneNumberPayloadEncryptionUpdate | None = None
    """ Enables or disables payload encryption. """
    user_identity_change: PhoneNumberUserIdentityChangeUpdate | None = None
    """ Turns user identity change checks on or off. """
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

        user_identity_change: dict[str, Any] | None = None
        if self.user_identity_change is not None:
            user_identity_change = self.user_identity_change.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if calling is not None:
            field_dict["calling"] = calling
        if storage_configuration is not None:
            field_dict["storage_configuration"] = storage_configuration
        if payload_encryption is not None:
            field_dict["payload_encryption"] = payload_encryption
        if user_identity_change is not None:
            field_dict["user_identity_change"] = user_identity_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _calling = d.pop("calling", None)
        calling: PhoneNumberCallingSettingsUpdate | None
        if _calling is None:
            calling = None
        else:
            calling = PhoneNumberCallingSettingsUpdate.from_dict(_calling)

        _storage_configuration = d.pop("storage_configuration", None)
        storage_configuration: PhoneNumberStorageConfigurationUpdate | None
        if _storage_configuration is None:
            storage_configuration = None
        else:
            storage_configuration = PhoneNumberStorageConfigurationUpdate.from_dict(_storage_configuration)

        _payload_encryption = d.pop("payload_encryption", None)
        payload_encryption: PhoneNumberPayloadEncryptionUpdate | None
        if _payload_encryption is None:
            payload_encryption = None
        else:
            payload_encryption = PhoneNumberPayloadEncryptionUpdate.from_dict(_payload_encryption)

        _user_identity_change = d.pop("user_identity_change", None)
        user_identity_change: PhoneNumberUserIdentityChangeUpdate | None
        if _user_identity_change is None:
            user_identity_change = None
        else:
            user_identity_change = PhoneNumberUserIdentityChangeUpdate.from_dict(_user_identity_change)

        phone_number_settings_update = cls(
            calling=calling,
            storage_configuration=storage_configuration,
            payload_encryption=payload_encryption,
            user_identity_change=user_identity_change,
        )

        phone_number_settings_update.additional_properties = d
        return phone_number_settings_update

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
from ..models.phone_number_calling_settings_update import PhoneNumberCallingSettingsUpdate  # noqa: E402
from ..models.phone_number_payload_encryption_update import PhoneNumberPayloadEncryptionUpdate  # noqa: E402
from ..models.phone_number_storage_configuration_update import PhoneNumberStorageConfigurationUpdate  # noqa: E402
from ..models.phone_number_user_identity_change_update import PhoneNumberUserIdentityChangeUpdate  # noqa: E402
