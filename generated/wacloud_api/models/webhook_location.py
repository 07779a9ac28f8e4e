from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookLocation")


@_attrs_define
class WebhookLocation:
    """Content of a location message.

    Example:
        {'address': '101 Forest Ave, Palo Alto, CA 94301', 'latitude': 37.44221496582, 'longitude': -122.16165924072,
            'name': 'Philz Coffee', 'url': 'https://philzcoffee.com/'}

    """

    latitude: float | None = None
    """ Latitude. """
    longitude: float | None = None
    """ Longitude. """
    name: str | None = None
    """ Place name. """
    address: str | None = None
    """ Address. """
    url: str | None = None
    """ Place website. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        address = self.address

        url = self.url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if latitude is not None:
            field_dict["latitude"] = latitude
        if longitude is not None:
            field_dict["longitude"] = longitude
        if name is not None:
            field_dict["name"] = name
        if address is not None:
            field_dict["address"] = address
        if url is not None:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude", None)

        longitude = d.pop("longitude", None)

        name = d.pop("name", None)

        address = d.pop("address", None)

        url = d.pop("url", None)

        webhook_location = cls(
            latitude=latitude,
            longitude=longitude,
            name=name,
            address=address,
            url=url,
        )

        webhook_location.additional_properties = d
        return webhook_location

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
