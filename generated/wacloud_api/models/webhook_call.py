from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCall")


@_attrs_define
class WebhookCall:
    """A call was connected (`event` `connect`, with the other end's SDP in `session`) or ended (`event` `terminate`, with
    `status`, and `start_time` / `end_time` / `duration` when it was picked up).

        Example:
            {'id': 'wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh', 'to': '16315553601', 'from': '13175551399', 'event': 'connect',
                'timestamp': '1671644824', 'direction': 'USER_INITIATED', 'session': {'sdp_type': 'offer', 'sdp': 'v=0\\r\\no=-
                7669997803033704573 2 IN IP4 127.0.0.1\\r\\ns=-\\r\\nt=0 0\\r\\n'}}

    """

    id: str | None = None
    """ The WhatsApp call id (`wacid.…`); pass it to `client.calls` to pre-accept, accept, reject or terminate. """
    to: str | None = None
    """ The callee's phone number (the user on a business-initiated call, else the business). """
    from_: str | None = None
    """ The caller's phone number (the user on a user-initiated call, else the business). """
    from_user_id: str | None = None
    """ The caller's BSUID, when the user placed the call. """
    to_user_id: str | None = None
    """ The callee's BSUID, when the business placed the call. """
    event: str | None = None
    """ `connect` or `terminate` (open-ended). """
    timestamp: str | None = None
    """ When the event happened (Unix seconds). """
    direction: str | None = None
    """ `USER_INITIATED` or `BUSINESS_INITIATED` (open-ended). """
    session: WebhookCallSession | None = None
    """ The Session Description Protocol (RFC 8866) description of the other end of the call. """
    status: str | None = None
    """ Terminate events: `COMPLETED` or `FAILED` (open-ended). """
    start_time: str | None = None
    """ Terminate events: when the call was picked up (Unix seconds); absent if it never was. """
    end_time: str | None = None
    """ Terminate events: when the call ended (Unix seconds); absent if it was never picked up. """
    duration: int | None = None
    """ Terminate events: how long the call lasted, in seconds; absent if it was never picked up. """
    biz_opaque_callback_data: str | None = None
    """ The tracking string you passed when you placed or accepted the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        to = self.to

        from_ = self.from_

        from_user_id = self.from_user_id

        to_user_id = self.to_user_id

        event = self.event

        timestamp = self.timestamp

        direction = self.direction

        session: dict[str, Any] | None = None
        if self.session is not None:
            session = self.session.to_dict()

        status = self.status

        start_time = self.start_time

        end_time = self.end_time

        duration = self.duration

        biz_opaque_callback_data = self.biz_opaque_callback_data

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if to is not None:
            field_dict["to"] = to
        if from_ is not None:
            field_dict["from"] = from_
        if from_user_id is not None:
            field_dict["from_user_id"] = from_user_id
        if to_user_id is not None:
            field_dict["to_user_id"] = to_user_id
        if event is not None:
            field_dict["event"] = event
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if direction is not None:
            field_dict["direction"] = direction
        if session is not None:
            field_dict["session"] = session
        if status is not None:
            field_dict["status"] = status
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time
        if duration is not None:
            field_dict["duration"] = duration
        if biz_opaque_callback_data is not None:
            field_dict["biz_opaque_callback_data"] = biz_opaque_callback_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        to = d.pop("to", None)

        from_ = d.pop("from", None)

        from_user_id = d.pop("from_user_id", None)

        to_user_id = d.pop("to_user_id", None)

        event = d.pop("event", None)

        timestamp = d.pop("timestamp", None)

        direction = d.pop("direction", None)

        _session = d.pop("session", None)
        session: WebhookCallSession | None
        if _session is None:
            session = None
        else:
            session = WebhookCallSession.from_dict(_session)

        status = d.pop("status", None)

        start_time = d.pop("start_time", None)

        end_time = d.pop("end_time", None)

        duration = d.pop("duration", None)

        biz_opaque_callback_data = d.pop("biz_opaque_callback_data", None)

        webhook_call = cls(
            id=id,
            to=to,
            from_=from_,
            from_user_id=from_user_id,
            to_user_id=to_user_id,
            event=event,
            timestamp=timestamp,
            direction=direction,
            session=session,
            status=status,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            biz_opaque_callback_data=biz_opaque_callback_data,
        )

        webhook_call.additional_properties = d
        return webhook_call

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
from ..models.webhook_call_session import WebhookCallSession  # noqa: E402
