from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUserIdUpdate")


@_attrs_define
class WebhookUserIdUpdate:
    """A user's BSUID changed (for example after they changed their phone number). Re-key what you stored under
    `previous_user_id` to `user_id`.

        Example:
            {'wa_id': '16505551234', 'detail': 'User id for Sheena Nelson has been updated.', 'user_id': {'previous':
                'US.13491208655302741918', 'current': 'US.24817305912873645029'}, 'timestamp': '1749416383'}

    """

    wa_id: str | None = None
    """ The user's phone number; absent when Meta cannot share it. """
    detail: str | None = None
    """ A human-readable description. """
    user_id: WebhookIdChange | None = None
    """ A previous and a current id. """
    parent_user_id: WebhookIdChange | None = None
    """ A previous and a current id. """
    timestamp: str | None = None
    """ When the webhook was sent (Unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wa_id = self.wa_id

        detail = self.detail

        user_id: dict[str, Any] | None = None
        if self.user_id is not None:
            user_id = self.user_id.to_dict()

        parent_user_id: dict[str, Any] | None = None
        if self.parent_user_id is not None:
            parent_user_id = self.parent_user_id.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if detail is not None:
            field_dict["detail"] = detail
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id
        if timestamp is not None:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wa_id = d.pop("wa_id", None)

        detail = d.pop("detail", None)

        _user_id = d.pop("user_id", None)
        user_id: WebhookIdChange | None
        if _user_id is None:
            user_id = None
        else:
            user_id = WebhookIdChange.from_dict(_user_id)

        _parent_user_id = d.pop("parent_user_id", None)
        parent_user_id: WebhookIdChange | None
        if _parent_user_id is None:
            parent_user_id = None
        else:
            parent_user_id = WebhookIdChange.from_dict(_parent_user_id)

        timestamp = d.pop("timestamp", None)

        webhook_user_id_update = cls(
            wa_id=wa_id,
            detail=detail,
            user_id=user_id,
            parent_user_id=parent_user_id,
            timestamp=timestamp,
        )

        webhook_user_id_update.additional_properties = d
        return webhook_user_id_update

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
from ..models.webhook_id_change import WebhookIdChange  # noqa: E402
