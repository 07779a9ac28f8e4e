from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GroupJoinRequest")


@_attrs_define
class GroupJoinRequest:
    """An open request to join a group.

    Example:
        {'join_request_id': 'MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw', 'user_id': 'US.13491208655302741918',
            'creation_timestamp': 1755548877}

    """

    join_request_id: str
    """ Approve or reject the request by this id. """
    wa_id: str | None = None
    """ The requester's phone number; absent when Meta cannot share it. """
    user_id: str | None = None
    """ The requester's BSUID. """
    parent_user_id: str | None = None
    """ The requester's parent BSUID, if parent BSUIDs are enabled. """
    username: str | None = None
    """ The requester's username, if they adopted one. """
    creation_timestamp: int | None = None
    """ When the request was made (Unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        join_request_id = self.join_request_id

        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        username = self.username

        creation_timestamp = self.creation_timestamp

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "join_request_id": join_request_id,
        }
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id
        if username is not None:
            field_dict["username"] = username
        if creation_timestamp is not None:
            field_dict["creation_timestamp"] = creation_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        join_request_id = d.pop("join_request_id")

        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        username = d.pop("username", None)

        creation_timestamp = d.pop("creation_timestamp", None)

        group_join_request = cls(
            join_request_id=join_request_id,
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
            username=username,
            creation_timestamp=creation_timestamp,
        )

        group_join_request.additional_properties = d
        return group_join_request

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
