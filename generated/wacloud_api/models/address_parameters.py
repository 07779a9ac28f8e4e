from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddressParameters")


@_attrs_define
class AddressParameters:
    """Country of the form, prefilled values and saved addresses.

    Example:
        {'country': 'IN', 'values': {'name': 'Jane', 'city': 'Mumbai'}}

    """

    country: str
    """ Two-letter country code (`IN` or `SG`). """
    values: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    saved_addresses: list[SavedAddress] | None = None
    """ Addresses the customer can pick from. """
    validation_errors: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        values: dict[str, Any] | None = None
        if self.values is not None:
            values = self.values.to_dict()

        saved_addresses: list[dict[str, Any]] | None = None
        if self.saved_addresses is not None:
            saved_addresses = [
                saved_addresses_item_data.to_dict() for saved_addresses_item_data in self.saved_addresses
            ]

        validation_errors: dict[str, Any] | None = None
        if self.validation_errors is not None:
            validation_errors = self.validation_errors.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "country": country,
        }
        if values is not None:
            field_dict["values"] = values
        if saved_addresses is not None:
            field_dict["saved_addresses"] = saved_addresses
        if validation_errors is not None:
            field_dict["validation_errors"] = validation_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        _values = d.pop("values", None)
        values: JsonObject | None
        if _values is None:
            values = None
        else:
            values = JsonObject.from_dict(_values)

        _saved_addresses = d.pop("saved_addresses", None)
        saved_addresses: list[SavedAddress] | None = None
        if _saved_addresses is not None:
            saved_addresses = []
            for saved_addresses_item_data in _saved_addresses:
                saved_addresses_item = SavedAddress.from_dict(saved_addresses_item_data)

                saved_addresses.append(saved_addresses_item)

        _validation_errors = d.pop("validation_errors", None)
        validation_errors: JsonObject | None
        if _validation_errors is None:
            validation_errors = None
        else:
            validation_errors = JsonObject.from_dict(_validation_errors)

        address_parameters = cls(
            country=country,
            values=values,
            saved_addresses=saved_addresses,
            validation_errors=validation_errors,
        )

        address_parameters.additional_properties = d
        return address_parameters

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
from ..models.saved_address import SavedAddress  # noqa: E402
