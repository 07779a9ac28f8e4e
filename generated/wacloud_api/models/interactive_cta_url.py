from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InteractiveCtaUrl")


@_attrs_define
class InteractiveCtaUrl:
    """A call-to-action button that opens a URL.

    Example:
        {'type': 'cta_url', 'body': {'text': 'Track your parcel'}, 'action': {'name': 'cta_url', 'parameters':
            {'display_text': 'Track', 'url': 'https://example.com/t/1'}}}

    """

    body: InteractiveBody
    """ The body text of an interactive message. """
    action: CtaUrlAction
    """ The URL button. """
    type_: Literal["cta_url"] = "cta_url"
    """ Always `cta_url`. """
    header: InteractiveHeader | None = None
    """ The header of an interactive message. """
    footer: InteractiveFooter | None = None
    """ The footer text of an interactive message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        body = self.body.to_dict()

        action = self.action.to_dict()

        header: dict[str, Any] | None = None
        if self.header is not None:
            header = self.header.to_dict()

        footer: dict[str, Any] | None = None
        if self.footer is not None:
            footer = self.footer.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "body": body,
            "action": action,
        }
        if header is not None:
            field_dict["header"] = header
        if footer is not None:
            field_dict["footer"] = footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["cta_url"], d.pop("type"))
        if type_ != "cta_url":
            raise ValueError(f"type must match const 'cta_url', got '{type_}'")

        body = InteractiveBody.from_dict(d.pop("body"))

        action = CtaUrlAction.from_dict(d.pop("action"))

        _header = d.pop("header", None)
        header: InteractiveHeader | None
        if _header is None:
            header = None
        else:
            header = InteractiveHeader.from_dict(_header)

        _footer = d.pop("footer", None)
        footer: InteractiveFooter | None
        if _footer is None:
            footer = None
        else:
            footer = InteractiveFooter.from_dict(_footer)

        interactive_cta_url = cls(
            type_=type_,
            body=body,
            action=action,
            header=header,
            footer=footer,
        )

        interactive_cta_url.additional_properties = d
        return interactive_cta_url

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
from ..models.interactive_footer import InteractiveFooter  # noqa: E402
from ..models.interactive_header import InteractiveHeader  # noqa: E402
