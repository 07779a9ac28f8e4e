from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coexistence_sync_request_sync_type import (
    CoexistenceSyncRequestSyncType,
    check_coexistence_sync_request_sync_type,
)

T = TypeVar("T", bound="CoexistenceSyncRequest")


@_attrs_define
class CoexistenceSyncRequest:
    """Which WhatsApp Business app data to synchronize.

    Example:
        {'messaging_product': 'whatsapp', 'sync_type': 'history'}

    """

    sync_type: CoexistenceSyncRequestSyncType
    """ `smb_app_state_sync` (contacts) or `history` (message history). """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        sync_type: str = self.sync_type

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "sync_type": sync_type,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        sync_type = check_coexistence_sync_request_sync_type(d.pop("sync_type"))

        coexistence_sync_request = cls(
            messaging_product=messaging_product,
            sync_type=sync_type,
        )

        coexistence_sync_request.additional_properties = d
        return coexistence_sync_request

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
