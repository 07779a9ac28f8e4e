from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveVoiceCall")


@_attrs_define
class InteractiveVoiceCall:
    """A "Call now" button that starts a WhatsApp voice call to the business (Calling API).

    Example:
        {'type': 'voice_call', 'body': {'text': 'You can call us on WhatsApp now.'}, 'action': {'name': 'voice_call',
            'parameters': {'display_text': 'Call now', 'ttl_minutes': 100, 'payload': 'callback-1'}}}

    """

    body: InteractiveBody
    """ The body text of an interactive message. """
    action: VoiceCallAction
    """ The call button. """
    type_: Literal["voice_call"] = "voice_call"
    """ Always `voice_call`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body.to_dict()

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "body": body,
            "action": action,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["voice_call"], d.pop("type"))
        if type_ != "voice_call":
            raise ValueError(f"type must match const 'voice_call', got '{type_}'")

        body = InteractiveBody.from_dict(d.pop("body"))

        action = VoiceCallAction.from_dict(d.pop("action"))

        interactive_voice_call = cls(
            type_=type_,
            body=body,
            action=action,
        )

        interactive_voice_call.additional_properties = d
        return interactive_voice_call

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
from ..models.interactive_body import InteractiveBody  # noqa: E402
from ..models.voice_call_action import VoiceCallAction  # noqa: E402
