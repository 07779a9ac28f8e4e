from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WebhookMedia")


@_attrs_define
class WebhookMedia:
    """Content of an image, audio, video, document or sticker message; download it by `id`.

    Example:
        {'caption': 'Taj Mahal', 'mime_type': 'image/jpeg', 'sha256': 'SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=',
            'id': '1003383421387256'}

    """

    id: str | None = None
    """ Media id. """
    mime_type: str | None = None
    """ MIME type. """
    sha256: str | None = None
    """ SHA-256 of the file. """
    caption: str | None = None
    """ Caption (image, video, document). """
    filename: str | None = None
    """ File name (document). """
    voice: bool | None = None
    """ True for a voice note (audio). """
    animated: bool | None = None
    """ True for an animated sticker. """
    url: str | None = None
    """ Download URL, when included; it needs the access token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mime_type = self.mime_type

        sha256 = self.sha256

        caption = self.caption

        filename = self.filename

        voice = self.voice

        animated = self.animated

        url = self.url

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if mime_type is not None:
            field_dict["mime_type"] = mime_type
        if sha256 is not None:
            field_dict["sha256"] = sha256
        if caption is not None:
            field_dict["caption"] = caption
        if filename is not None:
            field_dict["filename"] = filename
        if voice is not None:
            field_dict["voice"] = voice
        if animated is not None:
            field_dict["animated"] = animated
        if url is not None:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        mime_type = d.pop("mime_type", None)

        sha256 = d.pop("sha256", None)

        caption = d.pop("caption", None)

        filename = d.pop("filename", None)

        voice = graph_bool(d.pop("voice", None))

        animated = graph_bool(d.pop("animated", None))

        url = d.pop("url", None)

        webhook_media = cls(
            id=id,
            mime_type=mime_type,
            sha256=sha256,
            caption=caption,
            filename=filename,
            voice=voice,
            animated=animated,
            url=url,
        )

        webhook_media.additional_properties = d
        return webhook_media

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
