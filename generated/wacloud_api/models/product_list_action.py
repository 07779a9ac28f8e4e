from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductListAction")


@_attrs_define
class ProductListAction:
    """The catalog and product sections.

    Example:
        {'catalog_id': '367025965434465', 'sections': [{'title': 'Top', 'product_items': [{'product_retailer_id':
            'SKU-1'}]}]}

    """

    catalog_id: str
    """ Catalog id connected to the WABA. """
    sections: list[ProductSection]
    """ Product sections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_id = self.catalog_id

        sections = [sections_item_data.to_dict() for sections_item_data in self.sections]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "catalog_id": catalog_id,
            "sections": sections,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog_id = d.pop("catalog_id")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = ProductSection.from_dict(sections_item_data)

            sections.append(sections_item)

        product_list_action = cls(
            catalog_id=catalog_id,
            sections=sections,
        )

        product_list_action.additional_properties = d
        return product_list_action

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
from ..models.product_section import ProductSection  # noqa: E402
