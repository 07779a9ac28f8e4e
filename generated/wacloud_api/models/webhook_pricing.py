from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WebhookPricing")


@_attrs_define
class WebhookPricing:
    """How a message is billed.

    Example:
        {'billable': True, 'pricing_model': 'PMP', 'type': 'regular', 'category': 'marketing'}

    """

    billable: bool | None = None
    """ Whether the message is charged (to be deprecated; use `type` and `category`). """
    pricing_model: str | None = None
    """ `PMP` (per-message pricing) or `CBP` (legacy) (open-ended). """
    type_: str | None = None
    """ `regular`, `free_customer_service`, `free_entry_point` (open-ended). """
    category: str | None = None
    """ `marketing`, `utility`, `authentication`, `authentication_international`, `service` ... (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billable = self.billable

        pricing_model = self.pricing_model

        type_ = self.type_

        category = self.category

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if billable is not None:
            field_dict["billable"] = billable
        if pricing_model is not None:
            field_dict["pricing_model"] = pricing_model
        if type_ is not None:
            field_dict["type"] = type_
        if category is not None:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billable = graph_bool(d.pop("billable", None))

        pricing_model = d.pop("pricing_model", None)

        type_ = d.pop("type", None)

        category = d.pop("category", None)

        webhook_pricing = cls(
            billable=billable,
            pricing_model=pricing_model,
            type_=type_,
            category=category,
        )

        webhook_pricing.additional_properties = d
        return webhook_pricing

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
