from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReplyButton")


@_attrs_define
class ReplyButton:
    """A reply button.

    Example:
        {'type': 'reply', 'reply': {'id': 'yes', 'title': 'Yes'}}

    """

    reply: ReplyButtonReply
    """ A reply button's id (returned in the webhook) and title. """
    type_: Literal["reply"] = "reply"
    """ Always `reply`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reply = self.reply.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "reply": reply,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["reply"], d.pop("type"))
        if type_ != "reply":
            raise ValueError(f"type must match const 'reply', got '{type_}'")

        reply = ReplyButtonReply.from_dict(d.pop("reply"))

        reply_button = cls(
            type_=type_,
            reply=reply,
        )

        reply_button.additional_properties = d
        return reply_button

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
from ..models.reply_button_reply import ReplyButtonReply  # noqa: E402
