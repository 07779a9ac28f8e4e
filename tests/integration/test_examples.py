"""The examples in examples/ run as users run them (a process, configured by the environment) against the emulator."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wacloud.emulator import Emulator, Tenant

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-example-shop"})
CAFE = Tenant("106540352242999", "102290129340999", {"EAAG-example-cafe"})
SECRET = "examples-app-secret"
TO = "15551234567"


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    tenants = [Tenant(t.phone_number_id, t.waba_id, set(t.tokens)) for t in (SHOP, CAFE)]
    with Emulator(tenants, app_secret=SECRET) as emu:
        yield emu


def environment(base_url: str, **extra: str) -> dict[str, str]:
    """A user's environment: the shop's credentials, the emulator as the Graph host; nothing from this run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WA_", "CLOUD_API", "WEBHOOK_", "DEBUG"))}
    env.update(
        CLOUD_API_ACCESS_TOKEN=next(iter(SHOP.tokens)),
        WA_PHONE_NUMBER_ID=SHOP.phone_number_id,
        WA_BUSINESS_ACCOUNT_ID=SHOP.waba_id,
        WA_BASE_URL=base_url,
        **extra,
    )
    return env


def run_example(name: str, args: list[str], env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, f"{name} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_send_template_with_parameters(emulator: Emulator, tmp_path: Path) -> None:
    env = environment(emulator.base_url)
    first = run_example("send_template.py", [TO, "ORDER-7"], env, tmp_path)
    assert "template order_shipped created" in first and f"sent order_shipped to {TO}" in first
    second = run_example("send_template.py", [TO, "ORDER-8"], env, tmp_path)
    assert "created" not in second  # the template exists now: it is only sent
    bodies = [sent["body"] for sent in emulator.sent]
    assert [body["template"]["components"][0]["parameters"][0]["text"] for body in bodies] == ["ORDER-7", "ORDER-8"]
    assert bodies[0]["template"]["components"][0]["parameters"][1]["currency"]["amount_1000"] == 12990


def test_media_roundtrip(emulator: Emulator, tmp_path: Path) -> None:
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 64)
    out = run_example("media_roundtrip.py", [str(invoice), TO], environment(emulator.base_url), tmp_path)
    assert "stored as application/pdf" in out and "downloaded copy is identical" in out
    assert emulator.sent[0]["body"]["document"]["filename"] == "invoice.pdf"


def test_tenants_send_from_their_own_numbers(emulator: Emulator, tmp_path: Path) -> None:
    records = {
        "shop": {"access_token": next(iter(SHOP.tokens)), "phone_number_id": SHOP.phone_number_id},
        "cafe": {"access_token": next(iter(CAFE.tokens)), "phone_number_id": CAFE.phone_number_id},
    }
    (tmp_path / "tenants.json").write_text(json.dumps(records))
    run_example("tenants.py", ["tenants.json", TO], environment(emulator.base_url), tmp_path)
    senders = {sent["body"]["text"]["body"]: (sent["phone_number_id"], sent["token"]) for sent in emulator.sent}
    assert senders == {
        "Hello from shop": (SHOP.phone_number_id, next(iter(SHOP.tokens))),
        "Hello from cafe": (CAFE.phone_number_id, next(iter(CAFE.tokens))),
    }


def test_async_broadcast(emulator: Emulator, tmp_path: Path) -> None:
    recipients = [f"1555000{n:04d}" for n in range(12)]
    out = run_example("async_broadcast.py", recipients, environment(emulator.base_url), tmp_path)
    assert "12/12 sent" in out
    assert sorted(sent["body"]["to"] for sent in emulator.sent) == recipients


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until(condition: object, timeout: float) -> bool:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _accepts(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_echo_bot_replies_to_a_customer_message(tmp_path: Path) -> None:
    port = _free_port()
    tenants = [Tenant(SHOP.phone_number_id, SHOP.waba_id, set(SHOP.tokens))]
    with Emulator(tenants, app_secret=SECRET, webhook_url=f"http://127.0.0.1:{port}/webhook", status_delay=0) as emu:
        env = environment(
            emu.base_url, WA_APP_SECRET=SECRET, WEBHOOK_VERIFICATION_TOKEN="bot-verify", WA_LISTENER_PORT=str(port)
        )
        with subprocess.Popen(
            [sys.executable, str(EXAMPLES / "echo_bot.py")],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as bot:
            try:
                assert _wait_until(lambda: _accepts(port), 30), "the bot did not start listening"
                wamid = emu.inject_message(SHOP.phone_number_id, TO, "ping")

                def replies() -> list[dict[str, object]]:
                    return [s["body"] for s in emu.sent if s["body"].get("type") == "text"]

                assert _wait_until(lambda: replies(), 30), "the bot did not reply"
            finally:
                bot.terminate()
                output, errors = bot.communicate(timeout=20)
    reply = replies()[0]
    assert reply["to"] == TO and reply["text"] == {"body": "You said: ping", "preview_url": False}
    assert reply["context"] == {"message_id": wamid}
    assert f"echo bot on http://127.0.0.1:{port}/webhook" in output, errors
