from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateLimitedTimeOfferParameter")


@_attrs_define
class TemplateLimitedTimeOfferParameter:
    """When the offer of a limited-time-offer template expires.

    Example:
        {'type': 'limited_time_offer', 'limited_time_offer': {'expiration_time_ms': 1209600000}}

    """

    limited_time_offer: TemplateLimitedTimeOfferValue
    """ The offer's expiry. """
    type_: Literal["limited_time_offer"] = "limited_time_offer"
    """ Always `limited_time_offer`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        limited_time_offer = self.limited_time_offer.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "limited_time_offer": limited_time_offer,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["limited_time_offer"], d.pop("type"))
        if type_ != "limited_time_offer":
            raise ValueError(f"type must match const 'limited_time_offer', got '{type_}'")

        limited_time_offer = TemplateLimitedTimeOfferValue.from_dict(d.pop("limited_time_offer"))

        template_limited_time_offer_parameter = cls(
            type_=type_,
            limited_time_offer=limited_time_offer,
        )

        template_limited_time_offer_parameter.additional_properties = d
        return template_limited_time_offer_parameter

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
from ..models.template_limited_time_offer_value import TemplateLimitedTimeOfferValue  # noqa: E402
