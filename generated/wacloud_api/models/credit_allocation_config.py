from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditAllocationConfig")


@_attrs_define
class CreditAllocationConfig:
    """A share of a credit line with one client business.

    Example:
        {'id': '58501441721238', 'receiving_business': {'id': '2738495012938475', 'name': "Jasper's Market"}}

    """

    id: str
    """ The allocation config id. """
    receiving_business: NamedObject | None = None
    """ A reference to another Graph object. """
    receiving_credential: NamedObject | None = None
    """ A reference to another Graph object. """
    request_status: str | None = None
    """ e.g. `APPROVED`, `PENDING`, `DECLINED`. """
    allocation_type: str | None = None
    """ How the credit is allocated, as Meta reports it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        receiving_business: dict[str, Any] | None = None
        if self.receiving_business is not None:
            receiving_business = self.receiving_business.to_dict()

        receiving_credential: dict[str, Any] | None = None
        if self.receiving_credential is not None:
            receiving_credential = self.receiving_credential.to_dict()

        request_status = self.request_status

        allocation_type = self.allocation_type

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if receiving_business is not None:
            field_dict["receiving_business"] = receiving_business
        if receiving_credential is not None:
            field_dict["receiving_credential"] = receiving_credential
        if request_status is not None:
            field_dict["request_status"] = request_status
        if allocation_type is not None:
            field_dict["allocation_type"] = allocation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _receiving_business = d.pop("receiving_business", None)
        receiving_business: NamedObject | None
        if _receiving_business is None:
            receiving_business = None
        else:
            receiving_business = NamedObject.from_dict(_receiving_business)

        _receiving_credential = d.pop("receiving_credential", None)
        receiving_credential: NamedObject | None
        if _receiving_credential is None:
            receiving_credential = None
        else:
            receiving_credential = NamedObject.from_dict(_receiving_credential)

        request_status = d.pop("request_status", None)

        allocation_type = d.pop("allocation_type", None)

        credit_allocation_config = cls(
            id=id,
            receiving_business=receiving_business,
            receiving_credential=receiving_credential,
            request_status=request_status,
            allocation_type=allocation_type,
        )

        credit_allocation_config.additional_properties = d
        return credit_allocation_config

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
