from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingMigrationStarted")


@_attrs_define
class BillingMigrationStarted:
    """A started currency migration.

    Example:
        {'migration_id': 'mig_01HZYK3ABCDEF4567890', 'migration_status': 'INITIATED'}

    """

    migration_id: str
    """ The migration id, for `get_migration` and `resume_migration` (not numeric). """
    migration_status: str | None = None
    """ `INITIATED` (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migration_id = self.migration_id

        migration_status = self.migration_status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "migration_id": migration_id,
        }
        if migration_status is not None:
            field_dict["migration_status"] = migration_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        migration_id = d.pop("migration_id")

        migration_status = d.pop("migration_status", None)

        billing_migration_started = cls(
            migration_id=migration_id,
            migration_status=migration_status,
        )

        billing_migration_started.additional_properties = d
        return billing_migration_started

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
