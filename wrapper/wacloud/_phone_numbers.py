"""``client.phone_numbers``: the generated namespace plus named helpers for the actions sharing ``POST /{id}``."""

from __future__ import annotations

import re

from wacloud_api.api.phone_numbers import PhoneNumbers as _GeneratedPhoneNumbers
from wacloud_api.models import (
    ConversationalAutomation,
    PhoneNumberUpdate,
    PhoneNumberWebhookOverride,
    SuccessResponse,
)
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError, UnexpectedResponseError

__all__ = ["PhoneNumbers"]

_PIN = re.compile(r"^\d{6}$")


def checked_pin(pin: str) -> str:
    """A two-step verification PIN is exactly six digits."""
    if not isinstance(pin, str) or not _PIN.match(pin):
        raise InvalidArgumentError("A two-step verification PIN is exactly 6 digits, e.g. '123456'.")
    return pin


def automation_of(value: object) -> ConversationalAutomation:
    if not isinstance(value, ConversationalAutomation):
        raise UnexpectedResponseError("Graph did not return conversational_automation for this phone number.")
    return value


class PhoneNumbers(_GeneratedPhoneNumbers):
    """``client.phone_numbers``: list, get, registration, verification, settings, PIN, display name, webhook override."""

    def set_two_step_pin(
        self, pin: str, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> SuccessResponse:
        """Set or change the 6-digit two-step verification PIN. Example: ``client.phone_numbers.set_two_step_pin("123456")``"""
        body = PhoneNumberUpdate(pin=checked_pin(pin))
        return self.update(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def request_display_name_change(
        self, name: str, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> SuccessResponse:
        """Submit a new display name for review. Example: ``client.phone_numbers.request_display_name_change("Lucky Shrub")``"""
        if not name or not name.strip():
            raise InvalidArgumentError("The new display name must be a non-empty string.")
        return self.update(new_display_name=name, phone_number_id=phone_number_id, request_options=request_options)

    def set_webhook_override(
        self,
        callback_url: str,
        verify_token: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Send this number's webhooks to ``callback_url`` (verified with ``verify_token``) instead of the app's.

        Example: ``client.phone_numbers.set_webhook_override("https://example.com/wa", "my-verify-token")``
        """
        if not callback_url.startswith("https://"):
            raise InvalidArgumentError(
                "callback_url must be an https:// URL; use remove_webhook_override() to clear it."
            )
        if not verify_token:
            raise InvalidArgumentError("verify_token must be a non-empty string (Meta echoes it to verify the URL).")
        override = PhoneNumberWebhookOverride(override_callback_uri=callback_url, verify_token=verify_token)
        body = PhoneNumberUpdate(webhook_configuration=override)
        return self.update(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def remove_webhook_override(
        self, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> SuccessResponse:
        """Deliver this number's webhooks to the WABA's or app's callback again. Example: ``client.phone_numbers.remove_webhook_override()``"""
        body = PhoneNumberUpdate(webhook_configuration=PhoneNumberWebhookOverride(override_callback_uri=""))
        return self.update(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def get_conversational_automation(
        self, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> ConversationalAutomation:
        """Ice breakers and commands. Example: ``client.phone_numbers.get_conversational_automation()``"""
        number = self.get(
            fields="conversational_automation", phone_number_id=phone_number_id, request_options=request_options
        )
        return automation_of(number.conversational_automation)
