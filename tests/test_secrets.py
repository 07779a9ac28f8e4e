"""Secrets never show: not in captured traceback locals of any error, chained httpx errors, server error texts
echoed back, the CLI's stderr, pickles, nor reprs.

Every error below goes through ``scan_error`` (tests/conftest.py), which renders it as error trackers capture it
(``traceback.TracebackException(capture_locals=True)``, chained causes included) and feeds it to the whole-run scan.
"""

from __future__ import annotations

import copy
import io
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import wacloud
import wacloud.auth
from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN, render_error, scan_error
from wacloud import Settings, WhatsApp
from wacloud._secrets import SecretStr, scrub
from wacloud.cli import main

APP_SECRET = "the-app-secret-value"
VERIFY_TOKEN = "the-verify-token-value"
URL = f"{GRAPH}/{PHONE_ID}/messages"
EXCHANGE = "https://graph.facebook.com/oauth/access_token"


def _client(phone_number_id: str = PHONE_ID, **options: Any) -> WhatsApp:
    # Secrets only as module constants: a test's own locals are captured too.
    return WhatsApp(
        access_token=TOKEN,
        phone_number_id=phone_number_id,
        app_secret=APP_SECRET,
        webhook_verification_token=VERIFY_TOKEN,
        **options,
    )


def _raised(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except Exception as exc:
        return exc
    raise AssertionError("expected an error")


# ---------------------------------------------------------------- the wrapper type


def test_secret_str_is_redacted_everywhere_but_reveal() -> None:
    value = SecretStr(APP_SECRET)
    percent = ("%s" % value, "%r" % value)  # noqa: UP031 - logging formats its arguments this way
    for shown in (repr(value), str(value), f"{value}", f"{value:>30}", format(value), *percent, repr([value])):
        assert APP_SECRET not in shown and "[redacted]" in shown
    assert value == APP_SECRET and value.reveal() == APP_SECRET and type(value.reveal()) is str
    assert value.encode() == APP_SECRET.encode() and "x" + value == "x" + APP_SECRET
    assert copy.copy(value) is value and copy.deepcopy(value) is value
    with pytest.raises(TypeError, match="refuses to be pickled"):
        pickle.dumps(value)


def test_settings_hold_secrets_as_secret_str_and_refuse_pickling() -> None:
    with _client() as client:
        settings = client.settings
    for name in ("access_token", "app_secret", "webhook_verification_token"):
        assert isinstance(getattr(settings, name), SecretStr), name
    with pytest.raises(TypeError, match="refuse to be pickled") as caught:
        pickle.dumps(settings)
    scan_error(caught.value)
    assert copy.copy(settings) is settings


def test_settings_from_the_environment_and_dotenv_refuse_pickling(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    (tmp_path / ".env").write_text(f"WA_APP_SECRET={APP_SECRET}\nWEBHOOK_VERIFICATION_TOKEN={VERIFY_TOKEN}\n")
    settings = Settings.resolve()
    assert settings.app_secret == APP_SECRET and isinstance(settings.app_secret, SecretStr)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        with pytest.raises(TypeError):
            pickle.dumps(settings, protocol=protocol)


# ---------------------------------------------------------------- captured locals of every error kind


def graph_error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "AbC"}}


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (401, graph_error(190, "Session has expired"), wacloud.AuthenticationError),
        (400, graph_error(130429, "Rate limit hit"), wacloud.RateLimitError),
        (400, graph_error(100, "Invalid parameter"), wacloud.InvalidRequestError),
        (400, graph_error(999, "Something new"), wacloud.UnknownApiError),
    ],
)
def test_api_errors_show_no_secret_in_captured_locals(
    httpx_mock: HTTPXMock, status: int, body: dict[str, Any], kind: type[Exception]
) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=status, json=body)
    with _client(max_retries=0) as client:
        error = _raised(lambda: client.messages.send_text(to="15551234567", body="hi"))
    assert isinstance(error, kind)
    rendered = scan_error(error)
    assert "token = SecretStr('[redacted]')" in rendered  # the runtime's frame is captured, redacted


@pytest.mark.parametrize(
    "exception",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("gone"),
        httpx.WriteError("x"),
    ],
)
def test_transport_errors_show_no_secret_in_captured_locals(
    httpx_mock: HTTPXMock, exception: httpx.TransportError
) -> None:
    httpx_mock.add_exception(exception, url=URL)
    with _client(max_retries=0) as client:
        error = _raised(lambda: client.messages.send_text(to="15551234567", body="hi"))
    assert isinstance(error, wacloud.ConnectionError | wacloud.TimeoutError)
    assert type(error.__cause__) is type(exception)
    scan_error(error)


