from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateAnalyticsClick")


@_attrs_define
class TemplateAnalyticsClick:
    """Clicks on one button.

    Example:
        {'type': 'unique_url_button', 'button_content': 'Tell me more', 'count': 16}

    """

    type_: str | None = None
    """ `quick_reply_button`, `url_button` (all clicks) or `unique_url_button` (distinct clickers) (open-ended). """
    button_content: str | None = None
    """ The button's label. """
    count: int | None = None
    """ Number of clicks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        button_content = self.button_content

        count = self.count

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if type_ is not None:
            field_dict["type"] = type_
        if button_content is not None:
            field_dict["button_content"] = button_content
        if count is not None:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        button_content = d.pop("button_content", None)

        count = d.pop("count", None)

        template_analytics_click = cls(
            type_=type_,
            button_content=button_content,
            count=count,
        )

        template_analytics_click.additional_properties = d
        return template_analytics_click

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
