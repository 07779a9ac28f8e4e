from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_calling_settings_update_call_icon_visibility import (
    PhoneNumberCallingSettingsUpdateCallIconVisibility,
    check_phone_number_calling_settings_update_call_icon_visibility,
)
from ..models.phone_number_calling_settings_update_callback_permission_status import (
    PhoneNumberCallingSettingsUpdateCallbackPermissionStatus,
    check_phone_number_calling_settings_update_callback_permission_status,
)
from ..models.phone_number_calling_settings_update_status import (
    PhoneNumberCallingSettingsUpdateStatus,
    check_phone_number_calling_settings_update_status,
)

T = TypeVar("T", bound="PhoneNumberCallingSettingsUpdate")


@_attrs_define
class PhoneNumberCallingSettingsUpdate:
    """Calling API settings to change; omitted properties are left unchanged.

    Example:
        {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT', 'callback_permission_status': 'ENABLED'}

    """

    status: PhoneNumberCallingSettingsUpdateStatus | None = None
    """ Enable or disable the Calling API. """
    call_icon_visibility: PhoneNumberCallingSettingsUpdateCallIconVisibility | None = None
    """ `DEFAULT` shows the call button in the chat; `DISABLE_ALL` hides it. """
    call_icons: PhoneNumberCallIcons | None = None
    """ Where the call button is shown. """
    call_hours: PhoneNumberCallHours | None = None
    """ When the business accepts calls. With call hours disabled the business is open around the clock. At most 2
    entries per weekday, without overlaps, each opening before it closes.
     """
    callback_permission_status: PhoneNumberCallingSettingsUpdateCallbackPermissionStatus | None = None
    """ Ask users who call the business for permission to call them back. """
    srtp_key_exchange_protocol: str | None = None
    """ SIP media key exchange: `DTLS` or `SDES`. """
    sip: PhoneNumberSipSettings | None = None
    """ SIP call signaling. With SIP enabled, calling endpoints and calling webhooks are not used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | None = None
        if self.status is not None:
            status = self.status

        call_icon_visibility: str | None = None
        if self.call_icon_visibility is not None:
            call_icon_visibility = self.call_icon_visibility

        call_icons: dict[str, Any] | None = None
        if self.call_icons is not None:
            call_icons = self.call_icons.to_dict()

        call_hours: dict[str, Any] | None = None
        if self.call_hours is not None:
            call_hours = self.call_hours.to_dict()

        callback_permission_status: str | None = None
        if self.callback_permission_status is not None:
            callback_permission_status = self.callback_permission_status

        srtp_key_exchange_protocol = self.srtp_key_exchange_protocol

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", None)
        status: PhoneNumberCallingSettingsUpdateStatus | None
        if _status is None:
            status = None
        else:
            status = check_phone_number_calling_settings_update_status(_status)

        _call_icon_visibility = d.pop("call_icon_visibility", None)
        call_icon_visibility: PhoneNumberCallingSettingsUpdateCallIconVisibility | None
        if _call_icon_visibility is None:
            call_icon_visibility = None
        else:
            call_icon_visibility = check_phone_number_calling_settings_update_call_icon_visibility(
                _call_icon_visibility
            )

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

        _callback_permission_status = d.pop("callback_permission_status", None)
        callback_permission_status: PhoneNumberCallingSettingsUpdateCallbackPermissionStatus | None
        if _callback_permission_status is None:
            callback_permission_status = None
        else:
            callback_permission_status = check_phone_number_calling_settings_update_callback_permission_status(
                _callback_permission_status
            )

        srtp_key_exchange_protocol = d.pop("srtp_key_exchange_protocol", None)

        _sip = d.pop("sip", None)
        sip: PhoneNumberSipSettings | None
        if _sip is None:
            sip = None
        else:
            sip = PhoneNumberSipSettings.from_dict(_sip)

        phone_number_calling_settings_update = cls(
            status=status,
            call_icon_visibility=call_icon_visibility,
            call_icons=call_icons,
            call_hours=call_hours,
            callback_permission_status=callback_permission_status,
            srtp_key_exchange_protocol=srtp_key_exchange_protocol,
            sip=sip,
        )

        phone_number_calling_settings_update.additional_properties = d
        return phone_number_calling_settings_update

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
from ..models.phone_number_call_hours import PhoneNumberCallHours  # noqa: E402
from ..models.phone_number_call_icons import PhoneNumberCallIcons  # noqa: E402
from ..models.phone_number_sip_settings import PhoneNumberSipSettings  # noqa: E402
