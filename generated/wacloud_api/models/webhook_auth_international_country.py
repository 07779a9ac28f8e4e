from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAuthInternationalCountry")


@_attrs_define
class WebhookAuthInternationalCountry:
    """A country where authentication-international rates start at another time.

    Example:
        {'country_code': 'ID', 'start_time': 1751347424}

    """

    country_code: str | None = None
    """ ISO 3166 alpha-2 country code. """
    start_time: int | None = None
    """ When the rate starts there (Unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        start_time = self.start_time

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if country_code is not None:
            field_dict["country_code"] = country_code
        if start_time is not None:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code", None)

        start_time = d.pop("start_time", None)

        webhook_auth_international_country = cls(
            country_code=country_code,
            start_time=start_time,
        )

        webhook_auth_international_country.additional_properties = d
        return webhook_auth_international_country

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
