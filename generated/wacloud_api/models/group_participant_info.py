from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupParticipantInfo")


@_attrs_define
class GroupParticipantInfo:
    """A participant of a group (the business excluded).

    Example:
        {'wa_id': '16505551234', 'user_id': 'US.13491208655302741918'}

    """

    wa_id: str | None = None
    """ The user's phone number; absent when Meta cannot share it. """
    user_id: str | None = None
    """ The user's BSUID. """
    parent_user_id: str | None = None
    """ The user's parent BSUID, if parent BSUIDs are enabled. """
    username: str | None = None
    """ The user's username, if they adopted one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        username = self.username

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id
        if username is not None:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        username = d.pop("username", None)

        group_participant_info = cls(
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
            username=username,
        )

        group_participant_info.additional_properties = d
        return group_participant_info

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
