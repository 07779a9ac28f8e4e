from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_storage_configuration_update_status import (
    PhoneNumberStorageConfigurationUpdateStatus,
    check_phone_number_storage_configuration_update_status,
)

T = TypeVar("T", bound="PhoneNumberStorageConfigurationUpdate")


@_attrs_define
class PhoneNumberStorageConfigurationUpdate:
    """Enables or disables local storage (only while the number is deregistered; v21.0 and newer).

    Example:
        {'status': 'IN_COUNTRY_STORAGE_ENABLED', 'data_localization_region': 'BR'}

    """

    status: PhoneNumberStorageConfigurationUpdateStatus
    """ Enable or disable local storage. """
    data_localization_region: str | None = None
    """ Country for data at rest (required when enabling), e.g. `BR`, `IN`, `DE`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        data_localization_region = self.data_localization_region

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
        }
        if data_localization_region is not None:
            field_dict["data_localization_region"] = data_localization_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_phone_number_storage_configuration_update_status(d.pop("status"))

        data_localization_region = d.pop("data_localization_region", None)

        phone_number_storage_configuration_update = cls(
            status=status,
            data_localization_region=data_localization_region,
        )

        phone_number_storage_configuration_update.additional_properties = d
        return phone_number_storage_configuration_update

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
