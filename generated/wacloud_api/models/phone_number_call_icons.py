from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberCallIcons")


@_attrs_define
class PhoneNumberCallIcons:
    """Where the call button is shown.

    Example:
        {'restrict_to_user_countries': ['US', 'BR']}

    """

    restrict_to_user_countries: list[str] | None = None
    """ Show the call button only to users in these countries (ISO 3166 alpha-2 codes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restrict_to_user_countries: list[str] | None = None
        if self.restrict_to_user_countries is not None:
            restrict_to_user_countries = self.restrict_to_user_countries

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if restrict_to_user_countries is not None:
            field_dict["restrict_to_user_countries"] = restrict_to_user_countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        restrict_to_user_countries = cast(list[str], d.pop("restrict_to_user_countries", None))

        phone_number_call_icons = cls(
            restrict_to_user_countries=restrict_to_user_countries,
        )

        phone_number_call_icons.additional_properties = d
        return phone_number_call_icons

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
