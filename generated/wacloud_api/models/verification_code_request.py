from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_code_request_code_method import (
    VerificationCodeRequestCodeMethod,
    check_verification_code_request_code_method,
)

T = TypeVar("T", bound="VerificationCodeRequest")


@_attrs_define
class VerificationCodeRequest:
    """How to deliver the verification code.

    Example:
        {'code_method': 'SMS', 'language': 'en_US'}

    """

    code_method: VerificationCodeRequestCodeMethod
    """ `SMS` or `VOICE` (a phone call). """
    language: str
    """ Language of the message, as a locale such as `en_US`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_method: str = self.code_method

        language = self.language

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "code_method": code_method,
            "language": language,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_method = check_verification_code_request_code_method(d.pop("code_method"))

        language = d.pop("language")

        verification_code_request = cls(
            code_method=code_method,
            language=language,
        )

        verification_code_request.additional_properties = d
        return verification_code_request

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
