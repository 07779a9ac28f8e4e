from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountDisconnectionInfo")


@_attrs_define
class WebhookAccountDisconnectionInfo:
    """Why a WhatsApp Business app number was disconnected from Cloud API.

    Example:
        {'reason': 'PRIMARY_INACTIVITY', 'initiated_by': 'SYSTEM'}

    """

    reason: str | None = None
    """ `PRIMARY_INACTIVITY` ... (open-ended). """
    initiated_by: str | None = None
    """ `SYSTEM` or `USER` (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        initiated_by = self.initiated_by

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if reason is not None:
            field_dict["reason"] = reason
        if initiated_by is not None:
            field_dict["initiated_by"] = initiated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", None)

        initiated_by = d.pop("initiated_by", None)

        webhook_account_disconnection_info = cls(
            reason=reason,
            initiated_by=initiated_by,
        )

        webhook_account_disconnection_info.additional_properties = d
        return webhook_account_disconnection_info

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
