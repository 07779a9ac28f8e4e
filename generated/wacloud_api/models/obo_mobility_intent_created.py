from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="OboMobilityIntentCreated")


@_attrs_define
class OboMobilityIntentCreated:
    """The created OBO mobility intent.

    Example:
        {'success': True, 'mobility_intent_id': 'obo_mobility_123456789', 'status': 'PENDING'}

    """

    success: bool
    """ Whether the intent was created. """
    mobility_intent_id: str | None = None
    """ The intent id. """
    status: str | None = None
    """ e.g. `PENDING`, `APPROVED`, `SCHEDULED`, `IN_PROGRESS`, `COMPLETED`. """
    estimated_completion_time: str | None = None
    """ Estimated completion (ISO 8601). """
    approval_required: bool | None = None
    """ Whether another approval is needed. """
    next_steps: list[str] | None = None
    """ What remains to be done. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        mobility_intent_id = self.mobility_intent_id

        status = self.status

        estimated_completion_time = self.estimated_completion_time

        approval_required = self.approval_required

        next_steps: list[str] | None = None
        if self.next_steps is not None:
            next_steps = self.next_steps

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if mobility_intent_id is not None:
            field_dict["mobility_intent_id"] = mobility_intent_id
        if status is not None:
            field_dict["status"] = status
        if estimated_completion_time is not None:
            field_dict["estimated_completion_time"] = estimated_completion_time
        if approval_required is not None:
            field_dict["approval_required"] = approval_required
        if next_steps is not None:
            field_dict["next_steps"] = next_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        mobility_intent_id = d.pop("mobility_intent_id", None)

        status = d.pop("status", None)

        estimated_completion_time = d.pop("estimated_completion_time", None)

        approval_required = graph_bool(d.pop("approval_required", None))

        next_steps = cast(list[str], d.pop("next_steps", None))

        obo_mobility_intent_created = cls(
            success=success,
            mobility_intent_id=mobility_intent_id,
            status=status,
            estimated_completion_time=estimated_completion_time,
            approval_required=approval_required,
            next_steps=next_steps,
        )

        obo_mobility_intent_created.additional_properties = d
        return obo_mobility_intent_created

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
