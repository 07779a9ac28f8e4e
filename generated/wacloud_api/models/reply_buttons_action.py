from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReplyButtonsAction")


@_attrs_define
class ReplyButtonsAction:
    """The reply buttons.

    Example:
        {'buttons': [{'type': 'reply', 'reply': {'id': 'yes', 'title': 'Yes'}}]}

    """

    buttons: list[ReplyButton]
    """ One to three buttons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buttons = [buttons_item_data.to_dict() for buttons_item_data in self.buttons]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "buttons": buttons,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buttons = []
        _buttons = d.pop("buttons")
        for buttons_item_data in _buttons:
            buttons_item = ReplyButton.from_dict(buttons_item_data)

            buttons.append(buttons_item)

        reply_buttons_action = cls(
            buttons=buttons,
        )

        reply_buttons_action.additional_properties = d
        return reply_buttons_action

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
from ..models.reply_button import ReplyButton  # noqa: E402
