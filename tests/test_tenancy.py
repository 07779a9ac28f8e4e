"""Token rotation under load, tenant copies used concurrently, and no secret in any log line or repr."""

from __future__ import annotations

import asyncio
import json
import logging
import threading

import httpx
import pytest

from tests.conftest import PHONE_ID, SENT, TOKEN
from wacloud import AsyncWhatsApp, WhatsApp


def _recording_transport(seen: list[httpx.Request], gate: asyncio.Event | None = None) -> httpx.AsyncBaseTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if gate is not None:
            await gate.wait()
        return httpx.Response(200, json=SENT)

    return httpx.MockTransport(handler)


async def test_update_access_token_while_an_async_batch_is_in_flight() -> None:
    seen: list[httpx.Request] = []
    gate = asyncio.Event()
    http = httpx.AsyncClient(transport=_recording_transport(seen, gate))
    client = AsyncWhatsApp(access_token="EAAG-old-token-000000", phone_number_id=PHONE_ID, http_client=http)
    in_flight = [asyncio.create_task(client.messages.send_text(to="15551234567", body=f"old {i}")) for i in range(20)]
    while len(seen) < 20:
        await asyncio.sleep(0)
    client.update_access_token("EAAG-new-token-111111")
    later = [asyncio.create_task(client.messages.send_text(to="15551234567", body=f"new {i}")) for i in range(20)]
    gate.set()
    await asyncio.gather(*in_flight, *later)
    by_body = {json.loads(r.content)["text"]["body"]: r.headers["authorization"] for r in seen}
    assert all(by_body[f"old {i}"] == "Bearer EAAG-old-token-000000" for i in range(20))
    assert all(by_body[f"new {i}"] == "Bearer EAAG-new-token-111111" for i in range(20))
    await http.aclose()


async def test_with_options_tenants_used_concurrently_share_one_pool() -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=_recording_transport(seen))
    base = AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, http_client=http)
    tenants = {
        str(900 + n): base.with_options(access_token=f"EAAG-tenant-{n}-token", phone_number_id=str(900 + n))
        for n in range(25)
    }
    assert all(t.http_client is http for t in tenants.values())

    async def send(pid: str, i: int) -> None:
        await tenants[pid].messages.send_text(to="15551234567", body=f"{pid}:{i}")

    await asyncio.gather(*(send(pid, i) for pid in tenants for i in range(8)))
    assert len(seen) == 200
    for request in seen:
        pid = json.loads(request.content)["text"]["body"].split(":")[0]
        assert request.url.path == f"/v26.0/{pid}/messages"
        assert request.headers["authorization"] == f"Bearer EAAG-tenant-{int(pid) - 900}-token"
    assert base.phone_number_id == PHONE_ID  # the original is unchanged
    await tenants["900"].close()
    assert not http.is_closed  # a copy never closes the shared pool
    await base.close()


def test_with_options_from_threads_and_update_sender_number_id() -> None:
    seen: list[httpx.Request] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            seen.append(request)
        return httpx.Response(200, json=SENT)

    base = WhatsApp(
        access_token=TOKEN, phone_number_id=PHONE_ID, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    threads = [
        threading.Thread(
            target=base.with_options(phone_number_id=str(500 + n), access_token=f"EAAG-thread-{n}").messages.send_text,
            args=("15551234567", str(n)),
        )
        for n in range(10)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for request in seen:
        n = int(json.loads(request.content)["text"]["body"])
        assert request.url.path == f"/v26.0/{500 + n}/messages"
        assert request.headers["authorization"] == f"Bearer EAAG-thread-{n}"
    base.update_sender_number_id("777")
    base.messages.send_text(to="15551234567", body="switched")
    assert seen[-1].url.path == "/v26.0/777/messages"
    with pytest.raises(Exception, match="numeric"):
        base.update_sender_number_id("not-a-number")


def test_no_secret_in_logs_or_reprs_under_debug(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DEBUG", "true")
    secret_token = "EAAG-very-secret-token-value-42"
    app_secret = "app-secret-value-that-must-not-leak"
    caplog.set_level(logging.DEBUG)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/access_token"):
            return httpx.Response(200, json={"access_token": "EAAG-exchanged-secret", "expires_in": 10})
        return httpx.Response(401, json={"error": {"message": "bad token", "code": 190, "type": "OAuthException"}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = WhatsApp(
        access_token=secret_token, phone_number_id=PHONE_ID, app_secret=app_secret, app_id="1", http_client=http
    )
    with pytest.raises(Exception) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    import wacloud.auth

    exchanged = wacloud.auth.exchange_token(secret_token, app_id="1", app_secret=app_secret, http_client=http)
    logging.getLogger("httpx").info(
        "HTTP Request: GET https://graph.facebook.com/oauth/access_token?client_secret=%s&fb_exchange_token=%s",
        app_secret,
        secret_token,
    )
    texts = [
        caplog.text,
        repr(client),
        repr(client.settings),
        str(caught.value),
        repr(caught.value),
        repr(exchanged),
        repr(client._state.tokens),
    ]
    assert "POST /" in caplog.text and "-> 401" in caplog.text  # DEBUG really logged the request
    for text in texts:
        for secret in (secret_token, app_secret, "EAAG-exchanged-secret"):
            assert secret not in text


def test_debug_log_line_has_method_path_status_trace_and_duration(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "lookaside.fbsbx.com":
            return httpx.Response(200, content=b"bytes")
        return httpx.Response(200, json=SENT, headers={"x-fb-trace-id": "TraceAbc"})

    caplog.set_level(logging.DEBUG, logger="wacloud")
    client = WhatsApp(
        access_token=TOKEN, phone_number_id=PHONE_ID, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client.messages.send_text(to="15551234567", body="hi")
    client.media.download("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1&hash=x")
    first, second = (r.getMessage() for r in caplog.records if r.name == "wacloud")
    assert first.startswith(f"POST /{PHONE_ID}/messages -> 200 fbtrace_id=TraceAbc ") and first.endswith("ms")
    assert second.startswith("GET /whatsapp_business/attachments/ -> 200")
    assert "15551234567" not in first + second  # the recipient's number is never logged
