from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookMetadata")


@_attrs_define
class WebhookMetadata:
    """The business phone number that received the event; route tenants on `phone_number_id`.

    Example:
        {'display_phone_number': '15550783881', 'phone_number_id': '106540352242922'}

    """

    display_phone_number: str | None = None
    """ The business phone number as displayed. """
    phone_number_id: str | None = None
    """ The business phone number id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_phone_number = self.display_phone_number

        phone_number_id = self.phone_number_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if phone_number_id is not None:
            field_dict["phone_number_id"] = phone_number_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_phone_number = d.pop("display_phone_number", None)

        phone_number_id = d.pop("phone_number_id", None)

        webhook_metadata = cls(
            display_phone_number=display_phone_number,
            phone_number_id=phone_number_id,
        )

        webhook_metadata.additional_properties = d
        return webhook_metadata

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
