from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveGroupParticipant")


@_attrs_define
class RemoveGroupParticipant:
    """A participant to remove, by phone number (`user`) or BSUID (`user_id`), not both.

    Example:
        {'user': '+16505551234'}

    """

    user: str | None = None
    """ The participant's phone number. """
    user_id: str | None = None
    """ The participant's BSUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        user_id = self.user_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if user is not None:
            field_dict["user"] = user
        if user_id is not None:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = d.pop("user", None)

        user_id = d.pop("user_id", None)

        remove_group_participant = cls(
            user=user,
            user_id=user_id,
        )

        remove_group_participant.additional_properties = d
        return remove_group_participant

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
