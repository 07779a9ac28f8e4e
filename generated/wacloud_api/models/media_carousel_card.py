from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediaCarouselCard")


@_attrs_define
class MediaCarouselCard:
    """A card with an image or video header, optional body text and a URL button.

    Example:
        {'card_index': 0, 'type': 'cta_url', 'header': {'type': 'image', 'image': {'link':
            'https://example.com/1.png'}}, 'body': {'text': 'Lime-green Calathea'}, 'action': {'name': 'cta_url',
            'parameters': {'display_text': 'Buy', 'url': 'https://example.com/1'}}}

    """

    card_index: int
    """ 0-based position. """
    header: InteractiveHeader
    """ The header of an interactive message. """
    action: CtaUrlAction
    """ The URL button. """
    type_: Literal["cta_url"] = "cta_url"
    """ Always `cta_url`. """
    body: InteractiveBody | None = None
    """ The body text of an interactive message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_index = self.card_index

        type_ = self.type_

        header = self.header.to_dict()

        action = self.action.to_dict()

        body: dict[str, Any] | None = None
        if self.body is not None:
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "card_index": card_index,
            "type": type_,
            "header": header,
            "action": action,
        }
        if body is not None:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_index = d.pop("card_index")

        type_ = cast(Literal["cta_url"], d.pop("type"))
        if type_ != "cta_url":
            raise ValueError(f"type must match const 'cta_url', got '{type_}'")

        header = InteractiveHeader.from_dict(d.pop("header"))

        action = CtaUrlAction.from_dict(d.pop("action"))

        _body = d.pop("body", None)
        body: InteractiveBody | None
        if _body is None:
            body = None
        else:
            body = InteractiveBody.from_dict(_body)

        media_carousel_card = cls(
            card_index=card_index,
            type_=type_,
            header=header,
            action=action,
            body=body,
        )

        media_carousel_card.additional_properties = d
        return media_carousel_card

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
from ..models.cta_url_action import CtaUrlAction  # noqa: E402
from ..models.interactive_body import InteractiveBody  # noqa: E402
from ..models.interactive_header import InteractiveHeader  # noqa: E402
