from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OboMobilityIntent")


@_attrs_define
class OboMobilityIntent:
    """An OBO mobility intent.

    Example:
        {'id': '1749203846572910', 'status': 'ACTIVE'}

    """

    id: str
    """ The intent id. """
    waba: NamedObject | None = None
    """ A reference to another Graph object. """
    solution: NamedObject | None = None
    """ A reference to another Graph object. """
    status: str | None = None
    """ e.g. `PENDING`, `ACTIVE`, `COMPLETED`, `CANCELLED`, `FAILED`. """
    created_time: str | None = None
    """ When it was created (ISO 8601). """
    updated_time: str | None = None
    """ When it last changed (ISO 8601). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        waba: dict[str, Any] | None = None
        if self.waba is not None:
            waba = self.waba.to_dict()

        solution: dict[str, Any] | None = None
        if self.solution is not None:
            solution = self.solution.to_dict()

        status = self.status

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if waba is not None:
            field_dict["waba"] = waba
        if solution is not None:
            field_dict["solution"] = solution
        if status is not None:
            field_dict["status"] = status
        if created_time is not None:
            field_dict["created_time"] = created_time
        if updated_time is not None:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _waba = d.pop("waba", None)
        waba: NamedObject | None
        if _waba is None:
            waba = None
        else:
            waba = NamedObject.from_dict(_waba)

        _solution = d.pop("solution", None)
        solution: NamedObject | None
        if _solution is None:
            solution = None
        else:
            solution = NamedObject.from_dict(_solution)

        status = d.pop("status", None)

        created_time = d.pop("created_time", None)

        updated_time = d.pop("updated_time", None)

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


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.named_object import NamedObject  # noqa: E402
