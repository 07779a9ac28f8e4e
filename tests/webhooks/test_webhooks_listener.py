"""WebhookListener: configuration, the HTTP protocol (in-process and over real loopback servers), dispatch, dedupe."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from wacloud import webhooks
from wacloud._config import Settings
from wacloud._errors import ConfigurationError

from .conftest import (
    APP_SECRET,
    VERIFY_TOKEN,
    AsgiCaller,
    ListenerFactory,
    RawLoader,
    ServerFactory,
    WsgiCaller,
    signed_headers,
)

HANDSHAKE = f"hub.mode=subscribe&hub.verify_token={VERIFY_TOKEN}&hub.challenge=1158201444"


class Recorder:
    """Collects what handlers receive; can be told to fail for given ids."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self.fail_ids: set[str] = set()
        self.lock = threading.Lock()

    def __call__(self, event: Any) -> None:
        with self.lock:
            self.events.append(event)
        if getattr(event, "id", None) in self.fail_ids:
            raise RuntimeError("handler exploded")

    @property
    def ids(self) -> list[str | None]:
        return [getattr(event, "id", None) for event in self.events]


def listener_with_recorders(
    make_listener: ListenerFactory, **options: Any
) -> tuple[webhooks.WebhookListener, Recorder]:
    recorder = Recorder()
    listener = make_listener(on_message=recorder, on_status=recorder, on_error=recorder, on_event=recorder, **options)
    return listener, recorder


@pytest.fixture(params=["asgi", "wsgi"])
def call(request: pytest.FixtureRequest, call_asgi: AsgiCaller, call_wsgi: WsgiCaller) -> Any:
    """``call(listener, method, path, ...)`` through the ASGI or the WSGI app."""
    if request.param == "asgi":
        return lambda listener, *args, **kwargs: call_asgi(listener.asgi, *args, **kwargs)
    return lambda listener, *args, **kwargs: call_wsgi(listener.wsgi, *args, **kwargs)


# -- configuration ---------------------------------------------------------------------------------------------------


def test_missing_verify_token_is_a_configuration_error(make_listener: ListenerFactory) -> None:
    with pytest.raises(ConfigurationError) as caught:
        make_listener(verify_token=None)
    assert "WEBHOOK_VERIFICATION_TOKEN" in str(caught.value)
    assert APP_SECRET not in str(caught.value)


def test_missing_app_secret_is_a_configuration_error(make_listener: ListenerFactory) -> None:
    with pytest.raises(ConfigurationError) as caught:
        make_listener(app_secret=None)
    assert "WA_APP_SECRET" in str(caught.value)
    assert VERIFY_TOKEN not in str(caught.value)


def test_signature_checks_can_be_turned_off_explicitly(
    make_listener: ListenerFactory, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="wacloud.webhooks"):
        listener = make_listener(app_secret=None, verify_signatures=False)
    assert listener.verify_signatures is False
    assert "local development" in caplog.text


