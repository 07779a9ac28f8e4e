from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockedUserFailure")


@_attrs_define
class BlockedUserFailure:
    """One user that could not be blocked or unblocked.

    Example:
        {'input': '+15557654321', 'wa_id': '15557654321', 'errors': [{'message': 'Re-engagement check failed', 'code':
            139100, 'error_data': {'details': 'Failed to block/unblock users'}}]}

    """

    input_: str
    """ The `user` value as sent. """
    wa_id: str | None = None
    """ The user's WhatsApp id, when known. """
    errors: list[BlockUsersError] | None = None
    """ Why it failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        wa_id = self.wa_id

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "input": input_,
        }
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        wa_id = d.pop("wa_id", None)

        _errors = d.pop("errors", None)
        errors: list[BlockUsersError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = BlockUsersError.from_dict(errors_item_data)

                errors.append(errors_item)

        blocked_user_failure = cls(
            input_=input_,
            wa_id=wa_id,
            errors=errors,
        )

        blocked_user_failure.additional_properties = d
        return blocked_user_failure

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
from ..models.block_users_error import BlockUsersError  # noqa: E402
