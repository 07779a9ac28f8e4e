"""The two signatures on a data-exchange request: ``X-Hub-Signature-256`` and the ``flow_token_signature`` JWT.

Meta signs the raw body of every data-exchange POST with the app secret (``X-Hub-Signature-256``, as webhooks), and
from data API 4.0 (Flow JSON 7.3 and later) adds ``flow_token_signature`` to the decrypted request: a JWT signed
with HS256 and the app secret, which proves the flow token was issued through Meta. Either failing is answered 432.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any

from .._errors import InvalidSignatureError
from ..webhooks._verify import verify_signature
from ._errors import FlowSignatureError

__all__ = ["verify_flow_token_signature", "verify_request_signature"]

_CLOCK_LEEWAY_SECONDS = 60


def verify_request_signature(body: bytes, signature_header: str | None, app_secret: str) -> None:
    """Check ``X-Hub-Signature-256`` of a data-exchange POST; raises :class:`FlowSignatureError` (432) if wrong.

    Example: ``flows.verify_request_signature(raw_body, headers.get("X-Hub-Signature-256"), app_secret)``
    """
    try:
        verify_signature(body, signature_header, app_secret)
    except InvalidSignatureError as error:
        raise FlowSignatureError(str(error)) from None


def _b64url(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def verify_flow_token_signature(
    signature: str | None, app_secret: str, *, flow_token: str | None = None, now: float | None = None
) -> dict[str, Any]:
    """Verify the ``flow_token_signature`` JWT (HS256, the app secret) and return its claims.

    Refused (:class:`FlowSignatureError`, HTTP 432): a missing or malformed token, any algorithm but HS256 (``none``
    included), a wrong signature, an ``exp`` in the past, or a ``flow_token`` claim that differs from ``flow_token``.

    Example: ``flows.verify_flow_token_signature(request.data.flow_token_signature, app_secret, flow_token=request.data.flow_token)``
    """
    if not app_secret:
        raise FlowSignatureError("no app secret is configured (WA_APP_SECRET), so the flow token cannot be checked")
    if not isinstance(signature, str) or not signature:
        raise FlowSignatureError("the request has no flow_token_signature")
    parts = signature.split(".")
    if len(parts) != 3 or not all(parts):
        raise FlowSignatureError("flow_token_signature is not a JWT (header.payload.signature)")
    try:
        header = json.loads(_b64url(parts[0]))
        claims = json.loads(_b64url(parts[1]))
        received = _b64url(parts[2])
    except (binascii.Error, ValueError):
        raise FlowSignatureError("flow_token_signature is not a well-formed JWT") from None
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise FlowSignatureError("flow_token_signature is not a well-formed JWT")
    if header.get("alg") != "HS256":
        raise FlowSignatureError("flow_token_signature must be signed with HS256")
    signed = f"{parts[0]}.{parts[1]}".encode("ascii")
    expected = hmac.new(app_secret.encode("utf-8"), signed, hashlib.sha256).digest()
    if not hmac.compare_digest(received, expected):
        raise FlowSignatureError("flow_token_signature does not match the app secret")
    expires = claims.get("exp")
    current = time.time() if now is None else now
    if isinstance(expires, int | float) and not isinstance(expires, bool) and expires + _CLOCK_LEEWAY_SECONDS < current:
        raise FlowSignatureError("flow_token_signature has expired")
    claimed = claims.get("flow_token")
    if flow_token is not None and claimed is not None and claimed != flow_token:
        raise FlowSignatureError("flow_token_signature was issued for another flow token")
    return claims
