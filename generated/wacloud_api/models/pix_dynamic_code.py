from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pix_dynamic_code_key_type import PixDynamicCodeKeyType, check_pix_dynamic_code_key_type

T = TypeVar("T", bound="PixDynamicCode")


@_attrs_define
class PixDynamicCode:
    """A Pix "copia e cola" code.

    Example:
        {'code': '00020101021226700014br.gov.bcb.pix', 'merchant_name': 'Lucky Shrub', 'key': 39580525000189,
            'key_type': 'CNPJ'}

    """

    code: str
    """ The dynamic Pix code. """
    merchant_name: str
    """ The merchant's name. """
    key: str
    """ The Pix key. """
    key_type: PixDynamicCodeKeyType
    """ The kind of Pix key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        merchant_name = self.merchant_name

        key = self.key

        key_type: str = self.key_type

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "code": code,
            "merchant_name": merchant_name,
            "key": key,
            "key_type": key_type,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        merchant_name = d.pop("merchant_name")

        key = d.pop("key")

        key_type = check_pix_dynamic_code_key_type(d.pop("key_type"))

        pix_dynamic_code = cls(
            code=code,
            merchant_name=merchant_name,
            key=key,
            key_type=key_type,
        )

        pix_dynamic_code.additional_properties = d
        return pix_dynamic_code

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
