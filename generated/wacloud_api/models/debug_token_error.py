from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DebugTokenError")


@_attrs_define
class DebugTokenError:
    """Why an invalid token is invalid.

    Example:
        {'code': 190, 'message': 'Error validating access token', 'subcode': 463}

    """

    code: int | None = None
    """ The error code. """
    message: str | None = None
    """ What is wrong. """
    subcode: int | None = None
    """ The error subcode. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        subcode = self.subcode

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if code is not None:
            field_dict["code"] = code
        if message is not None:
            field_dict["message"] = message
        if subcode is not None:
            field_dict["subcode"] = subcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", None)

        message = d.pop("message", None)

        subcode = d.pop("subcode", None)

        debug_token_error = cls(
            code=code,
            message=message,
            subcode=subcode,
        )

        debug_token_error.additional_properties = d
        return debug_token_error

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
