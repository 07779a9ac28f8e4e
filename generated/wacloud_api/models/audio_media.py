from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="AudioMedia")


@_attrs_define
class AudioMedia:
    """An audio file by uploaded media `id` or public `link` (exactly one of them).

    Example:
        {'link': 'https://example.com/voice.ogg', 'voice': True}

    """

    id: str | None = None
    """ Uploaded media id. """
    link: str | None = None
    """ HTTPS URL Meta downloads the media from. """
    voice: bool | None = None
    """ Deliver as a voice note (play button, transcription); the file must be OGG/Opus (`audio/ogg; codecs=opus`),
    up to 512 KB for the voice-note look. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        link = self.link

        voice = self.voice

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if link is not None:
            field_dict["link"] = link
        if voice is not None:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        link = d.pop("link", None)

        voice = graph_bool(d.pop("voice", None))

        audio_media = cls(
            id=id,
            link=link,
            voice=voice,
        )

        audio_media.additional_properties = d
        return audio_media

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
