from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="PhoneNumberCreate")


@_attrs_define
class PhoneNumberCreate:
    """A business phone number to add to a WhatsApp Business Account.

    Example:
        {'cc': '1', 'phone_number': '6315551000', 'verified_name': 'Lucky Shrub'}

    """

    cc: str
    """ The country calling code, e.g. `1`. """
    phone_number: str
    """ The number without the country code, e.g. `6315551000`. """
    verified_name: str
    """ The display name (reviewed by Meta). """
    preverified_id: str | None = None
    """ A pre-verified number of your pool to use instead. """
    migrate_phone_number: bool | None = None
    """ Migrate the number from another WhatsApp Business Account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cc = self.cc

        phone_number = self.phone_number

        verified_name = self.verified_name

        preverified_id = self.preverified_id

        migrate_phone_number = self.migrate_phone_number

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "cc": cc,
            "phone_number": phone_number,
            "verified_name": verified_name,
        }
        if preverified_id is not None:
            field_dict["preverified_id"] = preverified_id
        if migrate_phone_number is not None:
            field_dict["migrate_phone_number"] = migrate_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cc = d.pop("cc")

        phone_number = d.pop("phone_number")

        verified_name = d.pop("verified_name")

        preverified_id = d.pop("preverified_id", None)

        migrate_phone_number = graph_bool(d.pop("migrate_phone_number", None))

        phone_number_create = cls(
            cc=cc,
            phone_number=phone_number,
            verified_name=verified_name,
            preverified_id=preverified_id,
            migrate_phone_number=migrate_phone_number,
        )

        phone_number_create.additional_properties = d
        return phone_number_create

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
