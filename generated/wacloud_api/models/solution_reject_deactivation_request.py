from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="SolutionRejectDeactivationRequest")


@_attrs_define
class SolutionRejectDeactivationRequest:
    """The body Meta's reference documents for refusing a deactivation.

    Example:
        {'reject_deactivation_request': True}

    """

    reject_deactivation_request: bool | None = True
    """ Always `true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reject_deactivation_request = self.reject_deactivation_request

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if reject_deactivation_request is not None:
            field_dict["reject_deactivation_request"] = reject_deactivation_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reject_deactivation_request = graph_bool(d.pop("reject_deactivation_request", None))

        solution_reject_deactivation_request = cls(
            reject_deactivation_request=reject_deactivation_request,
        )

        solution_reject_deactivation_request.additional_properties = d
        return solution_reject_deactivation_request

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