def test_settings_come_from_the_environment_and_dotenv(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("WA_APP_SECRET=from-dotenv\nWEBHOOK_ENDPOINT=/hooks/wa\nWA_LISTENER_PORT=3101\n")
    listener = webhooks.WebhookListener(environ={"WEBHOOK_VERIFICATION_TOKEN": "from-env"}, dotenv_path=dotenv)
    assert (listener.endpoint, listener.port) == ("/hooks/wa", 3101)
    assert (
        listener.handle_get({"hub.mode": "subscribe", "hub.verify_token": "from-env", "hub.challenge": "c"}).text == "c"
    )
    body = b'{"entry": []}'
    assert listener.handle_post_sync(body, webhooks.sign_payload(body, "from-dotenv")).status_code == 200
    explicit = webhooks.WebhookListener(
        verify_token="explicit", app_secret="s", endpoint="/x", port=9, environ={}, dotenv_path=dotenv
    )
    assert (explicit.endpoint, explicit.port) == ("/x", 9)


def test_settings_come_from_a_client_object(tmp_path: Path) -> None:
    settings = Settings.resolve(
        webhook_verification_token="client-token",
        app_secret="client-secret",
        webhook_endpoint="/from-client",
        listener_port=3202,
        environ={},
        dotenv_path=tmp_path / ".env",
    )

    class FakeClient:
        def __init__(self) -> None:
            self.settings = settings

    listener = webhooks.WebhookListener(client=FakeClient())
    assert (listener.endpoint, listener.port) == ("/from-client", 3202)
    assert webhooks.WebhookListener(settings=settings, endpoint="/override").endpoint == "/override"
    with pytest.raises(ConfigurationError, match="settings"):
        webhooks.WebhookListener(client=object())


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"endpoint": "webhook"}, "WEBHOOK_ENDPOINT"),
        ({"max_body_bytes": 0}, "max_body_bytes"),
        ({"port": 0}, "WA_LISTENER_PORT"),
        ({"environ": {"WA_LISTENER_PORT": "http"}}, "WA_LISTENER_PORT"),
    ],
)
def test_invalid_configuration(make_listener: ListenerFactory, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        make_listener(**options)


def test_repr_hides_secrets(make_listener: ListenerFactory) -> None:
    text = repr(make_listener())
    assert APP_SECRET not in text and VERIFY_TOKEN not in text and "/webhook" in text


# -- the protocol, in-process ----------------------------------------------------------------------------------------


def test_handshake(call: Any, make_listener: ListenerFactory) -> None:
    listener = make_listener()
    status, headers, body = call(listener, "GET", "/webhook", query=HANDSHAKE)
    assert (status, body) == (200, b"1158201444")
    assert headers["content-type"].startswith("text/plain")
    wrong = HANDSHAKE.replace(VERIFY_TOKEN, "nope")
    assert call(listener, "GET", "/webhook", query=wrong)[0] == 403
    assert call(listener, "GET", "/webhook", query="hub.mode=subscribe")[0] == 403
    assert call(listener, "GET", "/webhook/", query=HANDSHAKE)[0] == 200


def test_routing(call: Any, make_listener: ListenerFactory) -> None:
    listener = make_listener()
    assert call(listener, "GET", "/other", query=HANDSHAKE)[0] == 404
    assert call(listener, "POST", "/")[0] == 404
    status, headers, _ = call(listener, "PUT", "/webhook")
    assert status == 405 and headers["allow"] == "GET, POST"
    assert call(listener, "DELETE", "/webhook")[0] == 405


def test_dispatch_by_kind(call: Any, make_listener: ListenerFactory, raw: RawLoader) -> None:
    messages: list[webhooks.Message] = []
    statuses: list[webhooks.Status] = []
    events: list[webhooks.Event] = []
    listener = make_listener()
    listener.on_message(messages.append)
    listener.on_status(statuses.append)
    listener.on_event(events.append)
    body = raw("batch_multi_entry")
    status, _, text = call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))
    assert (status, text) == (200, b"OK")
    assert [m.id for m in messages] == ["wamid.batch1", "wamid.batch2", "wamid.batch3"]
    assert [(s.id, s.status) for s in statuses] == [("wamid.out1", "delivered"), ("wamid.out1", "read")]
    assert [type(e) for e in events] == [webhooks.TemplateStatusUpdate]


def test_async_and_sync_handlers(call: Any, make_listener: ListenerFactory, raw: RawLoader) -> None:
    seen: list[str] = []

    async def async_handler(message: webhooks.Message) -> None:
        await asyncio.sleep(0)
        seen.append(f"async:{message.id}")

    def sync_handler(message: webhooks.Message) -> None:
        seen.append(f"sync:{message.id}")

    listener = make_listener(on_message=async_handler)
    listener.on_message(sync_handler)
    body = raw("message_text_reply")
    assert call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert seen == ["async:wamid.reply1", "sync:wamid.reply1"]


def test_errors_without_a_handler_are_logged(
    call: Any, make_listener: ListenerFactory, raw: RawLoader, caplog: pytest.LogCaptureFixture
) -> None:
    body = raw("top_level_error")
    with caplog.at_level(logging.WARNING, logger="wacloud.webhooks"):
        assert call(make_listener(), "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert "131000" in caplog.text


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {webhooks.SIGNATURE_HEADER: "sha256=" + "0" * 64},
        {webhooks.SIGNATURE_HEADER: "garbage"},
        signed_headers(b"another body"),
        signed_headers(b"", secret="wrong"),
    ],
    ids=["missing", "wrong", "malformed", "other-body", "wrong-secret"],
)
def test_bad_signatures_are_forbidden(
    call: Any, make_listener: ListenerFactory, raw: RawLoader, headers: dict[str, str]
) -> None:
    listener, recorder = listener_with_recorders(make_listener)
    status, _, _ = call(listener, "POST", "/webhook", body=raw("message_text"), headers=headers)
    assert status == 403
    assert recorder.events == []


