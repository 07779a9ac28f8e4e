from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumberCallingSettings")


@_attrs_define
class PhoneNumberCallingSettings:
    """Calling API settings as returned by Meta.

    Example:
        {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT', 'callback_permission_status': 'ENABLED'}

    """

    status: str
    """ Calling API status: `ENABLED` or `DISABLED`. """
    call_icon_visibility: str | None = None
    """ Call button in the chat: `DEFAULT` or `DISABLE_ALL`. """
    call_icons: PhoneNumberCallIcons | None = None
    """ Where the call button is shown. """
    call_hours: PhoneNumberCallHours | None = None
    """ When the business accepts calls. With call hours disabled the business is open around the clock. At most 2
    entries per weekday, without overlaps, each opening before it closes.
     """
    callback_permission_status: str | None = None
    """ Ask callers for call-back permission: `ENABLED` or `DISABLED`. """
    srtp_key_exchange_protocol: str | None = None
    """ SIP media key exchange: `DTLS` or `SDES`. """
    sip: PhoneNumberSipSettings | None = None
    """ SIP call signaling. With SIP enabled, calling endpoints and calling webhooks are not used. """
    ip_addresses: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    restrictions: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        call_icon_visibility = self.call_icon_visibility

        call_icons: dict[str, Any] | None = None
        if self.call_icons is not None:
            call_icons = self.call_icons.to_dict()

        call_hours: dict[str, Any] | None = None
        if self.call_hours is not None:
            call_hours = self.call_hours.to_dict()

        callback_permission_status = self.callback_permission_status

        srtp_key_exchange_protocol = self.srtp_key_exchange_protocol

        sip: dict[str, Any] | None = None
        if self.sip is not None:
            sip = self.sip.to_dict()

        ip_addresses: dict[str, Any] | None = None
        if self.ip_addresses is not None:
            ip_addresses = self.ip_addresses.to_dict()

        restrictions: dict[str, Any] | None = None
        if self.restrictions is not None:
            restrictions = self.restrictions.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
        }
        if call_icon_visibility is not None:
            field_dict["call_icon_visibility"] = call_icon_visibility
        if call_icons is not None:
            field_dict["call_icons"] = call_icons
        if call_hours is not None:
            field_dict["call_hours"] = call_hours
        if callback_permission_status is not None:
            field_dict["callback_permission_status"] = callback_permission_status
        if srtp_key_exchange_protocol is not None:
            field_dict["srtp_key_exchange_protocol"] = srtp_key_exchange_protocol
        if sip is not None:
            field_dict["sip"] = sip
        if ip_addresses is not None:
            field_dict["ip_addresses"] = ip_addresses
        if restrictions is not None:
            field_dict["restrictions"] = restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        call_icon_visibility = d.pop("call_icon_visibility", None)

        _call_icons = d.pop("call_icons", None)
        call_icons: PhoneNumberCallIcons | None
        if _call_icons is None:
            call_icons = None
        else:
            call_icons = PhoneNumberCallIcons.from_dict(_call_icons)

        _call_hours = d.pop("call_hours", None)
        call_hours: PhoneNumberCallHours | None
        if _call_hours is None:
            call_hours = None
        else:
            call_hours = PhoneNumberCallHours.from_dict(_call_hours)

        callback_permission_status = d.pop("callback_permission_status", None)

        srtp_key_exchange_protocol = d.pop("srtp_key_exchange_protocol", None)

        _sip = d.pop("sip", None)
        sip: PhoneNumberSipSettings | None
        if _sip is None:
            sip = None
        else:
            sip = PhoneNumberSipSettings.from_dict(_sip)

        _ip_addresses = d.pop("ip_addresses", None)
        ip_addresses: JsonObject | None
        if _ip_addresses is None:
            ip_addresses = None
        else:
            ip_addresses = JsonObject.from_dict(_ip_addresses)

        _restrictions = d.pop("restrictions", None)
        restrictions: JsonObject | None
        if _restrictions is None:
            restrictions = None
        else:
            restrictions = JsonObject.from_dict(_restrictions)

        phone_number_calling_settings = cls(
            status=status,
            call_icon_visibility=call_icon_visibility,
            call_icons=call_icons,
            call_hours=call_hours,
            callback_permission_status=callback_permission_status,
            srtp_key_exchange_protocol=srtp_key_exchange_protocol,
            sip=sip,
            ip_addresses=ip_addresses,
            restrictions=restrictions,
        )

        phone_number_calling_settings.additional_properties = d
        return phone_number_calling_settings

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
from ..models.json_object import JsonObject  # noqa: E402
from ..models.phone_number_call_hours import PhoneNumberCallHours  # noqa: E402
from ..models.phone_number_call_icons import PhoneNumberCallIcons  # noqa: E402
from ..models.phone_number_sip_settings import PhoneNumberSipSettings  # noqa: E402
