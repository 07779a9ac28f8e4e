from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.obo_mobility_intent_create_intent_type import (
    OboMobilityIntentCreateIntentType,
    check_obo_mobility_intent_create_intent_type,
)

T = TypeVar("T", bound="OboMobilityIntentCreate")


@_attrs_define
class OboMobilityIntentCreate:
    """An OBO mobility operation.

    Example:
        {'solution_id': '1578492037561280', 'intent_type': 'INITIATE_TRANSFER'}

    """

    solution_id: str
    """ The Multi-Partner Solution. """
    intent_type: OboMobilityIntentCreateIntentType
    """ The operation. """
    target_solution_id: str | None = None
    """ The solution to move to (transfers). """
    mobility_reason: str | None = None
    """ Why. """
    scheduled_execution_time: str | None = None
    """ When to execute it (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        solution_id = self.solution_id

        intent_type: str = self.intent_type

        target_solution_id = self.target_solution_id

        mobility_reason = self.mobility_reason

        scheduled_execution_time = self.scheduled_execution_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "solution_id": solution_id,
            "intent_type": intent_type,
        }
        if target_solution_id is not None:
            field_dict["target_solution_id"] = target_solution_id
        if mobility_reason is not None:
            field_dict["mobility_reason"] = mobility_reason
        if scheduled_execution_time is not None:
            field_dict["scheduled_execution_time"] = scheduled_execution_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        solution_id = d.pop("solution_id")

        intent_type = check_obo_mobility_intent_create_intent_type(d.pop("intent_type"))

        target_solution_id = d.pop("target_solution_id", None)

        mobility_reason = d.pop("mobility_reason", None)

        scheduled_execution_time = d.pop("scheduled_execution_time", None)

        obo_mobility_intent_create = cls(
            solution_id=solution_id,
            intent_type=intent_type,
            target_solution_id=target_solution_id,
            mobility_reason=mobility_reason,
            scheduled_execution_time=scheduled_execution_time,
        )

        obo_mobility_intent_create.additional_properties = d
        return obo_mobility_intent_create

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
