from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUserPreference")


@_attrs_define
class WebhookUserPreference:
    """A user's marketing message preference change.

    Example:
        {'wa_id': '16505551234', 'detail': 'User requested to stop marketing messages', 'category':
            'marketing_messages', 'value': 'stop', 'timestamp': 1731705721}

    """

    wa_id: str | None = None
    """ The user's WhatsApp id; absent when Meta cannot share the phone number. """
    user_id: str | None = None
    """ The user's BSUID. """
    parent_user_id: str | None = None
    """ The user's parent BSUID, if parent BSUIDs are enabled. """
    detail: str | None = None
    """ Description. """
    category: str | None = None
    """ `marketing_messages` (open-ended). """
    value: str | None = None
    """ `stop`, `resume` or `signup` (an In-App Signup link; see `signup_id`) (open-ended). """
    signup_id: str | None = None
    """ The In-App Signup link the user subscribed through (`value` `signup`). """
    timestamp: int | None = None
    """ Unix time (seconds) of the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        detail = self.detail

        category = self.category

        value = self.value

        signup_id = self.signup_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id
        if detail is not None:
            field_dict["detail"] = detail
        if category is not None:
            field_dict["category"] = category
        if value is not None:
            field_dict["value"] = value
        if signup_id is not None:
            field_dict["signup_id"] = signup_id
        if timestamp is not None:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        detail = d.pop("detail", None)

        category = d.pop("category", None)

        value = d.pop("value", None)

        signup_id = d.pop("signup_id", None)

        timestamp = d.pop("timestamp", None)

        webhook_user_preference = cls(
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
            detail=detail,
            category=category,
            value=value,
            signup_id=signup_id,
            timestamp=timestamp,
        )

        webhook_user_preference.additional_properties = d
        return webhook_user_preference

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
