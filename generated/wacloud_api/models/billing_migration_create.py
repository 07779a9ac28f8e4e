from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingMigrationCreate")


@_attrs_define
class BillingMigrationCreate:
    """The currency (and line of credit) to move a WhatsApp Business Account to.

    Example:
        {'currency': 'INR', 'extended_credit_id': '1972385232742146'}

    """

    currency: str
    """ The new billing currency (ISO 4217, e.g. `INR`). """
    extended_credit_id: str | None = None
    """ The line of credit to bill (only when moving to line-of-credit billing). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        extended_credit_id = self.extended_credit_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "currency": currency,
        }
        if extended_credit_id is not None:
            field_dict["extended_credit_id"] = extended_credit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        extended_credit_id = d.pop("extended_credit_id", None)

        billing_migration_create = cls(
            currency=currency,
            extended_credit_id=extended_credit_id,
        )

        billing_migration_create.additional_properties = d
        return billing_migration_create

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
