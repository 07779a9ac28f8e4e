from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplatePreviewList")


@_attrs_define
class TemplatePreviewList:
    """Authentication template texts, one per language.

    Example:
        {'data': [{'body': '*{{1}}* is your verification code.', 'language': 'en_US'}]}

    """

    data: list[TemplatePreview]
    """ The previews. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = [data_item_data.to_dict() for data_item_data in self.data]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = TemplatePreview.from_dict(data_item_data)

            data.append(data_item)

        template_preview_list = cls(
            data=data,
        )

        template_preview_list.additional_properties = d
        return template_preview_list

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
from ..models.template_preview import TemplatePreview  # noqa: E402
