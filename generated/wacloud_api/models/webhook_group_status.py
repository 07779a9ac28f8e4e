from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookGroupStatus")


@_attrs_define
class WebhookGroupStatus:
    """WhatsApp suspended a group (`group_suspend`) or cleared its suspension (`group_suspend_cleared`).

    Example:
        {'timestamp': '1745250300', 'type': 'group_suspend', 'group_id':
            'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD'}

    """

    timestamp: str | None = None
    """ When it happened (Unix seconds). """
    type_: str | None = None
    """ `group_suspend` or `group_suspend_cleared` (open-ended). """
    group_id: str | None = None
    """ The group id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        type_ = self.type_

        group_id = self.group_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if type_ is not None:
            field_dict["type"] = type_
        if group_id is not None:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", None)

        type_ = d.pop("type", None)

        group_id = d.pop("group_id", None)

        webhook_group_status = cls(
            timestamp=timestamp,
            type_=type_,
            group_id=group_id,
        )

        webhook_group_status.additional_properties = d
        return webhook_group_status

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
