from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookContactAddress")


@_attrs_define
class WebhookContactAddress:
    """A postal address on a shared contact card.

    Example:
        {'city': 'Menlo Park', 'country': 'United States', 'country_code': 'US', 'state': 'CA', 'street': '1 Hacker
            Way', 'type': 'WORK', 'zip': '94025'}

    """

    street: str | Unset = UNSET
    """ Street. """
    city: str | Unset = UNSET
    """ City. """
    state: str | Unset = UNSET
    """ State. """
    zip_: str | Unset = UNSET
    """ Postal code. """
    country: str | Unset = UNSET
    """ Country. """
    country_code: str | Unset = UNSET
    """ ISO country code. """
    type_: str | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        country = d.pop("country", UNSET)

        country_code = d.pop("country_code", UNSET)

        type_ = d.pop("type", UNSET)

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
