from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessComplianceInfoList")


@_attrs_define
class BusinessComplianceInfoList:
    """The compliance information (one item).

    Example:
        {'data': [{'whatsapp_business_account_id': '102290129340398', 'entity_name': 'Lucky Shrub Private Limited',
            'entity_type': 'Partnership'}]}

    """

    data: list[BusinessComplianceInfo] | None = None
    """ The compliance information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None = None
        if self.data is not None:
            data = [data_item_data.to_dict() for data_item_data in self.data]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if data is not None:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", None)
        data: list[BusinessComplianceInfo] | None = None
        if _data is not None:
            data = []
            for data_item_data in _data:
                data_item = BusinessComplianceInfo.from_dict(data_item_data)

                data.append(data_item)

        business_compliance_info_list = cls(
            data=data,
        )

        business_compliance_info_list.additional_properties = d
        return business_compliance_info_list

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
from ..models.business_compliance_info import BusinessComplianceInfo  # noqa: E402
