from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BlockedUserResult")


@_attrs_define
class BlockedUserResult:
    """One user that was blocked or unblocked.

    Example:
        {'input': '+15551234567', 'wa_id': '15551234567'}

    """

    input_: str
    """ The `user` or `user_id` value as sent. """
    wa_id: str | None = None
    """ The user's WhatsApp id; absent when blocked by BSUID. """
    user_id: str | None = None
    """ The user's BSUID, when blocked by BSUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        wa_id = self.wa_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "input": input_,
        }
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        blocked_user_result = cls(
            input_=input_,
            wa_id=wa_id,
            user_id=user_id,
        )

        blocked_user_result.additional_properties = d
        return blocked_user_result

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
