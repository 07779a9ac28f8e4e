from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateDisableInfo")


@_attrs_define
class WebhookTemplateDisableInfo:
    """When a disabled template stops working.

    Example:
        {'disable_date': '1740000000'}

    """

    disable_date: str | None = None
    """ Disable date, as sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_date = self.disable_date

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if disable_date is not None:
            field_dict["disable_date"] = disable_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disable_date = d.pop("disable_date", None)

        webhook_template_disable_info = cls(
            disable_date=disable_date,
        )

        webhook_template_disable_info.additional_properties = d
        return webhook_template_disable_info

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
