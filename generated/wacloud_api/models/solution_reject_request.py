from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solution_reject_request_request_type import (
    SolutionRejectRequestRequestType,
    check_solution_reject_request_request_type,
)

T = TypeVar("T", bound="SolutionRejectRequest")


@_attrs_define
class SolutionRejectRequest:
    """Which pending request to reject.

    Example:
        {'request_type': 'PARTNERSHIP_REQUEST', 'partner_app_id': '9876543210987654'}

    """

    request_type: SolutionRejectRequestRequestType
    """ The kind of request. """
    partner_app_id: str | None = None
    """ The requesting partner app (for `PARTNERSHIP_REQUEST`). """
    rejection_reason: str | None = None
    """ Why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_type: str = self.request_type

        partner_app_id = self.partner_app_id

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "request_type": request_type,
        }
        if partner_app_id is not None:
            field_dict["partner_app_id"] = partner_app_id
        if rejection_reason is not None:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_type = check_solution_reject_request_request_type(d.pop("request_type"))

        partner_app_id = d.pop("partner_app_id", None)

        rejection_reason = d.pop("rejection_reason", None)

        solution_reject_request = cls(
            request_type=request_type,
            partner_app_id=partner_app_id,
            rejection_reason=rejection_reason,
        )

        solution_reject_request.additional_properties = d
        return solution_reject_request

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
