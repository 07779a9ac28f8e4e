from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateProductParameter")


@_attrs_define
class TemplateProductParameter:
    """The product of a product header (single-product message templates).

    Example:
        {'type': 'product', 'product': {'product_retailer_id': 'SKU-1', 'catalog_id': '367025965434465'}}

    """

    product: TemplateProduct
    """ A catalog product. """
    type_: Literal["product"] = "product"
    """ Always `product`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        product = self.product.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "product": product,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["product"], d.pop("type"))
        if type_ != "product":
            raise ValueError(f"type must match const 'product', got '{type_}'")

        product = TemplateProduct.from_dict(d.pop("product"))

        template_product_parameter = cls(
            type_=type_,
            product=product,
        )

        template_product_parameter.additional_properties = d
        return template_product_parameter

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
from ..models.template_product import TemplateProduct  # noqa: E402
