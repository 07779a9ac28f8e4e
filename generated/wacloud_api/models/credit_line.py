from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditLine")


@_attrs_define
class CreditLine:
    """A credit line (extended credit).

    Example:
        {'id': '1972385232742146', 'legal_entity_name': 'Lucky Shrub'}

    """

    id: str
    """ The credit line id (`extended_credit_id`). """
    legal_entity_name: str | None = None
    """ The legal entity billed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        legal_entity_name = self.legal_entity_name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if legal_entity_name is not None:
            field_dict["legal_entity_name"] = legal_entity_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        legal_entity_name = d.pop("legal_entity_name", None)

        credit_line = cls(
            id=id,
            legal_entity_name=legal_entity_name,
        )

        credit_line.additional_properties = d
        return credit_line

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
