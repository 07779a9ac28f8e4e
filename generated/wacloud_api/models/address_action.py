from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddressAction")


@_attrs_define
class AddressAction:
    """The address form.

    Example:
        {'name': 'address_message', 'parameters': {'country': 'IN'}}

    """

    parameters: AddressParameters
    """ Country of the form, prefilled values and saved addresses. """
    name: Literal["address_message"] = "address_message"
    """ Always `address_message`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "parameters": parameters,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["address_message"], d.pop("name"))
        if name != "address_message":
            raise ValueError(f"name must match const 'address_message', got '{name}'")

        parameters = AddressParameters.from_dict(d.pop("parameters"))

        address_action = cls(
            name=name,
            parameters=parameters,
        )

        address_action.additional_properties = d
        return address_action

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
from ..models.address_parameters import AddressParameters  # noqa: E402
