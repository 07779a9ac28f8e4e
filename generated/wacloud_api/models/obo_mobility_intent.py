from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_object import NamedObject


T = TypeVar("T", bound="OboMobilityIntent")


@_attrs_define
class OboMobilityIntent:
    """An OBO mobility intent.

    Example:
        {'id': '1749203846572910', 'status': 'ACTIVE'}

    """

    id: str
    """ The intent id. """
    waba: NamedObject | Unset = UNSET
    """ A reference to another Graph object. """
    solution: NamedObject | Unset = UNSET
    """ A reference to another Graph object. """
    status: str | Unset = UNSET
    """ e.g. `PENDING`, `ACTIVE`, `COMPLETED`, `CANCELLED`, `FAILED`. """
    created_time: str | Unset = UNSET
    """ When it was created (ISO 8601). """
    updated_time: str | Unset = UNSET
    """ When it last changed (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        waba: dict[str, Any] | Unset = UNSET
        if not isinstance(self.waba, Unset):
            waba = self.waba.to_dict()

        solution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.solution, Unset):
            solution = self.solution.to_dict()

        status = self.status

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if waba is not UNSET:
            field_dict["waba"] = waba
        if solution is not UNSET:
            field_dict["solution"] = solution
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.named_object import NamedObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _waba = d.pop("waba", UNSET)
        waba: NamedObject | Unset
        if isinstance(_waba, Unset):
            waba = UNSET
        else:
            waba = NamedObject.from_dict(_waba)

        _solution = d.pop("solution", UNSET)
        solution: NamedObject | Unset
        if isinstance(_solution, Unset):
            solution = UNSET
        else:
            solution = NamedObject.from_dict(_solution)

        status = d.pop("status", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        obo_mobility_intent = cls(
            id=id,
            waba=waba,
            solution=solution,
            status=status,
            created_time=created_time,
            updated_time=updated_time,
        )

        obo_mobility_intent.additional_properties = d
        return obo_mobility_intent

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
