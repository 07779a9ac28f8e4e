from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateButtonAction")


@_attrs_define
class TemplateButtonAction:
    """Values for a button's action.

    Example:
        {'flow_token': 'AQAAAAACS5FpgQ_cAAAAAD0QI3s.', 'flow_action_data': {'screen': 'WELCOME'}}

    """

    flow_token: str | None = None
    """ Token echoed in the Flow response; identifies this conversation. """
    flow_action_data: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    thumbnail_product_retailer_id: str | None = None
    """ Retailer id of the product shown as the catalog thumbnail. """
    sections: list[ProductSection] | None = None
    """ Multi-product message sections. """
    order_details: OrderDetailsParameters | None = None
    """ An order to pay. India: `payment_type` (`upi`, or a gateway such as `payment_gateway:razorpay`) and
    `payment_configuration`, currency `INR`. Brazil: `payment_settings` (Pix dynamic code, payment link,
    boleto), currency `BRL`. Amounts are integers: `value` / `offset` (1100 with offset 100 is 11.00).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_token = self.flow_token

        flow_action_data: dict[str, Any] | None = None
        if self.flow_action_data is not None:
            flow_action_data = self.flow_action_data.to_dict()

        thumbnail_product_retailer_id = self.thumbnail_product_retailer_id

        sections: list[dict[str, Any]] | None = None
        if self.sections is not None:
            sections = [sections_item_data.to_dict() for sections_item_data in self.sections]

        order_details: dict[str, Any] | None = None
        if self.order_details is not None:
            order_details = self.order_details.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if flow_token is not None:
            field_dict["flow_token"] = flow_token
        if flow_action_data is not None:
            field_dict["flow_action_data"] = flow_action_data
        if thumbnail_product_retailer_id is not None:
            field_dict["thumbnail_product_retailer_id"] = thumbnail_product_retailer_id
        if sections is not None:
            field_dict["sections"] = sections
        if order_details is not None:
            field_dict["order_details"] = order_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flow_token = d.pop("flow_token", None)

        _flow_action_data = d.pop("flow_action_data", None)
        flow_action_data: JsonObject | None
        if _flow_action_data is None:
            flow_action_data = None
        else:
            flow_action_data = JsonObject.from_dict(_flow_action_data)

        thumbnail_product_retailer_id = d.pop("thumbnail_product_retailer_id", None)

        _sections = d.pop("sections", None)
        sections: list[ProductSection] | None = None
        if _sections is not None:
            sections = []
            for sections_item_data in _sections:
                sections_item = ProductSection.from_dict(sections_item_data)

                sections.append(sections_item)

        _order_details = d.pop("order_details", None)
        order_details: OrderDetailsParameters | None
        if _order_details is None:
            order_details = None
        else:
            order_details = OrderDetailsParameters.from_dict(_order_details)

        template_button_action = cls(
            flow_token=flow_token,
            flow_action_data=flow_action_data,
            thumbnail_product_retailer_id=thumbnail_product_retailer_id,
            sections=sections,
            order_details=order_details,
        )

        template_button_action.additional_properties = d
        return template_button_action

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
from ..models.json_object import JsonObject  # noqa: E402
from ..models.order_details_parameters import OrderDetailsParameters  # noqa: E402
from ..models.product_section import ProductSection  # noqa: E402
