from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="SolutionAcceptResponse")


@_attrs_define
class SolutionAcceptResponse:
    """The result of accepting an invitation.

    Example:
        {'solution_id': '1578492037561280', 'partner_status': 'ACCEPTED', 'success': True}

    """

    success: bool
    """ Whether the invitation was accepted. """
    solution_id: str | None = None
    """ The solution. """
    partner_status: str | None = None
    """ The partner's status, e.g. `ACCEPTED`. """
    message: str | None = None
    """ A readable confirmation. """
    update_time: str | None = None
    """ When (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        solution_id = self.solution_id

        partner_status = self.partner_status

        message = self.message

        update_time = self.update_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if solution_id is not None:
            field_dict["solution_id"] = solution_id
        if partner_status is not None:
            field_dict["partner_status"] = partner_status
        if message is not None:
            field_dict["message"] = message
        if update_time is not None:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        solution_id = d.pop("solution_id", None)

        partner_status = d.pop("partner_status", None)

        message = d.pop("message", None)

        update_time = d.pop("update_time", None)

        solution_accept_response = cls(
            success=success,
            solution_id=solution_id,
            partner_status=partner_status,
            message=message,
            update_time=update_time,
        )

        solution_accept_response.additional_properties = d
        return solution_accept_response

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
