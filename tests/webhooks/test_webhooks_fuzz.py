"""Hypothesis fuzzing: parse_webhook and both apps only ever raise wacloud's typed errors or answer 4xx."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wacloud import webhooks

from .conftest import AsgiCaller, ListenerFactory, WsgiCaller, read_everything, signed_headers

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    json_leaves,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=25,
)
FIELDS = [
    "messages",
    "message_template_status_update",
    "message_template_quality_update",
    "template_category_update",
    "phone_number_quality_update",
    "phone_number_name_update",
    "account_update",
    "account_review_update",
    "business_capability_update",
    "flows",
    "security",
    "user_preferences",
    "calls",
]
MESSAGE_KEYS = [
    "from",
    "id",
    "timestamp",
    "type",
    "text",
    "image",
    "audio",
    "video",
    "document",
    "sticker",
    "location",
    "contacts",
    "reaction",
    "interactive",
    "button",
    "order",
    "system",
    "referral",
    "context",
    "errors",
]


def _maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return value | json_values


messages = st.dictionaries(st.sampled_from(MESSAGE_KEYS), json_values, max_size=8)
statuses = st.dictionaries(
    st.sampled_from(["id", "status", "timestamp", "recipient_id", "conversation", "pricing", "errors"]),
    json_values,
    max_size=7,
)
values = st.fixed_dictionaries(
    {},
    optional={
        "metadata": _maybe(
            st.fixed_dictionaries({"phone_number_id": json_values, "display_phone_number": json_values})
        ),
        "contacts": _maybe(st.lists(st.fixed_dictionaries({"wa_id": json_values, "profile": json_values}), max_size=2)),
        "messages": _maybe(st.lists(messages, max_size=3)),
        "statuses": _maybe(st.lists(statuses, max_size=3)),
        "errors": _maybe(st.lists(json_values, max_size=2)),
        "user_preferences": _maybe(st.lists(json_values, max_size=2)),
        "event": json_values,
        "message_template_id": json_values,
        "decision": json_values,
    },
)
changes = st.fixed_dictionaries({}, optional={"field": _maybe(st.sampled_from(FIELDS)), "value": _maybe(values)})
entries = st.fixed_dictionaries(
    {}, optional={"id": json_values, "time": json_values, "changes": _maybe(st.lists(changes, max_size=3))}
)
notifications = st.fixed_dictionaries(
    {"entry": _maybe(st.lists(entries, max_size=3))},
    optional={"object": st.just("whatsapp_business_account") | json_values},
)


def _parse_and_read(body: Any) -> None:
    try:
        notification = webhooks.parse_webhook(body)
    except webhooks.WebhookPayloadError:
        return
    for event in notification.all:
        read_everything(event)
        webhooks.format_event_line(event)
        webhooks.dedupe_key(event)
    repr(notification)


@FUZZ
@given(st.binary(max_size=300))
def test_parse_random_bytes(body: bytes) -> None:
    _parse_and_read(body)


@FUZZ
@given(json_values)
def test_parse_random_json(value: Any) -> None:
    _parse_and_read(json.dumps(value))


@FUZZ
@given(notifications)
def test_parse_notification_shaped_garbage(document: dict[str, Any]) -> None:
    _parse_and_read(document)
    _parse_and_read(json.dumps(document).encode())


methods = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "post", "G\u00e9T"])
paths = st.sampled_from(["/webhook", "/webhook/", "/", "/other", "/webhook/x", "//webhook"]) | st.text(
    st.characters(min_codepoint=32, max_codepoint=126), max_size=20
).map(lambda text: "/" + text)
queries = st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=80) | st.builds(
    lambda mode, token, challenge: f"hub.mode={mode}&hub.verify_token={token}&hub.challenge={challenge}",
    st.sampled_from(["subscribe", "", "x"]),
    st.sampled_from(["verify-token-for-tests", "", "%00", "%FF"]),
    st.text(st.characters(min_codepoint=48, max_codepoint=122), max_size=10),
)
bodies = st.binary(max_size=400) | notifications.map(lambda doc: json.dumps(doc).encode())
signatures = st.none() | st.text(max_size=80) | st.just("sha256=" + "a" * 64)
ALLOWED = {200, 400, 403, 404, 405, 411, 413}


@FUZZ
@given(method=methods, path=paths, query=queries, body=bodies, signature=signatures, sign_it=st.booleans())
def test_apps_answer_only_documented_statuses(
    make_listener: ListenerFactory,
    call_asgi: AsgiCaller,
    call_wsgi: WsgiCaller,
    method: str,
    path: str,
    query: str,
    body: bytes,
    signature: str | None,
    sign_it: bool,
) -> None:
    listener = make_listener(max_body_bytes=300, on_message=lambda m: None, on_event=lambda e: None)
    if sign_it:
        headers = signed_headers(body)
    elif signature is None:
        headers = {}
    else:
        headers = {webhooks.SIGNATURE_HEADER: signature.encode("utf-8", "replace").decode("latin-1")}
    asgi_status, _, _ = call_asgi(listener.asgi, method, path, query=query, headers=headers, body=body, chunk_size=64)
    wsgi_status, _, _ = call_wsgi(listener.wsgi, method, path, query=query, headers=headers, body=body)
    assert asgi_status in ALLOWED
    assert asgi_status == wsgi_status


@FUZZ
@given(body=bodies | st.binary(min_size=301, max_size=2000))
def test_signed_bodies_are_accepted_rejected_or_too_large(
    make_listener: ListenerFactory, call_asgi: AsgiCaller, call_wsgi: WsgiCaller, body: bytes
) -> None:
    listener = make_listener(max_body_bytes=300, on_message=lambda m: None, on_status=lambda s: None)
    for status, _, _ in (
        call_asgi(listener.asgi, "POST", "/webhook", headers=signed_headers(body), body=body),
        call_wsgi(listener.wsgi, "POST", "/webhook", headers=signed_headers(body), body=body),
    ):
        if len(body) > 300:
            assert status == 413
        else:
            assert status in {200, 400}
