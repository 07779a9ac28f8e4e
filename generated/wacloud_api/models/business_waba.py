from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="BusinessWaba")


@_attrs_define
class BusinessWaba:
    """A WhatsApp Business Account as listed under a business portfolio.

    Example:
        {'id': '104996122399160', 'name': 'Lucky Shrub', 'message_template_namespace':
            '58e6d318_b627_4112_b9c7_2961197553ea', 'timezone_id': '1'}

    """

    id: str
    """ The WhatsApp Business Account id. """
    name: str | None = None
    """ The account name. """
    account_review_status: str | None = None
    """ Review status, e.g. `APPROVED`, `PENDING`, `REJECTED`. """
    business_verification_status: str | None = None
    """ Verification status of the owning business, e.g. `VERIFIED`. """
    country: str | None = None
    """ Country of the account (ISO 3166 alpha-2). """
    currency: str | None = None
    """ Billing currency (ISO 4217). """
    timezone_id: str | None = None
    """ Time zone id. """
    message_template_namespace: str | None = None
    """ The account's template namespace. """
    ownership_type: str | None = None
    """ e.g. `SELF_OWNED`, `CLIENT_OWNED`, `ON_BEHALF_OF`. """
    is_enabled_for_insights: bool | None = None
    """ Whether template analytics are enabled. """
    on_behalf_of_business_info: NamedObject | None = None
    """ A reference to another Graph object. """
    whatsapp_business_manager_messaging_limit: str | None = None
    """ The owning portfolio's messaging limit (v24.0 and newer). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        account_review_status = self.account_review_status

        business_verification_status = self.business_verification_status

        country = self.country

        currency = self.currency

        timezone_id = self.timezone_id

        message_template_namespace = self.message_template_namespace

        ownership_type = self.ownership_type

        is_enabled_for_insights = self.is_enabled_for_insights

        on_behalf_of_business_info: dict[str, Any] | None = None
        if self.on_behalf_of_business_info is not None:
            on_behalf_of_business_info = self.on_behalf_of_business_info.to_dict()

        whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if account_review_status is not None:
            field_dict["account_review_status"] = account_review_status
        if business_verification_status is not None:
            field_dict["business_verification_status"] = business_verification_status
        if country is not None:
            field_dict["country"] = country
        if currency is not None:
            field_dict["currency"] = currency
        if timezone_id is not None:
            field_dict["timezone_id"] = timezone_id
        if message_template_namespace is not None:
            field_dict["message_template_namespace"] = message_template_namespace
        if ownership_type is not None:
            field_dict["ownership_type"] = ownership_type
        if is_enabled_for_insights is not None:
            field_dict["is_enabled_for_insights"] = is_enabled_for_insights
        if on_behalf_of_business_info is not None:
            field_dict["on_behalf_of_business_info"] = on_behalf_of_business_info
        if whatsapp_business_manager_messaging_limit is not None:
            field_dict["whatsapp_business_manager_messaging_limit"] = whatsapp_business_manager_messaging_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        account_review_status = d.pop("account_review_status", None)

        business_verification_status = d.pop("business_verification_status", None)

        country = d.pop("country", None)

        currency = d.pop("currency", None)

        timezone_id = d.pop("timezone_id", None)

        message_template_namespace = d.pop("message_template_namespace", None)

        ownership_type = d.pop("ownership_type", None)

        is_enabled_for_insights = graph_bool(d.pop("is_enabled_for_insights", None))

        _on_behalf_of_business_info = d.pop("on_behalf_of_business_info", None)
        on_behalf_of_business_info: NamedObject | None
        if _on_behalf_of_business_info is None:
            on_behalf_of_business_info = None
        else:
            on_behalf_of_business_info = NamedObject.from_dict(_on_behalf_of_business_info)

        whatsapp_business_manager_messaging_limit = d.pop("whatsapp_business_manager_messaging_limit", None)

        business_waba = cls(
            id=id,
            name=name,
            account_review_status=account_review_status,
            business_verification_status=business_verification_status,
            country=country,
            currency=currency,
            timezone_id=timezone_id,
            message_template_namespace=message_template_namespace,
            ownership_type=ownership_type,
            is_enabled_for_insights=is_enabled_for_insights,
            on_behalf_of_business_info=on_behalf_of_business_info,
            whatsapp_business_manager_messaging_limit=whatsapp_business_manager_messaging_limit,
        )

        business_waba.additional_properties = d
        return business_waba

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
