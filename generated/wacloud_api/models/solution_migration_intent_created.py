from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="SolutionMigrationIntentCreated")


@_attrs_define
class SolutionMigrationIntentCreated:
    """The migration intent that was set.

    Example:
        {'success': True, 'migration_intent_id': '1690283746512034', 'status': 'PENDING'}

    """

    success: bool
    """ Whether the intent was set. """
    migration_intent_id: str | None = None
    """ The intent id (`migration_intent_id`). """
    status: str | None = None
    """ e.g. `PENDING`, `APPROVED`, `REJECTED`, `SCHEDULED`. """
    estimated_completion_time: str | None = None
    """ Estimated completion (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        migration_intent_id = self.migration_intent_id

        status = self.status

        estimated_completion_time = self.estimated_completion_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if migration_intent_id is not None:
            field_dict["migration_intent_id"] = migration_intent_id
        if status is not None:
            field_dict["status"] = status
        if estimated_completion_time is not None:
            field_dict["estimated_completion_time"] = estimated_completion_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        migration_intent_id = d.pop("migration_intent_id", None)

        status = d.pop("status", None)

        estimated_completion_time = d.pop("estimated_completion_time", None)

        solution_migration_intent_created = cls(
            success=success,
            migration_intent_id=migration_intent_id,
            status=status,
            estimated_completion_time=estimated_completion_time,
        )

        solution_migration_intent_created.additional_properties = d
        return solution_migration_intent_created

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
