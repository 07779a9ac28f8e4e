"""Namespace for the ``phone_numbers`` API area: ``PhoneNumbers`` (sync) and ``AsyncPhoneNumbers`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.business_compliance_info_list import BusinessComplianceInfoList
from ...models.business_compliance_info_update import BusinessComplianceInfoUpdate
from ...models.conversational_automation import ConversationalAutomation
from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.list_phone_numbers_sort import ListPhoneNumbersSort, check_list_phone_numbers_sort
from ...models.official_business_account_request import OfficialBusinessAccountRequest
from ...models.official_business_account_status import OfficialBusinessAccountStatus
from ...models.phone_number import PhoneNumber
from ...models.phone_number_create import PhoneNumberCreate
from ...models.phone_number_list import PhoneNumberList
from ...models.phone_number_settings import PhoneNumberSettings
from ...models.phone_number_settings_update import PhoneNumberSettingsUpdate
from ...models.phone_number_update import PhoneNumberUpdate
from ...models.registration_request import RegistrationRequest
from ...models.success_response import SuccessResponse
from ...models.verification_code_request import VerificationCodeRequest
from ...models.verification_code_submission import VerificationCodeSubmission
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import add_phone_number as _add_phone_number
from . import apply_phone_number_official_business_account as _apply_phone_number_official_business_account
from . import deregister_phone_number as _deregister_phone_number
from . import get_phone_number as _get_phone_number
from . import get_phone_number_business_compliance_info as _get_phone_number_business_compliance_info
from . import get_phone_number_official_business_account as _get_phone_number_official_business_account
from . import get_phone_number_settings as _get_phone_number_settings
from . import list_phone_numbers as _list_phone_numbers
from . import register_phone_number as _register_phone_number
from . import request_phone_number_code as _request_phone_number_code
from . import set_phone_number_business_compliance_info as _set_phone_number_business_compliance_info
from . import update_phone_number as _update_phone_number
from . import update_phone_number_conversational_automation as _update_phone_number_conversational_automation
from . import update_phone_number_settings as _update_phone_number_settings
from . import verify_phone_number_code as _verify_phone_number_code

__all__ = ["AsyncPhoneNumbers", "PhoneNumbers"]


class PhoneNumbers:
    """Operations of the ``phone_numbers`` area. Reach it as ``client.phone_numbers``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_official_business_account(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialBusinessAccountStatus:
        """Retrieve the Official Business Account status of a number.

        Returns the number's Official Business Account (blue badge) request status and Meta's message
        about it. Needs `whatsapp_business_management`.

        ``GET /{phone_number_id}/official_business_account``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get_official_business_account()``
        """
        parsed = self._runtime.execute(
            _get_phone_number_official_business_account._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_phone_number_official_business_account._parse_response,
            request_options,
        )
        if not isinstance(parsed, OfficialBusinessAccountStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    def apply_official_business_account(
        self,
        *,
        body: OfficialBusinessAccountRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Request an Official Business Account for a number.

        Requests the Official Business Account badge for the number (its display name must be approved
        and the business verified). Give evidence of notability with `supporting_links` (press coverage,
        not paid or promotional content). A decision takes about a week and can be appealed after 30
        days. Needs `whatsapp_business_management`. Meta's OpenAPI file (v23.0) also describes an older
        form (`action`: `SUBMIT_APPLICATION` / `WITHDRAW_APPLICATION` / `RESUBMIT_APPLICATION`, with
        `application_data`); its keys can be set through the model's additional properties
        (`body["action"] = "WITHDRAW_APPLICATION"`).

        ``POST /{phone_number_id}/official_business_account``

        Args:
            body: The request body (OfficialBusinessAccountRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.apply_official_business_account(body=OfficialBusinessAccountRequest(...))``
        """
        parsed = self._runtime.execute(
            _apply_phone_number_official_business_account._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _apply_phone_number_official_business_account._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_business_compliance_info(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessComplianceInfoList:
        """Retrieve the business compliance information of a number (India).

        Returns the compliance information Indian law (Consumer Protection (E-Commerce) Rules, 2020)
        requires businesses to show: the legal entity, its type and registration, the grievance officer
        and customer care contacts. Needs `whatsapp_business_management`.

        ``GET /{phone_number_id}/business_compliance_info``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get_business_compliance_info()``
        """
        parsed = self._runtime.execute(
            _get_phone_number_business_compliance_info._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_phone_number_business_compliance_info._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessComplianceInfoList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def set_business_compliance_info(
        self,
        *,
        body: BusinessComplianceInfoUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the business compliance information of a number (India).

        Sets the compliance information shown on the business profile in India. `entity_type_custom` is
        required with `entity_type=OTHER`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/business_compliance_info``

        Args:
            body: The request body (BusinessComplianceInfoUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.set_business_compliance_info(body=BusinessComplianceInfoUpdate(...))``
        """
        parsed = self._runtime.execute(
            _set_phone_number_business_compliance_info._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _set_phone_number_business_compliance_info._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        sort: ListPhoneNumbersSort | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PhoneNumberList:
        """List the phone numbers of a WhatsApp Business Account.

        Returns the business phone numbers of the WhatsApp Business Account, one page at a time (follow
        `paging.cursors.after`). Without `fields` Meta returns `id`, `display_phone_number`,
        `verified_name` and `quality_rating`; request more with `fields`, e.g. `id,display_phone_number,
        verified_name,code_verification_status,quality_rating,platform_type,throughput,status,messaging_
        limit_tier,name_status`. `filtering` narrows the list, e.g.
        `[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]`. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/phone_numbers``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, each `{"field": ..., "operator": ..., "value": ...}`. Documented
                filter: `account_mode` with operator `EQUAL` and value `SANDBOX` or `LIVE`.
            sort: Sort order of the numbers by onboarding or creation time.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.list()``
        """
        parsed = self._runtime.execute(
            _list_phone_numbers._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                sort=sort,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_phone_numbers._parse_response,
            request_options,
        )
        if not isinstance(parsed, PhoneNumberList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        sort: ListPhoneNumbersSort | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[PhoneNumber]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.phone_numbers.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_phone_numbers._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                sort=sort,
                limit=limit,
                after=after,
            ),
            _list_phone_numbers._parse_response,
            request_options,
            max_items,
            PhoneNumber,
        )

    def add(
        self,
        *,
        body: PhoneNumberCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Add a business phone number to a WhatsApp Business Account.

        Adds a number (country code `cc` and `phone_number` without it) with its display name, then
        verify it with `request_code` / `verify_code` and `register` it. Solution partners add a pre-
        verified number with `preverified_id`, or migrate a number from another WABA with
        `migrate_phone_number=true`. Returns the new phone number id. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}/phone_numbers``

        Args:
            body: The request body (PhoneNumberCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.add(body=PhoneNumberCreate(...))``
        """
        parsed = self._runtime.execute(
            _add_phone_number._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _add_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PhoneNumber:
        """Retrieve a business phone number.

        Returns one business phone number. Without `fields` Meta returns `id`, `display_phone_number`,
        `verified_name` and `quality_rating`. Other fields: `code_verification_status`, `platform_type`,
        `throughput`, `name_status`, `new_display_name`, `new_name_status`, `status`,
        `messaging_limit_tier`, `is_official_business_account`, `account_mode`, `certificate`,
        `new_certificate`, `last_onboarded_time`, `is_pin_enabled`, `search_visibility`,
        `webhook_configuration`, `health_status` (can this number send messages, and what blocks it),
        `conversational_automation` (ice breakers and commands), `is_on_biz_app` (a coexistence number,
        also used in the WhatsApp Business app) and, from v24.0,
        `whatsapp_business_manager_messaging_limit` (the owning portfolio's messaging limit). Needs
        `whatsapp_business_management` (or `whatsapp_business_messaging`).

        ``GET /{phone_number_id}``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get()``
        """
        parsed = self._runtime.execute(
            _get_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, PhoneNumber):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update(
        self,
        *,
        body: PhoneNumberUpdate | None = None,
        new_display_name: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the PIN, the webhook override or search visibility, or request a display name change.

        Several documented actions share this endpoint. To set or change the 6-digit two-step
        verification PIN, send `{"pin": "123456"}` (the PIN is needed again to register the number). To
        send this number's webhooks to another callback URL, send `webhook_configuration` with
        `override_callback_uri` and `verify_token` (Meta verifies the URL first; an empty
        `override_callback_uri` removes the override). `search_visibility` makes the number findable by
        name search or not. To change the display name, send `new_display_name` as a query parameter and
        no body: the new name goes through display name review; follow it with the phone number's
        `new_display_name` and `new_name_status` fields (a `phone_number_name_update` webhook reports
        the decision). The name can be changed 10 times per 30 days; once approved, re-register the
        number within 14 days. Both answer `{"success": true}`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}``

        Args:
            body: The request body (PhoneNumberUpdate).
            new_display_name: Request a display name change to this name (sent as a query parameter, as Meta documents).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.update(body=PhoneNumberUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
                new_display_name=new_display_name,
            ),
            _update_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def request_code(
        self,
        *,
        body: VerificationCodeRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Request a verification code for a business phone number.

        Sends a verification code to the business phone number by SMS or voice call, in the given
        language, to prove ownership before registration. Verify it with `verify_code`. Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/request_code``

        Args:
            body: The request body (VerificationCodeRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.request_code(body=VerificationCodeRequest(...))``
        """
        parsed = self._runtime.execute(
            _request_phone_number_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _request_phone_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def verify_code(
        self,
        *,
        body: VerificationCodeSubmission,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Verify a business phone number with the code received.

        Submits the code received after `request_code` (digits only, without the hyphen). On success the
        number's `code_verification_status` becomes `VERIFIED`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/verify_code``

        Args:
            body: The request body (VerificationCodeSubmission).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.verify_code(body=VerificationCodeSubmission(...))``
        """
        parsed = self._runtime.execute(
            _verify_phone_number_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _verify_phone_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def register(
        self,
        *,
        body: RegistrationRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Register a business phone number for Cloud API.

        Registers a verified business phone number for Cloud API and sets its two-step verification PIN
        (or checks it, if the number already has one). Also needed after an approved display name
        change. Optional `data_localization_region` enables local storage (v20.0 and older; newer
        versions use `update_settings` with `storage_configuration` before registering). Limited to 10
        requests per number in a 72-hour moving window (error 133016). Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/register``

        Args:
            body: The request body (RegistrationRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.register(body=RegistrationRequest(...))``
        """
        parsed = self._runtime.execute(
            _register_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _register_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def deregister(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Deregister a business phone number.

        Removes the number from Cloud API: it can no longer send or receive messages until registered
        again. Deregistering does not delete the number or its message history. Shares the registration
        rate limit (10 requests per 72 hours). Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/deregister``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.deregister()``
        """
        parsed = self._runtime.execute(
            _deregister_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _deregister_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_settings(
        self,
        *,
        include_sip_credentials: bool | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PhoneNumberSettings:
        """Retrieve the settings of a business phone number.

        Returns the phone number's feature settings: `calling` (Calling API status, call icon, call
        hours, callback permission, SIP), `storage_configuration` (local storage) and
        `payload_encryption`. SIP passwords are included only with `include_sip_credentials=true`. Needs
        `whatsapp_business_management`.

        ``GET /{phone_number_id}/settings``

        Args:
            include_sip_credentials: Include the SIP server passwords (`sip_user_password`) in `calling.sip.servers`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get_settings()``
        """
        parsed = self._runtime.execute(
            _get_phone_number_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                include_sip_credentials=include_sip_credentials,
            ),
            _get_phone_number_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, PhoneNumberSettings):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update_settings(
        self,
        *,
        body: PhoneNumberSettingsUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update the settings of a business phone number.

        Changes one feature setting per request: `calling`, `storage_configuration`,
        `payload_encryption` or `user_identity_change`. Calling needs a messaging limit of at least
        2,000; WhatsApp clients may take up to 7 days to show calling changes. Local storage can only be
        enabled or disabled while the number is deregistered (deregister, update, register again). Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/settings``

        Args:
            body: The request body (PhoneNumberSettingsUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.update_settings(body=PhoneNumberSettingsUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_phone_number_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _update_phone_number_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update_conversational_automation(
        self,
        *,
        body: ConversationalAutomation,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Configure ice breakers and commands.

        Configures conversational components: up to 4 ice breakers (`prompts`) shown in a new chat, and
        up to 30 commands the user can type after `/`. (Meta removed the welcome message and its
        `request_welcome` webhook on 2026-03-27.) Read the current configuration with
        `get(fields="conversational_automation")`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/conversational_automation``

        Args:
            body: The request body (ConversationalAutomation).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.update_conversational_automation(body=ConversationalAutomation(...))``
        """
        parsed = self._runtime.execute(
            _update_phone_number_conversational_automation._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _update_phone_number_conversational_automation._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncPhoneNumbers:
    """Operations of the ``phone_numbers`` area (asyncio). Reach it as ``client.phone_numbers``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_official_business_account(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OfficialBusinessAccountStatus:
        """Retrieve the Official Business Account status of a number.

        Returns the number's Official Business Account (blue badge) request status and Meta's message
        about it. Needs `whatsapp_business_management`.

        ``GET /{phone_number_id}/official_business_account``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get_official_business_account()``
        """
        parsed = await self._runtime.execute(
            _get_phone_number_official_business_account._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_phone_number_official_business_account._parse_response,
            request_options,
        )
        if not isinstance(parsed, OfficialBusinessAccountStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def apply_official_business_account(
        self,
        *,
        body: OfficialBusinessAccountRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Request an Official Business Account for a number.

        Requests the Official Business Account badge for the number (its display name must be approved
        and the business verified). Give evidence of notability with `supporting_links` (press coverage,
        not paid or promotional content). A decision takes about a week and can be appealed after 30
        days. Needs `whatsapp_business_management`. Meta's OpenAPI file (v23.0) also describes an older
        form (`action`: `SUBMIT_APPLICATION` / `WITHDRAW_APPLICATION` / `RESUBMIT_APPLICATION`, with
        `application_data`); its keys can be set through the model's additional properties
        (`body["action"] = "WITHDRAW_APPLICATION"`).

        ``POST /{phone_number_id}/official_business_account``

        Args:
            body: The request body (OfficialBusinessAccountRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.apply_official_business_account(body=OfficialBusinessAccountRequest(...))``
        """
        parsed = await self._runtime.execute(
            _apply_phone_number_official_business_account._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _apply_phone_number_official_business_account._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_business_compliance_info(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessComplianceInfoList:
        """Retrieve the business compliance information of a number (India).

        Returns the compliance information Indian law (Consumer Protection (E-Commerce) Rules, 2020)
        requires businesses to show: the legal entity, its type and registration, the grievance officer
        and customer care contacts. Needs `whatsapp_business_management`.

        ``GET /{phone_number_id}/business_compliance_info``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get_business_compliance_info()``
        """
        parsed = await self._runtime.execute(
            _get_phone_number_business_compliance_info._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_phone_number_business_compliance_info._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessComplianceInfoList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def set_business_compliance_info(
        self,
        *,
        body: BusinessComplianceInfoUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the business compliance information of a number (India).

        Sets the compliance information shown on the business profile in India. `entity_type_custom` is
        required with `entity_type=OTHER`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/business_compliance_info``

        Args:
            body: The request body (BusinessComplianceInfoUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.set_business_compliance_info(body=BusinessComplianceInfoUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _set_phone_number_business_compliance_info._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _set_phone_number_business_compliance_info._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        sort: ListPhoneNumbersSort | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PhoneNumberList:
        """List the phone numbers of a WhatsApp Business Account.

        Returns the business phone numbers of the WhatsApp Business Account, one page at a time (follow
        `paging.cursors.after`). Without `fields` Meta returns `id`, `display_phone_number`,
        `verified_name` and `quality_rating`; request more with `fields`, e.g. `id,display_phone_number,
        verified_name,code_verification_status,quality_rating,platform_type,throughput,status,messaging_
        limit_tier,name_status`. `filtering` narrows the list, e.g.
        `[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]`. Needs
        `whatsapp_business_management`.

        ``GET /{waba_id}/phone_numbers``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            filtering: JSON-encoded array of filters, each `{"field": ..., "operator": ..., "value": ...}`. Documented
                filter: `account_mode` with operator `EQUAL` and value `SANDBOX` or `LIVE`.
            sort: Sort order of the numbers by onboarding or creation time.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.list()``
        """
        parsed = await self._runtime.execute(
            _list_phone_numbers._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                sort=sort,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_phone_numbers._parse_response,
            request_options,
        )
        if not isinstance(parsed, PhoneNumberList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        filtering: str | None = None,
        sort: ListPhoneNumbersSort | None = None,
        limit: int | None = None,
        waba_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[PhoneNumber]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.phone_numbers.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_phone_numbers._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
                filtering=filtering,
                sort=sort,
                limit=limit,
                after=after,
            ),
            _list_phone_numbers._parse_response,
            request_options,
            max_items,
            PhoneNumber,
        )

    async def add(
        self,
        *,
        body: PhoneNumberCreate,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> IdResponse:
        """Add a business phone number to a WhatsApp Business Account.

        Adds a number (country code `cc` and `phone_number` without it) with its display name, then
        verify it with `request_code` / `verify_code` and `register` it. Solution partners add a pre-
        verified number with `preverified_id`, or migrate a number from another WABA with
        `migrate_phone_number=true`. Returns the new phone number id. Needs
        `whatsapp_business_management`.

        ``POST /{waba_id}/phone_numbers``

        Args:
            body: The request body (PhoneNumberCreate).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.add(body=PhoneNumberCreate(...))``
        """
        parsed = await self._runtime.execute(
            _add_phone_number._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                body=body,
            ),
            _add_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, IdResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PhoneNumber:
        """Retrieve a business phone number.

        Returns one business phone number. Without `fields` Meta returns `id`, `display_phone_number`,
        `verified_name` and `quality_rating`. Other fields: `code_verification_status`, `platform_type`,
        `throughput`, `name_status`, `new_display_name`, `new_name_status`, `status`,
        `messaging_limit_tier`, `is_official_business_account`, `account_mode`, `certificate`,
        `new_certificate`, `last_onboarded_time`, `is_pin_enabled`, `search_visibility`,
        `webhook_configuration`, `health_status` (can this number send messages, and what blocks it),
        `conversational_automation` (ice breakers and commands), `is_on_biz_app` (a coexistence number,
        also used in the WhatsApp Business app) and, from v24.0,
        `whatsapp_business_manager_messaging_limit` (the owning portfolio's messaging limit). Needs
        `whatsapp_business_management` (or `whatsapp_business_messaging`).

        ``GET /{phone_number_id}``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get()``
        """
        parsed = await self._runtime.execute(
            _get_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, PhoneNumber):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update(
        self,
        *,
        body: PhoneNumberUpdate | None = None,
        new_display_name: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the PIN, the webhook override or search visibility, or request a display name change.

        Several documented actions share this endpoint. To set or change the 6-digit two-step
        verification PIN, send `{"pin": "123456"}` (the PIN is needed again to register the number). To
        send this number's webhooks to another callback URL, send `webhook_configuration` with
        `override_callback_uri` and `verify_token` (Meta verifies the URL first; an empty
        `override_callback_uri` removes the override). `search_visibility` makes the number findable by
        name search or not. To change the display name, send `new_display_name` as a query parameter and
        no body: the new name goes through display name review; follow it with the phone number's
        `new_display_name` and `new_name_status` fields (a `phone_number_name_update` webhook reports
        the decision). The name can be changed 10 times per 30 days; once approved, re-register the
        number within 14 days. Both answer `{"success": true}`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}``

        Args:
            body: The request body (PhoneNumberUpdate).
            new_display_name: Request a display name change to this name (sent as a query parameter, as Meta documents).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.update(body=PhoneNumberUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
                new_display_name=new_display_name,
            ),
            _update_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def request_code(
        self,
        *,
        body: VerificationCodeRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Request a verification code for a business phone number.

        Sends a verification code to the business phone number by SMS or voice call, in the given
        language, to prove ownership before registration. Verify it with `verify_code`. Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/request_code``

        Args:
            body: The request body (VerificationCodeRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.request_code(body=VerificationCodeRequest(...))``
        """
        parsed = await self._runtime.execute(
            _request_phone_number_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _request_phone_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def verify_code(
        self,
        *,
        body: VerificationCodeSubmission,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Verify a business phone number with the code received.

        Submits the code received after `request_code` (digits only, without the hyphen). On success the
        number's `code_verification_status` becomes `VERIFIED`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/verify_code``

        Args:
            body: The request body (VerificationCodeSubmission).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.verify_code(body=VerificationCodeSubmission(...))``
        """
        parsed = await self._runtime.execute(
            _verify_phone_number_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _verify_phone_number_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def register(
        self,
        *,
        body: RegistrationRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Register a business phone number for Cloud API.

        Registers a verified business phone number for Cloud API and sets its two-step verification PIN
        (or checks it, if the number already has one). Also needed after an approved display name
        change. Optional `data_localization_region` enables local storage (v20.0 and older; newer
        versions use `update_settings` with `storage_configuration` before registering). Limited to 10
        requests per number in a 72-hour moving window (error 133016). Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/register``

        Args:
            body: The request body (RegistrationRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.register(body=RegistrationRequest(...))``
        """
        parsed = await self._runtime.execute(
            _register_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _register_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def deregister(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Deregister a business phone number.

        Removes the number from Cloud API: it can no longer send or receive messages until registered
        again. Deregistering does not delete the number or its message history. Shares the registration
        rate limit (10 requests per 72 hours). Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/deregister``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.deregister()``
        """
        parsed = await self._runtime.execute(
            _deregister_phone_number._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _deregister_phone_number._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_settings(
        self,
        *,
        include_sip_credentials: bool | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> PhoneNumberSettings:
        """Retrieve the settings of a business phone number.

        Returns the phone number's feature settings: `calling` (Calling API status, call icon, call
        hours, callback permission, SIP), `storage_configuration` (local storage) and
        `payload_encryption`. SIP passwords are included only with `include_sip_credentials=true`. Needs
        `whatsapp_business_management`.

        ``GET /{phone_number_id}/settings``

        Args:
            include_sip_credentials: Include the SIP server passwords (`sip_user_password`) in `calling.sip.servers`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.get_settings()``
        """
        parsed = await self._runtime.execute(
            _get_phone_number_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                include_sip_credentials=include_sip_credentials,
            ),
            _get_phone_number_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, PhoneNumberSettings):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update_settings(
        self,
        *,
        body: PhoneNumberSettingsUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update the settings of a business phone number.

        Changes one feature setting per request: `calling`, `storage_configuration`,
        `payload_encryption` or `user_identity_change`. Calling needs a messaging limit of at least
        2,000; WhatsApp clients may take up to 7 days to show calling changes. Local storage can only be
        enabled or disabled while the number is deregistered (deregister, update, register again). Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/settings``

        Args:
            body: The request body (PhoneNumberSettingsUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.update_settings(body=PhoneNumberSettingsUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_phone_number_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _update_phone_number_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update_conversational_automation(
        self,
        *,
        body: ConversationalAutomation,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Configure ice breakers and commands.

        Configures conversational components: up to 4 ice breakers (`prompts`) shown in a new chat, and
        up to 30 commands the user can type after `/`. (Meta removed the welcome message and its
        `request_welcome` webhook on 2026-03-27.) Read the current configuration with
        `get(fields="conversational_automation")`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/conversational_automation``

        Args:
            body: The request body (ConversationalAutomation).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.phone_numbers.update_conversational_automation(body=ConversationalAutomation(...))``
        """
        parsed = await self._runtime.execute(
            _update_phone_number_conversational_automation._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _update_phone_number_conversational_automation._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
