from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookMessageEchoType1")


@_attrs_define
class WebhookMessageEchoType1:
    """The recipient."""

    to: str | None = None
    """ The WhatsApp user's phone number the message was sent to; absent when Meta cannot share it. """
    to_user_id: str | None = None
    """ The recipient's business-scoped user id (BSUID). """
    to_parent_user_id: str | None = None
    """ The recipient's parent BSUID, if parent BSUIDs are enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        to_user_id = self.to_user_id

        to_parent_user_id = self.to_parent_user_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if to is not None:
            field_dict["to"] = to
        if to_user_id is not None:
            field_dict["to_user_id"] = to_user_id
        if to_parent_user_id is not None:
            field_dict["to_parent_user_id"] = to_parent_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", None)

        to_user_id = d.pop("to_user_id", None)

        to_parent_user_id = d.pop("to_parent_user_id", None)

        webhook_message_echo_type_1 = cls(
            to=to,
            to_user_id=to_user_id,
            to_parent_user_id=to_parent_user_id,
        )

        webhook_message_echo_type_1.additional_properties = d
        return webhook_message_echo_type_1

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
