from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplatePreview")


@_attrs_define
class TemplatePreview:
    """An authentication template's text in one language.

    Example:
        {'body': '*{{1}}* is your verification code.', 'footer': 'This code expires in 10 minutes.', 'language':
            'en_US'}

    """

    language: str | None = None
    """ Language and locale code, e.g. `en_US`. """
    body: str | None = None
    """ The body, with `{{1}}` for the code. """
    footer: str | None = None
    """ The expiry line (with `code_expiration_minutes`). """
    buttons: list[TemplatePreviewButton] | None = None
    """ The button labels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        body = self.body

        footer = self.footer

        buttons: list[dict[str, Any]] | None = None
        if self.buttons is not None:
            buttons = [buttons_item_data.to_dict() for buttons_item_data in self.buttons]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if language is not None:
            field_dict["language"] = language
        if body is not None:
            field_dict["body"] = body
        if footer is not None:
            field_dict["footer"] = footer
        if buttons is not None:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language", None)

        body = d.pop("body", None)

        footer = d.pop("footer", None)

        _buttons = d.pop("buttons", None)
        buttons: list[TemplatePreviewButton] | None = None
        if _buttons is not None:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = TemplatePreviewButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        template_preview = cls(
            language=language,
            body=body,
            footer=footer,
            buttons=buttons,
        )

        template_preview.additional_properties = d
        return template_preview

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
from ..models.template_preview_button import TemplatePreviewButton  # noqa: E402
