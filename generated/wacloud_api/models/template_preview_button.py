from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplatePreviewButton")


@_attrs_define
class TemplatePreviewButton:
    """A button label of a previewed authentication template.

    Example:
        {'autofill_text': 'Autofill', 'text': 'Copy code'}

    """

    text: str | None = None
    """ The copy code button's label, e.g. `Copy code`. """
    autofill_text: str | None = None
    """ The one-tap autofill button's label, e.g. `Autofill`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        autofill_text = self.autofill_text

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if text is not None:
            field_dict["text"] = text
        if autofill_text is not None:
            field_dict["autofill_text"] = autofill_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", None)

        autofill_text = d.pop("autofill_text", None)

        template_preview_button = cls(
            text=text,
            autofill_text=autofill_text,
        )

        template_preview_button.additional_properties = d
        return template_preview_button

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
