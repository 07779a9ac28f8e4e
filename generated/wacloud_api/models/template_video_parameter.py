from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateVideoParameter")


@_attrs_define
class TemplateVideoParameter:
    """The video of a media header.

    Example:
        {'type': 'video', 'video': {'id': '1479537139650973'}}

    """

    video: VideoMedia
    """ A video by uploaded media `id` or public `link` (exactly one of them). """
    type_: Literal["video"] = "video"
    """ Always `video`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        video = self.video.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "video": video,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["video"], d.pop("type"))
        if type_ != "video":
            raise ValueError(f"type must match const 'video', got '{type_}'")

        video = VideoMedia.from_dict(d.pop("video"))

        template_video_parameter = cls(
            type_=type_,
            video=video,
        )

        template_video_parameter.additional_properties = d
        return template_video_parameter

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
from ..models.video_media import VideoMedia  # noqa: E402
