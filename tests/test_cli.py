"""The wacloud CLI: exit codes, errors on stderr without tracebacks, masked config, a real send."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN, WAMID
from wacloud.cli import main


def test_config_check_masks_secrets_and_shows_sources(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("WA_PHONE_NUMBER_ID", PHONE_ID)
    assert main(["config", "check"]) == 2  # business_account_id is missing
    out, err = capsys.readouterr()
    assert TOKEN not in out and "(environment)" in out and "EAAG…" in out
    assert "missing: business_account_id" in err


def test_send_text_prints_the_wamid(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/messages", json=SENT)
    assert main(["send", "text", "--to", "15551234567", "--body", "hi", "--phone-number-id", PHONE_ID]) == 0
    assert capsys.readouterr().out.strip() == WAMID


def test_api_error_is_one_line_on_stderr(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    httpx_mock.add_response(status_code=400, json={"error": {"message": "(#100) Invalid parameter", "code": 100}})
    assert main(["send", "text", "--to", "15550000000", "--body", "hi", "--phone-number-id", PHONE_ID]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wacloud: Graph API error: (#100) Invalid parameter") and "Traceback" not in err


def test_missing_configuration_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send", "text", "--to", "15550000000", "--body", "hi"]) == 2
    assert "WA_PHONE_NUMBER_ID" in capsys.readouterr().err


def test_media_upload_and_download_show_progress_for_large_files(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("WA_PHONE_NUMBER_ID", PHONE_ID)
    big = tmp_path / "big.pdf"
    payload = b"%PDF" + b"x" * (3 * 1024 * 1024)
    big.write_bytes(payload)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/media", json={"id": "55"})
    assert main(["media", "upload", str(big)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "55"
    assert "uploading" in err and "100% (3.1/3.1 MB)" in err
    info = {
        "messaging_product": "whatsapp",
        "url": "https://lookaside.fbsbx.com/m?mid=55",
        "mime_type": "application/octet-stream",
        "id": "55",
        "sha256": hashlib.sha256(payload).hexdigest(),
        "file_size": len(payload),
    }
    httpx_mock.add_response(url=f"{GRAPH}/55", json=info)
    httpx_mock.add_response(url=info["url"], content=payload)
    target = tmp_path / "copy.pdf"
    assert main(["media", "download", "55", str(target)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(target) and target.read_bytes() == payload
    assert "downloading 55" in err and "100%" in err


def test_emulator_rejects_a_malformed_tenant(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["emulator", "--tenant", "only-one-part"]) == 2
    assert "PHONE_NUMBER_ID:WABA_ID:TOKEN" in capsys.readouterr().err


def test_listen_without_a_verify_token_names_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["listen"]) == 2
    assert "WEBHOOK_VERIFICATION_TOKEN" in capsys.readouterr().err


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("send", "media", "token", "config", "listen", "emulator"):
        assert command in out
