from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSecurityValue")


@_attrs_define
class WebhookSecurityValue:
    """A two-step verification PIN event.

    Example:
        {'display_phone_number': '15550783881', 'event': 'PIN_RESET_REQUEST', 'requester': '61555822107539'}

    """

    display_phone_number: str | None = None
    """ The business phone number. """
    event: str | None = None
    """ `PIN_CHANGED`, `PIN_RESET_REQUEST`, `PIN_REQUEST_SUCCESS` (open-ended). """
    requester: str | None = None
    """ Meta Business Suite user id that requested a PIN reset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_phone_number = self.display_phone_number

        event = self.event

        requester = self.requester

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if event is not None:
            field_dict["event"] = event
        if requester is not None:
            field_dict["requester"] = requester

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_phone_number = d.pop("display_phone_number", None)

        event = d.pop("event", None)

        requester = d.pop("requester", None)

        webhook_security_value = cls(
            display_phone_number=display_phone_number,
            event=event,
            requester=requester,
        )

        webhook_security_value.additional_properties = d
        return webhook_security_value

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
