from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_content_type import PinContentType, check_pin_content_type

T = TypeVar("T", bound="PinContent")


@_attrs_define
class PinContent:
    """What to pin or unpin.

    Example:
        {'type': 'pin', 'message_id': 'wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA', 'expiration_days':
            7}

    """

    type_: PinContentType
    """ `pin` or `unpin`. """
    message_id: str
    """ The `wamid` of the group message. """
    expiration_days: int | None = None
    """ How long it stays pinned, 1 to 30 days (pins only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        message_id = self.message_id

        expiration_days = self.expiration_days

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "message_id": message_id,
        }
        if expiration_days is not None:
            field_dict["expiration_days"] = expiration_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_pin_content_type(d.pop("type"))

        message_id = d.pop("message_id")

        expiration_days = d.pop("expiration_days", None)

        pin_content = cls(
            type_=type_,
            message_id=message_id,
            expiration_days=expiration_days,
        )

        pin_content.additional_properties = d
        return pin_content

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
