"""Every exception wacloud raises.

    WhatsAppError                      root: ``except wacloud.WhatsAppError`` catches everything below
    ├── ConfigurationError             a setting is missing or malformed (names the argument and env var)
    ├── InvalidArgumentError           a call got an argument it cannot use (says which and why)
    ├── ApiError                       Graph answered with an error envelope (or an unreadable error body)
    │   ├── AuthenticationError        190, 0, 10, 200-299 ...: token expired, invalid or lacking permission
    │   ├── RateLimitError             4, 80007, 130429, 131056 ...: throttled, safe to retry later
    │   ├── InvalidRequestError        100, 131008, 131009 ...: the request itself is wrong
    │   │   └── BsuidNotSupportedError 131062: this message cannot go to a BSUID; send to the phone number
    │   └── UnknownApiError            any code wacloud does not classify yet
    ├── ConnectionError                the connection failed; ``request_sent`` says whether Graph got the request
    ├── TimeoutError                   an attempt overran the ``timeout`` deadline; ``request_sent`` likewise
    ├── UnexpectedResponseError        Graph answered 2xx with a body that does not match the spec
    ├── MediaDownloadError             a media download was refused or its SHA-256 did not match
    └── WebhookError                   see ``wacloud.webhooks``
        ├── WebhookVerificationError   the subscription handshake failed
        ├── InvalidSignatureError      X-Hub-Signature-256 missing, malformed or wrong
        └── WebhookPayloadError        the body is not a WhatsApp webhook notification

Messages never contain an access token or an app secret: callers only ever pass descriptions of bad values, and
text a server sends back is scrubbed of every secret the client knows before it is stored here.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BsuidNotSupportedError",
    "ConfigurationError",
    "ConnectionError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "MediaDownloadError",
    "InvalidSignatureError",
    "RateLimitError",
    "TimeoutError",
    "UnexpectedResponseError",
    "UnknownApiError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "WhatsAppError",
    "api_error_from_body",
    "api_error_class_for_code",
]


class WhatsAppError(Exception):
    """Root of every error raised by wacloud."""


class ConfigurationError(WhatsAppError, ValueError):
    """A required setting is missing, or a setting has a malformed value."""


class InvalidArgumentError(WhatsAppError, ValueError):
    """A method was called with an argument it cannot use; the message says which and how to fix it."""


class MediaDownloadError(WhatsAppError):
    """A media download was refused (untrusted host) or its bytes do not match the advertised SHA-256."""


class ApiError(WhatsAppError):
    """The Graph API answered with an error.

    The attributes mirror Graph's error envelope ``{"error": {...}}``. Meta asks integrators to branch on
    ``code`` rather than on the HTTP status or the (deprecated) ``subcode``. ``response`` is the raw
    ``httpx.Response`` Graph answered with (``None`` for errors reported in webhooks).
    """

    #: The HTTP answer this error was read from (headers, raw body); ``None`` for webhook-reported errors.
    response: httpx.Response | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: int | None = None,
        subcode: int | None = None,
        type: str | None = None,  # mirrors Graph's field name
        fbtrace_id: str | None = None,
        error_data: Mapping[str, Any] | None = None,
        is_transient: bool | None = None,
        user_title: str | None = None,
        user_message: str | None = None,
        retry_after: float | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.subcode = subcode
        self.type = type
        self.fbtrace_id = fbtrace_id
        self.error_data: dict[str, Any] = dict(error_data or {})
        self.is_transient = is_transient
        self.user_title = user_title
        self.user_message = user_message
        self.retry_after = retry_after
        self.body: dict[str, Any] = dict(body or {})

    @property
    def details(self) -> str | None:
        """Meta's human-readable explanation (``error_data.details``), when present."""
        details = self.error_data.get("details")
        return details if isinstance(details, str) else None

    def __str__(self) -> str:
        parts = [self.message]
        if self.details and self.details not in self.message:
            parts.append(f"details: {self.details}")
        meta = []
        if self.status_code is not None:
            meta.append(f"HTTP {self.status_code}")
        if self.code is not None:
            meta.append(f"code {self.code}")
        if self.subcode is not None:
            meta.append(f"subcode {self.subcode}")
        if self.fbtrace_id:
            meta.append(f"fbtrace_id {self.fbtrace_id}")
        if meta:
            parts.append("(" + ", ".join(meta) + ")")
        return " ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status_code={self.status_code!r}, "
            f"code={self.code!r}, fbtrace_id={self.fbtrace_id!r})"
        )


class AuthenticationError(ApiError):
    """The access token is expired, invalid, or lacks a permission (Graph codes 190, 0, 10, 102, 200-299)."""


class RateLimitError(ApiError):
    """Graph throttled the call (codes 4, 80007, 130429, 131056 ...). ``retry_after`` is a hint in seconds."""


class InvalidRequestError(ApiError):
    """The request is malformed or refers to something that does not exist (code 100 and parameter codes)."""


class BsuidNotSupportedError(InvalidRequestError):
    """Code 131062: "BSUID recipients are not supported for this message" (one-tap, zero-tap and copy-code
    authentication templates). Send it to the user's phone number (``to``) instead."""


class UnknownApiError(ApiError):
    """A Graph error whose code wacloud does not classify; inspect ``code`` and ``error_data``."""


