"""Token exchange (unversioned URL, secrets never logged), providers, refresh on 190, scheduled refresh."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

import pytest
from pytest_httpx import HTTPXMock

import wacloud.auth
from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN
from wacloud import AsyncWhatsApp, AuthenticationError, ConfigurationError, WhatsApp
from wacloud_api.models import AccessTokenResponse

EXCHANGE = "https://graph.facebook.com/oauth/access_token"
NEW = {"access_token": "EAAG-long-lived-token-abcdef", "token_type": "bearer", "expires_in": 5183944}
URL = f"{GRAPH}/{PHONE_ID}/messages"
EXPIRED = {"error": {"message": "Session has expired", "type": "OAuthException", "code": 190}}


def test_exchange_calls_the_unversioned_endpoint(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    httpx_mock.add_response(json=NEW)
    caplog.set_level(logging.DEBUG)
    result = wacloud.auth.exchange_token(TOKEN, app_id="1234", app_secret="the-app-secret-value")
    request = httpx_mock.get_request()
    assert request is not None
    assert str(request.url).startswith(EXCHANGE + "?")
    assert dict(request.url.params) == {
        "grant_type": "fb_exchange_token",
        "client_id": "1234",
        "client_secret": "the-app-secret-value",
        "fb_exchange_token": TOKEN,
    }
    assert result.access_token == NEW["access_token"]
    assert result.expires_at is not None and result.expires_at > datetime.now(UTC)
    assert NEW["access_token"] not in repr(result)
    assert "the-app-secret-value" not in caplog.text and TOKEN not in caplog.text


def test_exchange_reads_app_credentials_from_env(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WA_APP_ID", "42")
    monkeypatch.setenv("WA_APP_SECRET", "s3cret-from-env")
    httpx_mock.add_response(json=NEW)
    wacloud.auth.exchange_token(TOKEN)
    request = httpx_mock.get_request()
    assert request is not None and request.url.params["client_id"] == "42"


def test_exchange_without_app_secret_names_the_variable() -> None:
    with pytest.raises(ConfigurationError, match="WA_APP_SECRET"):
        wacloud.auth.exchange_token(TOKEN, app_id="1")


async def test_async_exchange(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=NEW)
    result = await wacloud.auth.async_exchange_token(TOKEN, app_id="1", app_secret="s")
    assert result.response.token_type == "bearer"


def test_provider_is_called_lazily_cached_and_refreshed_on_190(httpx_mock: HTTPXMock) -> None:
    calls: list[int] = []

    def provider() -> str:
        calls.append(1)
        return f"EAAG-provided-token-{len(calls)}"

    httpx_mock.add_response(url=URL, status_code=401, json=EXPIRED)
    httpx_mock.add_response(url=URL, json=SENT, is_reusable=True)
    client = WhatsApp(access_token=provider, phone_number_id=PHONE_ID)
    assert calls == []  # lazy
    client.messages.send_text(to="15551234567", body="a")  # 190 -> refresh once -> retry once
    client.messages.send_text(to="15551234567", body="b")  # cached
    tokens = [r.headers["authorization"] for r in httpx_mock.get_requests()]
    assert tokens == ["Bearer EAAG-provided-token-1", "Bearer EAAG-provided-token-2", "Bearer EAAG-provided-token-2"]
    client.refresh_access_token()
    assert len(calls) == 3


def test_a_second_190_after_refresh_raises(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=401, json=EXPIRED, is_reusable=True)
    client = WhatsApp(access_token=lambda: "EAAG-always-expired-token", phone_number_id=PHONE_ID)
    with pytest.raises(AuthenticationError):
        client.messages.send_text(to="15551234567", body="a")
    assert len(httpx_mock.get_requests()) == 2


async def test_async_provider(httpx_mock: HTTPXMock) -> None:
    async def provider() -> str:
        return "EAAG-async-provided-token"

    httpx_mock.add_response(url=URL, json=SENT)
    async with AsyncWhatsApp(access_token=provider, phone_number_id=PHONE_ID) as client:
        await client.messages.send_text(to="15551234567", body="a")
    request = httpx_mock.get_request()
    assert request is not None and request.headers["authorization"] == "Bearer EAAG-async-provided-token"


def test_async_provider_on_sync_client_is_a_clear_error() -> None:
    async def provider() -> str:
        return "x"

    client = WhatsApp(access_token=provider, phone_number_id=PHONE_ID)
    with pytest.raises(ConfigurationError, match="AsyncWhatsApp"):
        client.messages.send_text(to="15551234567", body="a")


def test_token_refresher_updates_client_and_survives_failures() -> None:
    results = iter([RuntimeError("graph down"), "EAAG-refreshed-token-1"])
    done = threading.Event()
    errors: list[Exception] = []

    def fake_exchange(current: str) -> wacloud.auth.ExchangedToken:
        outcome = next(results)
        if isinstance(outcome, Exception):
            raise outcome
        done.set()
        return wacloud.auth.ExchangedToken(AccessTokenResponse(access_token=outcome), None)

    client = WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID)
    with wacloud.auth.TokenRefresher(
        client, TOKEN, interval=0.01, exchange=fake_exchange, on_error=errors.append
    ) as refresher:
        assert done.wait(5)
    assert refresher.failures == 1 and refresher.refreshes == 1
    assert isinstance(errors[0], RuntimeError)
    assert client._state.tokens.cached == "EAAG-refreshed-token-1"
