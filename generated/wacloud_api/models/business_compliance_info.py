from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="BusinessComplianceInfo")


@_attrs_define
class BusinessComplianceInfo:
    """Business compliance information (India).

    Example:
        {'whatsapp_business_account_id': '102290129340398', 'entity_name': 'Lucky Shrub Private Limited', 'entity_type':
            'Partnership'}

    """

    whatsapp_business_account_id: str | None = None
    """ The WhatsApp Business Account. """
    messaging_product: str | None = None
    """ Always `whatsapp`. """
    entity_name: str | None = None
    """ The legal entity's name. """
    entity_type: str | None = None
    """ The entity type, e.g. `Partnership`, `Private Company`. """
    entity_type_custom: str | None = None
    """ The entity type in words, for `OTHER`. """
    is_registered: bool | None = None
    """ Whether the entity is registered. """
    grievance_officer_details: GrievanceOfficerDetails | None = None
    """ The grievance officer's contact. """
    customer_care_details: CustomerCareDetails | None = None
    """ The customer care contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whatsapp_business_account_id = self.whatsapp_business_account_id

        messaging_product = self.messaging_product

        entity_name = self.entity_name

        entity_type = self.entity_type

        entity_type_custom = self.entity_type_custom

        is_registered = self.is_registered

        grievance_officer_details: dict[str, Any] | None = None
        if self.grievance_officer_details is not None:
            grievance_officer_details = self.grievance_officer_details.to_dict()

        customer_care_details: dict[str, Any] | None = None
        if self.customer_care_details is not None:
            customer_care_details = self.customer_care_details.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if whatsapp_business_account_id is not None:
            field_dict["whatsapp_business_account_id"] = whatsapp_business_account_id
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if entity_name is not None:
            field_dict["entity_name"] = entity_name
        if entity_type is not None:
            field_dict["entity_type"] = entity_type
        if entity_type_custom is not None:
            field_dict["entity_type_custom"] = entity_type_custom
        if is_registered is not None:
            field_dict["is_registered"] = is_registered
        if grievance_officer_details is not None:
            field_dict["grievance_officer_details"] = grievance_officer_details
        if customer_care_details is not None:
            field_dict["customer_care_details"] = customer_care_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        whatsapp_business_account_id = d.pop("whatsapp_business_account_id", None)

        messaging_product = d.pop("messaging_product", None)

        entity_name = d.pop("entity_name", None)

        entity_type = d.pop("entity_type", None)

        entity_type_custom = d.pop("entity_type_custom", None)

        is_registered = graph_bool(d.pop("is_registered", None))

        _grievance_officer_details = d.pop("grievance_officer_details", None)
        grievance_officer_details: GrievanceOfficerDetails | None
        if _grievance_officer_details is None:
            grievance_officer_details = None
        else:
            grievance_officer_details = GrievanceOfficerDetails.from_dict(_grievance_officer_details)

        _customer_care_details = d.pop("customer_care_details", None)
        customer_care_details: CustomerCareDetails | None
        if _customer_care_details is None:
            customer_care_details = None
        else:
            customer_care_details = CustomerCareDetails.from_dict(_customer_care_details)

        business_compliance_info = cls(
            whatsapp_business_account_id=whatsapp_business_account_id,
            messaging_product=messaging_product,
            entity_name=entity_name,
            entity_type=entity_type,
            entity_type_custom=entity_type_custom,
            is_registered=is_registered,
            grievance_officer_details=grievance_officer_details,
            customer_care_details=customer_care_details,
        )

        business_compliance_info.additional_properties = d
        return business_compliance_info

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
