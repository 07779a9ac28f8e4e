"""A Retry-After that is garbage, negative or in the past counts as missing: backoff, never a bare ValueError."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN
from wacloud import RateLimitError, WhatsApp
from wacloud._retry import retry_after_seconds

URL = f"{GRAPH}/{PHONE_ID}/messages"
THROTTLED = {"error": {"message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429}}
NOT_A_HINT = [
    "soon",
    "-5",
    "-0.5",
    "nan",
    "inf",
    "Wed, 31 Dec 1969 23:59:59 GMT",
    "Mon, 99 Foo 2025 99:99:99 GMT",
    "Wed, 21 Oct 2015 07:28:00",  # no zone
    "1e400",
    "",
]


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr("wacloud._runtime.time.sleep", waits.append)
    return waits


@pytest.mark.parametrize("header", NOT_A_HINT)
def test_unusable_retry_after_is_like_a_missing_header(header: str) -> None:
    response = httpx.Response(429, headers={"Retry-After": header})
    assert retry_after_seconds(response) is None


@pytest.mark.parametrize(("header", "seconds"), [("3", 3.0), ("0", 0.0), (" 2.5 ", 2.5)])
def test_seconds_are_honoured(header: str, seconds: float) -> None:
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": header})) == seconds


def test_a_future_http_date_is_honoured() -> None:
    header = email.utils.formatdate(time.time() + 120, usegmt=True)
    hint = retry_after_seconds(httpx.Response(429, headers={"Retry-After": header}))
    assert hint is not None and 100 < hint <= 120


def test_garbage_retry_after_falls_back_to_graphs_usage_header() -> None:
    usage = '{"102290129340398": [{"type": "messaging", "estimated_time_to_regain_access": 2}]}'
    response = httpx.Response(429, headers={"Retry-After": "-1", "X-Business-Use-Case-Usage": usage})
    assert retry_after_seconds(response) == 120.0


@pytest.mark.parametrize("header", ["soon", "-5", "Mon, 99 Foo 2025 99:99:99 GMT"])
def test_throttled_send_with_unusable_retry_after_backs_off(
    httpx_mock: HTTPXMock, no_sleep: list[float], header: str
) -> None:
    for _ in range(2):
        httpx_mock.add_response(
            method="POST", url=URL, status_code=400, json=THROTTLED, headers={"Retry-After": header}
        )
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retries=2) as client:
        assert client.messages.send_text(to="15551234567", body="hi").messages[0].id
    # exponential backoff with jitter (0.25-0.5 s, then 0.5-1 s), not instant retries
    assert len(no_sleep) == 2
    assert 0.25 <= no_sleep[0] <= 0.5 and 0.5 <= no_sleep[1] <= 1.0


def test_error_keeps_no_hint_for_garbage(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=400, json=THROTTLED, headers={"Retry-After": "soon"})
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retries=0) as client,
        pytest.raises(RateLimitError) as caught,
    ):
        client.messages.send_text(to="15551234567", body="hi")
    assert caught.value.retry_after is None and no_sleep == []
