from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateQualityUpdateValue")


@_attrs_define
class WebhookTemplateQualityUpdateValue:
    """A template quality score change.

    Example:
        {'previous_quality_score': 'GREEN', 'new_quality_score': 'YELLOW', 'message_template_id': 806312974732579,
            'message_template_name': 'welcome_template', 'message_template_language': 'en-US'}

    """

    previous_quality_score: str | None = None
    """ `GREEN`, `YELLOW`, `RED`, `UNKNOWN` (open-ended). """
    new_quality_score: str | None = None
    """ `GREEN`, `YELLOW`, `RED`, `UNKNOWN` (open-ended). """
    message_template_id: int | None = None
    """ Template id. """
    message_template_name: str | None = None
    """ Template name. """
    message_template_language: str | None = None
    """ Template language and locale code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_quality_score = self.previous_quality_score

        new_quality_score = self.new_quality_score

        message_template_id = self.message_template_id

        message_template_name = self.message_template_name

        message_template_language = self.message_template_language

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if previous_quality_score is not None:
            field_dict["previous_quality_score"] = previous_quality_score
        if new_quality_score is not None:
            field_dict["new_quality_score"] = new_quality_score
        if message_template_id is not None:
            field_dict["message_template_id"] = message_template_id
        if message_template_name is not None:
            field_dict["message_template_name"] = message_template_name
        if message_template_language is not None:
            field_dict["message_template_language"] = message_template_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous_quality_score = d.pop("previous_quality_score", None)

        new_quality_score = d.pop("new_quality_score", None)

        message_template_id = d.pop("message_template_id", None)

        message_template_name = d.pop("message_template_name", None)

        message_template_language = d.pop("message_template_language", None)

        webhook_template_quality_update_value = cls(
            previous_quality_score=previous_quality_score,
            new_quality_score=new_quality_score,
            message_template_id=message_template_id,
            message_template_name=message_template_name,
            message_template_language=message_template_language,
        )

        webhook_template_quality_update_value.additional_properties = d
        return webhook_template_quality_update_value

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
