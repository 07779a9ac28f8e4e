from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookBusinessUsernameUpdateValue")


@_attrs_define
class WebhookBusinessUsernameUpdateValue:
    """The status of the business phone number's username changed.

    Example:
        {'display_phone_number': '15550783881', 'username': 'lucky.shrub', 'status': 'approved'}

    """

    display_phone_number: str | None = None
    """ The business phone number as displayed. """
    username: str | None = None
    """ The username; absent when `status` is `deleted`. """
    status: str | None = None
    """ `approved` (visible to users), `reserved` (approved, not yet visible) or `deleted` (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_phone_number = self.display_phone_number

        username = self.username

        status = self.status

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if username is not None:
            field_dict["username"] = username
        if status is not None:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_phone_number = d.pop("display_phone_number", None)

        username = d.pop("username", None)

        status = d.pop("status", None)

        webhook_business_username_update_value = cls(
            display_phone_number=display_phone_number,
            username=username,
            status=status,
        )

        webhook_business_username_update_value.additional_properties = d
        return webhook_business_username_update_value

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
