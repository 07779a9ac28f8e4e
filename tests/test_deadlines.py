"""The configured timeout is a deadline for each attempt; connection failures say whether Graph got the request.

These run against the fault-injecting loopback server of tests/fault_server.py. Elapsed times are compared to the
configured deadline with generous slack (they guard a correctness bound, not performance): before the deadline
existed, a server trickling one byte every 0.3 s held a ``timeout=1.0`` call for more than 11 s.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import wacloud
from tests.conftest import PHONE_ID, SENT, TOKEN, scan_error
from tests.fault_server import FaultServer
from wacloud import AsyncWhatsApp, WhatsApp
from wacloud._deadline import enforce_deadlines

MEDIA_ID = "1479537139650973"
INFO = {"messaging_product": "whatsapp", "url": "https://lookaside.fbsbx.com/x", "id": MEDIA_ID, "mime_type": "a/b"}
SLACK = 1.5  # seconds on top of the configured bound: a loaded 2-core machine, never a micro-benchmark


def answers(method: str, path: str) -> Any:
    return SENT if method == "POST" else INFO


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(answers, trickle_interval=0.3) as fault_server:
        yield fault_server


def _client(server: FaultServer, **options: Any) -> WhatsApp:
    return WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=server.base_url, **options)


def test_a_trickling_answer_cannot_hold_a_send_past_its_timeout(server: FaultServer) -> None:
    server.script(["trickle"])  # 200 headers at once, then one body byte every 0.3 s (about 60 s in all)
    started = time.monotonic()
    with _client(server, timeout=1.0) as client, pytest.raises(wacloud.TimeoutError) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    elapsed = time.monotonic() - started
    assert elapsed < 1.0 + SLACK
    error = caught.value
    assert isinstance(error, wacloud.WhatsAppError) and isinstance(error, TimeoutError)  # also the builtin
    assert error.request_sent is True and error.timeout == 1.0
    assert "may have been delivered" in str(error) and "statuses webhook" in str(error)
    assert server.connections == 1  # a send that may have reached Graph is never repeated
    scan_error(error)


async def test_a_trickling_answer_cannot_hold_an_async_send_past_its_timeout(server: FaultServer) -> None:
    server.script(["trickle"])
    started = time.monotonic()
    async with AsyncWhatsApp(
        access_token=TOKEN, phone_number_id=PHONE_ID, base_url=server.base_url, timeout=1.0
    ) as client:
        with pytest.raises(wacloud.TimeoutError) as caught:
            await client.messages.send_text(to="15551234567", body="hi")
    assert time.monotonic() - started < 1.0 + SLACK
    assert caught.value.request_sent is True and server.connections == 1
    scan_error(caught.value)


def test_request_timeout_env_is_the_deadline(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUEST_TIMEOUT", "800")  # milliseconds
    server.script(["trickle"])
    started = time.monotonic()
    with _client(server) as client, pytest.raises(wacloud.TimeoutError) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    assert time.monotonic() - started < 0.8 + SLACK
    assert caught.value.timeout == 0.8


def test_a_trickling_read_is_retried_within_the_budget(server: FaultServer) -> None:
    server.script(["trickle", "trickle"])
    started = time.monotonic()
    with _client(server, timeout=1.0, max_retries=2, max_retry_wait=2.0) as client:
        assert client.media.get(MEDIA_ID).id == MEDIA_ID
    assert server.connections == 3
    assert time.monotonic() - started < 3 * 1.0 + 2.0 + SLACK


def test_a_hang_is_a_timeout_per_attempt_and_per_call_option(server: FaultServer) -> None:
    server.script(["hang"])
    started = time.monotonic()
    with _client(server, timeout=30) as client, pytest.raises(wacloud.TimeoutError) as caught:
        client.messages.send_text(to="15551234567", body="hi", request_options={"timeout": 0.5})
    assert time.monotonic() - started < 0.5 + SLACK
    assert caught.value.request_sent is True


def test_connection_refused_is_not_sent_and_is_retried_even_for_a_send() -> None:
    with FaultServer(answers) as closed:
        port = closed.port
    with (
        WhatsApp(
            access_token=TOKEN, phone_number_id=PHONE_ID, base_url=f"http://127.0.0.1:{port}", max_retry_wait=0.5
        ) as client,
        pytest.raises(wacloud.ConnectionError) as caught,
    ):
        client.messages.send_text(to="15551234567", body="hi")
    error = caught.value
    assert error.request_sent is False
    assert "not sent" in str(error) and "safe to retry" in str(error)
    assert "may have been delivered" not in str(error)
    scan_error(error)


def test_a_reset_after_the_request_was_written_says_it_may_have_been_delivered(server: FaultServer) -> None:
    server.script(["reset_after", "ok"])
    with _client(server, max_retries=2) as client, pytest.raises(wacloud.ConnectionError) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    error = caught.value
    assert error.request_sent is True
    assert "may have been delivered" in str(error) and "check the statuses webhook" in str(error)
    assert "could not reach Graph" not in str(error)
    assert len(server.processed) == 1 and server.connections == 1  # never resent
    scan_error(error)


def test_a_reset_after_the_request_was_written_is_retried_for_a_read(server: FaultServer) -> None:
    server.script(["reset_after"])
    with _client(server, max_retries=1, max_retry_wait=1.0) as client:
        assert client.media.get(MEDIA_ID).id == MEDIA_ID
    assert server.connections == 2


def test_the_cause_is_kept_without_its_secrets() -> None:
    with FaultServer(answers) as closed:
        port = closed.port
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=f"http://127.0.0.1:{port}", max_retries=0) as c,
        pytest.raises(wacloud.ConnectionError) as caught,
    ):
        c.messages.send_text(to="15551234567", body="hi")
    cause = caught.value.__cause__
    assert cause is not None and type(cause).__name__ == "ConnectError"
    assert "authorization" not in {name.lower() for name in cause.request.headers}  # type: ignore[attr-defined]
    assert caught.value.__suppress_context__


def test_the_deadline_also_holds_on_an_http_client_passed_in(server: FaultServer) -> None:
    server.script(["trickle"])
    started = time.monotonic()
    with (
        httpx.Client() as http,
        WhatsApp(
            access_token=TOKEN, phone_number_id=PHONE_ID, base_url=server.base_url, timeout=1.0, http_client=http
        ) as client,
        pytest.raises(wacloud.TimeoutError),
    ):
        client.messages.send_text(to="15551234567", body="hi")
    assert time.monotonic() - started < 1.0 + SLACK


def test_a_custom_transport_keeps_httpx_timeouts_and_says_so() -> None:
    mock = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=SENT)))
    assert enforce_deadlines(mock) is False
    with httpx.Client() as plain:
        assert enforce_deadlines(plain) is True
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, http_client=mock) as client:
        assert client.messages.send_text(to="15551234567", body="hi").messages[0].id


@pytest.mark.parametrize(
    ("exception", "sent"),
    [
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("slow connect"), False),
        (httpx.PoolTimeout("pool full"), False),
        (httpx.WriteError("broken pipe"), False),
        (httpx.WriteTimeout("slow write"), False),
        (httpx.ProxyError("tunnel refused"), False),
        (httpx.ReadError("reset"), True),
        (httpx.ReadTimeout("no answer"), True),
        (httpx.RemoteProtocolError("server disconnected"), True),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_every_transport_failure_says_whether_the_send_was_sent(
    httpx_mock: HTTPXMock, exception: httpx.TransportError, sent: bool
) -> None:
    httpx_mock.add_exception(exception)
    if not sent:
        httpx_mock.add_response(json=SENT)  # what the retry gets
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retry_wait=1.0) as client:
        if sent:
            with pytest.raises((wacloud.ConnectionError, wacloud.TimeoutError)) as caught:
                client.messages.send_text(to="15551234567", body="hi")
            assert caught.value.request_sent is True and "may have been delivered" in str(caught.value)
            assert len(httpx_mock.get_requests()) == 1  # never resent
        else:
            client.messages.send_text(to="15551234567", body="hi")  # never fully sent: safely retried
            assert len(httpx_mock.get_requests()) == 2
