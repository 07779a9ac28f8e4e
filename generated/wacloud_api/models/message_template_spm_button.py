from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateSpmButton")


@_attrs_define
class MessageTemplateSpmButton:
    """A "View" button of a single-product message template (the product is chosen when sending).

    Example:
        {'type': 'SPM', 'text': 'View'}

    """

    text: str
    """ Button label. """
    type_: Literal["SPM"] = "SPM"
    """ Always `SPM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "text": text,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["SPM"], d.pop("type"))
        if type_ != "SPM":
            raise ValueError(f"type must match const 'SPM', got '{type_}'")

        text = d.pop("text")

        message_template_spm_button = cls(
            type_=type_,
            text=text,
        )

        message_template_spm_button.additional_properties = d
        return message_template_spm_button

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
