from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_object import NamedObject


T = TypeVar("T", bound="OnBehalfRequest")


@_attrs_define
class OnBehalfRequest:
    """An on-behalf-of request between two businesses for a WABA.

    Example:
        {'id': '1234567890123456', 'status': 'IN_PROGRESS', 'business_owned_object': '9876543210987654'}

    """

    id: str
    """ The request id. """
    status: str | Unset = UNSET
    """ e.g. `APPROVE`, `DECLINE`, `IN_PROGRESS`, `EXPIRED`, `PENDING`, `CANCELED`, `INVALID`. """
    business_owned_object: str | Unset = UNSET
    """ The WABA the request is about. """
    receiving_business: NamedObject | Unset = UNSET
    """ A reference to another Graph object. """
    requesting_business: NamedObject | Unset = UNSET
    """ A reference to another Graph object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        business_owned_object = self.business_owned_object

        receiving_business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiving_business, Unset):
            receiving_business = self.receiving_business.to_dict()

        requesting_business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requesting_business, Unset):
            requesting_business = self.requesting_business.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if business_owned_object is not UNSET:
            field_dict["business_owned_object"] = business_owned_object
        if receiving_business is not UNSET:
            field_dict["receiving_business"] = receiving_business
        if requesting_business is not UNSET:
            field_dict["requesting_business"] = requesting_business

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.named_object import NamedObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status", UNSET)

        business_owned_object = d.pop("business_owned_object", UNSET)

        _receiving_business = d.pop("receiving_business", UNSET)
        receiving_business: NamedObject | Unset
        if isinstance(_receiving_business, Unset):
            receiving_business = UNSET
        else:
            receiving_business = NamedObject.from_dict(_receiving_business)

        _requesting_business = d.pop("requesting_business", UNSET)
        requesting_business: NamedObject | Unset
        if isinstance(_requesting_business, Unset):
            requesting_business = UNSET
        else:
            requesting_business = NamedObject.from_dict(_requesting_business)

        on_behalf_request = cls(
            id=id,
            status=status,
            business_owned_object=business_owned_object,
            receiving_business=receiving_business,
            requesting_business=requesting_business,
        )

        on_behalf_request.additional_properties = d
        return on_behalf_request

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
