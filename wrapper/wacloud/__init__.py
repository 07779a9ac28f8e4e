"""wacloud: the typed Python SDK for Meta's WhatsApp Cloud API.

    from wacloud import WhatsApp
    with WhatsApp() as client:                       # CLOUD_API_ACCESS_TOKEN, WA_PHONE_NUMBER_ID, ...
        client.messages.send_text(to="15551234567", body="Hello")

``AsyncWhatsApp`` is the asyncio twin. Every error derives from ``WhatsAppError``.
"""

from __future__ import annotations

from ._client import AsyncWhatsApp, WhatsApp
from ._config import ConfigurationWarning, Settings
from ._constants import DEFAULT_API_VERSION
from ._errors import (
    ApiError,
    AuthenticationError,
    BsuidNotSupportedError,
    ConfigurationError,
    ConnectionError,
    InvalidArgumentError,
    InvalidRequestError,
    InvalidSignatureError,
    MediaDownloadError,
    RateLimitError,
    TimeoutError,
    UnexpectedResponseError,
    UnknownApiError,
    WebhookError,
    WebhookPayloadError,
    WebhookVerificationError,
    WhatsAppError,
)
from ._secrets import SecretStr
from ._tenants import AsyncTenantClients, TenantClients, TenantCredentials
from ._version import __version__

__all__ = [
    "DEFAULT_API_VERSION",
    "ApiError",
    "AsyncTenantClients",
    "AsyncWhatsApp",
    "AuthenticationError",
    "BsuidNotSupportedError",
    "ConfigurationError",
    "ConfigurationWarning",
    "ConnectionError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "InvalidSignatureError",
    "MediaDownloadError",
    "RateLimitError",
    "SecretStr",
    "Settings",
    "TenantClients",
    "TenantCredentials",
    "TimeoutError",
    "UnexpectedResponseError",
    "UnknownApiError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "WhatsApp",
    "WhatsAppError",
    "__version__",
]
