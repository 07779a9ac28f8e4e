"""The app-level grants of ``wacloud.auth``: app token, Embedded Signup code exchange and ``debug_token``.

Secrets here match the whole-run scan of tests/conftest.py (``EAAG-...`` tokens, ``app-secret-value``), so a leak
into any log line fails the run, on top of the explicit checks below.
"""

from __future__ import annotations

import logging
import urllib.parse

import pytest
from pytest_httpx import HTTPXMock

import wacloud.auth
from tests.conftest import GRAPH
from wacloud import ConfigurationError, InvalidArgumentError, WhatsApp
from wacloud.auth import TokenInfo
from wacloud_api.models import AccessTokenResponse, DebugTokenData, DebugTokenGranularScope

OAUTH = "https://graph.facebook.com/oauth/access_token"
APP_ID = "670843887433847"
SECRET = "app-secret-value-grants"
BUSINESS_TOKEN = "EAAG-business-token-from-signup"
SIGNUP_CODE = "EAAG-one-time-signup-code"
APP_TOKEN_ANSWER = {"access_token": f"{APP_ID}|EAAG-app-token-part", "token_type": "bearer"}
DEBUG_ANSWER = {
    "data": {
        "app_id": APP_ID,
        "type": "SYSTEM_USER",
        "application": "JaspersMarket",
        "expires_at": 0,
        "is_valid": True,
        "scopes": ["whatsapp_business_management", "whatsapp_business_messaging"],
        "granular_scopes": [
            {"scope": "whatsapp_business_management", "target_ids": ["102289599326934", "101569239400667"]},
            {"scope": "whatsapp_business_messaging", "target_ids": ["102289599326934"]},
            {"scope": "business_management"},
        ],
        "user_id": "10222270944537964",
    }
}


def _query(url: object) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(str(url)).query))