def test_unsigned_bodies_accepted_when_checks_are_off(
    call: Any, make_listener: ListenerFactory, raw: RawLoader
) -> None:
    listener, recorder = listener_with_recorders(make_listener, app_secret=None, verify_signatures=False)
    assert call(listener, "POST", "/webhook", body=raw("message_text"))[0] == 200
    assert len(recorder.events) == 1


@pytest.mark.parametrize("body", [b"", b"{not json", b"[1, 2]", b'{"object": "page", "entry": []}'])
def test_non_json_or_foreign_bodies_are_bad_requests(call: Any, make_listener: ListenerFactory, body: bytes) -> None:
    assert call(make_listener(), "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 400


def test_body_size_limit(call: Any, make_listener: ListenerFactory, raw: RawLoader) -> None:
    body = raw("message_text")
    listener = make_listener(max_body_bytes=len(body) - 1)
    assert call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 413
    roomy = make_listener(max_body_bytes=len(body))
    assert call(roomy, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200


def test_asgi_size_limit_without_content_length(call_asgi: AsgiCaller, make_listener: ListenerFactory) -> None:
    listener = make_listener(max_body_bytes=100)
    status, _, _ = call_asgi(listener.asgi, "POST", "/webhook", body=b"x" * 1000, chunk_size=30)
    assert status == 413
    declared = {"content-length": "5000"}
    assert call_asgi(listener.asgi, "POST", "/webhook", body=b"x", headers=declared)[0] == 413


def test_asgi_chunked_body_is_reassembled(
    call_asgi: AsgiCaller, make_listener: ListenerFactory, raw: RawLoader
) -> None:
    listener, recorder = listener_with_recorders(make_listener)
    body = raw("batch_multi_entry")
    status, _, _ = call_asgi(listener.asgi, "POST", "/webhook", body=body, headers=signed_headers(body), chunk_size=7)
    assert status == 200 and len(recorder.events) == 6


def test_wsgi_content_length_rules(call_wsgi: WsgiCaller, make_listener: ListenerFactory, raw: RawLoader) -> None:
    listener = make_listener()
    body = raw("message_text")
    headers = signed_headers(body)
    assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=headers, content_length="")[0] == 411
    assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=headers, content_length="-1")[0] == 400
    assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=headers, content_length="abc")[0] == 400
    huge = str(10**12)
    assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=headers, content_length=huge)[0] == 413


def test_redeliveries_are_deduplicated(call: Any, make_listener: ListenerFactory, raw: RawLoader) -> None:
    listener, recorder = listener_with_recorders(make_listener)
    body = raw("batch_multi_entry")
    for _ in range(3):
        assert call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert len(recorder.events) == 6
    off, every_time = listener_with_recorders(make_listener, dedupe=False)
    for _ in range(2):
        call(off, "POST", "/webhook", body=body, headers=signed_headers(body))
    assert len(every_time.events) == 12


def test_failed_handler_answers_500_and_is_retried(
    call: Any, make_listener: ListenerFactory, raw: RawLoader, caplog: pytest.LogCaptureFixture
) -> None:
    listener, recorder = listener_with_recorders(make_listener)
    recorder.fail_ids = {"wamid.batch2"}
    body = raw("batch_multi_entry")
    with caplog.at_level(logging.ERROR, logger="wacloud.webhooks"):
        status, _, _ = call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))
    assert status == 500
    assert "wamid.batch2" in caplog.text and "handler exploded" in caplog.text
    assert APP_SECRET not in caplog.text and VERIFY_TOKEN not in caplog.text
    # Every other event was still processed.
    assert recorder.ids.count("wamid.batch1") == 1 and recorder.ids.count("wamid.batch3") == 1
    # Meta redelivers: only the failed event runs again; once it succeeds the answer is 200.
    recorder.fail_ids = set()
    status, _, _ = call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))
    assert status == 200
    assert recorder.ids.count("wamid.batch2") == 2
    assert recorder.ids.count("wamid.batch1") == 1
    assert len(recorder.events) == 7


class AsyncStore:
    """A minimal asyncio store following the documented protocol (claim atomic within one event loop)."""

    def __init__(self) -> None:
        self.done: set[str] = set()
        self.claims: dict[str, str] = {}

    async def claim(self, key: str, token: str) -> webhooks.ClaimState:
        if key in self.done:
            return "done"
        if key in self.claims:
            return "in_flight"
        self.claims[key] = token
        return "claimed"

    async def complete(self, key: str, token: str) -> None:
        self.claims.pop(key, None)
        self.done.add(key)

    async def release(self, key: str, token: str) -> None:
        if self.claims.get(key) == token:
            del self.claims[key]


