from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCatalog")


@_attrs_define
class ProductCatalog:
    """A product catalog (Commerce Manager). Which properties are present depends on `fields`.

    Example:
        {'id': '194836987003835', 'name': 'Lucky Shrub Catalog', 'product_count': 42}

    """

    id: str
    """ The catalog id (`catalog_id` of catalog and product messages). """
    name: str | None = None
    """ The catalog's name. """
    vertical: str | None = None
    """ The catalog's kind, e.g. `commerce` (open-ended). """
    product_count: int | None = None
    """ How many products it holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        vertical = self.vertical

        product_count = self.product_count

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if vertical is not None:
            field_dict["vertical"] = vertical
        if product_count is not None:
            field_dict["product_count"] = product_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        vertical = d.pop("vertical", None)

        product_count = d.pop("product_count", None)

        product_catalog = cls(
            id=id,
            name=name,
            vertical=vertical,
            product_count=product_count,
        )

        product_catalog.additional_properties = d
        return product_catalog

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
