from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookContactAddress")


@_attrs_define
class WebhookContactAddress:
    """A postal address on a shared contact card.

    Example:
        {'city': 'Menlo Park', 'country': 'United States', 'country_code': 'US', 'state': 'CA', 'street': '1 Hacker
            Way', 'type': 'WORK', 'zip': '94025'}

    """

    street: str | None = None
    """ Street. """
    city: str | None = None
    """ City. """
    state: str | None = None
    """ State. """
    zip_: str | None = None
    """ Postal code. """
    country: str | None = None
    """ Country. """
    country_code: str | None = None
    """ ISO country code. """
    type_: str | None = None
    """ `HOME`, `WORK` ... (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        country_code = self.country_code

        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if street is not None:
            field_dict["street"] = street
        if city is not None:
            field_dict["city"] = city
        if state is not None:
            field_dict["state"] = state
        if zip_ is not None:
            field_dict["zip"] = zip_
        if country is not None:
            field_dict["country"] = country
        if country_code is not None:
            field_dict["country_code"] = country_code
        if type_ is not None:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street", None)

        city = d.pop("city", None)

        state = d.pop("state", None)

        zip_ = d.pop("zip", None)

        country = d.pop("country", None)

        country_code = d.pop("country_code", None)

        type_ = d.pop("type", None)

        webhook_contact_address = cls(
            street=street,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            country_code=country_code,
            type_=type_,
        )

        webhook_contact_address.additional_properties = d
        return webhook_contact_address

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
