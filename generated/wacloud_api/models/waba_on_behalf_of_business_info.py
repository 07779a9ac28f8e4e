from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WabaOnBehalfOfBusinessInfo")


@_attrs_define
class WabaOnBehalfOfBusinessInfo:
    """The client business a partner-owned WABA operates on behalf of.

    Example:
        {'id': '5678901234567890', 'name': 'Partner Business Inc', 'status': 'APPROVED', 'type': 'INTERNAL'}

    """

    id: str
    """ Business id. """
    name: str | None = None
    """ Business name. """
    status: str | None = None
    """ Business status, e.g. `APPROVED` (open-ended). """
    type_: str | None = None
    """ Business type, e.g. `INTERNAL` (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if status is not None:
            field_dict["status"] = status
        if type_ is not None:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        status = d.pop("status", None)

        type_ = d.pop("type", None)

        waba_on_behalf_of_business_info = cls(
            id=id,
            name=name,
            status=status,
            type_=type_,
        )

        waba_on_behalf_of_business_info.additional_properties = d
        return waba_on_behalf_of_business_info

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
