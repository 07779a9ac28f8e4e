from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="SolutionRejectResponse")


@_attrs_define
class SolutionRejectResponse:
    """The result of a rejection.

    Example:
        {'success': True, 'solution_id': '1578492037561280', 'rejected_request_type': 'PARTNERSHIP_REQUEST'}

    """

    success: bool
    """ Whether the request was rejected. """
    solution_id: str | None = None
    """ The solution. """
    rejected_request_type: str | None = None
    """ `PARTNERSHIP_REQUEST` or `DEACTIVATION_REQUEST`. """
    rejection_timestamp: str | None = None
    """ When (ISO 8601). """
    partner_app_id: str | None = None
    """ The partner app whose request was rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        solution_id = self.solution_id

        rejected_request_type = self.rejected_request_type

        rejection_timestamp = self.rejection_timestamp

        partner_app_id = self.partner_app_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if solution_id is not None:
            field_dict["solution_id"] = solution_id
        if rejected_request_type is not None:
            field_dict["rejected_request_type"] = rejected_request_type
        if rejection_timestamp is not None:
            field_dict["rejection_timestamp"] = rejection_timestamp
        if partner_app_id is not None:
            field_dict["partner_app_id"] = partner_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        solution_id = d.pop("solution_id", None)

        rejected_request_type = d.pop("rejected_request_type", None)

        rejection_timestamp = d.pop("rejection_timestamp", None)

        partner_app_id = d.pop("partner_app_id", None)

        solution_reject_response = cls(
            success=success,
            solution_id=solution_id,
            rejected_request_type=rejected_request_type,
            rejection_timestamp=rejection_timestamp,
            partner_app_id=partner_app_id,
        )

        solution_reject_response.additional_properties = d
        return solution_reject_response

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
