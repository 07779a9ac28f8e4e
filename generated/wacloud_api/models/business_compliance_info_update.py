from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_compliance_info_update_entity_type import (
    BusinessComplianceInfoUpdateEntityType,
    check_business_compliance_info_update_entity_type,
)
from ..types import graph_bool

T = TypeVar("T", bound="BusinessComplianceInfoUpdate")


@_attrs_define
class BusinessComplianceInfoUpdate:
    """Business compliance information to set (India).

    Example:
        {'messaging_product': 'whatsapp', 'entity_name': 'Lucky Shrub Private Limited', 'entity_type': 'PARTNERSHIP',
            'grievance_officer_details': {'name': 'Chandravati P.', 'email': 'chandravati@luckyshrub.com'},
            'customer_care_details': {'email': 'support@luckyshrub.com'}}

    """

    entity_name: str
    """ The legal entity's name. """
    entity_type: BusinessComplianceInfoUpdateEntityType
    """ The entity type. """
    grievance_officer_details: GrievanceOfficerDetails
    """ The grievance officer's contact. """
    customer_care_details: CustomerCareDetails
    """ The customer care contact. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    entity_type_custom: str | None = None
    """ The entity type in words (required with `OTHER`). """
    is_registered: bool | None = None
    """ Whether the entity is registered (with `OTHER`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        entity_name = self.entity_name

        entity_type: str = self.entity_type

        grievance_officer_details = self.grievance_officer_details.to_dict()

        customer_care_details = self.customer_care_details.to_dict()

        entity_type_custom = self.entity_type_custom

        is_registered = self.is_registered

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "entity_name": entity_name,
            "entity_type": entity_type,
            "grievance_officer_details": grievance_officer_details,
            "customer_care_details": customer_care_details,
        }
        if entity_type_custom is not None:
            field_dict["entity_type_custom"] = entity_type_custom
        if is_registered is not None:
            field_dict["is_registered"] = is_registered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        entity_name = d.pop("entity_name")

        entity_type = check_business_compliance_info_update_entity_type(d.pop("entity_type"))

        grievance_officer_details = GrievanceOfficerDetails.from_dict(d.pop("grievance_officer_details"))

        customer_care_details = CustomerCareDetails.from_dict(d.pop("customer_care_details"))

        entity_type_custom = d.pop("entity_type_custom", None)

        is_registered = graph_bool(d.pop("is_registered", None))

        business_compliance_info_update = cls(
            messaging_product=messaging_product,
            entity_name=entity_name,
            entity_type=entity_type,
            grievance_officer_details=grievance_officer_details,
            customer_care_details=customer_care_details,
            entity_type_custom=entity_type_custom,
            is_registered=is_registered,
        )

        business_compliance_info_update.additional_properties = d
        return business_compliance_info_update

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
from ..models.customer_care_details import CustomerCareDetails  # noqa: E402
from ..models.grievance_officer_details import GrievanceOfficerDetails  # noqa: E402