def test_async_dedupe_store_on_asgi(call_asgi: AsgiCaller, make_listener: ListenerFactory, raw: RawLoader) -> None:
    store = AsyncStore()
    assert isinstance(store, webhooks.AsyncDedupeStore)
    listener, recorder = listener_with_recorders(make_listener, dedupe=store)
    body = raw("message_text")
    for _ in range(2):
        assert call_asgi(listener.asgi, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert len(recorder.events) == 1 and len(store.done) == 1 and not store.claims


def test_async_dedupe_store_on_wsgi(call_wsgi: WsgiCaller, make_listener: ListenerFactory, raw: RawLoader) -> None:
    store = AsyncStore()
    listener, recorder = listener_with_recorders(make_listener, dedupe=store)
    body = raw("message_text")
    for _ in range(2):
        assert call_wsgi(listener.wsgi, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert len(recorder.events) == 1 and len(store.done) == 1


def test_failing_store_never_loses_events(
    call: Any, make_listener: ListenerFactory, raw: RawLoader, caplog: pytest.LogCaptureFixture
) -> None:
    class BrokenStore:
        def claim(self, key: str, token: str) -> webhooks.ClaimState:
            raise ConnectionError("redis is down")

        def complete(self, key: str, token: str) -> None:
            raise ConnectionError("redis is down")

        def release(self, key: str, token: str) -> None:
            raise ConnectionError("redis is down")

    assert isinstance(BrokenStore(), webhooks.DedupeStore)
    listener, recorder = listener_with_recorders(make_listener, dedupe=BrokenStore())
    body = raw("message_text")
    with caplog.at_level(logging.ERROR, logger="wacloud.webhooks"):
        assert call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert len(recorder.events) == 1
    assert "de-duplication" in caplog.text


def test_a_store_answering_nonsense_is_logged_and_the_event_handled(
    call: Any, make_listener: ListenerFactory, raw: RawLoader, caplog: pytest.LogCaptureFixture
) -> None:
    class Confused:
        def claim(self, key: str, token: str) -> Any:
            return True

        def complete(self, key: str, token: str) -> None:
            pass

        def release(self, key: str, token: str) -> None:
            pass

    listener, recorder = listener_with_recorders(make_listener, dedupe=Confused())
    body = raw("message_text")
    with caplog.at_level(logging.ERROR, logger="wacloud.webhooks"):
        assert call(listener, "POST", "/webhook", body=body, headers=signed_headers(body))[0] == 200
    assert len(recorder.events) == 1
    assert "'claimed', 'done' or 'in_flight'" in caplog.text


def test_old_seen_mark_stores_are_refused_with_the_reason(make_listener: ListenerFactory) -> None:
    class Legacy:
        def seen(self, key: str) -> bool:
            return False

        def mark(self, key: str) -> None:
            pass

    with pytest.raises(ConfigurationError, match="claim/complete/release") as caught:
        make_listener(dedupe=Legacy())
    assert "check-then-act" in str(caught.value)


def test_asgi_lifespan_and_other_scopes(make_listener: ListenerFactory) -> None:
    listener = make_listener()

    async def run() -> list[str]:
        incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
        sent: list[str] = []

        async def receive() -> dict[str, Any]:
            return incoming.pop(0)

        async def send(message: Any) -> None:
            sent.append(message["type"])

        await listener.asgi({"type": "lifespan"}, receive, send)
        await listener.asgi({"type": "websocket"}, receive, send)
        return sent

    assert asyncio.run(run()) == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_asgi_mounted_under_a_prefix(call_asgi: AsgiCaller, make_listener: ListenerFactory) -> None:
    listener = make_listener(endpoint="/")

    async def mounted(scope: Any, receive: Any, send: Any) -> None:
        await listener.asgi({**scope, "root_path": "/whatsapp"}, receive, send)

    status, _, body = call_asgi(mounted, "GET", "/whatsapp", query=HANDSHAKE)
    assert (status, body) == (200, b"1158201444")


def test_asgi_client_disconnect_sends_nothing(make_listener: ListenerFactory) -> None:
    listener = make_listener()

    async def run() -> list[Any]:
        sent: list[Any] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.disconnect"}

        async def send(message: Any) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "POST", "path": "/webhook", "headers": []}
        await listener.asgi(scope, receive, send)
        return sent

    assert asyncio.run(run()) == []


async def test_framework_helpers(make_listener: ListenerFactory, raw: RawLoader) -> None:
    listener, recorder = listener_with_recorders(make_listener)
    body = raw("status_read")
    reply = await listener.handle_post(body, webhooks.sign_payload(body, APP_SECRET))
    assert (reply.status_code, reply.text) == (200, "OK")
    assert ("Content-Length", "2") in reply.header_list()
    assert listener.handle_post_sync(body, None).status_code == 403
    assert listener.handle_get({"hub.mode": "subscribe"}).status_code == 403
    assert len(recorder.events) == 1


# -- real loopback servers -------------------------------------------------------------------------------------------


def _exercise_server(url: str, recorder: Recorder, raw: RawLoader) -> None:
    body = raw("batch_multi_entry")
    with httpx.Client(base_url=url, timeout=20) as client:
        reply = client.get(
            "/webhook", params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"}
        )
        assert (reply.status_code, reply.text) == (200, "42")
        assert reply.headers["content-type"].startswith("text/plain")
        assert (
            client.get(
                "/webhook", params={"hub.mode": "subscribe", "hub.verify_token": "x", "hub.challenge": "42"}
            ).status_code
            == 403
        )
        assert client.post("/webhook", content=body, headers={"Content-Type": "application/json"}).status_code == 403
        assert client.post("/webhook", content=b"{", headers=signed_headers(b"{")).status_code == 400
        big = b"x" * (webhooks.DEFAULT_MAX_BODY_BYTES + 1)
        assert client.post("/webhook", content=big, headers=signed_headers(big)).status_code == 413
        assert client.get("/elsewhere").status_code == 404
        assert client.put("/webhook", content=b"").status_code == 405
        recorder.fail_ids = {"wamid.batch3"}
        assert client.post("/webhook", content=body, headers=signed_headers(body)).status_code == 500
        recorder.fail_ids = set()
        assert client.post("/webhook", content=body, headers=signed_headers(body)).status_code == 200
        assert client.post("/webhook", content=body, headers=signed_headers(body)).status_code == 200
    assert recorder.ids.count("wamid.batch3") == 2
    assert recorder.ids.count("wamid.batch1") == 1
    assert len(recorder.events) == 7


@pytest.mark.integration
def test_asgi_app_over_uvicorn(asgi_server: ServerFactory, make_listener: ListenerFactory, raw: RawLoader) -> None:
    listener, recorder = listener_with_recorders(make_listener)
    with asgi_server(listener.asgi) as url:
        _exercise_server(url, recorder, raw)


@pytest.mark.integration
def test_wsgi_app_over_wsgiref(wsgi_server: ServerFactory, make_listener: ListenerFactory, raw: RawLoader) -> None:
    listener, recorder = listener_with_recorders(make_listener)
    with wsgi_server(listener.wsgi) as url:
        _exercise_server(url, recorder, raw)


# -- serve -----------------------------------------------------------------------------------------------------------


def test_serve_runs_uvicorn(monkeypatch: pytest.MonkeyPatch, make_listener: ListenerFactory) -> None:
    import uvicorn

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))
    listener = make_listener(port=3999)
    webhooks.serve(listener)
    webhooks.serve(listener, "0.0.0.0", 4000, log_level="warning", workers=1)
    assert calls[0][1] == {"host": "127.0.0.1", "port": 3999, "log_level": "info"}
    assert calls[1][1] == {"host": "0.0.0.0", "port": 4000, "log_level": "warning", "workers": 1}
    assert calls[0][0] == listener.asgi


def test_serve_with_workers_needs_an_import_string(
    monkeypatch: pytest.MonkeyPatch, make_listener: ListenerFactory
) -> None:
    import uvicorn

    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))
    with pytest.raises(ConfigurationError, match="import string"):
        webhooks.serve(make_listener(), workers=2)
    with pytest.raises(ConfigurationError, match="port="):
        webhooks.serve("myapp:listener")
    with pytest.raises(ConfigurationError, match="WebhookListener or an import string"):
        webhooks.serve(object())  # type: ignore[arg-type]
    webhooks.serve("myapp:listener", port=3000, workers=4)
    assert calls == [("myapp:listener", {"host": "127.0.0.1", "port": 3000, "log_level": "info", "workers": 4})]


def test_serve_without_uvicorn(monkeypatch: pytest.MonkeyPatch, make_listener: ListenerFactory) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(ConfigurationError, match=r"wacloud\[server\]"):
        webhooks.serve(make_listener())
