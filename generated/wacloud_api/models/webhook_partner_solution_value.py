from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPartnerSolutionValue")


@_attrs_define
class WebhookPartnerSolutionValue:
    """A Multi-Partner Solution was created (saved as a draft or sent to a partner) or changed status (accepted, rejected,
    deactivation requested, deactivated). The entry id is the business portfolio id.

        Example:
            {'event': 'SOLUTION_CREATED', 'solution_id': '774485461512159', 'solution_status': 'INITIATED'}

    """

    event: str | None = None
    """ `SOLUTION_CREATED` or `SOLUTION_UPDATED` (open-ended). """
    solution_id: str | None = None
    """ The solution id. """
    solution_status: str | None = None
    """ `DRAFT`, `INITIATED`, `ACTIVE`, `REJECTED`, `PENDING_DEACTIVATION` or `DEACTIVATED` (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        solution_id = self.solution_id

        solution_status = self.solution_status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if event is not None:
            field_dict["event"] = event
        if solution_id is not None:
            field_dict["solution_id"] = solution_id
        if solution_status is not None:
            field_dict["solution_status"] = solution_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", None)

        solution_id = d.pop("solution_id", None)

        solution_status = d.pop("solution_status", None)

        webhook_partner_solution_value = cls(
            event=event,
            solution_id=solution_id,
            solution_status=solution_status,
        )

        webhook_partner_solution_value.additional_properties = d
        return webhook_partner_solution_value

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
