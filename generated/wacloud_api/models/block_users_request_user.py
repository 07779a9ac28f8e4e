from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockUsersRequestUser")


@_attrs_define
class BlockUsersRequestUser:
    """One user to block or unblock: `user` (phone number) or `user_id` (BSUID). With both, Meta uses `user`.
    Parent BSUIDs are refused (Meta's "Business-scoped user IDs" page). `x-required-any`: at least one of the
    two (see OutgoingMessageBase for why it is not an `anyOf`).

        Example:
            {'user': '+15551234567'}

    """

    user: str | None = None
    """ Phone number (with country code, e.g. `+15551234567`) or WhatsApp id of the user. """
    user_id: str | None = None
    """ The user's business-scoped user id (BSUID, `US.1349…`). """
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

        block_users_request_user = cls(
            user=user,
            user_id=user_id,
        )

        block_users_request_user.additional_properties = d
        return block_users_request_user

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
