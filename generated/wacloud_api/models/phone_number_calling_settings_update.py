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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberCallingSettingsUpdate")


@_attrs_define
class PhoneNumberCallingSettingsUpdate:
    """Calling API settings to change; omitted properties are left unchanged.

    Example:
        {'status': 'ENABLED', 'call_icon_visibility': 'DEFAULT', 'callback_permission_status': 'ENABLED'}

    """

    status: PhoneNumberCallingSettingsUpdateStatus | Unset = UNSET
    """ Enable or disable the Calling API. """
    call_icon_visibility: PhoneNumberCallingSettingsUpdateCallIconVisibility | Unset = UNSET
    """ `DEFAULT` shows the call button in the chat; `DISABLE_ALL` hides it. """
    call_icons: PhoneNumberCallIcons | Unset = UNSET
    """ Where the call button is shown. """
    call_hours: PhoneNumberCallHours | Unset = UNSET
    """ When the business accepts calls. With call hours disabled the business is open around the clock. At most 2
    entries per weekday, without overlaps, each opening before it closes.
     """
    callback_permission_status: PhoneNumberCallingSettingsUpdateCallbackPermissionStatus | Unset = UNSET
    """ Ask users who call the business for permission to call them back. """
    srtp_key_exchange_protocol: str | Unset = UNSET
    """ SIP media key exchange: `DTLS` or `SDES`. """
    sip: PhoneNumberSipSettings | Unset = UNSET
    """ SIP call signaling. With SIP enabled, calling endpoints and calling webhooks are not used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        call_icon_visibility: str | Unset = UNSET
        if not isinstance(self.call_icon_visibility, Unset):
            call_icon_visibility = self.call_icon_visibility

        call_icons: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_icons, Unset):
            call_icons = self.call_icons.to_dict()

        call_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_hours, Unset):
            call_hours = self.call_hours.to_dict()

        callback_permission_status: str | Unset = UNSET
        if not isinstance(self.callback_permission_status, Unset):
            callback_permission_status = self.callback_permission_status

        srtp_key_exchange_protocol = self.srtp_key_exchange_protocol

        sip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip, Unset):
            sip = self.sip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if call_icon_visibility is not UNSET:
            field_dict["call_icon_visibility"] = call_icon_visibility
        if call_icons is not UNSET:
            field_dict["call_icons"] = call_icons
        if call_hours is not UNSET:
            field_dict["call_hours"] = call_hours
        if callback_permission_status is not UNSET:
            field_dict["callback_permission_status"] = callback_permission_status
        if srtp_key_exchange_protocol is not UNSET:
            field_dict["srtp_key_exchange_protocol"] = srtp_key_exchange_protocol
        if sip is not UNSET:
            field_dict["sip"] = sip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: PhoneNumberCallingSettingsUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_phone_number_calling_settings_update_status(_status)

        _call_icon_visibility = d.pop("call_icon_visibility", UNSET)
        call_icon_visibility: PhoneNumberCallingSettingsUpdateCallIconVisibility | Unset
        if isinstance(_call_icon_visibility, Unset):
            call_icon_visibility = UNSET
        else:
            call_icon_visibility = check_phone_number_calling_settings_update_call_icon_visibility(
                _call_icon_visibility
            )

        _call_icons = d.pop("call_icons", UNSET)
        call_icons: PhoneNumberCallIcons | Unset
        if isinstance(_call_icons, Unset):
            call_icons = UNSET
        else:
            call_icons = PhoneNumberCallIcons.from_dict(_call_icons)

        _call_hours = d.pop("call_hours", UNSET)
        call_hours: PhoneNumberCallHours | Unset
        if isinstance(_call_hours, Unset):
            call_hours = UNSET
        else:
            call_hours = PhoneNumberCallHours.from_dict(_call_hours)

        _callback_permission_status = d.pop("callback_permission_status", UNSET)
        callback_permission_status: PhoneNumberCallingSettingsUpdateCallbackPermissionStatus | Unset
        if isinstance(_callback_permission_status, Unset):
            callback_permission_status = UNSET
        else:
            callback_permission_status = check_phone_number_calling_settings_update_callback_permission_status(
                _callback_permission_status
            )

        srtp_key_exchange_protocol = d.pop("srtp_key_exchange_protocol", UNSET)

        _sip = d.pop("sip", UNSET)
        sip: PhoneNumberSipSettings | Unset
        if isinstance(_sip, Unset):
            sip = UNSET
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
