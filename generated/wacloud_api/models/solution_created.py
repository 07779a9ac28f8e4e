from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SolutionCreated")


@_attrs_define
class SolutionCreated:
    """The id of the new solution.

    Example:
        {'solution_id': '1578492037561280'}

    """

    solution_id: str
    """ The solution id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        solution_id = self.solution_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "solution_id": solution_id,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        solution_id = d.pop("solution_id")

        solution_created = cls(
            solution_id=solution_id,
        )

        solution_created.additional_properties = d
        return solution_created

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
