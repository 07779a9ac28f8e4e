from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

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
    display_phone_number: str | None = None
    """ The phone number as displayed, e.g. `+1 631-555-5555`. """
    verified_name: str | None = None
    """ The display name (the name under review when not yet approved). """
    code_verification_status: str | None = None
    """ Ownership verification status: `VERIFIED`, `NOT_VERIFIED` or `EXPIRED`. """
    quality_rating: str | None = None
    """ Quality rating from recent customer feedback: `GREEN` (high), `YELLOW` (medium), `RED` (low), `NA` or
    `UNKNOWN` (not yet rated). """
    platform_type: str | None = None
    """ Platform the number is registered with: `CLOUD_API`, `ON_PREMISE` or `NOT_APPLICABLE` (not registered). """
    throughput: PhoneNumberThroughput | None = None
    """ The number's message throughput. """
    name_status: str | None = None
    """ Display name review status: `APPROVED`, `AVAILABLE_WITHOUT_REVIEW`, `DECLINED`, `EXPIRED`,
    `PENDING_REVIEW` or `NONE`.
     """
    new_display_name: str | None = None
    """ The display name requested with `update(new_display_name=...)`, while it is reviewed. """
    new_name_status: str | None = None
    """ Review status of the requested new display name (same values as `name_status`). """
    status: str | None = None
    """ Connection status of the number, e.g. `CONNECTED`, `PENDING`, `DISCONNECTED`, `FLAGGED`, `RESTRICTED`,
    `RATE_LIMITED`, `MIGRATED`, `UNVERIFIED`, `BANNED` or `DELETED`.
     """
    messaging_limit_tier: str | None = None
    """ Messaging limit (business-initiated conversations per 24 hours), e.g. `TIER_250`, `TIER_1K`, `TIER_10K`,
    `TIER_100K`, `TIER_UNLIMITED`. """
    is_official_business_account: bool | None = None
    """ Whether the number belongs to an Official Business Account (blue check mark). """
    account_mode: str | None = None
    """ `LIVE` or `SANDBOX`. """
    certificate: str | None = None
    """ Base64 display name certificate (On-Premises API registration). """
    new_certificate: str | None = None
    """ Base64 certificate of the approved new display name. """
    last_onboarded_time: str | None = None
    """ When the number was last onboarded, as Graph sends it (e.g. `2023-08-22T19:05:12+0000`). """
    is_pin_enabled: bool | None = None
    """ Whether two-step verification is enabled. """
    search_visibility: str | None = None
    """ Whether the number can be found by name search: `VISIBLE` or `NON_VISIBLE`. """
    webhook_configuration: PhoneNumberWebhookConfiguration | None = None
    """ Where webhooks for this number are delivered, per configuration level (the most specific wins). """
    health_status: PhoneNumberHealthStatus | None = None
    """ Whether the number can send messages, and which entity (number, account, business, app) limits it. """
    conversational_automation: ConversationalAutomation | None = None
    """ Conversational components of a phone number: ice breakers and commands. Sent to
    `update_conversational_automation`; read back in `PhoneNumber.conversational_automation`.
     """
    is_on_biz_app: bool | None = None
    """ Whether the number is also used in the WhatsApp Business app (coexistence). """
    whatsapp_business_manager_messaging_limit: str | None = None
    """ The owning business portfolio's messaging limit (v24.0 and newer), e.g. `TIER_2K`, `TIER_10K`,
    `TIER_UNLIMITED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_phone_number = self.display_phone_number

        verified_name = self.verified_name

        code_verification_status = self.code_verification_status

        quality_rating = self.quality_rating

        platform_type = self.platform_type

        throughput: dict[str, Any] | None = None
        if self.throughput is not None:
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

        webhook_configuration: dict[str, Any] | None = None
        if self.webhook_configuration is not None:
            webhook_configuration = self.webhook_configuration.to_dict()

        health_status: dict[str, Any] | None = None
        if self.health_status is not None:
            health_status = self.health_status.to_dict()

        conversational_automation: dict[str, Any] | None = None
        if self.conversational_automation is not None:
            conversational_automation = self.conversational_automation.to_dict()

        is_on_biz_app = self.is_on_biz_app

        whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if display_phone_number is not None:
            field_dict["display_phone_number"] = display_phone_number
        if verified_name is not None:
            field_dict["verified_name"] = verified_name
        if code_verification_status is not None:
            field_dict["code_verification_status"] = code_verification_status
        if quality_rating is not None:
            field_dict["quality_rating"] = quality_rating
        if platform_type is not None:
            field_dict["platform_type"] = platform_type
        if throughput is not None:
            field_dict["throughput"] = throughput
        if name_status is not None:
            field_dict["name_status"] = name_status
        if new_display_name is not None:
            field_dict["new_display_name"] = new_display_name
        if new_name_status is not None:
            field_dict["new_name_status"] = new_name_status
        if status is not None:
            field_dict["status"] = status
        if messaging_limit_tier is not None:
            field_dict["messaging_limit_tier"] = messaging_limit_tier
        if is_official_business_account is not None:
            field_dict["is_official_business_account"] = is_official_business_account
        if account_mode is not None:
            field_dict["account_mode"] = account_mode
        if certificate is not None:
            field_dict["certificate"] = certificate
        if new_certificate is not None:
            field_dict["new_certificate"] = new_certificate
        if last_onboarded_time is not None:
            field_dict["last_onboarded_time"] = last_onboarded_time
        if is_pin_enabled is not None:
            field_dict["is_pin_enabled"] = is_pin_enabled
        if search_visibility is not None:
            field_dict["search_visibility"] = search_visibility
        if webhook_configuration is not None:
            field_dict["webhook_configuration"] = webhook_configuration
        if health_status is not None:
            field_dict["health_status"] = health_status
        if conversational_automation is not None:
            field_dict["conversational_automation"] = conversational_automation
        if is_on_biz_app is not None:
            field_dict["is_on_biz_app"] = is_on_biz_app
        if whatsapp_business_manager_messaging_limit is not None:
            field_dict["whatsapp_business_manager_messaging_limit"] = whatsapp_business_manager_messaging_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        display_phone_number = d.pop("display_phone_number", None)

        verified_name = d.pop("verified_name", None)

        code_verification_status = d.pop("code_verification_status", None)

        quality_rating = d.pop("quality_rating", None)

        platform_type = d.pop("platform_type", None)

        _throughput = d.pop("throughput", None)
        throughput: PhoneNumberThroughput | None
        if _throughput is None:
            throughput = None
        else:
            throughput = PhoneNumberThroughput.from_dict(_throughput)

        name_status = d.pop("name_status", None)

        new_display_name = d.pop("new_display_name", None)

        new_name_status = d.pop("new_name_status", None)

        status = d.pop("status", None)

        messaging_limit_tier = d.pop("messaging_limit_tier", None)

        is_official_business_account = graph_bool(d.pop("is_official_business_account", None))

        account_mode = d.pop("account_mode", None)

        certificate = d.pop("certificate", None)

        new_certificate = d.pop("new_certificate", None)

        last_onboarded_time = d.pop("last_onboarded_time", None)

        is_pin_enabled = graph_bool(d.pop("is_pin_enabled", None))

        search_visibility = d.pop("search_visibility", None)

        _webhook_configuration = d.pop("webhook_configuration", None)
        webhook_configuration: PhoneNumberWebhookConfiguration | None
        if _webhook_configuration is None:
            webhook_configuration = None
        else:
            webhook_configuration = PhoneNumberWebhookConfiguration.from_dict(_webhook_configuration)

        _health_status = d.pop("health_status", None)
        health_status: PhoneNumberHealthStatus | None
        if _health_status is None:
            health_status = None
        else:
            health_status = PhoneNumberHealthStatus.from_dict(_health_status)

        _conversational_automation = d.pop("conversational_automation", None)
        conversational_automation: ConversationalAutomation | None
        if _conversational_automation is None:
            conversational_automation = None
        else:
            conversational_automation = ConversationalAutomation.from_dict(_conversational_automation)

        is_on_biz_app = graph_bool(d.pop("is_on_biz_app", None))

        whatsapp_business_manager_messaging_limit = d.pop("whatsapp_business_manager_messaging_limit", None)

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
            is_on_biz_app=is_on_biz_app,
            whatsapp_business_manager_messaging_limit=whatsapp_business_manager_messaging_limit,
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
