from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveProduct")


@_attrs_define
class InteractiveProduct:
    """One product from a catalog.

    Example:
        {'type': 'product', 'action': {'catalog_id': '367025965434465', 'product_retailer_id': 'SKU-1'}}

    """

    action: ProductAction
    """ The product shown. """
    type_: Literal["product"] = "product"
    """ Always `product`. """
    body: InteractiveBody | None = None
    """ The body text of an interactive message. """
    footer: InteractiveFooter | None = None
    """ The footer text of an interactive message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        action = self.action.to_dict()

        body: dict[str, Any] | None = None
        if self.body is not None:
            body = self.body.to_dict()

        footer: dict[str, Any] | None = None
        if self.footer is not None:
            footer = self.footer.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "action": action,
        }
        if body is not None:
            field_dict["body"] = body
        if footer is not None:
            field_dict["footer"] = footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["product"], d.pop("type"))
        if type_ != "product":
            raise ValueError(f"type must match const 'product', got '{type_}'")

        action = ProductAction.from_dict(d.pop("action"))

        _body = d.pop("body", None)
        body: InteractiveBody | None
        if _body is None:
            body = None
        else:
            body = InteractiveBody.from_dict(_body)

        _footer = d.pop("footer", None)
        footer: InteractiveFooter | None
        if _footer is None:
            footer = None
        else:
            footer = InteractiveFooter.from_dict(_footer)

        interactive_product = cls(
            type_=type_,
            action=action,
            body=body,
            footer=footer,
        )

        interactive_product.additional_properties = d
        return interactive_product

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
from ..models.interactive_body import InteractiveBody  # noqa: E402
from ..models.interactive_footer import InteractiveFooter  # noqa: E402
from ..models.product_action import ProductAction  # noqa: E402
