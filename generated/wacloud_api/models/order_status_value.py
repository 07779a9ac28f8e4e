from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status_value_status import OrderStatusValueStatus, check_order_status_value_status

T = TypeVar("T", bound="OrderStatusValue")


@_attrs_define
class OrderStatusValue:
    """The order's new status.

    Example:
        {'status': 'shipped', 'description': 'On its way'}

    """

    status: OrderStatusValueStatus
    """ The new status. """
    description: str | None = None
    """ Text shown with the status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        description = self.description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": status,
        }
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_order_status_value_status(d.pop("status"))

        description = d.pop("description", None)

        order_status_value = cls(
            status=status,
            description=description,
        )

        order_status_value.additional_properties = d
        return order_status_value

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
