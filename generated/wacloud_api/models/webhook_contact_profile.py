from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookContactProfile")


@_attrs_define
class WebhookContactProfile:
    """A WhatsApp user's public profile.

    Example:
        {'name': 'Sheena Nelson', 'username': '@realsheenanelson'}

    """

    name: str | None = None
    """ The user's profile name. """
    username: str | None = None
    """ The user's WhatsApp username (`@realsheenanelson`), only if they adopted one. Users can change it, so show
    it, do not key on it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        username = self.username

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if name is not None:
            field_dict["name"] = name
        if username is not None:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        username = d.pop("username", None)

        webhook_contact_profile = cls(
            name=name,
            username=username,
        )

        webhook_contact_profile.additional_properties = d
        return webhook_contact_profile

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
