"""``wacloud flows keygen [--upload]``: the private key only ever lands in a 0600 file."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_private_key, load_pem_public_key
from pytest_httpx import HTTPXMock

from wacloud.cli import main

TOKEN = "EAAG-test-token-keygen"
PHONE_ID = "106540352242922"
URL = f"https://graph.facebook.com/v26.0/{PHONE_ID}/whatsapp_business_encryption"


def _private_lines(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if "-----" not in line]


def test_keygen_writes_0600_and_prints_only_the_public_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "key.pem"
    with caplog.at_level(logging.DEBUG):
        assert main(["flows", "keygen", "--out", str(out)]) == 0
    printed, err = capsys.readouterr()
    assert out.stat().st_mode & 0o777 == 0o600
    private = load_pem_private_key(out.read_bytes(), password=None)
    public = load_pem_public_key(printed.encode())
    assert public.public_numbers() == private.public_key().public_numbers()  # type: ignore[union-attr]
    assert "mode 0600" in err
    everything = printed + err + caplog.text
    assert not any(line in everything for line in _private_lines(out))
    # A second run refuses to replace the key (a lost private key breaks every Flow using the public one).
    assert main(["flows", "keygen", "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["flows", "keygen", "--out", str(out), "--force"]) == 0


def test_keygen_encrypts_with_a_password_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FLOWS_KEY_PASSWORD", "s3cret-from-env-keygen")
    out = tmp_path / "key.pem"
    assert main(["flows", "keygen", "--out", str(out), "--password-env", "FLOWS_KEY_PASSWORD"]) == 0
    assert b"ENCRYPTED PRIVATE KEY" in out.read_bytes()
    load_pem_private_key(out.read_bytes(), password=b"s3cret-from-env-keygen")
    assert "s3cret-from-env" not in "".join(capsys.readouterr())
    assert main(["flows", "keygen", "--out", str(tmp_path / "b.pem"), "--password-env", "UNSET_VARIABLE"]) == 2


def test_keygen_upload_registers_the_public_key(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    httpx_mock: HTTPXMock,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    httpx_mock.add_response(url=URL, method="POST", json={"success": True})
    out = tmp_path / "key.pem"
    with caplog.at_level(logging.DEBUG):
        assert main(["flows", "keygen", "--out", str(out), "--upload", "--phone-number-id", PHONE_ID]) == 0
    printed, err = capsys.readouterr()
    form = parse_qs(httpx_mock.get_requests()[0].content.decode())
    assert form["business_public_key"] == [printed]
    assert f"uploaded for phone number {PHONE_ID}" in err
    assert not any(line in printed + err + caplog.text for line in _private_lines(out))


def test_failed_upload_keeps_the_private_key_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLOUD_API_ACCESS_TOKEN", TOKEN)
    httpx_mock.add_response(
        url=URL, method="POST", status_code=400, json={"error": {"message": "(#100) Invalid", "code": 100}}
    )
    out = tmp_path / "key.pem"
    assert main(["flows", "keygen", "--out", str(out), "--upload", "--phone-number-id", PHONE_ID]) == 1
    err = capsys.readouterr().err
    assert f"the private key stays in {out}" in err and "Traceback" not in err
    assert out.exists()


def test_upload_without_configuration_writes_no_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "key.pem"
    assert main(["flows", "keygen", "--out", str(out), "--upload"]) == 2
    assert "CLOUD_API_ACCESS_TOKEN" in capsys.readouterr().err
    assert not out.exists()
