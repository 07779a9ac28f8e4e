from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookGroupParticipant")


@_attrs_define
class WebhookGroupParticipant:
    """A user added to, removed from, or not removed from a group.

    Example:
        {'wa_id': '16505551234', 'user_id': 'US.13491208655302741918'}

    """

    input_: str | None = None
    """ The phone number or BSUID you sent (removals by the business). """
    wa_id: str | None = None
    """ The user's phone number; absent when Meta cannot share it. """
    user_id: str | None = None
    """ The user's BSUID. """
    parent_user_id: str | None = None
    """ The user's parent BSUID, if parent BSUIDs are enabled. """
    username: str | None = None
    """ The user's username, if they adopted one. """
    errors: list[WebhookError] | None = None
    """ Why this participant could not be removed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        username = self.username

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if input_ is not None:
            field_dict["input"] = input_
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id
        if username is not None:
            field_dict["username"] = username
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input", None)

        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        username = d.pop("username", None)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_group_participant = cls(
            input_=input_,
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
            username=username,
            errors=errors,
        )

        webhook_group_participant.additional_properties = d
        return webhook_group_participant

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
from ..models.webhook_error import WebhookError  # noqa: E402
