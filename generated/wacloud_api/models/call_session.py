from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_session_sdp_type import CallSessionSdpType, check_call_session_sdp_type

T = TypeVar("T", bound="CallSession")


@_attrs_define
class CallSession:
    """A WebRTC session description (RFC 8866 SDP) exchanged with WhatsApp.

    Example:
        {'sdp_type': 'offer', 'sdp': 'v=0\\r\\no=- 3626166318745852955 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0 0\\r\\n'}

    """

    sdp_type: CallSessionSdpType
    """ `offer` for `connect`, `answer` for `pre_accept` and `accept`. """
    sdp: str
    """ The SDP text (RFC 8866). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sdp_type: str = self.sdp_type

        sdp = self.sdp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "sdp_type": sdp_type,
            "sdp": sdp,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdp_type = check_call_session_sdp_type(d.pop("sdp_type"))

        sdp = d.pop("sdp")

        call_session = cls(
            sdp_type=sdp_type,
            sdp=sdp,
        )

        call_session.additional_properties = d
        return call_session

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
