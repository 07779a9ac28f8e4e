"""Graph error bodies become typed exceptions; transport failures are wrapped; retries are safe."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import wacloud
from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN
from wacloud import (
    ApiError,
    AuthenticationError,
    InvalidRequestError,
    RateLimitError,
    UnknownApiError,
    WhatsApp,
    WhatsAppError,
)

URL = f"{GRAPH}/{PHONE_ID}/messages"


def graph_error(code: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "AbC123", **extra}}


RECORDED = [
    (
        401,
        graph_error(190, "Error validating access token: Session has expired", error_subcode=463),
        AuthenticationError,
    ),
    (403, graph_error(10, "(#10) Application does not have permission for this action"), AuthenticationError),
    (
        400,
        graph_error(
            130429,
            "(#130429) Rate limit hit",
            error_data={"messaging_product": "whatsapp", "details": "Cloud API message throughput has been reached."},
        ),
        RateLimitError,
    ),
    (400, graph_error(131056, "(#131056) (Business Account, Consumer Account) pair rate limit hit"), RateLimitError),
    (400, graph_error(80007, "(#80007) Rate limit issues"), RateLimitError),
    (400, graph_error(4, "(#4) Application request limit reached"), RateLimitError),
    (
        400,
        graph_error(
            100,
            "(#100) Invalid parameter",
            error_data={"messaging_product": "whatsapp", "details": "Param text['body'] is required"},
        ),
        InvalidRequestError,
    ),
    (400, graph_error(131047, "Re-engagement message"), InvalidRequestError),
    (400, graph_error(131026, "Message undeliverable"), InvalidRequestError),
    (400, graph_error(999999, "Something new"), UnknownApiError),
]


@pytest.mark.parametrize(("status", "body", "cls"), RECORDED, ids=[str(r[1]["error"]["code"]) for r in RECORDED])
def test_recorded_graph_errors_map_to_classes(
    httpx_mock: HTTPXMock, status: int, body: dict[str, Any], cls: type[ApiError]
) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=status, json=body, headers={"x-fb-trace-id": "AbC123"})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retries=0) as client, pytest.raises(cls) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    error = caught.value
    assert isinstance(error, WhatsAppError)
    assert error.status_code == status
    assert error.code == body["error"]["code"]
    assert error.type == "OAuthException"
    assert error.fbtrace_id == "AbC123"
    assert error.error_data == body["error"].get("error_data", {})
    assert TOKEN not in str(error) and TOKEN not in repr(error)
    if "details" in error.error_data:
        assert error.details in str(error)


def test_expired_token_without_provider_says_how_to_fix(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=401, json=graph_error(190, "Session has expired"))
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(AuthenticationError) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    assert "update_access_token()" in str(caught.value)
    assert "access_token=<callable>" in str(caught.value)


def test_non_json_error_body_is_still_a_typed_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST", url=URL, status_code=502, text="<html>Bad Gateway</html>", headers={"content-type": "text/html"}
    )
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(UnknownApiError) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    assert caught.value.status_code == 502
    assert "non-JSON" in str(caught.value)


def test_undocumented_success_body_is_unexpected_response(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/42", json={"unexpected": True})
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(wacloud.UnexpectedResponseError),
    ):
        client.media.get("42")


def test_connection_and_timeout_errors_are_wrapped_with_cause(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=URL)
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=URL)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retries=0) as client:
        with pytest.raises(wacloud.ConnectionError) as refused:
            client.messages.send_text(to="15551234567", body="hi")
        assert isinstance(refused.value.__cause__, httpx.ConnectError)
        with pytest.raises(wacloud.TimeoutError) as slow:
            client.messages.send_text(to="15551234567", body="hi")
        assert isinstance(slow.value.__cause__, httpx.ReadTimeout)


def test_dot_segment_ids_are_refused() -> None:
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(wacloud.InvalidArgumentError):
        client.media.get("..")


# ---------------------------------------------------------------- retries


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr("wacloud._runtime.time.sleep", waits.append)
    return waits


def test_throttled_send_is_retried_honouring_retry_after(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_response(
        method="POST",
        url=URL,
        status_code=400,
        json=graph_error(130429, "Rate limit hit"),
        headers={"Retry-After": "3"},
    )
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        assert client.messages.send_text(to="15551234567", body="hi").messages[0].id
    assert no_sleep == [3.0]


def test_send_is_never_retried_after_a_server_error(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=500, json=graph_error(131000, "Something went wrong"))
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(UnknownApiError):
        client.messages.send_text(to="15551234567", body="hi")
    assert len(httpx_mock.get_requests()) == 1 and no_sleep == []


def test_send_is_not_retried_after_a_read_timeout(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("maybe delivered"), url=URL)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(wacloud.TimeoutError):
        client.messages.send_text(to="15551234567", body="hi")
    assert len(httpx_mock.get_requests()) == 1


def test_connect_error_on_send_is_retried(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=URL)
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.send_text(to="15551234567", body="hi")
    assert len(no_sleep) == 1 and 0 < no_sleep[0] <= 0.5


def test_idempotent_get_is_retried_on_5xx_until_budget(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    for _ in range(3):
        httpx_mock.add_response(
            method="GET", url=f"{GRAPH}/42", status_code=503, json=graph_error(2, "Service temporarily unavailable")
        )
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retries=2) as client,
        pytest.raises(UnknownApiError),
    ):
        client.media.get("42")
    assert len(httpx_mock.get_requests()) == 3 and len(no_sleep) == 2


def test_per_call_retry_options(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=400, json=graph_error(130429, "Rate limit hit"))
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(RateLimitError):
        client.messages.send_text(to="15551234567", body="hi", request_options={"max_retries": 0})
    assert no_sleep == []


def test_retry_wait_budget_stops_long_waits(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_response(
        method="POST", url=URL, status_code=400, json=graph_error(80007, "Rate limit"), headers={"Retry-After": "600"}
    )
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(RateLimitError) as caught:
        client.messages.send_text(to="15551234567", body="hi", request_options={"max_retry_wait": 30})
    assert caught.value.retry_after == 600 and no_sleep == []


def test_client_level_retry_wait_budget(httpx_mock: HTTPXMock, no_sleep: list[float]) -> None:
    httpx_mock.add_response(
        method="POST", url=URL, status_code=400, json=graph_error(130429, "Rate limit"), headers={"Retry-After": "5"}
    )
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retry_wait=2) as client,
        pytest.raises(RateLimitError),
    ):
        client.messages.send_text(to="15551234567", body="hi")
    assert no_sleep == []
