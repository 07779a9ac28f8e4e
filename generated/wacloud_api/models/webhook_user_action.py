from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUserAction")


@_attrs_define
class WebhookUserAction:
    """Something a user did with a business message, reported on the `messages` field (limited availability: clicks on
    links of Marketing Messages API messages sent in the last 7 days).

        Example:
            {'action_type': 'marketing_messages_link_click', 'timestamp': '1750000000',
                'marketing_messages_link_click_data': {'click_component': 'cta', 'click_id': 'ARAkFlX0lnZmZ2JZ',
                'tracking_token': 'AX1d3mnd8C'}}

    """

    action_type: str | None = None
    """ `marketing_messages_link_click` (open-ended). """
    timestamp: str | None = None
    """ Unix time (seconds) of the action. """
    marketing_messages_link_click_data: WebhookLinkClick | None = None
    """ A click on a link of a marketing message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type

        timestamp = self.timestamp

        marketing_messages_link_click_data: dict[str, Any] | None = None
        if self.marketing_messages_link_click_data is not None:
            marketing_messages_link_click_data = self.marketing_messages_link_click_data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if action_type is not None:
            field_dict["action_type"] = action_type
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if marketing_messages_link_click_data is not None:
            field_dict["marketing_messages_link_click_data"] = marketing_messages_link_click_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_type = d.pop("action_type", None)

        timestamp = d.pop("timestamp", None)

        _marketing_messages_link_click_data = d.pop("marketing_messages_link_click_data", None)
        marketing_messages_link_click_data: WebhookLinkClick | None
        if _marketing_messages_link_click_data is None:
            marketing_messages_link_click_data = None
        else:
            marketing_messages_link_click_data = WebhookLinkClick.from_dict(_marketing_messages_link_click_data)

        webhook_user_action = cls(
            action_type=action_type,
            timestamp=timestamp,
            marketing_messages_link_click_data=marketing_messages_link_click_data,
        )

        webhook_user_action.additional_properties = d
        return webhook_user_action

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
from ..models.webhook_link_click import WebhookLinkClick  # noqa: E402
