from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EncryptedMessageResponse")


@_attrs_define
class EncryptedMessageResponse:
    """The send result, encrypted.

    Example:
        {'encrypted_contents': 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkExMjhDQkMtSFMyNTYifQ.encrypted_response_payload...'}

    """

    encrypted_contents: str
    """ The send result, as a compact JWE for your key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_contents = self.encrypted_contents

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "encrypted_contents": encrypted_contents,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_contents = d.pop("encrypted_contents")

        encrypted_message_response = cls(
            encrypted_contents=encrypted_contents,
        )

        encrypted_message_response.additional_properties = d
        return encrypted_message_response

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
