from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockUsersRemoveResponse")


@_attrs_define
class BlockUsersRemoveResponse:
    """The result of unblocking users.

    Example:
        {'messaging_product': 'whatsapp', 'block_users': {'removed_users': [{'input': '+15551234567', 'wa_id':
            '15551234567'}]}}

    """

    messaging_product: str
    """ Always `whatsapp`. """
    block_users: BlockUsersRemoveResult
    """ Which users were unblocked and which were not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        block_users = self.block_users.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "block_users": block_users,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product")

        block_users = BlockUsersRemoveResult.from_dict(d.pop("block_users"))

        block_users_remove_response = cls(
            messaging_product=messaging_product,
            block_users=block_users,
        )

        block_users_remove_response.additional_properties = d
        return block_users_remove_response

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
from ..models.block_users_remove_result import BlockUsersRemoveResult  # noqa: E402
