"""The FastAPI, Flask and Django examples in examples/ work: handshake, signed delivery, forged delivery."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from wacloud import webhooks

ROOT = Path(__file__).resolve().parents[2]
SECRET = "framework-app-secret"
VERIFY = "framework-verify-token"
BODY = json.dumps(
    {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                            "contacts": [{"profile": {"name": "Sheena"}, "wa_id": "16505551234"}],
                            "messages": [
                                {
                                    "from": "16505551234",
                                    "id": "wamid.EX1",
                                    "timestamp": "1749416383",
                                    "type": "text",
                                    "text": {"body": "Hello"},
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }
).encode()
SIGNED = {webhooks.SIGNATURE_HEADER: webhooks.sign_payload(BODY, SECRET), "Content-Type": "application/json"}
FORGED = {webhooks.SIGNATURE_HEADER: webhooks.sign_payload(BODY, "someone-else"), "Content-Type": "application/json"}
HANDSHAKE = {"hub.mode": "subscribe", "hub.verify_token": VERIFY, "hub.challenge": "1158201444"}


def load_example(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setenv("WEBHOOK_VERIFICATION_TOKEN", VERIFY)
    monkeypatch.setenv("WA_APP_SECRET", SECRET)
    monkeypatch.syspath_prepend(str(ROOT))
    sys.modules.pop(f"examples.{name}", None)
    return importlib.import_module(f"examples.{name}")


async def test_fastapi_example(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    app = load_example("webhooks_fastapi", monkeypatch).app
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://example.test") as client:
        handshake = await client.get("/webhook", params=HANDSHAKE)
        assert (handshake.status_code, handshake.text) == (200, "1158201444")
        assert (await client.get("/webhook", params={**HANDSHAKE, "hub.verify_token": "wrong"})).status_code == 403
        assert (await client.post("/webhook", content=BODY, headers=SIGNED)).status_code == 200
        assert (await client.post("/webhook", content=BODY, headers=FORGED)).status_code == 403
        junk = {webhooks.SIGNATURE_HEADER: webhooks.sign_payload(b"not json", SECRET)}
        assert (await client.post("/webhook", content=b"not json", headers=junk)).status_code == 400
    assert "Sheena (16505551234): Hello" in capsys.readouterr().out


def test_flask_example(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    client = load_example("webhooks_flask", monkeypatch).app.test_client()
    handshake = client.get("/webhook", query_string=HANDSHAKE)
    assert (handshake.status_code, handshake.get_data(as_text=True)) == (200, "1158201444")
    assert client.get("/webhook", query_string={**HANDSHAKE, "hub.mode": "unsubscribe"}).status_code == 403
    assert client.post("/webhook", data=BODY, headers=SIGNED).status_code == 200
    assert client.post("/webhook", data=BODY, headers=FORGED).status_code == 403
    assert "16505551234: Hello" in capsys.readouterr().out


@pytest.fixture
def django_settings() -> Iterator[None]:
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            DEBUG=False, ALLOWED_HOSTS=["testserver"], ROOT_URLCONF=__name__, USE_TZ=True, SECRET_KEY="x" * 50
        )
        import django

        django.setup()
    yield


def test_django_example(
    monkeypatch: pytest.MonkeyPatch, django_settings: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from django.test import RequestFactory

    view: Any = load_example("webhooks_django", monkeypatch).whatsapp_webhook
    factory = RequestFactory()
    handshake = view(factory.get("/webhook", HANDSHAKE))
    assert (handshake.status_code, handshake.content) == (200, b"1158201444")
    ok = view(
        factory.post(
            "/webhook",
            BODY,
            content_type="application/json",
            headers={webhooks.SIGNATURE_HEADER: SIGNED[webhooks.SIGNATURE_HEADER]},
        )
    )
    assert ok.status_code == 200
    forged = view(
        factory.post(
            "/webhook",
            BODY,
            content_type="application/json",
            headers={webhooks.SIGNATURE_HEADER: FORGED[webhooks.SIGNATURE_HEADER]},
        )
    )
    assert forged.status_code == 403
    assert "Hello" in capsys.readouterr().out