def test_app_access_token_uses_client_credentials(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    httpx_mock.add_response(json=APP_TOKEN_ANSWER)
    token = wacloud.auth.app_access_token(app_id=APP_ID, app_secret=SECRET)
    request = httpx_mock.get_request()
    assert request is not None
    assert str(request.url).startswith(OAUTH + "?")
    assert _query(request.url) == {"grant_type": "client_credentials", "client_id": APP_ID, "client_secret": SECRET}
    assert token.access_token == APP_TOKEN_ANSWER["access_token"]
    assert token.expires_at is None  # app tokens do not expire
    assert "EAAG" not in repr(token) and SECRET not in caplog.text


def test_exchange_code_sends_the_code_without_a_grant_type(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    httpx_mock.add_response(json={"access_token": BUSINESS_TOKEN, "token_type": "bearer"})
    business = wacloud.auth.exchange_code(SIGNUP_CODE, app_id=APP_ID, app_secret=SECRET)
    request = httpx_mock.get_request()
    assert request is not None
    assert _query(request.url) == {"client_id": APP_ID, "client_secret": SECRET, "code": SIGNUP_CODE}
    assert request.headers["authorization"] == f"Bearer {APP_ID}|{SECRET}"  # the app token, not a user token
    assert business.access_token == BUSINESS_TOKEN
    assert BUSINESS_TOKEN not in repr(business)
    assert "oauth/access_token" in caplog.text  # httpx logged the request...
    assert SIGNUP_CODE not in caplog.text and SECRET not in caplog.text  # ...with code and secret redacted


def test_exchange_code_passes_the_redirect_uri(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"access_token": BUSINESS_TOKEN})
    wacloud.auth.exchange_code(SIGNUP_CODE, app_id=APP_ID, app_secret=SECRET, redirect_uri="https://example.com/es")
    request = httpx_mock.get_request()
    assert request is not None and _query(request.url)["redirect_uri"] == "https://example.com/es"


def test_exchange_code_reads_app_credentials_from_env(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WA_APP_ID", "42")
    monkeypatch.setenv("WA_APP_SECRET", "s3cret-from-env")
    httpx_mock.add_response(json={"access_token": BUSINESS_TOKEN})
    wacloud.auth.exchange_code(SIGNUP_CODE)
    request = httpx_mock.get_request()
    assert request is not None and _query(request.url)["client_id"] == "42"


def test_bad_grant_input_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WA_APP_SECRET", raising=False)
    monkeypatch.delenv("APP_SECRET", raising=False)
    with pytest.raises(InvalidArgumentError, match="code Embedded Signup returned"):
        wacloud.auth.exchange_code("  ", app_id=APP_ID, app_secret=SECRET)
    with pytest.raises(ConfigurationError, match="WA_APP_SECRET"):
        wacloud.auth.app_access_token(app_id=APP_ID)
    with pytest.raises(InvalidArgumentError, match="token to inspect"):
        wacloud.auth.debug_token("", access_token="EAAG-system-user-token")


def test_grant_errors_never_show_the_secret(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=400,
        json={"error": {"message": "Error validating verification code.", "type": "OAuthException", "code": 100}},
    )
    with pytest.raises(wacloud.WhatsAppError) as caught:
        wacloud.auth.exchange_code(SIGNUP_CODE, app_id=APP_ID, app_secret=SECRET)
    shown = f"{caught.value!s} {caught.value!r}"
    assert "verification code" in shown
    assert SECRET not in shown and SIGNUP_CODE not in shown


def test_debug_token_defaults_to_the_app_token(httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    httpx_mock.add_response(json=DEBUG_ANSWER)
    info = wacloud.auth.debug_token(BUSINESS_TOKEN, app_id=APP_ID, app_secret=SECRET)
    request = httpx_mock.get_request()
    assert request is not None
    assert str(request.url).split("?")[0] == f"{GRAPH}/debug_token"  # versioned, unlike the grants
    assert _query(request.url) == {"input_token": BUSINESS_TOKEN}
    assert request.headers["authorization"] == f"Bearer {APP_ID}|{SECRET}"
    assert info.is_valid
    assert info.waba_ids == ["102289599326934", "101569239400667"]
    assert info.messaging_waba_ids == ["102289599326934"]
    assert BUSINESS_TOKEN not in caplog.text and SECRET not in caplog.text


def test_debug_token_with_a_system_user_token(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=DEBUG_ANSWER)
    wacloud.auth.debug_token(BUSINESS_TOKEN, access_token="EAAG-system-user-token")
    request = httpx_mock.get_request()
    assert request is not None and request.headers["authorization"] == "Bearer EAAG-system-user-token"


def test_token_info_without_granular_scopes_has_no_waba_ids() -> None:
    info = TokenInfo(DebugTokenData(is_valid=False, granular_scopes=[DebugTokenGranularScope(scope="ads_read")]))
    assert not info.is_valid and info.waba_ids == [] and info.messaging_waba_ids == []


async def test_async_grants(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{OAUTH}?grant_type=client_credentials&client_id={APP_ID}&client_secret={SECRET}", json=APP_TOKEN_ANSWER
    )
    httpx_mock.add_response(
        url=f"{OAUTH}?client_id={APP_ID}&client_secret={SECRET}&code={SIGNUP_CODE}",
        json={"access_token": BUSINESS_TOKEN},
    )
    httpx_mock.add_response(url=f"{GRAPH}/debug_token?input_token={BUSINESS_TOKEN}", json=DEBUG_ANSWER)
    app = await wacloud.auth.async_app_access_token(app_id=APP_ID, app_secret=SECRET)
    business = await wacloud.auth.async_exchange_code(SIGNUP_CODE, app_id=APP_ID, app_secret=SECRET)
    info = await wacloud.auth.async_debug_token(business.access_token, access_token=app.access_token)
    assert info.waba_ids == ["102289599326934", "101569239400667"]
    debug_request = httpx_mock.get_requests()[-1]
    assert debug_request.headers["authorization"] == f"Bearer {APP_TOKEN_ANSWER['access_token']}"


def test_token_models_never_show_the_token_in_their_repr(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"access_token": BUSINESS_TOKEN, "expires_at": 1735689600})
    client = WhatsApp(access_token="EAAG-system-user-token")
    solution_token = client.solutions.get_access_token("1578492037561280", business_id="9876543210987654")
    assert solution_token.access_token == BUSINESS_TOKEN
    assert BUSINESS_TOKEN not in repr(solution_token) and "1735689600" in repr(solution_token)
    assert BUSINESS_TOKEN not in repr(AccessTokenResponse(access_token=BUSINESS_TOKEN, token_type="bearer"))
