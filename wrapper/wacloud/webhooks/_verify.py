"""The two checks every webhook endpoint makes: the subscription handshake and the payload signature.

Both compare secrets in constant time (``hmac.compare_digest``) and never put a secret, a token or the expected
signature in an exception message.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from .._errors import InvalidSignatureError, WebhookVerificationError
from .._secrets import secret

__all__ = ["SIGNATURE_HEADER", "sign_payload", "verify_signature", "verify_subscription"]

#: The header Meta signs event notifications with (``sha256=<hex>``).
SIGNATURE_HEADER = "X-Hub-Signature-256"
_PREFIX = "sha256="
_SHA256_HEX_LENGTH = 64


def verify_subscription(query: Mapping[str, str], verify_token: str) -> str:
    """Answer Meta's subscription handshake: return ``hub.challenge`` when the request is genuine.

    ``query`` holds the GET query parameters (``hub.mode``, ``hub.verify_token``, ``hub.challenge``). The
    challenge is returned only if ``hub.mode`` is ``subscribe`` and the token equals ``verify_token``;
    otherwise :class:`WebhookVerificationError` is raised and the endpoint should answer 403.

    Example: ``return PlainTextResponse(webhooks.verify_subscription(request.query_params, token))``
    """
    verify_token = secret(verify_token)  # a captured traceback's locals show it redacted
    if not verify_token:
        # An empty configured token would accept an empty hub.verify_token: refuse instead.
        raise WebhookVerificationError("no verify token is configured (WEBHOOK_VERIFICATION_TOKEN)")
    mode = query.get("hub.mode")
    if mode != "subscribe":
        raise WebhookVerificationError("hub.mode is not 'subscribe'")
    token = query.get("hub.verify_token")
    if not isinstance(token, str) or not token:
        raise WebhookVerificationError("hub.verify_token is missing")
    if not hmac.compare_digest(token.encode("utf-8"), verify_token.encode("utf-8")):
        raise WebhookVerificationError("hub.verify_token does not match the configured verify token")
    challenge = query.get("hub.challenge")
    if not isinstance(challenge, str) or not challenge:
        raise WebhookVerificationError("hub.challenge is missing")
    return challenge


def sign_payload(body: bytes, app_secret: str) -> str:
    """Compute the ``X-Hub-Signature-256`` header value Meta would send for ``body`` (tests, local emulators).

    Example: ``headers = {"X-Hub-Signature-256": webhooks.sign_payload(body, "app-secret")}``
    """
    app_secret = secret(app_secret)  # a captured traceback's locals show it redacted
    return _PREFIX + hmac.digest(app_secret.encode("utf-8"), body, "sha256").hex()


def verify_signature(body: bytes, signature_header: str | None, app_secret: str) -> None:
    """Check ``X-Hub-Signature-256`` against the raw request body; raise :class:`InvalidSignatureError` if wrong.

    Meta signs the exact bytes it sends (with escaped unicode), so pass the raw body, never a re-serialized one.
    Missing, malformed (no ``sha256=`` prefix, not 64 hex digits) and mismatching signatures are all rejected.

    Example: ``webhooks.verify_signature(await request.body(), request.headers.get("X-Hub-Signature-256"), secret)``
    """
    app_secret = secret(app_secret)  # a captured traceback's locals show it redacted
    if not app_secret:
        raise InvalidSignatureError("no app secret is configured (WA_APP_SECRET), so no signature can be checked")
    received = _received_digest(signature_header)
    # One-shot HMAC (OpenSSL's, no Python object per call), compared as bytes.
    if not hmac.compare_digest(received, hmac.digest(app_secret.encode("utf-8"), body, "sha256")):
        raise InvalidSignatureError(f"the {SIGNATURE_HEADER} signature does not match the body")


class SignatureVerifier:
    """:func:`verify_signature` for one app secret, keyed once: what the listener checks every delivery with.

    The HMAC is keyed at construction and copied per body, which skips the key setup (about a third of the check).
    Nothing of the secret is kept but the keyed HMAC state, and the repr names no value.
    """

    __slots__ = ("_keyed",)

    def __init__(self, app_secret: str) -> None:
        app_secret = secret(app_secret)  # a captured traceback's locals show it redacted
        if not app_secret:
            raise InvalidSignatureError("no app secret is configured (WA_APP_SECRET), so no signature can be checked")
        self._keyed = hmac.new(app_secret.encode("utf-8"), digestmod="sha256")

    def __repr__(self) -> str:
        return "SignatureVerifier(app_secret=[redacted])"

    def verify(self, body: bytes, signature_header: str | None) -> None:
        """Raise :class:`InvalidSignatureError` unless ``signature_header`` is the signature of ``body``."""
        received = _received_digest(signature_header)
        keyed = self._keyed.copy()
        keyed.update(body)
        if not hmac.compare_digest(received, keyed.digest()):
            raise InvalidSignatureError(f"the {SIGNATURE_HEADER} signature does not match the body")


def _received_digest(signature_header: str | None) -> bytes:
    """The 32 bytes a ``sha256=<64 hex digits>`` header carries, or :class:`InvalidSignatureError`."""
    if signature_header is None or not signature_header.strip():
        raise InvalidSignatureError(f"the {SIGNATURE_HEADER} header is missing")
    value = signature_header.strip()
    if not value.lower().startswith(_PREFIX):
        raise InvalidSignatureError(f"the {SIGNATURE_HEADER} header does not start with 'sha256='")
    received = value[len(_PREFIX) :]
    try:
        # fromhex checks the digits; it also skips spaces between pairs, so the length is checked on both sides.
        digest = bytes.fromhex(received) if len(received) == _SHA256_HEX_LENGTH else b""
    except ValueError:
        digest = b""
    if len(digest) != _SHA256_HEX_LENGTH // 2:
        raise InvalidSignatureError(f"the {SIGNATURE_HEADER} header is not a 64-digit hex SHA-256 signature")
    return digest
