from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountBanInfo")


@_attrs_define
class WebhookAccountBanInfo:
    """Ban state of a WhatsApp Business Account.

    Example:
        {'waba_ban_state': 'SCHEDULE_FOR_DISABLE', 'waba_ban_date': '2026-05-01'}

    """

    waba_ban_state: str | None = None
    """ `SCHEDULE_FOR_DISABLE`, `DISABLE`, `REINSTATE` (open-ended). """
    waba_ban_date: str | None = None
    """ Ban date, as sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waba_ban_state = self.waba_ban_state

        waba_ban_date = self.waba_ban_date

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if waba_ban_state is not None:
            field_dict["waba_ban_state"] = waba_ban_state
        if waba_ban_date is not None:
            field_dict["waba_ban_date"] = waba_ban_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        waba_ban_state = d.pop("waba_ban_state", None)

        waba_ban_date = d.pop("waba_ban_date", None)

        webhook_account_ban_info = cls(
            waba_ban_state=waba_ban_state,
            waba_ban_date=waba_ban_date,
        )

        webhook_account_ban_info.additional_properties = d
        return webhook_account_ban_info

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
