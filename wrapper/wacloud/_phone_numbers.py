"""``client.phone_numbers``: the generated namespace plus named helpers for the actions sharing ``POST /{id}``."""

from __future__ import annotations

import re

from wacloud_api.api.phone_numbers import PhoneNumbers as _GeneratedPhoneNumbers
from wacloud_api.models import ConversationalAutomation, SuccessResponse, TwoStepVerificationPinRequest
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
    """``client.phone_numbers``: list, get, registration, verification, settings, PIN and display name."""

    def set_two_step_pin(
        self, pin: str, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> SuccessResponse:
        """Set or change the 6-digit two-step verification PIN. Example: ``client.phone_numbers.set_two_step_pin("123456")``"""
        body = TwoStepVerificationPinRequest(pin=checked_pin(pin))
        return self.update(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def request_display_name_change(
        self, name: str, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> SuccessResponse:
        """Submit a new display name for review. Example: ``client.phone_numbers.request_display_name_change("Lucky Shrub")``"""
        if not name or not name.strip():
            raise InvalidArgumentError("The new display name must be a non-empty string.")
        return self.update(new_display_name=name, phone_number_id=phone_number_id, request_options=request_options)

    def get_conversational_automation(
        self, *, phone_number_id: str | None = None, request_options: RequestOptions | None = None
    ) -> ConversationalAutomation:
        """Ice breakers, commands and the welcome message setting. Example: ``client.phone_numbers.get_conversational_automation()``"""
        number = self.get(
            fields="conversational_automation", phone_number_id=phone_number_id, request_options=request_options
        )
        return automation_of(number.conversational_automation)
