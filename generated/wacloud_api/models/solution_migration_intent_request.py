from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solution_migration_intent_request_migration_intent import (
    SolutionMigrationIntentRequestMigrationIntent,
    check_solution_migration_intent_request_migration_intent,
)

T = TypeVar("T", bound="SolutionMigrationIntentRequest")


@_attrs_define
class SolutionMigrationIntentRequest:
    """A migration of a WABA between solutions.

    Example:
        {'solution_id': '1578492037561280', 'migration_intent': 'INITIATE_MIGRATION', 'target_solution_id':
            '2345678901234567'}

    """

    solution_id: str
    """ The current solution. """
    migration_intent: SolutionMigrationIntentRequestMigrationIntent
    """ What to do. """
    target_solution_id: str | None = None
    """ The solution to move to. """
    migration_reason: str | None = None
    """ Why. """
    scheduled_migration_time: str | None = None
    """ When (ISO 8601), for `SCHEDULE_MIGRATION`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        solution_id = self.solution_id

        migration_intent: str = self.migration_intent

        target_solution_id = self.target_solution_id

        migration_reason = self.migration_reason

        scheduled_migration_time = self.scheduled_migration_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "solution_id": solution_id,
            "migration_intent": migration_intent,
        }
        if target_solution_id is not None:
            field_dict["target_solution_id"] = target_solution_id
        if migration_reason is not None:
            field_dict["migration_reason"] = migration_reason
        if scheduled_migration_time is not None:
            field_dict["scheduled_migration_time"] = scheduled_migration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        solution_id = d.pop("solution_id")

        migration_intent = check_solution_migration_intent_request_migration_intent(d.pop("migration_intent"))

        target_solution_id = d.pop("target_solution_id", None)

        migration_reason = d.pop("migration_reason", None)

        scheduled_migration_time = d.pop("scheduled_migration_time", None)

        solution_migration_intent_request = cls(
            solution_id=solution_id,
            migration_intent=migration_intent,
            target_solution_id=target_solution_id,
            migration_reason=migration_reason,
            scheduled_migration_time=scheduled_migration_time,
        )

        solution_migration_intent_request.additional_properties = d
        return solution_migration_intent_request

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
