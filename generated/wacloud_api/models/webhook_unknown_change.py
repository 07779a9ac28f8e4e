from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUnknownChange")


@_attrs_define
class WebhookUnknownChange:
    """A change of any other field (history, smb_message_echoes, fields Meta adds later). Kept as received: read `field`
    and the free-form `value`.

        Example:
            {'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881',
                'phone_number_id': '106540352242922'}, 'state_sync': [{'type': 'contact', 'action': 'add'}]}, 'field':
                'smb_app_state_sync'}

    """

    field: str
    """ The subscribed field name. """
    value: Any | None = None
    """ The change's content, any JSON value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "field": field,
        }
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        value = d.pop("value", None)

        webhook_unknown_change = cls(
            field=field,
            value=value,
        )

        webhook_unknown_change.additional_properties = d
        return webhook_unknown_change

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
