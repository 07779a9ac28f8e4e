from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentCode")


@_attrs_define
class PaymentCode:
    """A merchant category code or purpose code.

    Example:
        {'code': '0000', 'description': 'Test MCC Code'}

    """

    code: str | None = None
    """ The code. """
    description: str | None = None
    """ What it means. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if code is not None:
            field_dict["code"] = code
        if description is not None:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", None)

        description = d.pop("description", None)

        payment_code = cls(
            code=code,
            description=description,
        )

        payment_code.additional_properties = d
        return payment_code

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
