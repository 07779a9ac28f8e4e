from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSystem")


@_attrs_define
class WebhookSystem:
    """Content of a system message.

    Example:
        {'body': 'User Sheena Nelson changed from 16505551234 to 12195555358', 'wa_id': '12195555358', 'type':
            'user_changed_number'}

    """

    body: str | None = None
    """ Description. """
    type_: str | None = None
    """ `user_changed_number` (new phone number), `user_changed_user_id` (new BSUID), `customer_identity_changed`
    ... (open-ended). """
    wa_id: str | None = None
    """ The user's new WhatsApp id (number changes); absent when Meta cannot share it. """
    user_id: str | None = None
    """ The user's new BSUID (identity changes). """
    parent_user_id: str | None = None
    """ The user's new parent BSUID, if parent BSUIDs are enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        type_ = self.type_

        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if body is not None:
            field_dict["body"] = body
        if type_ is not None:
            field_dict["type"] = type_
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", None)

        type_ = d.pop("type", None)

        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        webhook_system = cls(
            body=body,
            type_=type_,
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
        )

        webhook_system.additional_properties = d
        return webhook_system

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
