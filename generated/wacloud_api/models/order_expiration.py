from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderExpiration")


@_attrs_define
class OrderExpiration:
    """When the order can no longer be paid.

    Example:
        {'timestamp': '1700000000', 'description': 'Order expires in 1 hour'}

    """

    timestamp: str
    """ Unix seconds, as a string (at least 300 seconds ahead). """
    description: str | None = None
    """ Text shown when it expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        description = self.description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "timestamp": timestamp,
        }
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        description = d.pop("description", None)

        order_expiration = cls(
            timestamp=timestamp,
            description=description,
        )

        order_expiration.additional_properties = d
        return order_expiration

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
