from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountWabaInfo")


@_attrs_define
class WebhookAccountWabaInfo:
    """The WhatsApp Business Account of an `account_update`, with its owner and partners.

    Example:
        {'waba_id': '1191624265890717', 'owner_business_id': '2329417887457253', 'partner_app_id': '5731794616896507',
            'solution_id': '1715120619246906', 'solution_partner_business_ids': ['2949482758682047', '520744086200222']}

    """

    waba_id: str | None = None
    """ The account id. """
    owner_business_id: str | None = None
    """ The business portfolio that owns the account. """
    partner_app_id: str | None = None
    """ The partner's app (`PARTNER_APP_INSTALLED` / `PARTNER_APP_UNINSTALLED`). """
    solution_id: str | None = None
    """ The Multi-Partner Solution the account was shared through, if any. """
    solution_partner_business_ids: list[str] | None = None
    """ The business portfolios of the solution's partners. """
    ad_account_linked: str | None = None
    """ The ad account the partner may now use (`AD_ACCOUNT_LINKED`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waba_id = self.waba_id

        owner_business_id = self.owner_business_id

        partner_app_id = self.partner_app_id

        solution_id = self.solution_id

        solution_partner_business_ids: list[str] | None = None
        if self.solution_partner_business_ids is not None:
            solution_partner_business_ids = self.solution_partner_business_ids

        ad_account_linked = self.ad_account_linked

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if waba_id is not None:
            field_dict["waba_id"] = waba_id
        if owner_business_id is not None:
            field_dict["owner_business_id"] = owner_business_id
        if partner_app_id is not None:
            field_dict["partner_app_id"] = partner_app_id
        if solution_id is not None:
            field_dict["solution_id"] = solution_id
        if solution_partner_business_ids is not None:
            field_dict["solution_partner_business_ids"] = solution_partner_business_ids
        if ad_account_linked is not None:
            field_dict["ad_account_linked"] = ad_account_linked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        waba_id = d.pop("waba_id", None)

        owner_business_id = d.pop("owner_business_id", None)

        partner_app_id = d.pop("partner_app_id", None)

        solution_id = d.pop("solution_id", None)

        solution_partner_business_ids = cast(list[str], d.pop("solution_partner_business_ids", None))

        ad_account_linked = d.pop("ad_account_linked", None)

        webhook_account_waba_info = cls(
            waba_id=waba_id,
            owner_business_id=owner_business_id,
            partner_app_id=partner_app_id,
            solution_id=solution_id,
            solution_partner_business_ids=solution_partner_business_ids,
            ad_account_linked=ad_account_linked,
        )

        webhook_account_waba_info.additional_properties = d
        return webhook_account_waba_info

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
