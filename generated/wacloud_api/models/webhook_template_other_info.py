from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateOtherInfo")


@_attrs_define
class WebhookTemplateOtherInfo:
    """Extra information for locked or unlocked templates.

    Example:
        {'title': 'FIRST_PAUSE', 'description': 'Paused for 3 hours.'}

    """

    title: str | None = None
    """ Title. """
    description: str | None = None
    """ Description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if title is not None:
            field_dict["title"] = title
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", None)

        description = d.pop("description", None)

        webhook_template_other_info = cls(
            title=title,
            description=description,
        )

        webhook_template_other_info.additional_properties = d
        return webhook_template_other_info

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
