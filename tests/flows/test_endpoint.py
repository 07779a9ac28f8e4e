"""FlowEndpoint over its ASGI and WSGI apps: answers, Meta's error codes, nothing raised, nothing secret logged."""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from wacloud import ConfigurationError, flows
from wacloud.emulator import ThreadedServer

from .conftest import APP_SECRET, KEY_PASSWORD, Keys, MetaRequest, Reply, jwt_hs256, meta_encrypt

Serve = Callable[[Any], Callable[..., Reply]]
EXCHANGE = {
    "version": "3.0",
    "action": "data_exchange",
    "screen": "APPOINTMENT",
    "data": {"slot": "10:00"},
    "flow_token": "tok-42",
}


class Booking:
    """A handler recording what it receives."""

    def __init__(self) -> None:
        self.requests: list[flows.FlowRequest] = []

    def __call__(self, request: flows.FlowRequest) -> flows.FlowResponse:
        self.requests.append(request)
        if request.action == "INIT":
            return request.respond("APPOINTMENT", {"slots": ["10:00", "11:00"]})
        if request.data.get("slot") == "taken":
            raise flows.FlowTokenNoLongerValid("This slot was booked meanwhile.")
        if request.data.get("slot") == "boom":
            raise RuntimeError("database down")
        return request.close({"slot": request.data["slot"]})


def make_endpoint(keys: Keys, handler: Any = None, **options: Any) -> flows.FlowEndpoint:
    options.setdefault("app_secret", APP_SECRET)
    return flows.FlowEndpoint(handler or Booking(), private_key=keys.private_pem, **options)


def assert_no_key_material(caplog: pytest.LogCaptureFixture, keys: Keys, meta: MetaRequest | None = None) -> None:
    secrets = keys.material() + [APP_SECRET] + (meta.material() if meta else [])
    for record in caplog.records:
        line = record.getMessage()
        assert all(secret not in line for secret in secrets), line


def test_init_then_close(keys: Keys, serve: Serve) -> None:
    handler = Booking()
    post = serve(make_endpoint(keys, handler))
    meta = meta_encrypt({"version": "3.0", "action": "INIT", "flow_token": "tok-42"}, keys.public)
    status, headers, body = post(headers=meta.headers(), body=meta.body)
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert meta.decrypt_answer(body) == {
        "screen": "APPOINTMENT",
        "data": {"slots": ["10:00", "11:00"]},
        "version": "3.0",
    }
    meta = meta_encrypt(EXCHANGE, keys.public)
    status, _, body = post(headers=meta.headers(), body=meta.body)
    assert status == 200
    assert meta.decrypt_answer(body)["data"] == {
        "extension_message_response": {"params": {"slot": "10:00", "flow_token": "tok-42"}}
    }
    assert [r.action for r in handler.requests] == ["INIT", "data_exchange"]


def test_ping_never_reaches_the_handler(keys: Keys, serve: Serve) -> None:
    handler = Booking()
    post = serve(make_endpoint(keys, handler))
    meta = meta_encrypt({"version": "3.0", "action": "ping"}, keys.public)
    status, _, body = post(headers=meta.headers(), body=meta.body)
    assert (status, meta.decrypt_answer(body)) == (200, {"data": {"status": "active"}})
    assert handler.requests == []


def test_error_notification_is_acknowledged_and_logged(
    keys: Keys, serve: Serve, caplog: pytest.LogCaptureFixture
) -> None:
    handler = Booking()
    post = serve(make_endpoint(keys, handler))
    notification = {**EXCHANGE, "data": {"error": "invalid_screen_transition", "error_message": "not routed"}}
    meta = meta_encrypt(notification, keys.public)
    with caplog.at_level(logging.WARNING, logger="wacloud.flows"):
        status, _, body = post(headers=meta.headers(), body=meta.body)
    assert (status, meta.decrypt_answer(body)) == (200, {"data": {"acknowledged": True}})
    assert handler.requests == []
    assert "invalid_screen_transition" in caplog.text and "APPOINTMENT" in caplog.text


def test_token_no_longer_valid_is_427_with_encrypted_message(keys: Keys, serve: Serve) -> None:
    post = serve(make_endpoint(keys))
    meta = meta_encrypt({**EXCHANGE, "data": {"slot": "taken"}}, keys.public)
    status, _, body = post(headers=meta.headers(), body=meta.body)
    assert status == 427
    assert meta.decrypt_answer(body) == {"error_msg": "This slot was booked meanwhile."}


