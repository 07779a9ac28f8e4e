from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="SignupPolicy")


@_attrs_define
class SignupPolicy:
    """Your acceptance of the In-App Signup terms.

    Example:
        {'tos': 'IN_APP_SIGNUP_TOS', 'accepted': True}

    """

    tos: str | None = None
    """ The terms accepted. """
    accepted: bool | None = None
    """ Whether they are accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tos = self.tos

        accepted = self.accepted

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if tos is not None:
            field_dict["tos"] = tos
        if accepted is not None:
            field_dict["accepted"] = accepted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tos = d.pop("tos", None)

        accepted = graph_bool(d.pop("accepted", None))

        signup_policy = cls(
            tos=tos,
            accepted=accepted,
        )

        signup_policy.additional_properties = d
        return signup_policy

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
