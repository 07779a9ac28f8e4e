from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

T = TypeVar("T", bound="AccessTokenResponse")


@_attrs_define
class AccessTokenResponse:
    """An access token returned by one of the grants of `/oauth/access_token`.

    Example:
        {'access_token': 'EAAG...redacted', 'token_type': 'bearer', 'expires_in': 5183944}

    """

    access_token: str = _attrs_field(repr=redacted_repr)
    """ The new access token. """
    token_type: str | None = None
    """ Usually `bearer`. """
    expires_in: int | None = None
    """ Seconds until the token expires (absent for tokens that do not expire). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "access_token": access_token,
        }
        if token_type is not None:
            field_dict["token_type"] = token_type
        if expires_in is not None:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        token_type = d.pop("token_type", None)

        expires_in = d.pop("expires_in", None)

        access_token_response = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
        )

        access_token_response.additional_properties = d
        return access_token_response

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
