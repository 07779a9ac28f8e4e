"""The CLI for people: --version, secrets never on the command line, no traceback for mistakes, TTY-only redraws."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_httpx import HTTPXMock

import wacloud
from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN, WAMID
from wacloud.cli import _ProgressLine, main
from wacloud.emulator import DEFAULT_TOKEN

EXCHANGE = "https://graph.facebook.com/oauth/access_token"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"wacloud {wacloud.__version__}"


def test_token_exchange_reads_the_token_from_stdin_and_the_secret_from_env(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WA_APP_ID", "1234")
    monkeypatch.setenv("WA_APP_SECRET", "the-app-secret-value")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TOKEN}\n"))
    httpx_mock.add_response(json={"access_token": "EAAG-long-lived-token-42", "token_type": "bearer"})
    assert main(["token", "exchange"]) == 0
    assert capsys.readouterr().out.strip() == "EAAG-long-lived-token-42"
    request = httpx_mock.get_request()
    assert request is not None and str(request.url).startswith(EXCHANGE)
    assert parse_qs(urlsplit(str(request.url)).query)["fb_exchange_token"] == [TOKEN]


@pytest.mark.parametrize("argv", [["token", "exchange", TOKEN], ["token", "exchange", "--app-secret", "s"]])
def test_secrets_are_not_accepted_as_arguments(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_empty_stdin_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["token", "exchange"]) == 2
    assert "No value on standard input" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("target", "message"), [(".", "is a folder"), ("missing-folder/out.bin", "folder missing-folder does not exist")]
)
def test_download_destination_mistakes_are_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], target: str, message: str
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    assert main(["media", "download", "55", target]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_unreadable_upload_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("WA_PHONE_NUMBER_ID", PHONE_ID)
    assert main(["media", "upload", "no-such-file.pdf"]) in (1, 2)
    err = capsys.readouterr().err
    assert "no-such-file.pdf" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv", [["listen", "--port", "99999"], ["emulator", "--port", "-1"], ["listen", "--port", "x"]]
)
def test_bad_ports_are_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "port" in err and "Traceback" not in err


def test_progress_is_redrawn_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    redirected = _ProgressLine("uploading big.pdf")
    for done in (0, 1_500_000, 3_000_000):
        redirected(done, 3_000_000)
    redirected.finish()
    err = capsys.readouterr().err
    assert "\r" not in err and err == "uploading big.pdf 100% (3.0/3.0 MB)\n"

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    terminal = _ProgressLine("uploading big.pdf")
    for done in (0, 1_500_000, 3_000_000):
        terminal(done, 3_000_000)
    terminal.finish()
    err = capsys.readouterr().err
    assert err.count("\r") == 3 and err.endswith("100% (3.0/3.0 MB)\n")


def test_emulator_prints_its_default_token_at_start(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WA_", "CLOUD_API"))}
    with subprocess.Popen(
        [sys.executable, "-m", "wacloud.cli", "emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=env,
    ) as process:
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(3)]
        finally:
            process.terminate()
            process.communicate(timeout=20)
    assert lines[0].startswith("emulator on http://127.0.0.1:")
    assert f"access token: {DEFAULT_TOKEN}" in lines[2]
    assert GRAPH not in "".join(lines)


@pytest.mark.parametrize("kind", ["audio", "sticker"])
def test_flags_a_message_kind_refuses_are_not_offered(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["send", kind, "--to", "15551234567", "--media-id", "2", "--caption", "x"])
    assert exited.value.code == 2 and "unrecognized arguments: --caption" in capsys.readouterr().err


def test_caption_is_offered_where_meta_accepts_it(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/messages", json=SENT)
    argv = ["send", "image", "--to", "15551234567", "--media-id", "2", "--caption", "x", "--phone-number-id", PHONE_ID]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == WAMID


def test_emulator_signs_webhooks_with_the_secret_from_the_environment(tmp_path: Path) -> None:
    from wacloud import WhatsApp, webhooks
    from wacloud.emulator import ThreadedServer

    received: list[str] = []
    listener = webhooks.WebhookListener(
        verify_token="v", app_secret="s3cret-from-env", on_status=lambda status: received.append(str(status.status))
    )
    with ThreadedServer(listener.asgi) as receiver:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WA_", "CLOUD_API"))}
        env["WA_APP_SECRET"] = "s3cret-from-env"
        command = [sys.executable, "-m", "wacloud.cli", "emulator", "--port", "0"]
        command += ["--webhook-url", f"{receiver.url}/webhook"]
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=tmp_path, env=env) as process:
            try:
                assert process.stdout is not None
                base_url = process.stdout.readline().split(" ")[2]
                with WhatsApp(access_token=DEFAULT_TOKEN, phone_number_id="106540352242922", base_url=base_url) as c:
                    c.messages.send_text(to="15551234567", body="signed?")
                deadline = time.monotonic() + 20
                while "sent" not in received and time.monotonic() < deadline:
                    time.sleep(0.05)
            finally:
                process.terminate()
                process.communicate(timeout=20)
    assert "sent" in received  # the listener verified the signature made with WA_APP_SECRET
