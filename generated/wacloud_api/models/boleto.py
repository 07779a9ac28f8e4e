from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Boleto")


@_attrs_define
class Boleto:
    """A boleto bancário.

    Example:
        {'digitable_line': 3399026944140000002628346101018898510000008848}

    """

    digitable_line: str
    """ The boleto's digitable line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digitable_line = self.digitable_line

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "digitable_line": digitable_line,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digitable_line = d.pop("digitable_line")

        boleto = cls(
            digitable_line=digitable_line,
        )

        boleto.additional_properties = d
        return boleto

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
