from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="SolutionDeactivationRequestResponse")


@_attrs_define
class SolutionDeactivationRequestResponse:
    """The deactivation request.

    Example:
        {'success': True, 'request_id': 'deactivation_req_1234567890'}

    """

    success: bool
    """ Whether the request was sent. """
    message: str | None = None
    """ A readable result. """
    request_id: str | None = None
    """ The request id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        request_id = self.request_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if message is not None:
            field_dict["message"] = message
        if request_id is not None:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        message = d.pop("message", None)

        request_id = d.pop("request_id", None)

        solution_deactivation_request_response = cls(
            success=success,
            message=message,
            request_id=request_id,
        )

        solution_deactivation_request_response.additional_properties = d
        return solution_deactivation_request_response

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
