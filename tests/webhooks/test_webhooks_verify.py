"""The subscription handshake and X-Hub-Signature-256 verification."""

from __future__ import annotations

import hashlib
import hmac

import pytest

import wacloud._errors as errors
from wacloud import webhooks

from .conftest import APP_SECRET, VERIFY_TOKEN

BODY = b'{"object":"whatsapp_business_account","entry":[]}'


def good_query(**overrides: str) -> dict[str, str]:
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    query.update(overrides)
    return query


def test_handshake_returns_the_challenge() -> None:
    assert webhooks.verify_subscription(good_query(), VERIFY_TOKEN) == "1158201444"


@pytest.mark.parametrize(
    "query",
    [
        good_query(**{"hub.mode": "unsubscribe"}),
        good_query(**{"hub.mode": ""}),
        good_query(**{"hub.verify_token": "wrong-token"}),
        good_query(**{"hub.verify_token": VERIFY_TOKEN + "x"}),
        good_query(**{"hub.verify_token": ""}),
        good_query(**{"hub.challenge": ""}),
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN},
        {"hub.mode": "subscribe", "hub.challenge": "1"},
        {"hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {},
    ],
    ids=[
        "wrong-mode",
        "empty-mode",
        "wrong-token",
        "longer-token",
        "empty-token",
        "empty-challenge",
        "missing-challenge",
        "missing-token",
        "missing-mode",
        "empty-query",
    ],
)
def test_handshake_rejections(query: dict[str, str]) -> None:
    with pytest.raises(webhooks.WebhookVerificationError) as caught:
        webhooks.verify_subscription(query, VERIFY_TOKEN)
    assert VERIFY_TOKEN not in str(caught.value)
    assert isinstance(caught.value, errors.WhatsAppError)


def test_handshake_refuses_an_empty_configured_token() -> None:
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.verify_subscription(good_query(**{"hub.verify_token": ""}), "")


def test_handshake_compares_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    webhooks.verify_subscription(good_query(), VERIFY_TOKEN)
    assert calls


def test_sign_payload_matches_hmac_sha256() -> None:
    expected = hmac.new(APP_SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    assert webhooks.sign_payload(BODY, APP_SECRET) == f"sha256={expected}"


def test_valid_signature_passes() -> None:
    webhooks.verify_signature(BODY, webhooks.sign_payload(BODY, APP_SECRET), APP_SECRET)


def test_signature_is_case_insensitive_on_hex_and_prefix() -> None:
    header = webhooks.sign_payload(BODY, APP_SECRET)
    webhooks.verify_signature(BODY, "SHA256=" + header[7:].upper(), APP_SECRET)
    webhooks.verify_signature(BODY, f"  {header}  ", APP_SECRET)


def test_signature_over_escaped_unicode_bytes_only() -> None:
    # Meta signs the escaped form it sends; a re-encoded body with raw UTF-8 must not verify.
    escaped = b'{"text":"\\u00e4\\u00f6\\u00e5"}'
    header = webhooks.sign_payload(escaped, APP_SECRET)
    webhooks.verify_signature(escaped, header, APP_SECRET)
    with pytest.raises(webhooks.InvalidSignatureError):
        webhooks.verify_signature('{"text":"äöå"}'.encode(), header, APP_SECRET)


@pytest.mark.parametrize(
    ("body", "header", "secret"),
    [
        (BODY + b" ", webhooks.sign_payload(BODY, APP_SECRET), APP_SECRET),
        (BODY, webhooks.sign_payload(BODY, "another-secret"), APP_SECRET),
        (BODY, None, APP_SECRET),
        (BODY, "", APP_SECRET),
        (BODY, "   ", APP_SECRET),
        (BODY, "sha1=" + hashlib.sha1(BODY).hexdigest(), APP_SECRET),
        (BODY, webhooks.sign_payload(BODY, APP_SECRET)[7:], APP_SECRET),
        (BODY, "sha256=" + "zz" * 32, APP_SECRET),
        (BODY, "sha256=" + "ab" * 31, APP_SECRET),
        (BODY, webhooks.sign_payload(BODY, APP_SECRET) + "00", APP_SECRET),
        (BODY, "sha256=", APP_SECRET),
        (BODY, "sha256=é" + "a" * 63, APP_SECRET),
        (BODY, webhooks.sign_payload(BODY, APP_SECRET), ""),
    ],
    ids=[
        "tampered-body",
        "wrong-secret",
        "missing-header",
        "empty-header",
        "blank-header",
        "sha1-prefix",
        "no-prefix",
        "non-hex",
        "too-short",
        "too-long",
        "prefix-only",
        "non-ascii",
        "no-secret-configured",
    ],
)
def test_invalid_signatures(body: bytes, header: str | None, secret: str) -> None:
    with pytest.raises(webhooks.InvalidSignatureError) as caught:
        webhooks.verify_signature(body, header, secret)
    message = str(caught.value)
    assert APP_SECRET not in message
    assert webhooks.sign_payload(body, APP_SECRET)[7:] not in message
    assert isinstance(caught.value, webhooks.WebhookError)
