from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookContact")


@_attrs_define
class WebhookContact:
    """The WhatsApp user a message comes from.

    Example:
        {'profile': {'name': 'Sheena Nelson'}, 'wa_id': '16505551234'}

    """

    profile: WebhookContactProfile | None = None
    """ A WhatsApp user's public profile. """
    wa_id: str | None = None
    """ The user's WhatsApp id (it may differ from the phone number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile: dict[str, Any] | None = None
        if self.profile is not None:
            profile = self.profile.to_dict()

        wa_id = self.wa_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile is not None:
            field_dict["profile"] = profile
        if wa_id is not None:
            field_dict["wa_id"] = wa_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _profile = d.pop("profile", None)
        profile: WebhookContactProfile | None
        if _profile is None:
            profile = None
        else:
            profile = WebhookContactProfile.from_dict(_profile)

        wa_id = d.pop("wa_id", None)

        webhook_contact = cls(
            profile=profile,
            wa_id=wa_id,
        )

        webhook_contact.additional_properties = d
        return webhook_contact

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
from ..models.webhook_contact_profile import WebhookContactProfile  # noqa: E402
