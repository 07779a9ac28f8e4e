from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateButtonAction")


@_attrs_define
class TemplateButtonAction:
    """Values for a button's action.

    Example:
        {'flow_token': 'AQAAAAACS5FpgQ_cAAAAAD0QI3s.', 'flow_action_data': {'screen': 'WELCOME'}}

    """

    flow_token: str | Unset = UNSET
    """ Token echoed in the Flow response; identifies this conversation. """
    flow_action_data: JsonObject | Unset = UNSET
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    thumbnail_product_retailer_id: str | Unset = UNSET
    """ Retailer id of the product shown as the catalog thumbnail. """
    sections: list[ProductSection] | Unset = UNSET
    """ Multi-product message sections. """
    order_details: OrderDetailsParameters | Unset = UNSET
    """ An order to pay. India: `payment_type` (`upi`, or a gateway such as `payment_gateway:razorpay`) and
    `payment_configuration`, currency `INR`. Brazil: `payment_settings` (Pix dynamic code, payment link,
    boleto), currency `BRL`. Amounts are integers: `value` / `offset` (1100 with offset 100 is 11.00).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_token = self.flow_token

        flow_action_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_action_data, Unset):
            flow_action_data = self.flow_action_data.to_dict()

        thumbnail_product_retailer_id = self.thumbnail_product_retailer_id

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        order_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_details, Unset):
            order_details = self.order_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_token is not UNSET:
            field_dict["flow_token"] = flow_token
        if flow_action_data is not UNSET:
            field_dict["flow_action_data"] = flow_action_data
        if thumbnail_product_retailer_id is not UNSET:
            field_dict["thumbnail_product_retailer_id"] = thumbnail_product_retailer_id
        if sections is not UNSET:
            field_dict["sections"] = sections
        if order_details is not UNSET:
            field_dict["order_details"] = order_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flow_token = d.pop("flow_token", UNSET)

        _flow_action_data = d.pop("flow_action_data", UNSET)
        flow_action_data: JsonObject | Unset
        if isinstance(_flow_action_data, Unset):
            flow_action_data = UNSET
        else:
            flow_action_data = JsonObject.from_dict(_flow_action_data)

        thumbnail_product_retailer_id = d.pop("thumbnail_product_retailer_id", UNSET)

        _sections = d.pop("sections", UNSET)
        sections: list[ProductSection] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = ProductSection.from_dict(sections_item_data)

                sections.append(sections_item)

        _order_details = d.pop("order_details", UNSET)
        order_details: OrderDetailsParameters | Unset
        if isinstance(_order_details, Unset):
            order_details = UNSET
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
