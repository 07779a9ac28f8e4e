from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingMigration")


@_attrs_define
class BillingMigration:
    """A currency migration and its destination account.

    Example:
        {'id': 'mig_01HZYK3ABCDEF4567890', 'status': 'IN_PROGRESS'}

    """

    id: str
    """ The migration id. """
    status: str | None = None
    """ `INITIATED`, `ACCEPTED`, `IN_PROGRESS`, `READY_TO_COMPLETE` (call `resume_migration`), `COMPLETED`,
    `FAILED` (start again), `FAILED_TO_COMPLETE` (call `resume_migration` again) or `REJECTED` (open-ended).
     """
    destination_waba: BillingMigrationAccount | None = None
    """ The WhatsApp Business Account a migration moves to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        destination_waba: dict[str, Any] | None = None
        if self.destination_waba is not None:
            destination_waba = self.destination_waba.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if status is not None:
            field_dict["status"] = status
        if destination_waba is not None:
            field_dict["destination_waba"] = destination_waba

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status", None)

        _destination_waba = d.pop("destination_waba", None)
        destination_waba: BillingMigrationAccount | None
        if _destination_waba is None:
            destination_waba = None
        else:
            destination_waba = BillingMigrationAccount.from_dict(_destination_waba)

        billing_migration = cls(
            id=id,
            status=status,
            destination_waba=destination_waba,
        )

        billing_migration.additional_properties = d
        return billing_migration

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
from ..models.billing_migration_account import BillingMigrationAccount  # noqa: E402
