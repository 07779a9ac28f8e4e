from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockUsersRemoveResult")


@_attrs_define
class BlockUsersRemoveResult:
    """Which users were unblocked and which were not.

    Example:
        {'removed_users': [{'input': '+15551234567', 'wa_id': '15551234567'}]}

    """

    removed_users: list[BlockedUserResult] | None = None
    """ The users now unblocked. """
    failed_users: list[BlockedUserFailure] | None = None
    """ The users that could not be unblocked, with the reasons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        removed_users: list[dict[str, Any]] | None = None
        if self.removed_users is not None:
            removed_users = [removed_users_item_data.to_dict() for removed_users_item_data in self.removed_users]

        failed_users: list[dict[str, Any]] | None = None
        if self.failed_users is not None:
            failed_users = [failed_users_item_data.to_dict() for failed_users_item_data in self.failed_users]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if removed_users is not None:
            field_dict["removed_users"] = removed_users
        if failed_users is not None:
            field_dict["failed_users"] = failed_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _removed_users = d.pop("removed_users", None)
        removed_users: list[BlockedUserResult] | None = None
        if _removed_users is not None:
            removed_users = []
            for removed_users_item_data in _removed_users:
                removed_users_item = BlockedUserResult.from_dict(removed_users_item_data)

                removed_users.append(removed_users_item)

        _failed_users = d.pop("failed_users", None)
        failed_users: list[BlockedUserFailure] | None = None
        if _failed_users is not None:
            failed_users = []
            for failed_users_item_data in _failed_users:
                failed_users_item = BlockedUserFailure.from_dict(failed_users_item_data)

                failed_users.append(failed_users_item)

        block_users_remove_result = cls(
            removed_users=removed_users,
            failed_users=failed_users,
        )

        block_users_remove_result.additional_properties = d
        return block_users_remove_result

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


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.blocked_user_failure import BlockedUserFailure  # noqa: E402
from ..models.blocked_user_result import BlockedUserResult  # noqa: E402
