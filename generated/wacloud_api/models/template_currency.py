from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateCurrency")


@_attrs_define
class TemplateCurrency:
    """An amount in a currency; `amount_1000` is the amount multiplied by 1000.

    Example:
        {'fallback_value': '$12.50', 'code': 'USD', 'amount_1000': 12500}

    """

    fallback_value: str
    """ Text shown where localisation is not possible. """
    code: str
    """ ISO 4217 currency code. """
    amount_1000: int
    """ The amount times 1000 (12.50 USD → 12500). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_value = self.fallback_value

        code = self.code

        amount_1000 = self.amount_1000

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "fallback_value": fallback_value,
            "code": code,
            "amount_1000": amount_1000,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_value = d.pop("fallback_value")

        code = d.pop("code")

        amount_1000 = d.pop("amount_1000")

        template_currency = cls(
            fallback_value=fallback_value,
            code=code,
            amount_1000=amount_1000,
        )

        template_currency.additional_properties = d
        return template_currency

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