def test_other_error_kinds_show_no_secret_in_captured_locals(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/42", json={"unexpected": True})
    errors = [
        _raised(lambda: _client(phone_number_id="not-a-number")),  # ConfigurationError in the constructor
        _raised(lambda: _client(api_version="26")),
        _raised(lambda: _client().media.get("..")),  # InvalidArgumentError
        _raised(lambda: _client().media.get("42")),  # UnexpectedResponseError
        _raised(lambda: _client().media.download("https://evil.example.com/x")),  # MediaDownloadError
        _raised(lambda: _client().with_options(phone_number_id="x")),
        _raised(lambda: _client().messages.send_text(to="", body="hi")),
    ]
    kinds = {type(error).__name__ for error in errors}
    assert {"ConfigurationError", "InvalidArgumentError", "UnexpectedResponseError", "MediaDownloadError"} <= kinds
    for error in errors:
        assert isinstance(error, wacloud.WhatsAppError)
        scan_error(error)


def test_configuration_error_with_secrets_in_dotenv_shows_none(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        f"CLOUD_API_ACCESS_TOKEN={TOKEN}\nWA_APP_SECRET={APP_SECRET}\nCLOUD_API_VERSION=nope\n", encoding="utf-8"
    )
    error = _raised(WhatsApp)
    assert isinstance(error, wacloud.ConfigurationError)
    assert "CLOUD_API_ACCESS_TOKEN" in scan_error(error)  # the .env keys show, never their values


def test_configuration_error_with_secrets_in_a_passed_environ_shows_none() -> None:
    # Built inside the call: a variable of this test holding it would be captured too.
    error = _raised(
        lambda: Settings.resolve(
            environ={"CLOUD_API_ACCESS_TOKEN": TOKEN, "WA_APP_SECRET": APP_SECRET, "WA_MAX_RETRIES": "-1"},
            dotenv_path="/nonexistent",
        )
    )
    assert isinstance(error, wacloud.ConfigurationError)
    assert "WA_APP_SECRET" in scan_error(error)  # the keys show in the captured frame, never the values


def test_token_refresher_failure_shows_no_secret(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json=graph_error(100, "bad"))
    target = _client()
    refresher = wacloud.auth.TokenRefresher(target, TOKEN, app_id="1", app_secret=APP_SECRET)
    error = _raised(refresher.refresh_now)
    assert isinstance(error, wacloud.InvalidRequestError)
    scan_error(error)


# ---------------------------------------------------------------- the token exchange and chained httpx errors


def test_exchange_connection_error_keeps_no_secret_in_the_chained_request_url(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), is_reusable=True)  # a GET: retried, then raised
    error = _raised(lambda: wacloud.auth.exchange_token(TOKEN, app_id="1", app_secret=APP_SECRET))
    assert isinstance(error, wacloud.ConnectionError)
    cause = error.__cause__
    assert isinstance(cause, httpx.ConnectError)
    url = str(cause.request.url)
    assert "client_secret=[redacted]" in url.replace("%5B", "[").replace("%5D", "]")
    assert APP_SECRET not in url and TOKEN not in url
    assert "authorization" not in {name.lower() for name in cause.request.headers}
    scan_error(error)


def test_exchange_api_error_shows_no_secret(httpx_mock: HTTPXMock) -> None:
    echoed = graph_error(100, f"Invalid client_secret {APP_SECRET} for token {TOKEN}")
    httpx_mock.add_response(status_code=400, json=echoed)
    error = _raised(lambda: wacloud.auth.exchange_token(TOKEN, app_id="1", app_secret=APP_SECRET))
    assert isinstance(error, wacloud.InvalidRequestError)
    assert "[redacted]" in str(error)
    scan_error(error)


async def test_async_exchange_errors_show_no_secret(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), is_reusable=True)
    try:
        await wacloud.auth.async_exchange_token(TOKEN, app_id="1", app_secret=APP_SECRET)
    except wacloud.TimeoutError as exc:
        scan_error(exc)
    else:
        raise AssertionError("expected a timeout")


# ---------------------------------------------------------------- server error texts that echo secrets

ECHOED = {
    "error": {
        "message": f"Invalid OAuth access token: Bearer {TOKEN}",
        "type": "OAuthException",
        "code": 190,
        "error_data": {"details": f"header Authorization: Bearer {TOKEN}; secret {APP_SECRET}"},
        "error_user_msg": f"verify token {VERIFY_TOKEN}",
        "fbtrace_id": "AbC",
    }
}


def test_a_server_error_echoing_secrets_is_scrubbed_before_it_is_stored(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=401, json=ECHOED)
    with _client(max_retries=0) as client:
        error = _raised(lambda: client.messages.send_text(to="15551234567", body="hi"))
    assert isinstance(error, wacloud.AuthenticationError)
    stored = [error.message, str(error), repr(error), repr(error.body), repr(error.error_data), error.user_message]
    for text in stored:
        assert TOKEN not in str(text) and APP_SECRET not in str(text) and VERIFY_TOKEN not in str(text)
    assert "Bearer [redacted]" in error.message and error.code == 190
    scan_error(error)


