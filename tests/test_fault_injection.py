"""Property: whatever faults the server injects, the SDK never delivers a send twice, retries reads within
``max_retry_wait``, and every failure is a typed ``WhatsAppError`` raised on time (with no secret in it).

Hypothesis draws a script of faults (resets before and after the request is written, 5xx, throttling with a good,
garbage or negative Retry-After, trickling bodies, hangs) for the loopback server of tests/fault_server.py, then
runs a send (POST, never repeatable once it may have reached Meta) or a read (GET, safe to repeat), sync or async.
The elapsed time is compared with the call's bound — (max_retries + 1) attempts of ``timeout`` plus
``max_retry_wait`` — with generous slack: a correctness bound, not a benchmark.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wacloud
from tests.conftest import PHONE_ID, SENT, TOKEN, scan_error
from tests.fault_server import FAULTS, PROCESSED_FAULTS, FaultServer
from wacloud import AsyncWhatsApp, WhatsApp

MEDIA_ID = "1479537139650973"
INFO = {"messaging_product": "whatsapp", "url": "https://lookaside.fbsbx.com/x", "id": MEDIA_ID, "mime_type": "a/b"}
TIMEOUT = 0.8  # generous: a normal answer must fit in it on a loaded 2-core machine
MAX_RETRIES = 2
MAX_RETRY_WAIT = 1.5  # fits two backoffs (at most 0.5 s + 1 s) and two 0.05 s Retry-After hints
BOUND = (MAX_RETRIES + 1) * TIMEOUT + MAX_RETRY_WAIT
THROTTLES = frozenset({"throttle", "throttle_garbage", "throttle_negative"})
APP_SECRET = "the-app-secret-value"


def answers(method: str, path: str) -> Any:
    return SENT if method == "POST" else INFO


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(answers, trickle_interval=0.05) as fault_server:
        yield fault_server


def _options() -> dict[str, Any]:
    return {
        "access_token": TOKEN,
        "phone_number_id": PHONE_ID,
        "timeout": TIMEOUT,
        "max_retries": MAX_RETRIES,
        "max_retry_wait": MAX_RETRY_WAIT,
        "app_secret": APP_SECRET,
    }


def _sync_call(base_url: str, operation: str) -> object:
    with WhatsApp(base_url=base_url, **_options()) as client:
        if operation == "send":
            return client.messages.send_text(to="15551234567", body="hi")
        return client.media.get(MEDIA_ID)


async def _async_call(base_url: str, operation: str) -> object:
    async with AsyncWhatsApp(base_url=base_url, **_options()) as client:
        if operation == "send":
            return await client.messages.send_text(to="15551234567", body="hi")
        return await client.media.get(MEDIA_ID)


def _run(base_url: str, operation: str, flavour: str) -> tuple[object | None, BaseException | None]:
    try:
        if flavour == "sync":
            return _sync_call(base_url, operation), None
        return asyncio.run(_async_call(base_url, operation)), None
    except Exception as exc:  # judged by the property below, whatever it is
        return None, exc


@settings(
    # 15 scripted fault sequences per run (each call may wait out real timeouts): enough to meet every fault kind
    # across runs while `make test` stays within its 3-minute budget; FAULT_EXAMPLES raises it for a deeper run.
    max_examples=int(os.environ.get("FAULT_EXAMPLES", "15")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    faults=st.lists(st.sampled_from([fault for fault in FAULTS if fault != "ok"]), max_size=3),
    operation=st.sampled_from(["send", "read"]),
    flavour=st.sampled_from(["sync", "async"]),
)
def test_faults_never_duplicate_a_send_and_fail_typed_and_on_time(
    server: FaultServer, faults: list[str], operation: str, flavour: str
) -> None:
    server.script(faults)
    started = time.monotonic()
    result, error = _run(server.base_url, operation, flavour)
    elapsed = time.monotonic() - started

    assert elapsed < BOUND * 1.5 + 1.0, f"{faults}: {elapsed:.1f} s for a call bounded by {BOUND:.1f} s"
    assert server.connections <= MAX_RETRIES + 1
    if error is not None:
        assert isinstance(error, wacloud.WhatsAppError), f"{faults}: untyped {type(error).__name__}: {error}"
        scan_error(error)
        if isinstance(error, wacloud.ConnectionError | wacloud.TimeoutError):
            assert isinstance(error.request_sent, bool)
            assert ("may have been delivered" in str(error)) is error.request_sent

    if operation == "send":
        # Never delivered twice: once the server may have acted on a send, the SDK does not send it again.
        assert len(server.processed) <= 1, f"{faults}: the send reached the server {len(server.processed)} times"
        first_processed = next((i for i, fault in enumerate(faults) if fault in PROCESSED_FAULTS), None)
        if first_processed is not None and first_processed <= MAX_RETRIES:
            assert error is not None and server.connections <= first_processed + 1
        if all(fault in THROTTLES for fault in faults[: MAX_RETRIES + 1]) and len(faults) <= MAX_RETRIES:
            assert error is None and len(server.processed) == 1  # throttling is a safe retry
    else:
        # A read is safe to repeat: with at most max_retries faults it succeeds, within max_retry_wait.
        if len(faults) <= MAX_RETRIES:
            assert error is None, f"{faults}: a read failed with {type(error).__name__}: {error}"
            assert result is not None and server.connections == len(faults) + 1
