from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateCurrencyParameter")


@_attrs_define
class TemplateCurrencyParameter:
    """A localised amount of money.

    Example:
        {'type': 'currency', 'currency': {'fallback_value': '$12.50', 'code': 'USD', 'amount_1000': 12500}}

    """

    currency: TemplateCurrency
    """ An amount in a currency; `amount_1000` is the amount multiplied by 1000. """
    type_: Literal["currency"] = "currency"
    """ Always `currency`. """
    parameter_name: str | None = None
    """ The placeholder name, for templates with named parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        currency = self.currency.to_dict()

        parameter_name = self.parameter_name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "currency": currency,
        }
        if parameter_name is not None:
            field_dict["parameter_name"] = parameter_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["currency"], d.pop("type"))
        if type_ != "currency":
            raise ValueError(f"type must match const 'currency', got '{type_}'")

        currency = TemplateCurrency.from_dict(d.pop("currency"))

        parameter_name = d.pop("parameter_name", None)

        template_currency_parameter = cls(
            type_=type_,
            currency=currency,
            parameter_name=parameter_name,
        )

        template_currency_parameter.additional_properties = d
        return template_currency_parameter

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
from ..models.template_currency import TemplateCurrency  # noqa: E402
