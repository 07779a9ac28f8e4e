from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateAnalyticsCost")


@_attrs_define
class TemplateAnalyticsCost:
    """One cost metric.

    Example:
        {'type': 'amount_spent', 'value': 0.03}

    """

    type_: str | None = None
    """ `amount_spent`, `cost_per_delivered` or `cost_per_url_button_click` (open-ended). """
    value: float | None = None
    """ Amount in the WABA's currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if type_ is not None:
            field_dict["type"] = type_
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        value = d.pop("value", None)

        template_analytics_cost = cls(
            type_=type_,
            value=value,
        )

        template_analytics_cost.additional_properties = d
        return template_analytics_cost

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
