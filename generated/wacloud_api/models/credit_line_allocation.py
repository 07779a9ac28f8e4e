from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditLineAllocation")


@_attrs_define
class CreditLineAllocation:
    """A credit line shared with a client and attached to its WhatsApp Business Account.

    Example:
        {'allocation_config_id': '58501441721238', 'waba_id': '104996122399160'}

    """

    allocation_config_id: str
    """ The allocation config id (`credit_allocation_config_id`, used to revoke). """
    waba_id: str | None = None
    """ The WhatsApp Business Account the credit line is attached to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_config_id = self.allocation_config_id

        waba_id = self.waba_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "allocation_config_id": allocation_config_id,
        }
        if waba_id is not None:
            field_dict["waba_id"] = waba_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allocation_config_id = d.pop("allocation_config_id")

        waba_id = d.pop("waba_id", None)

        credit_line_allocation = cls(
            allocation_config_id=allocation_config_id,
            waba_id=waba_id,
        )

        credit_line_allocation.additional_properties = d
        return credit_line_allocation

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
