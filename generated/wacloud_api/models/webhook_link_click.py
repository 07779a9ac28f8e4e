from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookLinkClick")


@_attrs_define
class WebhookLinkClick:
    """A click on a link of a marketing message.

    Example:
        {'click_component': 'cta', 'click_id': 'ARAkFlX0lnZmZ2JZ', 'tracking_token': 'AX1d3mnd8C'}

    """

    click_component: str | None = None
    """ Where the link was: `cta` (a button) or `body` (open-ended). """
    click_id: str | None = None
    """ The click's unique id; Meta also appends it to the URL the user opens. """
    product_id: str | None = None
    """ The product assigned in Ads Manager or the Marketing API, if any. """
    tracking_token: str | None = None
    """ Meta's internal tracking token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        click_component = self.click_component

        click_id = self.click_id

        product_id = self.product_id

        tracking_token = self.tracking_token

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if click_component is not None:
            field_dict["click_component"] = click_component
        if click_id is not None:
            field_dict["click_id"] = click_id
        if product_id is not None:
            field_dict["product_id"] = product_id
        if tracking_token is not None:
            field_dict["tracking_token"] = tracking_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        click_component = d.pop("click_component", None)

        click_id = d.pop("click_id", None)

        product_id = d.pop("product_id", None)

        tracking_token = d.pop("tracking_token", None)

        webhook_link_click = cls(
            click_component=click_component,
            click_id=click_id,
            product_id=product_id,
            tracking_token=tracking_token,
        )

        webhook_link_click.additional_properties = d
        return webhook_link_click

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
