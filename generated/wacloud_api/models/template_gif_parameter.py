from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateGifParameter")


@_attrs_define
class TemplateGifParameter:
    """The GIF of a GIF header (an MP4 video, up to 3.5 MB); Marketing Messages API only.

    Example:
        {'type': 'gif', 'gif': {'link': 'https://example.com/sale.mp4'}}

    """

    gif: GifMedia
    """ A GIF (sent as MP4) by uploaded media `id` or public `link` (exactly one of them). """
    type_: Literal["gif"] = "gif"
    """ Always `gif`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        gif = self.gif.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "gif": gif,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["gif"], d.pop("type"))
        if type_ != "gif":
            raise ValueError(f"type must match const 'gif', got '{type_}'")

        gif = GifMedia.from_dict(d.pop("gif"))

        template_gif_parameter = cls(
            type_=type_,
            gif=gif,
        )

        template_gif_parameter.additional_properties = d
        return template_gif_parameter

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
from ..models.gif_media import GifMedia  # noqa: E402
