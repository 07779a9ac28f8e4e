from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookButton")


@_attrs_define
class WebhookButton:
    """A tapped template quick-reply button.

    Example:
        {'payload': 'Unsubscribe', 'text': 'Unsubscribe'}

    """

    payload: str | None = None
    """ The payload set on the template button. """
    text: str | None = None
    """ The button label. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        text = self.text

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if payload is not None:
            field_dict["payload"] = payload
        if text is not None:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payload = d.pop("payload", None)

        text = d.pop("text", None)

        webhook_button = cls(
            payload=payload,
            text=text,
        )

        webhook_button.additional_properties = d
        return webhook_button

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
