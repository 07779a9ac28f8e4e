from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

T = TypeVar("T", bound="RegistrationRequest")


@_attrs_define
class RegistrationRequest:
    """Registers the number for Cloud API.

    Example:
        {'messaging_product': 'whatsapp', 'pin': '123456', 'data_localization_region': 'IN'}

    """

    pin: str = _attrs_field(repr=redacted_repr)
    """ The 6-digit two-step verification PIN to set, or the existing PIN if the number already has one. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    data_localization_region: str | None = None
    """ Enable local storage in this country (ISO 3166 alpha-2), e.g. `AU`, `ID`, `IN`, `JP`, `SG`, `KR`,
    `DE`, `CH`, `GB`, `BR`, `BH`, `ZA`, `AE`, `CA`. Omit to store data at rest in Meta's data centers.
     """
    backup: RegistrationBackup | None = None
    """ A backup of an On-Premises API number, restored when migrating it to Cloud API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        pin = self.pin

        data_localization_region = self.data_localization_region

        backup: dict[str, Any] | None = None
        if self.backup is not None:
            backup = self.backup.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "pin": pin,
        }
        if data_localization_region is not None:
            field_dict["data_localization_region"] = data_localization_region
        if backup is not None:
            field_dict["backup"] = backup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        pin = d.pop("pin")

        data_localization_region = d.pop("data_localization_region", None)

        _backup = d.pop("backup", None)
        backup: RegistrationBackup | None
        if _backup is None:
            backup = None
        else:
            backup = RegistrationBackup.from_dict(_backup)

        registration_request = cls(
            messaging_product=messaging_product,
            pin=pin,
            data_localization_region=data_localization_region,
            backup=backup,
        )

        registration_request.additional_properties = d
        return registration_request

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
from ..models.registration_backup import RegistrationBackup  # noqa: E402
