from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LocationContent")


@_attrs_define
class LocationContent:
    """A point on the map, with an optional name and address.

    Example:
        {'latitude': 37.4847, 'longitude': -122.1477, 'name': 'Meta HQ', 'address': '1 Hacker Way', 'Menlo Park': None,
            'CA 94025': None}

    """

    latitude: float
    """ Latitude in decimal degrees. """
    longitude: float
    """ Longitude in decimal degrees. """
    name: str | None = None
    """ Name of the place. """
    address: str | None = None
    """ Address of the place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        address = self.address

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "latitude": latitude,
            "longitude": longitude,
        }
        if name is not None:
            field_dict["name"] = name
        if address is not None:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        name = d.pop("name", None)

        address = d.pop("address", None)

        location_content = cls(
            latitude=latitude,
            longitude=longitude,
            name=name,
            address=address,
        )

        location_content.additional_properties = d
        return location_content

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
