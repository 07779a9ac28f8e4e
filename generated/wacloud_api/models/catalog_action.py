from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CatalogAction")


@_attrs_define
class CatalogAction:
    """The "View catalog" button.

    Example:
        {'name': 'catalog_message', 'parameters': {'thumbnail_product_retailer_id': 'SKU-1'}}

    """

    name: Literal["catalog_message"] = "catalog_message"
    """ Always `catalog_message`. """
    parameters: CatalogActionParameters | None = None
    """ Catalog button options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters: dict[str, Any] | None = None
        if self.parameters is not None:
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
        }
        if parameters is not None:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["catalog_message"], d.pop("name"))
        if name != "catalog_message":
            raise ValueError(f"name must match const 'catalog_message', got '{name}'")

        _parameters = d.pop("parameters", None)
        parameters: CatalogActionParameters | None
        if _parameters is None:
            parameters = None
        else:
            parameters = CatalogActionParameters.from_dict(_parameters)

        catalog_action = cls(
            name=name,
            parameters=parameters,
        )

        catalog_action.additional_properties = d
        return catalog_action

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
from ..models.catalog_action_parameters import CatalogActionParameters  # noqa: E402
