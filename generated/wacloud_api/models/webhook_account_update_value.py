from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountUpdateValue")


@_attrs_define
class WebhookAccountUpdateValue:
    """A WhatsApp Business Account update.

    Example:
        {'phone_number': '15550783881', 'event': 'ACCOUNT_RESTRICTION', 'restriction_info': [{'restriction_type':
            'RESTRICTED_BIZ_INITIATED_MESSAGING', 'expiration': '2026-04-19T13:59:20+0000'}]}

    """

    event: str | None = None
    """ `VERIFIED_ACCOUNT`, `DISABLED_UPDATE`, `ACCOUNT_VIOLATION`, `ACCOUNT_RESTRICTION`, `ACCOUNT_DELETED`,
    `PARTNER_ADDED`, `PARTNER_REMOVED` ... (open-ended). """
    phone_number: str | None = None
    """ The business phone number concerned, if any. """
    ban_info: WebhookAccountBanInfo | None = None
    """ Ban state of a WhatsApp Business Account. """
    violation_info: WebhookAccountViolationInfo | None = None
    """ A policy violation. """
    restriction_info: list[WebhookAccountRestriction] | None = None
    """ Restrictions. """
    waba_info: WebhookAccountWabaInfo | None = None
    """ The WhatsApp Business Account of an `account_update`, with its owner and partners. """
    disconnection_info: WebhookAccountDisconnectionInfo | None = None
    """ Why a WhatsApp Business app number was disconnected from Cloud API. """
    volume_tier_info: WebhookVolumeTierInfo | None = None
    """ A volume-based pricing tier the account reached in a market. """
    auth_international_rate_eligibility: WebhookAuthInternationalRateEligibility | None = None
    """ The account's eligibility for authentication-international rates. """
    partner_client_certification_info: WebhookPartnerClientCertification | None = None
    """ The outcome of a partner-led business verification of a client. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        phone_number = self.phone_number

        ban_info: dict[str, Any] | None = None
        if self.ban_info is not None:
            ban_info = self.ban_info.to_dict()

        violation_info: dict[str, Any] | None = None
        if self.violation_info is not None:
            violation_info = self.violation_info.to_dict()

        restriction_info: list[dict[str, Any]] | None = None
        if self.restriction_info is not None:
            restriction_info = [
                restriction_info_item_data.to_dict() for restriction_info_item_data in self.restriction_info
            ]

        waba_info: dict[str, Any] | None = None
        if self.waba_info is not None:
            waba_info = self.waba_info.to_dict()

        disconnection_info: dict[str, Any] | None = None
        if self.disconnection_info is not None:
            disconnection_info = self.disconnection_info.to_dict()

        volume_tier_info: dict[str, Any] | None = None
        if self.volume_tier_info is not None:
            volume_tier_info = self.volume_tier_info.to_dict()

        auth_international_rate_eligibility: dict[str, Any] | None = None
        if self.auth_international_rate_eligibility is not None:
            auth_international_rate_eligibility = self.auth_international_rate_eligibility.to_dict()

        partner_client_certification_info: dict[str, Any] | None = None
        if self.partner_client_certification_info is not None:
            partner_client_certification_info = self.partner_client_certification_info.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if event is not None:
            field_dict["event"] = event
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if ban_info is not None:
            field_dict["ban_info"] = ban_info
        if violation_info is not None:
            field_dict["violation_info"] = violation_info
        if restriction_info is not None:
            field_dict["restriction_info"] = restriction_info
        if waba_info is not None:
            field_dict["waba_info"] = waba_info
        if disconnection_info is not None:
            field_dict["disconnection_info"] = disconnection_info
        if volume_tier_info is not None:
            field_dict["volume_tier_info"] = volume_tier_info
        if auth_international_rate_eligibility is not None:
            field_dict["auth_international_rate_eligibility"] = auth_international_rate_eligibility
        if partner_client_certification_info is not None:
            field_dict["partner_client_certification_info"] = partner_client_certification_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", None)

        phone_number = d.pop("phone_number", None)

        _ban_info = d.pop("ban_info", None)
        ban_info: WebhookAccountBanInfo | None
        if _ban_info is None:
            ban_info = None
        else:
            ban_info = WebhookAccountBanInfo.from_dict(_ban_info)

        _violation_info = d.pop("violation_info", None)
        violation_info: WebhookAccountViolationInfo | None
        if _violation_info is None:
            violation_info = None
        else:
            violation_info = WebhookAccountViolationInfo.from_dict(_violation_info)

        _restriction_info = d.pop("restriction_info", None)
        restriction_info: list[WebhookAccountRestriction] | None = None
        if _restriction_info is not None:
            restriction_info = []
            for restriction_info_item_data in _restriction_info:
                restriction_info_item = WebhookAccountRestriction.from_dict(restriction_info_item_data)

                restriction_info.append(restriction_info_item)

        _waba_info = d.pop("waba_info", None)
        waba_info: WebhookAccountWabaInfo | None
        if _waba_info is None:
            waba_info = None
        else:
            waba_info = WebhookAccountWabaInfo.from_dict(_waba_info)

        _disconnection_info = d.pop("disconnection_info", None)
        disconnection_info: WebhookAccountDisconnectionInfo | None
        if _disconnection_info is None:
            disconnection_info = None
        else:
            disconnection_info = WebhookAccountDisconnectionInfo.from_dict(_disconnection_info)

        _volume_tier_info = d.pop("volume_tier_info", None)
        volume_tier_info: WebhookVolumeTierInfo | None
        if _volume_tier_info is None:
            volume_tier_info = None
        else:
            volume_tier_info = WebhookVolumeTierInfo.from_dict(_volume_tier_info)

        _auth_international_rate_eligibility = d.pop("auth_international_rate_eligibility", None)
        auth_international_rate_eligibility: WebhookAuthInternationalRateEligibility | None
        if _auth_international_rate_eligibility is None:
            auth_international_rate_eligibility = None
        else:
            auth_international_rate_eligibility = WebhookAuthInternationalRateEligibility.from_dict(
                _auth_international_rate_eligibility
            )

        _partner_client_certification_info = d.pop("partner_client_certification_info", None)
        partner_client_certification_info: WebhookPartnerClientCertification | None
        if _partner_client_certification_info is None:
            partner_client_certification_info = None
        else:
            partner_client_certification_info = WebhookPartnerClientCertification.from_dict(
                _partner_client_certification_info
            )

        webhook_account_update_value = cls(
            event=event,
            phone_number=phone_number,
            ban_info=ban_info,
            violation_info=violation_info,
            restriction_info=restriction_info,
            waba_info=waba_info,
            disconnection_info=disconnection_info,
            volume_tier_info=volume_tier_info,
            auth_international_rate_eligibility=auth_international_rate_eligibility,
            partner_client_certification_info=partner_client_certification_info,
        )

        webhook_account_update_value.additional_properties = d
        return webhook_account_update_value

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
from ..models.webhook_account_ban_info import WebhookAccountBanInfo  # noqa: E402
from ..models.webhook_account_disconnection_info import WebhookAccountDisconnectionInfo  # noqa: E402
from ..models.webhook_account_restriction import WebhookAccountRestriction  # noqa: E402
from ..models.webhook_account_violation_info import WebhookAccountViolationInfo  # noqa: E402
from ..models.webhook_account_waba_info import WebhookAccountWabaInfo  # noqa: E402
from ..models.webhook_auth_international_rate_eligibility import WebhookAuthInternationalRateEligibility  # noqa: E402
from ..models.webhook_partner_client_certification import WebhookPartnerClientCertification  # noqa: E402
from ..models.webhook_volume_tier_info import WebhookVolumeTierInfo  # noqa: E402