def test_handler_failure_is_500_and_logged(keys: Keys, serve: Serve, caplog: pytest.LogCaptureFixture) -> None:
    post = serve(make_endpoint(keys))
    meta = meta_encrypt({**EXCHANGE, "data": {"slot": "boom"}}, keys.public)
    with caplog.at_level(logging.ERROR, logger="wacloud.flows"):
        status, _, _ = post(headers=meta.headers(), body=meta.body)
    assert status == 500
    assert "flow handler failed for data_exchange on screen APPOINTMENT" in caplog.text
    assert_no_key_material(caplog, keys, meta)


def test_handler_returning_nonsense_is_500(keys: Keys, serve: Serve, caplog: pytest.LogCaptureFixture) -> None:
    post = serve(make_endpoint(keys, lambda request: "NEXT_SCREEN"))
    meta = meta_encrypt(EXCHANGE, keys.public)
    with caplog.at_level(logging.ERROR, logger="wacloud.flows"):
        assert post(headers=meta.headers(), body=meta.body)[0] == 500
    assert "return a FlowResponse" in caplog.text


def test_async_handler(keys: Keys, serve: Serve) -> None:
    async def handler(request: flows.FlowRequest) -> flows.FlowResponse:
        return request.respond("DONE", {"echo": request.data["slot"]})

    post = serve(make_endpoint(keys, handler))
    meta = meta_encrypt(EXCHANGE, keys.public)
    status, _, body = post(headers=meta.headers(), body=meta.body)
    assert (status, meta.decrypt_answer(body)["data"]) == (200, {"echo": "10:00"})


def _drop(body: bytes, field: str) -> bytes:
    return json.dumps({k: v for k, v in json.loads(body).items() if k != field}).encode()


def _flip(body: bytes, field: str) -> bytes:
    payload = json.loads(body)
    raw = bytearray(base64.b64decode(payload[field]))
    raw[-1] ^= 0x80
    payload[field] = base64.b64encode(bytes(raw)).decode()
    return json.dumps(payload).encode()


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("missing-field", 421),
        ("not-json", 421),
        ("wrong-key", 421),
        ("tampered-ciphertext", 421),
        ("wrong-signature", 432),
        ("no-signature", 432),
        ("forged-flow-token-signature", 432),
        ("two-megabytes", 413),
    ],
)
def test_bad_input_gets_metas_code_and_a_clean_log_line(
    keys: Keys, other_keys: Keys, serve: Serve, caplog: pytest.LogCaptureFixture, case: str, expected: int
) -> None:
    handler = Booking()
    post = serve(make_endpoint(keys, handler))
    meta = meta_encrypt(EXCHANGE, (other_keys if case == "wrong-key" else keys).public)
    body, headers = meta.body, meta.headers()
    if case == "missing-field":
        body = _drop(body, "encrypted_aes_key")
    elif case == "not-json":
        body = b"encrypted_flow_data=abc"
    elif case == "tampered-ciphertext":
        body = _flip(body, "encrypted_flow_data")
    elif case == "wrong-signature":
        headers = meta.headers("not-the-app-secret")
    elif case == "no-signature":
        headers = {"Content-Type": "application/json"}
    elif case == "forged-flow-token-signature":
        forged = jwt_hs256({"flow_token": "tok-42"}, "not-the-app-secret")
        meta = meta_encrypt({**EXCHANGE, "version": "4.0", "flow_token_signature": forged}, keys.public)
        body = meta.body
    elif case == "two-megabytes":
        body = b'{"encrypted_flow_data": "' + b"A" * (2 * 1024 * 1024) + b'"}'
    if case not in ("wrong-signature", "no-signature"):
        headers = {**headers, **MetaRequest(body, b"", b"", "").headers()}
    with caplog.at_level(logging.DEBUG, logger="wacloud.flows"):
        status, _, payload = post(headers=headers, body=body)
    assert status == expected
    assert handler.requests == []
    refusals = [r.getMessage() for r in caplog.records if f"refused a request ({expected})" in r.getMessage()]
    assert len(refusals) == 1, caplog.text
    assert_no_key_material(caplog, keys, meta)
    assert all(secret.encode() not in payload for secret in meta.material())


def test_genuine_flow_token_signature_passes(keys: Keys, serve: Serve) -> None:
    handler = Booking()
    post = serve(make_endpoint(keys, handler))
    signature = jwt_hs256({"flow_token": "tok-42", "exp": int(time.time()) + 600}, APP_SECRET)
    meta = meta_encrypt({**EXCHANGE, "version": "4.0", "flow_token_signature": signature}, keys.public)
    status, _, body = post(headers=meta.headers(), body=meta.body)
    assert status == 200 and meta.decrypt_answer(body)["version"] == "4.0"
    assert handler.requests[0].flow_token_signature == signature


