from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OnBehalfRequest")


@_attrs_define
class OnBehalfRequest:
    """An on-behalf-of request between two businesses for a WABA.

    Example:
        {'id': '1234567890123456', 'status': 'IN_PROGRESS', 'business_owned_object': '9876543210987654'}

    """

    id: str
    """ The request id. """
    status: str | None = None
    """ e.g. `APPROVE`, `DECLINE`, `IN_PROGRESS`, `EXPIRED`, `PENDING`, `CANCELED`, `INVALID`. """
    business_owned_object: str | None = None
    """ The WABA the request is about. """
    receiving_business: NamedObject | None = None
    """ A reference to another Graph object. """
    requesting_business: NamedObject | None = None
    """ A reference to another Graph object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        business_owned_object = self.business_owned_object

        receiving_business: dict[str, Any] | None = None
        if self.receiving_business is not None:
            receiving_business = self.receiving_business.to_dict()

        requesting_business: dict[str, Any] | None = None
        if self.requesting_business is not None:
            requesting_business = self.requesting_business.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if status is not None:
            field_dict["status"] = status
        if business_owned_object is not None:
            field_dict["business_owned_object"] = business_owned_object
        if receiving_business is not None:
            field_dict["receiving_business"] = receiving_business
        if requesting_business is not None:
            field_dict["requesting_business"] = requesting_business

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status", None)

        business_owned_object = d.pop("business_owned_object", None)

        _receiving_business = d.pop("receiving_business", None)
        receiving_business: NamedObject | None
        if _receiving_business is None:
            receiving_business = None
        else:
            receiving_business = NamedObject.from_dict(_receiving_business)

        _requesting_business = d.pop("requesting_business", None)
        requesting_business: NamedObject | None
        if _requesting_business is None:
            requesting_business = None
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


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.named_object import NamedObject  # noqa: E402
