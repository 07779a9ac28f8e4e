from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberStorageConfiguration")


@_attrs_define
class PhoneNumberStorageConfiguration:
    """Local storage (where message data is kept at rest).

    Example:
        {'status': 'IN_COUNTRY_STORAGE_ENABLED', 'data_localization_region': 'BR'}

    """

    status: str
    """ `IN_COUNTRY_STORAGE_ENABLED` or `DEFAULT` (Meta also documents lower-case `in_country_storage_enabled` /
    `default`). """
    data_localization_region: str | None = None
    """ Country where data at rest is stored, e.g. `BR`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

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
        status = d.pop("status")

        data_localization_region = d.pop("data_localization_region", None)

        phone_number_storage_configuration = cls(
            status=status,
            data_localization_region=data_localization_region,
        )

        phone_number_storage_configuration.additional_properties = d
        return phone_number_storage_configuration

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
