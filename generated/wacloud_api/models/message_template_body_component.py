from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateBodyComponent")


@_attrs_define
class MessageTemplateBodyComponent:
    """The body (required in every template). Authentication templates omit `text` (Meta supplies it) and may set
    `add_security_recommendation`.

        Example:
            {'type': 'BODY', 'text': 'Thank you, {{first_name}}! Your order number is {{order_number}}.', 'example':
                {'body_text_named_params': [{'param_name': 'first_name', 'example': 'Pablo'}, {'param_name': 'order_number',
                'example': '860198-230332'}]}}

    """

    type_: Literal["BODY"] = "BODY"
    """ Always `BODY`. """
    text: str | None = None
    """ Body text with `{{1}}` or `{{name}}` variables. """
    add_security_recommendation: bool | None = None
    """ Authentication templates: add "For your security, do not share this code." """
    example: MessageTemplateBodyExample | None = None
    """ Sample values reviewers see for the body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        add_security_recommendation = self.add_security_recommendation

        example: dict[str, Any] | None = None
        if self.example is not None:
            example = self.example.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if text is not None:
            field_dict["text"] = text
        if add_security_recommendation is not None:
            field_dict["add_security_recommendation"] = add_security_recommendation
        if example is not None:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["BODY"], d.pop("type"))
        if type_ != "BODY":
            raise ValueError(f"type must match const 'BODY', got '{type_}'")

        text = d.pop("text", None)

        add_security_recommendation = graph_bool(d.pop("add_security_recommendation", None))

        _example = d.pop("example", None)
        example: MessageTemplateBodyExample | None
        if _example is None:
            example = None
        else:
            example = MessageTemplateBodyExample.from_dict(_example)

        message_template_body_component = cls(
            type_=type_,
            text=text,
            add_security_recommendation=add_security_recommendation,
            example=example,
        )

        message_template_body_component.additional_properties = d
        return message_template_body_component

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
from ..models.message_template_body_example import MessageTemplateBodyExample  # noqa: E402
