from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookReferral")


@_attrs_define
class WebhookReferral:
    """The click-to-WhatsApp ad or post a user came from.

    Example:
        {'source_url': 'https://fb.me/3cr4Wqqkv', 'source_id': '120226305854810726', 'source_type': 'ad', 'body':
            'Summer Succulents are here!', 'headline': 'Chat with us', 'media_type': 'image', 'image_url':
            'https://scontent.xx.fbcdn.net/v/t45.1-example', 'ctwa_clid': 'Aff-n8ZTODiE79d22KtAwQKj9e', 'welcome_message':
            {'text': 'Hi there! Let us know how we can help!'}}

    """

    source_url: str | None = None
    """ Ad or post URL. """
    source_id: str | None = None
    """ Ad or post id. """
    source_type: str | None = None
    """ `ad` or `post` (open-ended). """
    body: str | None = None
    """ Ad primary text. """
    headline: str | None = None
    """ Ad headline. """
    media_type: str | None = None
    """ `image` or `video` (open-ended). """
    image_url: str | None = None
    """ Ad image URL. """
    video_url: str | None = None
    """ Ad video URL. """
    thumbnail_url: str | None = None
    """ Ad video thumbnail URL. """
    ctwa_clid: str | None = None
    """ Click id of the ad. """
    welcome_message: WebhookReferralWelcomeMessage | None = None
    """ The greeting of a click-to-WhatsApp ad. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_url = self.source_url

        source_id = self.source_id

        source_type = self.source_type

        body = self.body

        headline = self.headline

        media_type = self.media_type

        image_url = self.image_url

        video_url = self.video_url

        thumbnail_url = self.thumbnail_url

        ctwa_clid = self.ctwa_clid

        welcome_message: dict[str, Any] | None = None
        if self.welcome_message is not None:
            welcome_message = self.welcome_message.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if source_url is not None:
            field_dict["source_url"] = source_url
        if source_id is not None:
            field_dict["source_id"] = source_id
        if source_type is not None:
            field_dict["source_type"] = source_type
        if body is not None:
            field_dict["body"] = body
        if headline is not None:
            field_dict["headline"] = headline
        if media_type is not None:
            field_dict["media_type"] = media_type
        if image_url is not None:
            field_dict["image_url"] = image_url
        if video_url is not None:
            field_dict["video_url"] = video_url
        if thumbnail_url is not None:
            field_dict["thumbnail_url"] = thumbnail_url
        if ctwa_clid is not None:
            field_dict["ctwa_clid"] = ctwa_clid
        if welcome_message is not None:
            field_dict["welcome_message"] = welcome_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_url = d.pop("source_url", None)

        source_id = d.pop("source_id", None)

        source_type = d.pop("source_type", None)

        body = d.pop("body", None)

        headline = d.pop("headline", None)

        media_type = d.pop("media_type", None)

        image_url = d.pop("image_url", None)

        video_url = d.pop("video_url", None)

        thumbnail_url = d.pop("thumbnail_url", None)

        ctwa_clid = d.pop("ctwa_clid", None)

        _welcome_message = d.pop("welcome_message", None)
        welcome_message: WebhookReferralWelcomeMessage | None
        if _welcome_message is None:
            welcome_message = None
        else:
            welcome_message = WebhookReferralWelcomeMessage.from_dict(_welcome_message)

        webhook_referral = cls(
            source_url=source_url,
            source_id=source_id,
            source_type=source_type,
            body=body,
            headline=headline,
            media_type=media_type,
            image_url=image_url,
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            ctwa_clid=ctwa_clid,
            welcome_message=welcome_message,
        )

        webhook_referral.additional_properties = d
        return webhook_referral

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
from ..models.webhook_referral_welcome_message import WebhookReferralWelcomeMessage  # noqa: E402
