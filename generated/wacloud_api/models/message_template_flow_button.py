from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_template_flow_button_flow_action import (
    MessageTemplateFlowButtonFlowAction,
    check_message_template_flow_button_flow_action,
)

T = TypeVar("T", bound="MessageTemplateFlowButton")


@_attrs_define
class MessageTemplateFlowButton:
    """A button that opens a WhatsApp Flow, given by `flow_id`, `flow_name` or inline `flow_json` (exactly one).

    Example:
        {'type': 'FLOW', 'text': 'Check out this offer!', 'flow_id': '1234567890', 'flow_action': 'navigate',
            'navigate_screen': 'WELCOME_SCREEN'}

    """

    text: str
    """ Button label. """
    type_: Literal["FLOW"] = "FLOW"
    """ Always `FLOW`. """
    flow_id: str | None = None
    """ Id of a published Flow. """
    flow_name: str | None = None
    """ Name of a published Flow. """
    flow_json: str | None = None
    """ A Flow JSON document, serialised as a string. """
    flow_action: MessageTemplateFlowButtonFlowAction | None = None
    """ `navigate` (default) or `data_exchange`. """
    navigate_screen: str | None = None
    """ First screen for `navigate` (required then, unless the Flow has one entry screen). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        flow_id = self.flow_id

        flow_name = self.flow_name

        flow_json = self.flow_json

        flow_action: str | None = None
        if self.flow_action is not None:
            flow_action = self.flow_action

        navigate_screen = self.navigate_screen

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "text": text,
        }
        if flow_id is not None:
            field_dict["flow_id"] = flow_id
        if flow_name is not None:
            field_dict["flow_name"] = flow_name
        if flow_json is not None:
            field_dict["flow_json"] = flow_json
        if flow_action is not None:
            field_dict["flow_action"] = flow_action
        if navigate_screen is not None:
            field_dict["navigate_screen"] = navigate_screen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["FLOW"], d.pop("type"))
        if type_ != "FLOW":
            raise ValueError(f"type must match const 'FLOW', got '{type_}'")

        text = d.pop("text")

        flow_id = d.pop("flow_id", None)

        flow_name = d.pop("flow_name", None)

        flow_json = d.pop("flow_json", None)

        _flow_action = d.pop("flow_action", None)
        flow_action: MessageTemplateFlowButtonFlowAction | None
        if _flow_action is None:
            flow_action = None
        else:
            flow_action = check_message_template_flow_button_flow_action(_flow_action)

        navigate_screen = d.pop("navigate_screen", None)

        message_template_flow_button = cls(
            type_=type_,
            text=text,
            flow_id=flow_id,
            flow_name=flow_name,
            flow_json=flow_json,
            flow_action=flow_action,
            navigate_screen=navigate_screen,
        )

        message_template_flow_button.additional_properties = d
        return message_template_flow_button

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
