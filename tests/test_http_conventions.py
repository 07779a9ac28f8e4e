"""httpx conventions: `timeout=` takes seconds or an `httpx.Timeout`; an injected `http_client` keeps its own timeout,
headers and User-Agent unless the caller overrides them; wacloud's own pool names wacloud and its version."""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

import wacloud
from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN
from wacloud import AsyncWhatsApp, WhatsApp

URL = f"{GRAPH}/{PHONE_ID}/messages"


def _send(client: WhatsApp, httpx_mock: HTTPXMock, **options: object) -> httpx.Request:
    httpx_mock.add_response(url=URL, json=SENT)
    client.messages.send_text(to="15551234567", body="hi", request_options=options or None)  # type: ignore[arg-type]
    request = httpx_mock.get_requests()[-1]
    return request


def test_default_user_agent_names_wacloud_and_its_version(httpx_mock: HTTPXMock) -> None:
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        request = _send(client, httpx_mock)
    assert request.headers["User-Agent"] == f"wacloud-python/{wacloud.__version__}"
    assert wacloud.__version__.count(".") == 2


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (None, httpx.Timeout(30.0)),
        (5, httpx.Timeout(5.0)),
        (2.5, httpx.Timeout(2.5)),
        (httpx.Timeout(10.0, connect=2.0), httpx.Timeout(10.0, connect=2.0)),
    ],
)
def test_timeout_accepts_seconds_or_an_httpx_timeout(
    httpx_mock: HTTPXMock, timeout: float | httpx.Timeout | None, expected: httpx.Timeout
) -> None:
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, timeout=timeout) as client:
        request = _send(client, httpx_mock)
    assert request.extensions["timeout"] == expected.as_dict()


def test_per_call_timeout_may_be_an_httpx_timeout(httpx_mock: HTTPXMock) -> None:
    per_call = httpx.Timeout(3.0, read=9.0)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, timeout=5) as client:
        request = _send(client, httpx_mock, timeout=per_call)
    assert request.extensions["timeout"] == per_call.as_dict()


def test_bad_timeout_is_a_configuration_error() -> None:
    with pytest.raises(wacloud.ConfigurationError, match="timeout"):
        WhatsApp(access_token=TOKEN, timeout=-1)


def test_injected_client_keeps_its_timeout_headers_and_user_agent(httpx_mock: HTTPXMock) -> None:
    own = httpx.Timeout(7.0, connect=1.5)
    http = httpx.Client(timeout=own, headers={"User-Agent": "shop-backend/4.2", "X-Request-Source": "shop"})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, http_client=http) as client:
        request = _send(client, httpx_mock)
        tenant_request = _send(client.with_options(phone_number_id=PHONE_ID), httpx_mock)
        assert client.settings.sources["timeout"] == "http_client"
    assert request.extensions["timeout"] == own.as_dict()
    assert tenant_request.extensions["timeout"] == own.as_dict()
    assert request.headers["User-Agent"] == "shop-backend/4.2"
    assert request.headers["X-Request-Source"] == "shop"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert not http.is_closed  # the caller's pool is the caller's to close
    http.close()


def test_explicit_settings_override_the_injected_client(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    http = httpx.Client(timeout=httpx.Timeout(7.0), headers={"User-Agent": "shop-backend/4.2"})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, http_client=http, timeout=2) as client:
        request = _send(client, httpx_mock, extra_headers={"User-Agent": "override/1"})
    assert request.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    assert request.headers["User-Agent"] == "override/1"
    monkeypatch.setenv("REQUEST_TIMEOUT", "4000")
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, http_client=http) as client:
        request = _send(client, httpx_mock)
    assert request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()
    http.close()


async def test_async_client_follows_the_same_conventions(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, json=SENT)
    httpx_mock.add_response(url=URL, json=SENT)
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, timeout=httpx.Timeout(4.0)) as client:
        await client.messages.send_text(to="15551234567", body="hi")
    own = httpx.AsyncClient(timeout=httpx.Timeout(6.0), headers={"User-Agent": "async-shop/1"})
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, http_client=own) as client:
        await client.messages.send_text(to="15551234567", body="hi")
    await own.aclose()
    first, second = httpx_mock.get_requests()
    assert first.extensions["timeout"] == httpx.Timeout(4.0).as_dict()
    assert first.headers["User-Agent"] == f"wacloud-python/{wacloud.__version__}"
    assert second.extensions["timeout"] == httpx.Timeout(6.0).as_dict()
    assert second.headers["User-Agent"] == "async-shop/1"


def test_call_headers_replace_client_defaults_of_any_case_once(httpx_mock: HTTPXMock) -> None:
    # The send path merges headers itself (no httpx.Headers merge): same rules, one header per name.
    http = httpx.Client(headers={"authorization": "Bearer stale", "x-shop": "a", "CONTENT-TYPE": "text/plain"})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, http_client=http) as client:
        first = _send(client, httpx_mock, extra_headers={"X-Shop": "b"})
        http.headers["X-Added-Later"] = "yes"  # a default changed after the first send is seen by the next one
        second = _send(client, httpx_mock)
    names = [name.lower() for name, _ in first.headers.raw]
    assert len(names) == len(set(names))
    assert first.headers["Authorization"] == f"Bearer {TOKEN}"
    assert first.headers["X-Shop"] == "b"
    assert first.headers["Content-Type"] == "application/json"
    assert second.headers["X-Added-Later"] == "yes"
    assert second.headers["X-Shop"] == "a"
    http.close()


def test_a_non_ascii_extra_header_is_refused_before_the_request_and_its_value_is_not_shown() -> None:
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(wacloud.InvalidArgumentError, match="X-Note") as caught,
    ):
        client.messages.send_text(
            to="15551234567", body="hi", request_options={"extra_headers": {"X-Note": "sécret-value"}}
        )
    assert "sécret-value" not in str(caught.value)
