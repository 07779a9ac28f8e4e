from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessSelfCertificationList")


@_attrs_define
class BusinessSelfCertificationList:
    """One page of partner-led verification submissions.

    Example:
        {'data': [{'id': '1093482765923411', 'verification_status': 'PENDING'}]}

    """

    data: list[BusinessSelfCertification]
    """ The submissions on this page. """
    paging: Paging | None = None
    """ Cursor-based paging of a Graph list. Follow `cursors.after` (or `next`) until it is absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = [data_item_data.to_dict() for data_item_data in self.data]

        paging: dict[str, Any] | None = None
        if self.paging is not None:
            paging = self.paging.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }
        if paging is not None:
            field_dict["paging"] = paging

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = BusinessSelfCertification.from_dict(data_item_data)

            data.append(data_item)

        _paging = d.pop("paging", None)
        paging: Paging | None
        if _paging is None:
            paging = None
        else:
            paging = Paging.from_dict(_paging)

        business_self_certification_list = cls(
            data=data,
            paging=paging,
        )

        business_self_certification_list.additional_properties = d
        return business_self_certification_list

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
from ..models.business_self_certification import BusinessSelfCertification  # noqa: E402
from ..models.paging import Paging  # noqa: E402
