from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateTextParameter")


@_attrs_define
class TemplateTextParameter:
    """A text value for a `{{n}}` or named placeholder (or a URL button suffix).

    Example:
        {'type': 'text', 'text': 'Jessica'}

    """

    text: str
    """ The value. """
    type_: Literal["text"] = "text"
    """ Always `text`. """
    parameter_name: str | None = None
    """ The placeholder name, for templates with named parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        parameter_name = self.parameter_name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "text": text,
        }
        if parameter_name is not None:
            field_dict["parameter_name"] = parameter_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text")

        parameter_name = d.pop("parameter_name", None)

        template_text_parameter = cls(
            type_=type_,
            text=text,
            parameter_name=parameter_name,
        )

        template_text_parameter.additional_properties = d
        return template_text_parameter

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
