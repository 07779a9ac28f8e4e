from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderStatusAction")


@_attrs_define
class OrderStatusAction:
    """The order and its new status.

    Example:
        {'name': 'review_order', 'parameters': {'reference_id': 'order-1', 'order': {'status': 'processing'}}}

    """

    parameters: OrderStatusParameters
    """ Which order, and its status. """
    name: Literal["review_order"] = "review_order"
    """ Always `review_order`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "parameters": parameters,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["review_order"], d.pop("name"))
        if name != "review_order":
            raise ValueError(f"name must match const 'review_order', got '{name}'")

        parameters = OrderStatusParameters.from_dict(d.pop("parameters"))

        order_status_action = cls(
            name=name,
            parameters=parameters,
        )

        order_status_action.additional_properties = d
        return order_status_action

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
from ..models.order_status_parameters import OrderStatusParameters  # noqa: E402
