from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallConnectRequest")


@_attrs_define
class CallConnectRequest:
    """Place a business-initiated call to a user who granted call permission.

    Example:
        {'messaging_product': 'whatsapp', 'to': '14085551234', 'action': 'connect', 'session': {'sdp_type': 'offer',
            'sdp': 'v=0\\r\\n'}}

    """

    to: str
    """ The WhatsApp id (phone number) to call. """
    session: CallSession
    """ A WebRTC session description (RFC 8866 SDP) exchanged with WhatsApp. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    action: Literal["connect"] = "connect"
    """ Always `connect`. """
    biz_opaque_callback_data: str | None = None
    """ Tracking data echoed in the call webhooks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        to = self.to

        action = self.action

        session = self.session.to_dict()

        biz_opaque_callback_data = self.biz_opaque_callback_data

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "to": to,
            "action": action,
            "session": session,
        }
        if biz_opaque_callback_data is not None:
            field_dict["biz_opaque_callback_data"] = biz_opaque_callback_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        to = d.pop("to")

        action = cast(Literal["connect"], d.pop("action"))
        if action != "connect":
            raise ValueError(f"action must match const 'connect', got '{action}'")

        session = CallSession.from_dict(d.pop("session"))

        biz_opaque_callback_data = d.pop("biz_opaque_callback_data", None)

        call_connect_request = cls(
            messaging_product=messaging_product,
            to=to,
            action=action,
            session=session,
            biz_opaque_callback_data=biz_opaque_callback_data,
        )

        call_connect_request.additional_properties = d
        return call_connect_request

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
from ..models.call_session import CallSession  # noqa: E402
