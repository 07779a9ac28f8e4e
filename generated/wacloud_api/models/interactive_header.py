from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interactive_header_type import InteractiveHeaderType, check_interactive_header_type

T = TypeVar("T", bound="InteractiveHeader")


@_attrs_define
class InteractiveHeader:
    """The header of an interactive message.

    Example:
        {'type': 'text', 'text': 'Your booking'}

    """

    type_: InteractiveHeaderType
    """ The header kind. """
    text: str | None = None
    """ Header text, for `text`. """
    image: ImageMedia | None = None
    """ An image by uploaded media `id` or public `link` (exactly one of them). """
    video: VideoMedia | None = None
    """ A video by uploaded media `id` or public `link` (exactly one of them). """
    document: DocumentMedia | None = None
    """ A document by uploaded media `id` or public `link` (exactly one of them). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        text = self.text

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
            "type": type_,
        }
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
        type_ = check_interactive_header_type(d.pop("type"))

        text = d.pop("text", None)

        _image = d.pop("image", None)
        image: ImageMedia | None
        if _image is None:
            image = None
        else:
            image = ImageMedia.from_dict(_image)

        _video = d.pop("video", None)
        video: VideoMedia | None
        if _video is None:
            video = None
        else:
            video = VideoMedia.from_dict(_video)

        _document = d.pop("document", None)
        document: DocumentMedia | None
        if _document is None:
            document = None
        else:
            document = DocumentMedia.from_dict(_document)

        interactive_header = cls(
            type_=type_,
            text=text,
            image=image,
            video=video,
            document=document,
        )

        interactive_header.additional_properties = d
        return interactive_header

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
from ..models.document_media import DocumentMedia  # noqa: E402
from ..models.image_media import ImageMedia  # noqa: E402
from ..models.video_media import VideoMedia  # noqa: E402
