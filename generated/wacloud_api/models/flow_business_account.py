from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowBusinessAccount")


@_attrs_define
class FlowBusinessAccount:
    """The WhatsApp Business Account that owns a Flow.

    Example:
        {'id': '102290129340398', 'name': 'My Awesome WABA', 'currency': 'USD', 'timezone_id': '54',
            'message_template_namespace': 'namespace-1'}

    """

    id: str | Unset = UNSET
    """ WABA id. """
    name: str | Unset = UNSET
    """ WABA name. """
    currency: str | Unset = UNSET
    """ Three-letter currency code, e.g. `USD`. """
    timezone_id: str | Unset = UNSET
    """ Meta time zone id of the WABA, as a string. """
    message_template_namespace: str | Unset = UNSET
    """ Namespace of the WABA's templates. """
    business_type: str | Unset = UNSET
    """ Kind of business account, e.g. `ent` (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        currency = self.currency

        timezone_id = self.timezone_id

        message_template_namespace = self.message_template_namespace

        business_type = self.business_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id
        if message_template_namespace is not UNSET:
            field_dict["message_template_namespace"] = message_template_namespace
        if business_type is not UNSET:
            field_dict["business_type"] = business_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        timezone_id = d.pop("timezone_id", UNSET)

        message_template_namespace = d.pop("message_template_namespace", UNSET)

        business_type = d.pop("business_type", UNSET)

        flow_business_account = cls(
            id=id,
            name=name,
            currency=currency,
            timezone_id=timezone_id,
            message_template_namespace=message_template_namespace,
            business_type=business_type,
        )

        flow_business_account.additional_properties = d
        return flow_business_account

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
