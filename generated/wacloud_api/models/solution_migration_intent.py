from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SolutionMigrationIntent")


@_attrs_define
class SolutionMigrationIntent:
    """A request to move a WABA between solutions.

    Example:
        {'id': '1690283746512034', 'status': 'INITIATED'}

    """

    id: str
    """ The intent id. """
    status: str | None = None
    """ `INITIATED`, `ACCEPTED`, `REJECTED` or `COMPLETED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status", None)

        solution_migration_intent = cls(
            id=id,
            status=status,
        )

        solution_migration_intent.additional_properties = d
        return solution_migration_intent

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
