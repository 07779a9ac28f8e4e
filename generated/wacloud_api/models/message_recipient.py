from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageRecipient")


@_attrs_define
class MessageRecipient:
    """A recipient of a sent message. Sent to a phone number: `input` and `wa_id`. Sent to a BSUID or parent BSUID:
    `input` and `user_id` (no `wa_id`). Sent to a group: `input` is the group id. Each may be absent: Meta's
    "Business-scoped user IDs" page documents `input` as always returned, but nothing is required here so a
    newer answer never fails parsing.

        Example:
            {'input': 'US.13491208655302741918', 'user_id': 'US.13491208655302741918'}

    """

    input_: str | None = None
    """ The `to` or `recipient` value as sent (phone number, BSUID or group id). """
    wa_id: str | None = None
    """ The recipient's WhatsApp id (phone number); absent for BSUID sends. """
    user_id: str | None = None
    """ The recipient's BSUID or parent BSUID, for sends to a BSUID; absent when sent to a phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        wa_id = self.wa_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if input_ is not None:
            field_dict["input"] = input_
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input", None)

        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        message_recipient = cls(
            input_=input_,
            wa_id=wa_id,
            user_id=user_id,
        )

        message_recipient.additional_properties = d
        return message_recipient

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
