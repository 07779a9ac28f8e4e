from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """A WhatsApp business phone number. Only `id` is always present; the other properties appear when requested
    with `fields` (the default selection is `id`, `display_phone_number`, `verified_name`, `quality_rating`).
    Values Meta sends are open-ended strings: values added later are passed through.

        Example:
            {'verified_name': "Jasper's Market", 'code_verification_status': 'VERIFIED', 'display_phone_number': '+1
                631-555-5555', 'quality_rating': 'GREEN', 'platform_type': 'CLOUD_API', 'throughput': {'level': 'STANDARD'},
                'id': '1906385232743451'}

    """

    id: str
    """ The business phone number id (used as `phone_number_id`). """
    display_phone_number: str | Unset = UNSET
    """ The phone number as displayed, e.g. `+1 631-555-5555`. """
    verified_name: str | Unset = UNSET
    """ The display name (the name under review when not yet approved). """
    code_verification_status: str | Unset = UNSET
    """ Ownership verification status: `VERIFIED`, `NOT_VERIFIED` or `EXPIRED`. """
    quality_rating: str | Unset = UNSET
    """ Quality rating from recent customer feedback: `GREEN` (high), `YELLOW` (medium), `RED` (low), `NA` or
    `UNKNOWN` (not yet rated). """
    platform_type: str | Unset = UNSET
    """ Platform the number is registered with: `CLOUD_API`, `ON_PREMISE` or `NOT_APPLICABLE` (not registered). """
    throughput: PhoneNumberThroughput | Unset = UNSET
    """ The number's message throughput. """
    name_status: str | Unset = UNSET
    """ Display name review status: `APPROVED`, `AVAILABLE_WITHOUT_REVIEW`, `DECLINED`, `EXPIRED`,
    `PENDING_REVIEW` or `NONE`.
     """
    new_display_name: str | Unset = UNSET
    """ The display name requested with `update(new_display_name=...)`, while it is reviewed. """
    new_name_status: str | Unset = UNSET
    """ Review status of the requested new display name (same values as `name_status`). """
    status: str | Unset = UNSET
    """ Connection status of the number, e.g. `CONNECTED`, `PENDING`, `DISCONNECTED`, `FLAGGED`, `RESTRICTED`,
    `RATE_LIMITED`, `MIGRATED`, `UNVERIFIED`, `BANNED` or `DELETED`.
     """
    messaging_limit_tier: str | Unset = UNSET
    """ Messaging limit (business-initiated conversations per 24 hours), e.g. `TIER_250`, `TIER_1K`, `TIER_10K`,
    `TIER_100K`, `TIER_UNLIMITED`. """
    is_official_business_account: bool | Unset = UNSET
    """ Whether the number belongs to an Official Business Account (blue check mark). """
    account_mode: str | Unset = UNSET
    """ `LIVE` or `SANDBOX`. """
    certificate: str | Unset = UNSET
    """ Base64 display name certificate (On-Premises API registration). """
    new_certificate: str | Unset = UNSET
    """ Base64 certificate of the approved new display name. """
    last_onboarded_time: str | Unset = UNSET
    """ When the number was last onboarded, as Graph sends it (e.g. `2023-08-22T19:05:12+0000`). """
    is_pin_enabled: bool | Unset = UNSET
    """ Whether two-step verification is enabled. """
    search_visibility: str | Unset = UNSET
    """ Whether the number can be found by name search: `VISIBLE` or `NON_VISIBLE`. """
    webhook_configuration: PhoneNumberWebhookConfiguration | Unset = UNSET
    """ Where webhooks for this number are delivered, per configuration level (the most specific wins). """
    health_status: PhoneNumberHealthStatus | Unset = UNSET
    """ Whether the number can send messages, and which entity (number, account, business, app) limits it. """
    conversational_automation: ConversationalAutomation | Unset = UNSET
    """ Conversational components of a phone number: the welcome message switch, ice breakers and commands.
    Sent to `update_conversational_automation`; read back in `PhoneNumber.conversational_automation`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_phone_number = self.display_phone_number

        verified_name = self.verified_name

        code_verification_status = self.code_verification_status

        quality_rating = self.quality_rating

        platform_type = self.platform_type

        throughput: dict[str, Any] | Unset = UNSET
        if not isinstance(self.throughput, Unset):
            throughput = self.throughput.to_dict()

        name_status = self.name_status

        new_display_name = self.new_display_name

        new_name_status = self.new_name_status

        status = self.status

        messaging_limit_tier = self.messaging_limit_tier

        is_official_business_account = self.is_official_business_account

        account_mode = self.account_mode

        certificate = self.certificate

        new_certificate = self.new_certificate

        last_onboarded_time = self.last_onboarded_time

        is_pin_enabled = self.is_pin_enabled

        search_visibility = self.search_visibility

        webhook_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_configuration, Unset):
            webhook_configuration = self.webhook_configuration.to_dict()

        health_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_status, Unset):
            health_status = self.health_status.to_dict()

        conversational_automation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversational_automation, Unset):
            conversational_automation = self.conversational_automation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_phone_number is not UNSET:
            field_dict["display_phone_number"] = display_phone_number
        if verified_name is not UNSET:
            field_dict["verified_name"] = verified_name
        if code_verification_status is not UNSET:
            field_dict["code_verification_status"] = code_verification_status
        if quality_rating is not UNSET:
            field_dict["quality_rating"] = quality_rating
        if platform_type is not UNSET:
            field_dict["platform_type"] = platform_type
        if throughput is not UNSET:
            field_dict["throughput"] = throughput
        if name_status is not UNSET:
            field_dict["name_status"] = name_status
        if new_display_name is not UNSET:
            field_dict["new_display_name"] = new_display_name
        if new_name_status is not UNSET:
            field_dict["new_name_status"] = new_name_status
        if status is not UNSET:
            field_dict["status"] = status
        if messaging_limit_tier is not UNSET:
            field_dict["messaging_limit_tier"] = messaging_limit_tier
        if is_official_business_account is not UNSET:
            field_dict["is_official_business_account"] = is_official_business_account
        if account_mode is not UNSET:
            field_dict["account_mode"] = account_mode
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if new_certificate is not UNSET:
            field_dict["new_certificate"] = new_certificate
        if last_onboarded_time is not UNSET:
            field_dict["last_onboarded_time"] = last_onboarded_time
        if is_pin_enabled is not UNSET:
            field_dict["is_pin_enabled"] = is_pin_enabled
        if search_visibility is not UNSET:
            field_dict["search_visibility"] = search_visibility
        if webhook_configuration is not UNSET:
            field_dict["webhook_configuration"] = webhook_configuration
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if conversational_automation is not UNSET:
            field_dict["conversational_automation"] = conversational_automation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        display_phone_number = d.pop("display_phone_number", UNSET)

        verified_name = d.pop("verified_name", UNSET)

        code_verification_status = d.pop("code_verification_status", UNSET)

        quality_rating = d.pop("quality_rating", UNSET)

        platform_type = d.pop("platform_type", UNSET)

        _throughput = d.pop("throughput", UNSET)
        throughput: PhoneNumberThroughput | Unset
        if isinstance(_throughput, Unset):
            throughput = UNSET
        else:
            throughput = PhoneNumberThroughput.from_dict(_throughput)

        name_status = d.pop("name_status", UNSET)

        new_display_name = d.pop("new_display_name", UNSET)

        new_name_status = d.pop("new_name_status", UNSET)

        status = d.pop("status", UNSET)

        messaging_limit_tier = d.pop("messaging_limit_tier", UNSET)

        is_official_business_account = d.pop("is_official_business_account", UNSET)

        account_mode = d.pop("account_mode", UNSET)

        certificate = d.pop("certificate", UNSET)

        new_certificate = d.pop("new_certificate", UNSET)

        last_onboarded_time = d.pop("last_onboarded_time", UNSET)

        is_pin_enabled = d.pop("is_pin_enabled", UNSET)

        search_visibility = d.pop("search_visibility", UNSET)

        _webhook_configuration = d.pop("webhook_configuration", UNSET)
        webhook_configuration: PhoneNumberWebhookConfiguration | Unset
        if isinstance(_webhook_configuration, Unset):
            webhook_configuration = UNSET
        else:
            webhook_configuration = PhoneNumberWebhookConfiguration.from_dict(_webhook_configuration)

        _health_status = d.pop("health_status", UNSET)
        health_status: PhoneNumberHealthStatus | Unset
        if isinstance(_health_status, Unset):
            health_status = UNSET
        else:
            health_status = PhoneNumberHealthStatus.from_dict(_health_status)

        _conversational_automation = d.pop("conversational_automation", UNSET)
        conversational_automation: ConversationalAutomation | Unset
        if isinstance(_conversational_automation, Unset):
            conversational_automation = UNSET
        else:
            conversational_automation = ConversationalAutomation.from_dict(_conversational_automation)

        phone_number = cls(
            id=id,
            display_phone_number=display_phone_number,
            verified_name=verified_name,
            code_verification_status=code_verification_status,
            quality_rating=quality_rating,
            platform_type=platform_type,
            throughput=throughput,
            name_status=name_status,
            new_display_name=new_display_name,
            new_name_status=new_name_status,
            status=status,
            messaging_limit_tier=messaging_limit_tier,
            is_official_business_account=is_official_business_account,
            account_mode=account_mode,
            certificate=certificate,
            new_certificate=new_certificate,
            last_onboarded_time=last_onboarded_time,
            is_pin_enabled=is_pin_enabled,
            search_visibility=search_visibility,
            webhook_configuration=webhook_configuration,
            health_status=health_status,
            conversational_automation=conversational_automation,
        )

        phone_number.additional_properties = d
        return phone_number

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
from ..models.conversational_automation import ConversationalAutomation  # noqa: E402
from ..models.phone_number_health_status import PhoneNumberHealthStatus  # noqa: E402
from ..models.phone_number_throughput import PhoneNumberThroughput  # noqa: E402
from ..models.phone_number_webhook_configuration import PhoneNumberWebhookConfiguration  # noqa: E402
