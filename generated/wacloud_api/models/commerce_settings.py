from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="CommerceSettings")


@_attrs_define
class CommerceSettings:
    """The commerce settings of a phone number.

    Example:
        {'id': '527759822865714', 'is_cart_enabled': True, 'is_catalog_visible': True}

    """

    id: str
    """ Id of the commerce settings object. """
    is_cart_enabled: bool | None = None
    """ Whether customers can add products to a cart and send it as an order. """
    is_catalog_visible: bool | None = None
    """ Whether the catalog (storefront icon and catalog button) is shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_cart_enabled = self.is_cart_enabled

        is_catalog_visible = self.is_catalog_visible

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if is_cart_enabled is not None:
            field_dict["is_cart_enabled"] = is_cart_enabled
        if is_catalog_visible is not None:
            field_dict["is_catalog_visible"] = is_catalog_visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_cart_enabled = graph_bool(d.pop("is_cart_enabled", None))

        is_catalog_visible = graph_bool(d.pop("is_catalog_visible", None))

        commerce_settings = cls(
            id=id,
            is_cart_enabled=is_cart_enabled,
            is_catalog_visible=is_catalog_visible,
        )

        commerce_settings.additional_properties = d
        return commerce_settings

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
