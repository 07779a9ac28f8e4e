from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WhatsAppBusinessAccount")


@_attrs_define
class WhatsAppBusinessAccount:
    """A WhatsApp Business Account. Which properties are present depends on `fields`. The analytics properties
    are present only when requested with their field-expansion filters (see the `waba` tag).

        Example:
            {'id': '102290129340398', 'name': 'Lucky Shrub', 'timezone_id': '1', 'currency': 'USD', 'analytics':
                {'phone_numbers': ['16505550111'], 'country_codes': ['US', 'BR'], 'granularity': 'DAY', 'data_points':
                [{'start': 1543543200, 'end': 1543629600, 'sent': 196093, 'delivered': 179715}]}}

    """

    id: str
    """ WABA id. """
    name: str | None = None
    """ WABA name. """
    timezone_id: str | None = None
    """ Time zone id of the WABA (a Meta time zone id, as a string). """
    message_template_namespace: str | None = None
    """ Namespace of the WABA's templates (used by the On-Premises API). """
    account_review_status: str | None = None
    """ `APPROVED`, `PENDING`, `REJECTED` or `RESTRICTED` (open-ended). """
    business_verification_status: str | None = None
    """ Verification status of the owning business: `VERIFIED`, `UNVERIFIED`, `PENDING`, `REJECTED`, … (open-ended).
    """
    country: str | None = None
    """ Two-letter country code of the WABA. """
    currency: str | None = None
    """ Three-letter currency code used for billing and analytics costs, e.g. `USD`. """
    ownership_type: str | None = None
    """ `SELF_OWNED`, `CLIENT_OWNED` or `AGENCY_OWNED` (open-ended). """
    primary_business_location: str | None = None
    """ Two-letter country code of the primary business location. """
    primary_funding_id: str | None = None
    """ Id of the WABA's primary funding source (credit line). """
    purchase_order_number: str | None = None
    """ Purchase order number for invoices. """
    is_enabled_for_insights: bool | None = None
    """ Whether template analytics are enabled. """
    marketing_messages_onboarding_status: str | None = None
    """ Marketing Messages API onboarding: `ONBOARDED`, `ELIGIBLE`, `NOT_ELIGIBLE`, `PENDING`, … (open-ended;
    replaces `marketing_messages_lite_api_status`). """
    marketing_messages_lite_api_status: str | None = None
    """ Former name of `marketing_messages_onboarding_status` (open-ended). """
    health_status: WabaHealthStatus | None = None
    """ Whether the WABA and the entities above and below it can send messages. """
    on_behalf_of_business_info: WabaOnBehalfOfBusinessInfo | None = None
    """ The client business a partner-owned WABA operates on behalf of. """
    analytics: AnalyticsResult | None = None
    """ Messaging analytics: messages sent and delivered by the WABA's phone numbers. The value of the
    `analytics` field, requested as
    `analytics.start(<unix>).end(<unix>).granularity(HALF_HOUR|DAY|MONTH)` with optional
    `.phone_numbers([...])`, `.product_types([0,2])` (0 notification/template messages, 2 customer-support
    messages) and `.country_codes([...])`. Lookback 1 year.
     """
    conversation_analytics: ConversationAnalyticsList | None = None
    """ Conversation analytics (conversation-based pricing, before July 2025): conversation counts and approximate
    cost. The value of the `conversation_analytics` field, requested as
    `conversation_analytics.start(<unix>).end(<unix>).granularity(HALF_HOUR|DAILY|MONTHLY)` with optional
    `.phone_numbers([...])`, `.country_codes([...])`, `.metric_types([COST,CONVERSATION])`,
    `.conversation_categories([AUTHENTICATION,MARKETING,SERVICE,UTILITY])`,
    `.conversation_types([FREE_ENTRY_POINT,FREE_TIER,REGULAR])`,
    `.conversation_directions([BUSINESS_INITIATED,USER_INITIATED,UNKNOWN])` and
    `.dimensions([CONVERSATION_CATEGORY,CONVERSATION_DIRECTION,CONVERSATION_TYPE,COUNTRY,PHONE])`.
    `COST` is not shown to businesses billed through a Solution Partner.
     """
    pricing_analytics: PricingAnalyticsList | None = None
    """ Pricing analytics (per-message pricing): delivered message volume and approximate cost. The answer of
    `GET /{waba_id}/pricing_analytics` and the value of the `pricing_analytics` field, requested as
    `pricing_analytics.start(<unix>).end(<unix>).granularity(HALF_HOUR|DAILY|MONTHLY)` with optional
    `.phone_numbers([...])`, `.country_codes([...])`, `.metric_types([COST,VOLUME])`,
    `.pricing_categories([AUTHENTICATION,AUTHENTICATION_INTERNATIONAL,MARKETING,MARKETING_LITE,SERVICE,UTILITY,REFER
    RAL_CONVERSION])`,
    `.pricing_types([REGULAR,FREE_CUSTOMER_SERVICE,FREE_ENTRY_POINT])` and
    `.dimensions([PHONE,COUNTRY,PRICING_TYPE,PRICING_CATEGORY,TIER])`. Lookback 1 year.
     """
    template_analytics: TemplateAnalyticsList | None = None
    """ Template analytics: the answer of `GET /{waba_id}/template_analytics`, also readable as the
    `template_analytics` field with the same filters in field-expansion form.
     """
    whatsapp_business_manager_messaging_limit: str | None = None
    """ The owning business portfolio's messaging limit (v24.0 and newer; limits are per portfolio), e.g. `TIER_2K`,
    `TIER_10K`, `TIER_UNLIMITED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        timezone_id = self.timezone_id

        message_template_namespace = self.message_template_namespace

        account_review_status = self.account_review_status

        business_verification_status = self.business_verification_status

        country = self.country

        currency = self.currency

        ownership_type = self.ownership_type

        primary_business_location = self.primary_business_location

        primary_funding_id = self.primary_funding_id

        purchase_order_number = self.purchase_order_number

        is_enabled_for_insights = self.is_enabled_for_insights

        marketing_messages_onboarding_status = self.marketing_messages_onboarding_status

        marketing_messages_lite_api_status = self.marketing_messages_lite_api_status

        health_status: dict[str, Any] | None = None
        if self.health_status is not None:
            health_status = self.health_status.to_dict()

        on_behalf_of_business_info: dict[str, Any] | None = None
        if self.on_behalf_of_business_info is not None:
            on_behalf_of_business_info = self.on_behalf_of_business_info.to_dict()

        analytics: dict[str, Any] | None = None
        if self.analytics is not None:
            analytics = self.analytics.to_dict()

        conversation_analytics: dict[str, Any] | None = None
        if self.conversation_analytics is not None:
            conversation_analytics = self.conversation_analytics.to_dict()

        pricing_analytics: dict[str, Any] | None = None
        if self.pricing_analytics is not None:
            pricing_analytics = self.pricing_analytics.to_dict()

        template_analytics: dict[str, Any] | None = None
        if self.template_analytics is not None:
            template_analytics = self.template_analytics.to_dict()

        whatsapp_business_manager_messaging_limit = self.whatsapp_business_manager_messaging_limit

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if name is not None:
            field_dict["name"] = name
        if timezone_id is not None:
            field_dict["timezone_id"] = timezone_id
        if message_template_namespace is not None:
            field_dict["message_template_namespace"] = message_template_namespace
        if account_review_status is not None:
            field_dict["account_review_status"] = account_review_status
        if business_verification_status is not None:
            field_dict["business_verification_status"] = business_verification_status
        if country is not None:
            field_dict["country"] = country
        if currency is not None:
            field_dict["currency"] = currency
        if ownership_type is not None:
            field_dict["ownership_type"] = ownership_type
        if primary_business_location is not None:
            field_dict["primary_business_location"] = primary_business_location
        if primary_funding_id is not None:
            field_dict["primary_funding_id"] = primary_funding_id
        if purchase_order_number is not None:
            field_dict["purchase_order_number"] = purchase_order_number
        if is_enabled_for_insights is not None:
            field_dict["is_enabled_for_insights"] = is_enabled_for_insights
        if marketing_messages_onboarding_status is not None:
            field_dict["marketing_messages_onboarding_status"] = marketing_messages_onboarding_status
        if marketing_messages_lite_api_status is not None:
            field_dict["marketing_messages_lite_api_status"] = marketing_messages_lite_api_status
        if health_status is not None:
            field_dict["health_status"] = health_status
        if on_behalf_of_business_info is not None:
            field_dict["on_behalf_of_business_info"] = on_behalf_of_business_info
        if analytics is not None:
            field_dict["analytics"] = analytics
        if conversation_analytics is not None:
            field_dict["conversation_analytics"] = conversation_analytics
        if pricing_analytics is not None:
            field_dict["pricing_analytics"] = pricing_analytics
        if template_analytics is not None:
            field_dict["template_analytics"] = template_analytics
        if whatsapp_business_manager_messaging_limit is not None:
            field_dict["whatsapp_business_manager_messaging_limit"] = whatsapp_business_manager_messaging_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        timezone_id = d.pop("timezone_id", None)

        message_template_namespace = d.pop("message_template_namespace", None)

        account_review_status = d.pop("account_review_status", None)

        business_verification_status = d.pop("business_verification_status", None)

        country = d.pop("country", None)

        currency = d.pop("currency", None)

        ownership_type = d.pop("ownership_type", None)

        primary_business_location = d.pop("primary_business_location", None)

        primary_funding_id = d.pop("primary_funding_id", None)

        purchase_order_number = d.pop("purchase_order_number", None)

        is_enabled_for_insights = graph_bool(d.pop("is_enabled_for_insights", None))

        marketing_messages_onboarding_status = d.pop("marketing_messages_onboarding_status", None)

        marketing_messages_lite_api_status = d.pop("marketing_messages_lite_api_status", None)

        _health_status = d.pop("health_status", None)
        health_status: WabaHealthStatus | None
        if _health_status is None:
            health_status = None
        else:
            health_status = WabaHealthStatus.from_dict(_health_status)

        _on_behalf_of_business_info = d.pop("on_behalf_of_business_info", None)
        on_behalf_of_business_info: WabaOnBehalfOfBusinessInfo | None
        if _on_behalf_of_business_info is None:
            on_behalf_of_business_info = None
        else:
            on_behalf_of_business_info = WabaOnBehalfOfBusinessInfo.from_dict(_on_behalf_of_business_info)

        _analytics = d.pop("analytics", None)
        analytics: AnalyticsResult | None
        if _analytics is None:
            analytics = None
        else:
            analytics = AnalyticsResult.from_dict(_analytics)

        _conversation_analytics = d.pop("conversation_analytics", None)
        conversation_analytics: ConversationAnalyticsList | None
        if _conversation_analytics is None:
            conversation_analytics = None
        else:
            conversation_analytics = ConversationAnalyticsList.from_dict(_conversation_analytics)

        _pricing_analytics = d.pop("pricing_analytics", None)
        pricing_analytics: PricingAnalyticsList | None
        if _pricing_analytics is None:
            pricing_analytics = None
        else:
            pricing_analytics = PricingAnalyticsList.from_dict(_pricing_analytics)

        _template_analytics = d.pop("template_analytics", None)
        template_analytics: TemplateAnalyticsList | None
        if _template_analytics is None:
            template_analytics = None
        else:
            template_analytics = TemplateAnalyticsList.from_dict(_template_analytics)

        whatsapp_business_manager_messaging_limit = d.pop("whatsapp_business_manager_messaging_limit", None)

        whats_app_business_account = cls(
            id=id,
            name=name,
            timezone_id=timezone_id,
            message_template_namespace=message_template_namespace,
            account_review_status=account_review_status,
            business_verification_status=business_verification_status,
            country=country,
            currency=currency,
            ownership_type=ownership_type,
            primary_business_location=primary_business_location,
            primary_funding_id=primary_funding_id,
            purchase_order_number=purchase_order_number,
            is_enabled_for_insights=is_enabled_for_insights,
            marketing_messages_onboarding_status=marketing_messages_onboarding_status,
            marketing_messages_lite_api_status=marketing_messages_lite_api_status,
            health_status=health_status,
            on_behalf_of_business_info=on_behalf_of_business_info,
            analytics=analytics,
            conversation_analytics=conversation_analytics,
            pricing_analytics=pricing_analytics,
            template_analytics=template_analytics,
            whatsapp_business_manager_messaging_limit=whatsapp_business_manager_messaging_limit,
        )

        whats_app_business_account.additional_properties = d
        return whats_app_business_account

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
from ..models.analytics_result import AnalyticsResult  # noqa: E402
from ..models.conversation_analytics_list import ConversationAnalyticsList  # noqa: E402
from ..models.pricing_analytics_list import PricingAnalyticsList  # noqa: E402
from ..models.template_analytics_list import TemplateAnalyticsList  # noqa: E402
from ..models.waba_health_status import WabaHealthStatus  # noqa: E402
from ..models.waba_on_behalf_of_business_info import WabaOnBehalfOfBusinessInfo  # noqa: E402
