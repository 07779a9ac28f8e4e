from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateComparisonString")


@_attrs_define
class MessageTemplateComparisonString:
    """A text value for one template.

    Example:
        {'key': '1924084211297547', 'value': 'OTHER'}

    """

    key: str | None = None
    """ Template id. """
    value: str | None = None
    """ The value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if key is not None:
            field_dict["key"] = key
        if value is not None:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", None)

        value = d.pop("value", None)

        message_template_comparison_string = cls(
            key=key,
            value=value,
        )

        message_template_comparison_string.additional_properties = d
        return message_template_comparison_string

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
