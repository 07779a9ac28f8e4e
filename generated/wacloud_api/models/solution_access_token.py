from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

T = TypeVar("T", bound="SolutionAccessToken")


@_attrs_define
class SolutionAccessToken:
    """A business token for a customer onboarded through a solution. Keep it secret.

    Example:
        {'access_token': 'EAAG...redacted', 'expires_at': 1735689600}

    """

    access_token: str = _attrs_field(repr=redacted_repr)
    """ The granular business token (a secret: never log it). """
    expires_at: int | None = None
    """ When it expires (unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "access_token": access_token,
        }
        if expires_at is not None:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_at = d.pop("expires_at", None)

        solution_access_token = cls(
            access_token=access_token,
            expires_at=expires_at,
        )

        solution_access_token.additional_properties = d
        return solution_access_token

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
