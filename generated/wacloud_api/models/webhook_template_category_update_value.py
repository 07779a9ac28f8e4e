from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateCategoryUpdateValue")


@_attrs_define
class WebhookTemplateCategoryUpdateValue:
    """A template category change, completed or impending.

    Example:
        {'message_template_id': 278077987957091, 'message_template_name': 'welcome_template',
            'message_template_language': 'en-US', 'previous_category': 'UTILITY', 'new_category': 'MARKETING'}

    """

    message_template_id: int | None = None
    """ Template id. """
    message_template_name: str | None = None
    """ Template name. """
    message_template_language: str | None = None
    """ Template language and locale code. """
    previous_category: str | None = None
    """ Category before a completed change. """
    new_category: str | None = None
    """ New category (for an impending change, the current one). """
    correct_category: str | None = None
    """ Impending changes: the category the template will get. """
    category_update_timestamp: int | None = None
    """ Impending changes: Unix time (seconds) of the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_template_id = self.message_template_id

        message_template_name = self.message_template_name

        message_template_language = self.message_template_language

        previous_category = self.previous_category

        new_category = self.new_category

        correct_category = self.correct_category

        category_update_timestamp = self.category_update_timestamp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if message_template_id is not None:
            field_dict["message_template_id"] = message_template_id
        if message_template_name is not None:
            field_dict["message_template_name"] = message_template_name
        if message_template_language is not None:
            field_dict["message_template_language"] = message_template_language
        if previous_category is not None:
            field_dict["previous_category"] = previous_category
        if new_category is not None:
            field_dict["new_category"] = new_category
        if correct_category is not None:
            field_dict["correct_category"] = correct_category
        if category_update_timestamp is not None:
            field_dict["category_update_timestamp"] = category_update_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_template_id = d.pop("message_template_id", None)

        message_template_name = d.pop("message_template_name", None)

        message_template_language = d.pop("message_template_language", None)

        previous_category = d.pop("previous_category", None)

        new_category = d.pop("new_category", None)

        correct_category = d.pop("correct_category", None)

        category_update_timestamp = d.pop("category_update_timestamp", None)

        webhook_template_category_update_value = cls(
            message_template_id=message_template_id,
            message_template_name=message_template_name,
            message_template_language=message_template_language,
            previous_category=previous_category,
            new_category=new_category,
            correct_category=correct_category,
            category_update_timestamp=category_update_timestamp,
        )

        webhook_template_category_update_value.additional_properties = d
        return webhook_template_category_update_value

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
