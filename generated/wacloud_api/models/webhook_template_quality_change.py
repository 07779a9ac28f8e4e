from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateQualityChange")


@_attrs_define
class WebhookTemplateQualityChange:
    """A `message_template_quality_update` change. A template's quality score changed.

    Example:
        {'value': {'previous_quality_score': 'GREEN', 'new_quality_score': 'YELLOW', 'message_template_id':
            806312974732579, 'message_template_name': 'welcome_template', 'message_template_language': 'en-US'}, 'field':
            'message_template_quality_update'}

    """

    field: Literal["message_template_quality_update"]
    """ The subscribed field: always `message_template_quality_update` for this variant. """
    value: WebhookTemplateQualityUpdateValue
    """ A template quality score change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "field": field,
            "value": value,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = cast(Literal["message_template_quality_update"], d.pop("field"))
        if field != "message_template_quality_update":
            raise ValueError(f"field must match const 'message_template_quality_update', got '{field}'")

        value = WebhookTemplateQualityUpdateValue.from_dict(d.pop("value"))

        webhook_template_quality_change = cls(
            field=field,
            value=value,
        )

        webhook_template_quality_change.additional_properties = d
        return webhook_template_quality_change

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
from ..models.webhook_template_quality_update_value import WebhookTemplateQualityUpdateValue  # noqa: E402