def test_methods_and_paths(keys: Keys, serve: Serve) -> None:
    post = serve(make_endpoint(keys, path="/flows/booking"))
    meta = meta_encrypt(EXCHANGE, keys.public)
    assert post("/elsewhere", headers=meta.headers(), body=meta.body)[0] == 404
    status, headers, _ = post("/flows/booking", method="GET")
    assert status == 405 and headers["allow"] == "POST"
    assert post("/flows/booking/", headers=meta.headers(), body=meta.body)[0] == 200


def test_unsigned_mode_for_local_development(keys: Keys, serve: Serve, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="wacloud.flows"):
        endpoint = flows.FlowEndpoint(
            Booking(), private_key=keys.encrypted_pem, password=KEY_PASSWORD, verify_signatures=False, environ={}
        )
    assert "OFF" in caplog.text
    meta = meta_encrypt(EXCHANGE, keys.public)
    assert serve(endpoint)(body=meta.body)[0] == 200


def test_configuration_errors(keys: Keys, tmp_path: Any) -> None:
    with pytest.raises(ConfigurationError, match="WA_APP_SECRET"):
        flows.FlowEndpoint(Booking(), private_key=keys.private_pem, environ={}, dotenv_path=tmp_path / ".env")
    with pytest.raises(ConfigurationError, match="could not be loaded"):
        make_endpoint(keys).__class__(Booking(), private_key=b"junk", app_secret=APP_SECRET)
    with pytest.raises(ConfigurationError, match="path"):
        make_endpoint(keys, path="flows")
    with pytest.raises(ConfigurationError, match="callable"):
        flows.FlowEndpoint("handler", private_key=keys.private_pem, app_secret=APP_SECRET)  # type: ignore[arg-type]
    endpoint = flows.FlowEndpoint(Booking(), private_key=keys.private_pem, environ={"WA_APP_SECRET": APP_SECRET})
    assert APP_SECRET not in repr(endpoint)


@pytest.mark.integration
def test_over_a_real_loopback_server(keys: Keys) -> None:
    """uvicorn serving the ASGI app: the whole exchange over HTTP, and a 2 MB body refused with 413."""
    endpoint = make_endpoint(keys)
    with ThreadedServer(endpoint.asgi) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        meta = meta_encrypt(EXCHANGE, keys.public)
        reply = http.post("/", content=meta.body, headers=meta.headers())
        assert reply.status_code == 200
        assert meta.decrypt_answer(reply.text)["screen"] == "SUCCESS"
        big = b"{" + b" " * (2 * 1024 * 1024) + b"}"
        assert http.post("/", content=big, headers=MetaRequest(big, b"", b"", "").headers()).status_code == 413


def test_concurrent_requests_keep_their_own_keys(keys: Keys) -> None:
    """Each answer is encrypted under its own request's key and IV, also when requests interleave."""
    endpoint = make_endpoint(keys, lambda request: request.respond("ECHO", {"n": request.data["n"]}))
    results: dict[int, Any] = {}

    def one(n: int) -> None:
        meta = meta_encrypt({**EXCHANGE, "data": {"n": n}}, keys.public)
        reply = endpoint.handle(meta.body, meta.headers()["X-Hub-Signature-256"])
        results[n] = meta.decrypt_answer(reply.text)["data"]["n"]

    threads = [threading.Thread(target=one, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == {n: n for n in range(8)}


class _BrokenStream:
    def read(self, size: int = -1) -> bytes:
        raise OSError("connection reset by peer")


def test_a_broken_wsgi_input_is_still_answered(keys: Keys, caplog: pytest.LogCaptureFixture) -> None:
    endpoint = make_endpoint(keys)
    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        captured["status"] = status

    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/", "CONTENT_LENGTH": "10", "wsgi.input": _BrokenStream()}
    with caplog.at_level(logging.ERROR, logger="wacloud.flows"):
        assert b"".join(endpoint.wsgi(environ, start_response)) == b"Internal Server Error"
    assert captured["status"].startswith("500") and "WSGI app failed" in caplog.text


def test_lifespan_and_other_scopes(keys: Keys) -> None:
    import asyncio
    from collections.abc import MutableMapping

    endpoint = make_endpoint(keys)
    sent: list[MutableMapping[str, Any]] = []
    incoming: list[MutableMapping[str, Any]] = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]

    async def receive() -> MutableMapping[str, Any]:
        return incoming.pop(0)

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    async def run() -> None:
        await endpoint.asgi({"type": "lifespan"}, receive, send)
        await endpoint.asgi({"type": "websocket"}, receive, send)

    asyncio.run(run())
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
