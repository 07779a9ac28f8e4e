from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateLocationParameter")


@_attrs_define
class TemplateLocationParameter:
    """The location of a location header.

    Example:
        {'type': 'location', 'location': {'latitude': 37.4847, 'longitude': -122.1477, 'name': 'Meta HQ'}}

    """

    location: LocationContent
    """ A point on the map, with an optional name and address. """
    type_: Literal["location"] = "location"
    """ Always `location`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        location = self.location.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "location": location,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["location"], d.pop("type"))
        if type_ != "location":
            raise ValueError(f"type must match const 'location', got '{type_}'")

        location = LocationContent.from_dict(d.pop("location"))

        template_location_parameter = cls(
            type_=type_,
            location=location,
        )

        template_location_parameter.additional_properties = d
        return template_location_parameter

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
from ..models.location_content import LocationContent  # noqa: E402
