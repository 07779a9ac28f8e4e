from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookContact")


@_attrs_define
class WebhookContact:
    """The WhatsApp user an event is about. Since April 2026 Meta adds `user_id` (the business-scoped user id, BSUID) to
    every contact and omits `wa_id` for a user with a username whose phone number it may not share (Meta's "Business-
    scoped user IDs" page, "Phone numbers").

        Example:
            {'profile': {'name': 'Sheena Nelson', 'username': '@realsheenanelson'}, 'user_id': 'US.13491208655302741918',
                'parent_user_id': 'US.ENT.11815799212886844830'}

    """

    profile: WebhookContactProfile | None = None
    """ A WhatsApp user's public profile. """
    wa_id: str | None = None
    """ The user's WhatsApp id (phone number); absent when Meta cannot share it. """
    user_id: str | None = None
    """ The user's business-scoped user id (BSUID, `US.13491208655302741918`), stable per business portfolio. """
    parent_user_id: str | None = None
    """ The user's parent BSUID (`US.ENT.…`), only if parent BSUIDs are enabled. """
    identity_key_hash: str | None = None
    """ The user's identity key hash, only with the identity change check on; send it as
    `recipient_identity_key_hash` to refuse delivery if it changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile: dict[str, Any] | None = None
        if self.profile is not None:
            profile = self.profile.to_dict()

        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        identity_key_hash = self.identity_key_hash

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if profile is not None:
            field_dict["profile"] = profile
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id
        if identity_key_hash is not None:
            field_dict["identity_key_hash"] = identity_key_hash

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

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        identity_key_hash = d.pop("identity_key_hash", None)

        webhook_contact = cls(
            profile=profile,
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
            identity_key_hash=identity_key_hash,
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
