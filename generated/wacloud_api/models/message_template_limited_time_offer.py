from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateLimitedTimeOffer")


@_attrs_define
class MessageTemplateLimitedTimeOffer:
    """Offer banner text and whether the offer expires (expiry time is set when sending).

    Example:
        {'text': 'Expiring offer!', 'has_expiration': True}

    """

    text: str | None = None
    """ Offer headline. """
    has_expiration: bool | None = None
    """ Show an expiry countdown; then the first button must be COPY_CODE. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        has_expiration = self.has_expiration

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if text is not None:
            field_dict["text"] = text
        if has_expiration is not None:
            field_dict["has_expiration"] = has_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", None)

        has_expiration = graph_bool(d.pop("has_expiration", None))

        message_template_limited_time_offer = cls(
            text=text,
            has_expiration=has_expiration,
        )

        message_template_limited_time_offer.additional_properties = d
        return message_template_limited_time_offer

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
