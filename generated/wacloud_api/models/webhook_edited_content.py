from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookEditedContent")


@_attrs_define
class WebhookEditedContent:
    """The new content of an edited message, shaped like an incoming message without `from`, `id` and `timestamp`: read it
    through the property named like its `type` (a text, or a captioned image, video or document).

        Example:
            {'context': {'id': 'M0'}, 'type': 'image', 'image': {'caption': 'Updated image caption', 'mime_type':
                'image/jpeg', 'sha256': 'a1b2c3d4e5f6', 'id': '1234567890', 'url':
                'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1234567890'}}

    """

    context: WebhookMessageContext | None = None
    """ What an incoming message replies to. """
    type_: str | None = None
    """ `text`, `image`, `video` or `document` (open-ended). """
    text: WebhookText | None = None
    """ Content of a text message. """
    image: WebhookMedia | None = None
    """ Content of an image, audio, video, document or sticker message; download it by `id`. """
    video: WebhookMedia | None = None
    """ Content of an image, audio, video, document or sticker message; download it by `id`. """
    document: WebhookMedia | None = None
    """ Content of an image, audio, video, document or sticker message; download it by `id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context: dict[str, Any] | None = None
        if self.context is not None:
            context = self.context.to_dict()

        type_ = self.type_

        text: dict[str, Any] | None = None
        if self.text is not None:
            text = self.text.to_dict()

        image: dict[str, Any] | None = None
        if self.image is not None:
            image = self.image.to_dict()

        video: dict[str, Any] | None = None
        if self.video is not None:
            video = self.video.to_dict()

        document: dict[str, Any] | None = None
        if self.document is not None:
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if context is not None:
            field_dict["context"] = context
        if type_ is not None:
            field_dict["type"] = type_
        if text is not None:
            field_dict["text"] = text
        if image is not None:
            field_dict["image"] = image
        if video is not None:
            field_dict["video"] = video
        if document is not None:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _context = d.pop("context", None)
        context: WebhookMessageContext | None
        if _context is None:
            context = None
        else:
            context = WebhookMessageContext.from_dict(_context)

        type_ = d.pop("type", None)

        _text = d.pop("text", None)
        text: WebhookText | None
        if _text is None:
            text = None
        else:
            text = WebhookText.from_dict(_text)

        _image = d.pop("image", None)
        image: WebhookMedia | None
        if _image is None:
            image = None
        else:
            image = WebhookMedia.from_dict(_image)

        _video = d.pop("video", None)
        video: WebhookMedia | None
        if _video is None:
            video = None
        else:
            video = WebhookMedia.from_dict(_video)

        _document = d.pop("document", None)
        document: WebhookMedia | None
        if _document is None:
            document = None
        else:
            document = WebhookMedia.from_dict(_document)

        webhook_edited_content = cls(
            context=context,
            type_=type_,
            text=text,
            image=image,
            video=video,
            document=document,
        )

        webhook_edited_content.additional_properties = d
        return webhook_edited_content

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
from ..models.webhook_media import WebhookMedia  # noqa: E402
from ..models.webhook_message_context import WebhookMessageContext  # noqa: E402
from ..models.webhook_text import WebhookText  # noqa: E402
