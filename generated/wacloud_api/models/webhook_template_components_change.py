from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateComponentsChange")


@_attrs_define
class WebhookTemplateComponentsChange:
    """A `message_template_components_update` change. A template was edited.

    Example:
        {'value': {'message_template_id': 1315502779341834, 'message_template_name': 'order_confirmation',
            'message_template_language': 'en_US', 'message_template_element': 'Thank you for your order, {{1}}! Your order
            number is {{2}}.', 'message_template_footer': 'Lucky Shrub'}, 'field': 'message_template_components_update'}

    """

    field: Literal["message_template_components_update"]
    """ The subscribed field: always `message_template_components_update` for this variant. """
    value: WebhookTemplateComponentsUpdateValue
    """ A template's components after an edit. """
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
        field = cast(Literal["message_template_components_update"], d.pop("field"))
        if field != "message_template_components_update":
            raise ValueError(f"field must match const 'message_template_components_update', got '{field}'")

        value = WebhookTemplateComponentsUpdateValue.from_dict(d.pop("value"))

        webhook_template_components_change = cls(
            field=field,
            value=value,
        )

        webhook_template_components_change.additional_properties = d
        return webhook_template_components_change

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
from ..models.webhook_template_components_update_value import WebhookTemplateComponentsUpdateValue  # noqa: E402
