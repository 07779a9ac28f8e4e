from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCallSession")


@_attrs_define
class WebhookCallSession:
    """The Session Description Protocol (RFC 8866) description of the other end of the call.

    Example:
        {'sdp_type': 'offer', 'sdp': 'v=0\\r\\no=- 7669997803033704573 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0 0\\r\\n'}

    """

    sdp_type: str | None = None
    """ `offer` (a user-initiated call: answer it with `pre_accept` / `accept`) or `answer` (a business-initiated
    call the user picked up); open-ended. """
    sdp: str | None = None
    """ The SDP body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sdp_type = self.sdp_type

        sdp = self.sdp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if sdp_type is not None:
            field_dict["sdp_type"] = sdp_type
        if sdp is not None:
            field_dict["sdp"] = sdp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdp_type = d.pop("sdp_type", None)

        sdp = d.pop("sdp", None)

        webhook_call_session = cls(
            sdp_type=sdp_type,
            sdp=sdp,
        )

        webhook_call_session.additional_properties = d
        return webhook_call_session

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