class _TransportFailure(WhatsAppError):
    """Shared by ``ConnectionError`` and ``TimeoutError``: whether the request reached the server in full."""

    request_sent: bool

    def _remember(self, message: str, request_sent: bool) -> None:
        self.message = message
        #: ``False``: the request was never fully sent, so Graph cannot have processed it (safe to resend).
        #: ``True``: it was written, then the connection failed or the answer did not come in time: Graph may have
        #: processed it (a message may have been delivered: check the statuses webhook before resending).
        self.request_sent = request_sent


class ConnectionError(_TransportFailure, builtins.ConnectionError):
    """The connection to Graph failed. The httpx error is ``__cause__`` (its secrets and internal frames removed).

    ``request_sent`` tells the two cases apart: ``False`` when the request never fully reached Graph (DNS,
    refused connection, TLS, a reset while writing), ``True`` when it was written and the connection failed
    before the answer arrived: then Graph may have processed it, and a message may have been delivered.
    """

    def __init__(self, message: str, *, request_sent: bool = True) -> None:
        super().__init__(message)
        self._remember(message, request_sent)

    def __str__(self) -> str:
        return self.message


class TimeoutError(_TransportFailure, builtins.TimeoutError):
    """An attempt did not complete within the configured ``timeout`` (a deadline for the whole attempt).

    ``request_sent`` as for ``ConnectionError``; ``timeout`` is the deadline in seconds. The httpx error is
    ``__cause__`` (its secrets and internal frames removed).
    """

    def __init__(self, message: str, *, request_sent: bool = True, timeout: float | None = None) -> None:
        super().__init__(message)
        self._remember(message, request_sent)
        self.timeout = timeout

    def __str__(self) -> str:
        return self.message


class UnexpectedResponseError(WhatsAppError):
    """Graph answered successfully but the body does not have the documented shape."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class WebhookError(WhatsAppError):
    """Base class for webhook verification and parsing failures."""


class WebhookVerificationError(WebhookError):
    """The subscription handshake (``hub.mode`` / ``hub.verify_token`` / ``hub.challenge``) was rejected."""


class InvalidSignatureError(WebhookError):
    """The ``X-Hub-Signature-256`` header is missing, malformed, or does not match the body."""


class WebhookPayloadError(WebhookError, ValueError):
    """The webhook body is not JSON, or not shaped like a WhatsApp Business Account notification."""


# Graph error codes by class. Meta: "build your app's error handling around error codes instead of subcodes or
# HTTP response status codes".
AUTHENTICATION_CODES: frozenset[int] = frozenset({0, 10, 102, 190, *range(200, 300)})
RATE_LIMIT_CODES: frozenset[int] = frozenset({4, 17, 32, 613, 80007, 130429, 131056, 133016})
INVALID_REQUEST_CODES: frozenset[int] = frozenset(
    {
        100,
        131008,
        131009,
        131021,
        131026,
        131047,
        131051,
        131052,
        131053,
        132000,
        132001,
        132005,
        132007,
        132012,
        132015,
        132016,
        132068,
        132069,
        133010,
        135000,
    }
)

#: "Business-scoped User ID (BSUID) recipients are not supported for this message."
BSUID_NOT_SUPPORTED_CODE = 131062


def api_error_class_for_code(code: int | None, status_code: int | None = None) -> type[ApiError]:
    """Pick the ``ApiError`` subclass for a Graph error code (the HTTP status only breaks ties)."""
    if code is not None:
        if code in AUTHENTICATION_CODES:
            return AuthenticationError
        if code in RATE_LIMIT_CODES:
            return RateLimitError
        if code == BSUID_NOT_SUPPORTED_CODE:
            return BsuidNotSupportedError
        if code in INVALID_REQUEST_CODES:
            return InvalidRequestError
        return UnknownApiError
    if status_code == 429:
        return RateLimitError
    if status_code in (401, 403):
        return AuthenticationError
    return UnknownApiError


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        digits = stripped[1:] if stripped[:1] == "-" else stripped
        # isdecimal, not isdigit: int() rejects "²" and "--5", which isdigit-based checks let through.
        if digits.isdecimal() and len(stripped) < 40:
            return int(stripped)
    return None


def _as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def api_error_from_body(
    body: object,
    *,
    status_code: int | None = None,
    retry_after: float | None = None,
    fallback_message: str = "Graph API error",
) -> ApiError:
    """Build the typed error for a Graph error object.

    ``body`` is either the whole envelope ``{"error": {...}}`` or the inner error object (webhook ``errors[]``
    items use ``title`` instead of ``type``). Anything unreadable yields an ``UnknownApiError`` carrying
    ``fallback_message`` so nothing is swallowed.
    """
    envelope: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    inner_raw = envelope.get("error", envelope)
    inner: Mapping[str, Any] = inner_raw if isinstance(inner_raw, Mapping) else {}
    code = _as_int(inner.get("code"))
    message = _as_str(inner.get("message")) or _as_str(inner.get("title")) or fallback_message
    error_data_raw = inner.get("error_data")
    error_data: Mapping[str, Any] | None = error_data_raw if isinstance(error_data_raw, Mapping) else None
    is_transient_raw = inner.get("is_transient")
    cls = api_error_class_for_code(code, status_code)
    return cls(
        message,
        status_code=status_code,
        code=code,
        subcode=_as_int(inner.get("error_subcode")),
        type=_as_str(inner.get("type")),
        fbtrace_id=_as_str(inner.get("fbtrace_id")),
        error_data=error_data,
        is_transient=is_transient_raw if isinstance(is_transient_raw, bool) else None,
        user_title=_as_str(inner.get("error_user_title")),
        user_message=_as_str(inner.get("error_user_msg")),
        retry_after=retry_after,
        body=envelope,
    )
