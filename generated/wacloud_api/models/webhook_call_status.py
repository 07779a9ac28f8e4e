from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCallStatus")


@_attrs_define
class WebhookCallStatus:
    """A business-initiated call is ringing the user (`RINGING`) or the user accepted (`ACCEPTED`) or rejected (`REJECTED`)
    it.

        Example:
            {'id': 'wacid.HBgLMTIxMjU1NTI0OTMVAgARGCAyNDcwN0Y0Q0YyMzE1Mjg0NzQ2RDc0RTc2RTJCQkRCNxwYCzEyMTI1NTUxODY3FQIAAA',
                'timestamp': '1671644824', 'type': 'call', 'status': 'RINGING', 'recipient_id': '12125552493'}

    """

    id: str | None = None
    """ The WhatsApp call id (`wacid.…`). """
    type_: str | None = None
    """ Always `call` (open-ended). """
    status: str | None = None
    """ `RINGING`, `ACCEPTED` or `REJECTED` (open-ended). """
    timestamp: str | None = None
    """ When the status changed (Unix seconds). """
    recipient_id: str | None = None
    """ The called user's phone number. """
    recipient_user_id: str | None = None
    """ The called user's BSUID. """
    biz_opaque_callback_data: str | None = None
    """ The tracking string you passed when you placed the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        timestamp = self.timestamp

        recipient_id = self.recipient_id

        recipient_user_id = self.recipient_user_id

        biz_opaque_callback_data = self.biz_opaque_callback_data

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if type_ is not None:
            field_dict["type"] = type_
        if status is not None:
            field_dict["status"] = status
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if recipient_id is not None:
            field_dict["recipient_id"] = recipient_id
        if recipient_user_id is not None:
            field_dict["recipient_user_id"] = recipient_user_id
        if biz_opaque_callback_data is not None:
            field_dict["biz_opaque_callback_data"] = biz_opaque_callback_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        type_ = d.pop("type", None)

        status = d.pop("status", None)

        timestamp = d.pop("timestamp", None)

        recipient_id = d.pop("recipient_id", None)

        recipient_user_id = d.pop("recipient_user_id", None)

        biz_opaque_callback_data = d.pop("biz_opaque_callback_data", None)

        webhook_call_status = cls(
            id=id,
            type_=type_,
            status=status,
            timestamp=timestamp,
            recipient_id=recipient_id,
            recipient_user_id=recipient_user_id,
            biz_opaque_callback_data=biz_opaque_callback_data,
        )

        webhook_call_status.additional_properties = d
        return webhook_call_status

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
