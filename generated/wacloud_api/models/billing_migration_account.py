from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingMigrationAccount")


@_attrs_define
class BillingMigrationAccount:
    """The WhatsApp Business Account a migration moves to.

    Example:
        {'id': '998877665544332', 'currency': 'INR'}

    """

    id: str
    """ The destination account id. """
    name: str | None = None
    """ Its name. """
    currency: str | None = None
    """ Its billing currency. """
    timezone_id: str | None = None
    """ A Meta time zone id. """
    message_template_namespace: str | None = None
    """ Its template namespace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        currency = self.currency

        timezone_id = self.timezone_id

        message_template_namespace = self.message_template_namespace

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if currency is not None:
            field_dict["currency"] = currency
        if timezone_id is not None:
            field_dict["timezone_id"] = timezone_id
        if message_template_namespace is not None:
            field_dict["message_template_namespace"] = message_template_namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        currency = d.pop("currency", None)

        timezone_id = d.pop("timezone_id", None)

        message_template_namespace = d.pop("message_template_namespace", None)

        billing_migration_account = cls(
            id=id,
            name=name,
            currency=currency,
            timezone_id=timezone_id,
            message_template_namespace=message_template_namespace,
        )

        billing_migration_account.additional_properties = d
        return billing_migration_account

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
