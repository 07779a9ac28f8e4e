from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateBodyExample")


@_attrs_define
class MessageTemplateBodyExample:
    """Sample values reviewers see for the body.

    Example:
        {'body_text': [['Mark', 'FALL25']]}

    """

    body_text: list[list[str]] | None = None
    """ Positional samples, one inner list holding a value for each variable in order. """
    body_text_named_params: list[MessageTemplateNamedParamExample] | None = None
    """ Named samples, one per variable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_text: list[list[str]] | None = None
        if self.body_text is not None:
            body_text = []
            for body_text_item_data in self.body_text:
                body_text_item = body_text_item_data

                body_text.append(body_text_item)

        body_text_named_params: list[dict[str, Any]] | None = None
        if self.body_text_named_params is not None:
            body_text_named_params = [
                body_text_named_params_item_data.to_dict()
                for body_text_named_params_item_data in self.body_text_named_params
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if body_text is not None:
            field_dict["body_text"] = body_text
        if body_text_named_params is not None:
            field_dict["body_text_named_params"] = body_text_named_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _body_text = d.pop("body_text", None)
        body_text: list[list[str]] | None = None
        if _body_text is not None:
            body_text = []
            for body_text_item_data in _body_text:
                body_text_item = cast(list[str], body_text_item_data)

                body_text.append(body_text_item)

        _body_text_named_params = d.pop("body_text_named_params", None)
        body_text_named_params: list[MessageTemplateNamedParamExample] | None = None
        if _body_text_named_params is not None:
            body_text_named_params = []
            for body_text_named_params_item_data in _body_text_named_params:
                body_text_named_params_item = MessageTemplateNamedParamExample.from_dict(
                    body_text_named_params_item_data
                )

                body_text_named_params.append(body_text_named_params_item)

        message_template_body_example = cls(
            body_text=body_text,
            body_text_named_params=body_text_named_params,
        )

        message_template_body_example.additional_properties = d
        return message_template_body_example

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
from ..models.message_template_named_param_example import MessageTemplateNamedParamExample  # noqa: E402