def test_a_non_json_error_echoing_the_token_is_scrubbed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, status_code=502, text=f"<p>Authorization: Bearer {TOKEN}</p>")
    with _client(max_retries=0) as client:
        error = _raised(lambda: client.messages.send_text(to="15551234567", body="hi"))
    assert isinstance(error, wacloud.UnknownApiError) and "Bearer [redacted]" in str(error)
    scan_error(error)


def test_the_cli_prints_a_scrubbed_server_error(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("WA_APP_SECRET", APP_SECRET)
    httpx_mock.add_response(status_code=401, json=ECHOED)
    assert main(["send", "text", "--to", "15551234567", "--body", "hi", "--phone-number-id", PHONE_ID]) == 1
    out, err = capsys.readouterr()
    assert "Bearer [redacted]" in err
    assert TOKEN not in err + out and APP_SECRET not in err + out


def _exchange_input(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reads the token from stdin and the app secret from the environment (never from argv)."""
    monkeypatch.setenv("WA_APP_ID", "1")
    monkeypatch.setenv("WA_APP_SECRET", APP_SECRET)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TOKEN}\n"))


def test_the_cli_scrubs_the_exchanged_token_and_secret_from_errors(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    httpx_mock.add_response(status_code=400, json=graph_error(100, f"bad {APP_SECRET} / {TOKEN}"))
    _exchange_input(monkeypatch)
    assert main(["token", "exchange"]) == 1
    _, err = capsys.readouterr()
    assert TOKEN not in err and APP_SECRET not in err and "[redacted]" in err


def test_scrub_replaces_every_known_secret_and_secret_query_values() -> None:
    text = f"a {TOKEN} b {APP_SECRET} https://x/?client_secret=zzz&fb_exchange_token=yyy&code=abc&fields=id"
    scrubbed = scrub(text, [SecretStr(TOKEN), APP_SECRET, None, ""])
    assert TOKEN not in scrubbed and APP_SECRET not in scrubbed
    for value in ("zzz", "yyy", "abc"):
        assert value not in scrubbed
    assert "fields=id" in scrubbed


def test_the_send_itself_still_carries_the_real_token(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    with _client() as client:
        client.messages.send_text(to="15551234567", body="hi")
    request = httpx_mock.get_request()
    assert request is not None and request.headers["authorization"] == f"Bearer {TOKEN}"


def test_render_error_really_captures_locals() -> None:
    # The scan is only worth something if the rendering shows frame locals: prove it on a plain error.
    def leaky(secret_value: str) -> None:
        raise ValueError("boom")

    error = _raised(lambda: leaky("plain-local-value"))
    assert "plain-local-value" in render_error(error)


# ---------------------------------------------------------------- the exchanged token through wrapper code paths

NEW_TOKEN_ANSWER = {"access_token": "EAAG-exchanged-long-lived-token", "token_type": "bearer", "expires_in": 5183944}


class _RefusingTarget:
    def update_access_token(self, access_token: str) -> None:
        del access_token  # this frame is the application's own, not wacloud's: only wacloud's frames are checked
        raise RuntimeError("the target refused the new token")


def test_an_error_after_the_exchange_shows_not_the_new_token(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json=NEW_TOKEN_ANSWER)
    refresher = wacloud.auth.TokenRefresher(_RefusingTarget(), TOKEN, app_id="1", app_secret=APP_SECRET)
    error = _raised(refresher.refresh_now)
    assert isinstance(error, RuntimeError)
    scan_error(error)  # refresh_now's frame holds the ExchangedToken: its repr is redacted
    assert NEW_TOKEN_ANSWER["access_token"] not in caplog.text


def test_the_cli_prints_the_exchanged_token_on_stdout_only(
    monkeypatch: pytest.MonkeyPatch,
    httpx_mock: HTTPXMock,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    httpx_mock.add_response(json=NEW_TOKEN_ANSWER)
    _exchange_input(monkeypatch)
    assert main(["token", "exchange"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == NEW_TOKEN_ANSWER["access_token"]  # the command's output, on purpose
    assert NEW_TOKEN_ANSWER["access_token"] not in err + caplog.text


def test_webhook_verification_errors_keep_the_app_secret_and_verify_token_out_of_captured_locals() -> None:
    from wacloud import webhooks

    with pytest.raises(wacloud.InvalidSignatureError) as bad_signature:
        webhooks.verify_signature(b"{}", "sha256=" + "0" * 64, APP_SECRET)
    scan_error(bad_signature.value)
    with pytest.raises(wacloud.WebhookVerificationError) as bad_token:
        webhooks.verify_subscription(
            {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"}, "app-secret-value-verify"
        )
    scan_error(bad_token.value)
    # the checks still use the real values
    webhooks.verify_signature(b"{}", webhooks.sign_payload(b"{}", APP_SECRET), APP_SECRET)
