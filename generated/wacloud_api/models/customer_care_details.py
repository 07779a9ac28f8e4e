from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerCareDetails")


@_attrs_define
class CustomerCareDetails:
    """The customer care contact.

    Example:
        {'email': 'support@luckyshrub.com', 'mobile_number': '+913854559033'}

    """

    email: str | None = None
    """ Email address. """
    mobile_number: str | None = None
    """ Mobile number, with country code. """
    landline_number: str | None = None
    """ Landline number, with country code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        mobile_number = self.mobile_number

        landline_number = self.landline_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if email is not None:
            field_dict["email"] = email
        if mobile_number is not None:
            field_dict["mobile_number"] = mobile_number
        if landline_number is not None:
            field_dict["landline_number"] = landline_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", None)

        mobile_number = d.pop("mobile_number", None)

        landline_number = d.pop("landline_number", None)

        customer_care_details = cls(
            email=email,
            mobile_number=mobile_number,
            landline_number=landline_number,
        )

        customer_care_details.additional_properties = d
        return customer_care_details

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
