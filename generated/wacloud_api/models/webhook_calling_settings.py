from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCallingSettings")


@_attrs_define
class WebhookCallingSettings:
    """A phone number's Calling API settings after the change, shaped like `phone_numbers.get_settings()`'s `calling`.

    Example:
        {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT', 'callback_permission_status': 'ENABLED'}

    """

    status: str | None = None
    """ Calling API status: `ENABLED` or `DISABLED`. """
    call_icon_visibility: str | None = None
    """ Call button in the chat: `DEFAULT` or `DISABLE_ALL` (open-ended). """
    callback_permission_status: str | None = None
    """ Ask callers for call-back permission: `ENABLED` or `DISABLED`. """
    srtp_key_exchange_protocol: str | None = None
    """ SIP media key exchange: `DTLS` or `SDES`. """
    call_hours: WebhookCallHoursSettings | None = None
    """ When the business accepts calls. """
    sip: WebhookSipSettings | None = None
    """ SIP call signaling. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        call_icon_visibility = self.call_icon_visibility

        callback_permission_status = self.callback_permission_status

        srtp_key_exchange_protocol = self.srtp_key_exchange_protocol

        call_hours: dict[str, Any] | None = None
        if self.call_hours is not None:
            call_hours = self.call_hours.to_dict()

        sip: dict[str, Any] | None = None
        if self.sip is not None:
            sip = self.sip.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if status is not None:
            field_dict["status"] = status
        if call_icon_visibility is not None:
            field_dict["call_icon_visibility"] = call_icon_visibility
        if callback_permission_status is not None:
            field_dict["callback_permission_status"] = callback_permission_status
        if srtp_key_exchange_protocol is not None:
            field_dict["srtp_key_exchange_protocol"] = srtp_key_exchange_protocol
        if call_hours is not None:
            field_dict["call_hours"] = call_hours
        if sip is not None:
            field_dict["sip"] = sip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", None)

        call_icon_visibility = d.pop("call_icon_visibility", None)

        callback_permission_status = d.pop("callback_permission_status", None)

        srtp_key_exchange_protocol = d.pop("srtp_key_exchange_protocol", None)

        _call_hours = d.pop("call_hours", None)
        call_hours: WebhookCallHoursSettings | None
        if _call_hours is None:
            call_hours = None
        else:
            call_hours = WebhookCallHoursSettings.from_dict(_call_hours)

        _sip = d.pop("sip", None)
        sip: WebhookSipSettings | None
        if _sip is None:
            sip = None
        else:
            sip = WebhookSipSettings.from_dict(_sip)

        webhook_calling_settings = cls(
            status=status,
            call_icon_visibility=call_icon_visibility,
            callback_permission_status=callback_permission_status,
            srtp_key_exchange_protocol=srtp_key_exchange_protocol,
            call_hours=call_hours,
            sip=sip,
        )

        webhook_calling_settings.additional_properties = d
        return webhook_calling_settings

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
from ..models.webhook_call_hours_settings import WebhookCallHoursSettings  # noqa: E402
from ..models.webhook_sip_settings import WebhookSipSettings  # noqa: E402
