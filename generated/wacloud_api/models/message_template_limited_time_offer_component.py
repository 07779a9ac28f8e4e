from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateLimitedTimeOfferComponent")


@_attrs_define
class MessageTemplateLimitedTimeOfferComponent:
    """A limited-time offer banner with an optional expiry countdown (marketing templates).

    Example:
        {'type': 'LIMITED_TIME_OFFER', 'limited_time_offer': {'text': 'Expiring offer!', 'has_expiration': True}}

    """

    limited_time_offer: MessageTemplateLimitedTimeOffer
    """ Offer banner text and whether the offer expires (expiry time is set when sending). """
    type_: Literal["LIMITED_TIME_OFFER"] = "LIMITED_TIME_OFFER"
    """ Always `LIMITED_TIME_OFFER`. """
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
        type_ = cast(Literal["LIMITED_TIME_OFFER"], d.pop("type"))
        if type_ != "LIMITED_TIME_OFFER":
            raise ValueError(f"type must match const 'LIMITED_TIME_OFFER', got '{type_}'")

        limited_time_offer = MessageTemplateLimitedTimeOffer.from_dict(d.pop("limited_time_offer"))

        message_template_limited_time_offer_component = cls(
            type_=type_,
            limited_time_offer=limited_time_offer,
        )

        message_template_limited_time_offer_component.additional_properties = d
        return message_template_limited_time_offer_component

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
from ..models.message_template_limited_time_offer import MessageTemplateLimitedTimeOffer  # noqa: E402
