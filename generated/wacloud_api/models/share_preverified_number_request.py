from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SharePreverifiedNumberRequest")


@_attrs_define
class SharePreverifiedNumberRequest:
    """Which pre-verified number to share, with whom.

    Example:
        {'preverified_id': '1284738293846238', 'partner_business_id': '9876543210987654'}

    """

    preverified_id: str
    """ The pre-verified number id. """
    partner_business_id: str
    """ The partner business portfolio that gets access. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preverified_id = self.preverified_id

        partner_business_id = self.partner_business_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "preverified_id": preverified_id,
            "partner_business_id": partner_business_id,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preverified_id = d.pop("preverified_id")

        partner_business_id = d.pop("partner_business_id")

        share_preverified_number_request = cls(
            preverified_id=preverified_id,
            partner_business_id=partner_business_id,
        )

        share_preverified_number_request.additional_properties = d
        return share_preverified_number_request

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
