from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateImageParameter")


@_attrs_define
class TemplateImageParameter:
    """The image of a media header.

    Example:
        {'type': 'image', 'image': {'link': 'https://example.com/banner.png'}}

    """

    image: ImageMedia
    """ An image by uploaded media `id` or public `link` (exactly one of them). """
    type_: Literal["image"] = "image"
    """ Always `image`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image = self.image.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "image": image,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        image = ImageMedia.from_dict(d.pop("image"))

        template_image_parameter = cls(
            type_=type_,
            image=image,
        )

        template_image_parameter.additional_properties = d
        return template_image_parameter

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
from ..models.image_media import ImageMedia  # noqa: E402
