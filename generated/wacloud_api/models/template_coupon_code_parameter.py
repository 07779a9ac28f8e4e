from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateCouponCodeParameter")


@_attrs_define
class TemplateCouponCodeParameter:
    """The code copied by a copy-code button.

    Example:
        {'type': 'coupon_code', 'coupon_code': 'SAVE25'}

    """

    coupon_code: str
    """ The code. """
    type_: Literal["coupon_code"] = "coupon_code"
    """ Always `coupon_code`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coupon_code = self.coupon_code

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "coupon_code": coupon_code,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["coupon_code"], d.pop("type"))
        if type_ != "coupon_code":
            raise ValueError(f"type must match const 'coupon_code', got '{type_}'")

        coupon_code = d.pop("coupon_code")

        template_coupon_code_parameter = cls(
            type_=type_,
            coupon_code=coupon_code,
        )

        template_coupon_code_parameter.additional_properties = d
        return template_coupon_code_parameter

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
