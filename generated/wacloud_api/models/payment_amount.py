from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentAmount")


@_attrs_define
class PaymentAmount:
    """An amount of money as `value / offset`.

    Example:
        {'value': 1100, 'offset': 100}

    """

    value: int
    """ The amount times `offset`. """
    offset: int
    """ The divisor, 100 for two decimals. """
    description: str | None = None
    """ What the amount is for (tax, shipping, discount). """
    discount_program_name: str | None = None
    """ For a discount: the promotion name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        offset = self.offset

        description = self.description

        discount_program_name = self.discount_program_name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "value": value,
            "offset": offset,
        }
        if description is not None:
            field_dict["description"] = description
        if discount_program_name is not None:
            field_dict["discount_program_name"] = discount_program_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        offset = d.pop("offset")

        description = d.pop("description", None)

        discount_program_name = d.pop("discount_program_name", None)

        payment_amount = cls(
            value=value,
            offset=offset,
            description=description,
            discount_program_name=discount_program_name,
        )

        payment_amount.additional_properties = d
        return payment_amount

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
