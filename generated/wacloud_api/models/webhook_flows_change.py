from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookFlowsChange")


@_attrs_define
class WebhookFlowsChange:
    """A `flows` change. A Flow changed status, or its endpoint raised or cleared an alert.

    Example:
        {'value': {'event': 'FLOW_STATUS_CHANGE', 'message': 'Flow Webhook 3 changed status from DRAFT to PUBLISHED',
            'flow_id': '1097420589034000', 'old_status': 'DRAFT', 'new_status': 'PUBLISHED'}, 'field': 'flows'}

    """

    field: Literal["flows"]
    """ The subscribed field: always `flows` for this variant. """
    value: WebhookFlowsValue
    """ A Flow status change or endpoint alert. """
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
        field = cast(Literal["flows"], d.pop("field"))
        if field != "flows":
            raise ValueError(f"field must match const 'flows', got '{field}'")

        value = WebhookFlowsValue.from_dict(d.pop("value"))

        webhook_flows_change = cls(
            field=field,
            value=value,
        )

        webhook_flows_change.additional_properties = d
        return webhook_flows_change

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
from ..models.webhook_flows_value import WebhookFlowsValue  # noqa: E402
