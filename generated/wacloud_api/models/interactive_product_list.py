from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveProductList")


@_attrs_define
class InteractiveProductList:
    """Up to 30 products in sections.

    Example:
        {'type': 'product_list', 'header': {'type': 'text', 'text': 'Offers'}, 'body': {'text': 'Pick one'}, 'action':
            {'catalog_id': '367025965434465', 'sections': [{'title': 'Top', 'product_items': [{'product_retailer_id':
            'SKU-1'}]}]}}

    """

    header: InteractiveHeader
    """ The header of an interactive message. """
    body: InteractiveBody
    """ The body text of an interactive message. """
    action: ProductListAction
    """ The catalog and product sections. """
    type_: Literal["product_list"] = "product_list"
    """ Always `product_list`. """
    footer: InteractiveFooter | None = None
    """ The footer text of an interactive message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        header = self.header.to_dict()

        body = self.body.to_dict()

        action = self.action.to_dict()

        footer: dict[str, Any] | None = None
        if self.footer is not None:
            footer = self.footer.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "header": header,
            "body": body,
            "action": action,
        }
        if footer is not None:
            field_dict["footer"] = footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["product_list"], d.pop("type"))
        if type_ != "product_list":
            raise ValueError(f"type must match const 'product_list', got '{type_}'")

        header = InteractiveHeader.from_dict(d.pop("header"))

        body = InteractiveBody.from_dict(d.pop("body"))

        action = ProductListAction.from_dict(d.pop("action"))

        _footer = d.pop("footer", None)
        footer: InteractiveFooter | None
        if _footer is None:
            footer = None
        else:
            footer = InteractiveFooter.from_dict(_footer)

        interactive_product_list = cls(
            type_=type_,
            header=header,
            body=body,
            action=action,
            footer=footer,
        )

        interactive_product_list.additional_properties = d
        return interactive_product_list

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
from ..models.interactive_header import InteractiveHeader  # noqa: E402
from ..models.product_list_action import ProductListAction  # noqa: E402
