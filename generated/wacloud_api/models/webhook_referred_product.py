from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookReferredProduct")


@_attrs_define
class WebhookReferredProduct:
    """The product a user asked about.

    Example:
        {'catalog_id': '194836987003835', 'product_retailer_id': 'di9ozbzfi4'}

    """

    catalog_id: str | None = None
    """ Catalog id. """
    product_retailer_id: str | None = None
    """ Product retailer id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_id = self.catalog_id

        product_retailer_id = self.product_retailer_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if catalog_id is not None:
            field_dict["catalog_id"] = catalog_id
        if product_retailer_id is not None:
            field_dict["product_retailer_id"] = product_retailer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog_id = d.pop("catalog_id", None)

        product_retailer_id = d.pop("product_retailer_id", None)

        webhook_referred_product = cls(
            catalog_id=catalog_id,
            product_retailer_id=product_retailer_id,
        )

        webhook_referred_product.additional_properties = d
        return webhook_referred_product

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
