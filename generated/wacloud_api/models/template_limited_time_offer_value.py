from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateLimitedTimeOfferValue")


@_attrs_define
class TemplateLimitedTimeOfferValue:
    """The offer's expiry.

    Example:
        {'expiration_time_ms': 1209600000}

    """

    expiration_time_ms: int
    """ Expiry as a unix timestamp in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_time_ms = self.expiration_time_ms

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "expiration_time_ms": expiration_time_ms,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiration_time_ms = d.pop("expiration_time_ms")

        template_limited_time_offer_value = cls(
            expiration_time_ms=expiration_time_ms,
        )

        template_limited_time_offer_value.additional_properties = d
        return template_limited_time_offer_value

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
