from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SavedAddress")


@_attrs_define
class SavedAddress:
    """A saved address offered to the customer.

    Example:
        {'id': 'home', 'value': {'name': 'Jane', 'city': 'Mumbai'}}

    """

    id: str
    """ Address id. """
    value: JsonObject
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "value": value,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        value = JsonObject.from_dict(d.pop("value"))

        saved_address = cls(
            id=id,
            value=value,
        )

        saved_address.additional_properties = d
        return saved_address

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
from ..models.json_object import JsonObject  # noqa: E402
