from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddPreverifiedNumberRequest")


@_attrs_define
class AddPreverifiedNumberRequest:
    """The number to add to the pre-verified pool.

    Example:
        {'phone_number': '+16315551000'}

    """

    phone_number: str
    """ The number in E.164 (formatting such as `+1 (631) 555-1000` is accepted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "phone_number": phone_number,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        add_preverified_number_request = cls(
            phone_number=phone_number,
        )

        add_preverified_number_request.additional_properties = d
        return add_preverified_number_request

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
