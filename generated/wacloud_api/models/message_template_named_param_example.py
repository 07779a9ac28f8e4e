from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateNamedParamExample")


@_attrs_define
class MessageTemplateNamedParamExample:
    """The sample value of one named variable.

    Example:
        {'param_name': 'first_name', 'example': 'Jessica'}

    """

    param_name: str
    """ Variable name as written in the text, without braces (lowercase, digits, underscores). """
    example: str
    """ Sample value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        param_name = self.param_name

        example = self.example

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "param_name": param_name,
            "example": example,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        param_name = d.pop("param_name")

        example = d.pop("example")

        message_template_named_param_example = cls(
            param_name=param_name,
            example=example,
        )

        message_template_named_param_example.additional_properties = d
        return message_template_named_param_example

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
