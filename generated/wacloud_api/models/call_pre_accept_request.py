from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallPreAcceptRequest")


@_attrs_define
class CallPreAcceptRequest:
    """Pre-accept a user-initiated call so media can connect before `accept` (faster call setup).

    Example:
        {'messaging_product': 'whatsapp', 'call_id': 'wacid.HBgLMTIxODU1NTI4MjgVAgARGCAyODRQIAFRoA', 'action':
            'pre_accept', 'session': {'sdp_type': 'answer', 'sdp': 'v=0\\r\\n'}}

    """

    call_id: str
    """ The call id (`wacid.…`) from the `connect` webhook. """
    session: CallSession
    """ A WebRTC session description (RFC 8866 SDP) exchanged with WhatsApp. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    action: Literal["pre_accept"] = "pre_accept"
    """ Always `pre_accept`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        call_id = self.call_id

        action = self.action

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "call_id": call_id,
            "action": action,
            "session": session,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        call_id = d.pop("call_id")

        action = cast(Literal["pre_accept"], d.pop("action"))
        if action != "pre_accept":
            raise ValueError(f"action must match const 'pre_accept', got '{action}'")

        session = CallSession.from_dict(d.pop("session"))

        call_pre_accept_request = cls(
            messaging_product=messaging_product,
            call_id=call_id,
            action=action,
            session=session,
        )

        call_pre_accept_request.additional_properties = d
        return call_pre_accept_request

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
