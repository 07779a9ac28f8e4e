from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateDateTime")


@_attrs_define
class TemplateDateTime:
    """A date and time, shown as `fallback_value`.

    Example:
        {'fallback_value': 'February 25, 1977'}

    """

    fallback_value: str
    """ The date as text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_value = self.fallback_value

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "fallback_value": fallback_value,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_value = d.pop("fallback_value")

        template_date_time = cls(
            fallback_value=fallback_value,
        )

        template_date_time.additional_properties = d
        return template_date_time

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
