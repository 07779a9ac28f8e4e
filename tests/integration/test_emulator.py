"""The SDK, sync and async, against the bundled emulator over real loopback HTTP."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from wacloud import (
    AsyncWhatsApp,
    AuthenticationError,
    InvalidRequestError,
    RateLimitError,
    WhatsApp,
    webhooks,
)
from wacloud.emulator import Emulator, Tenant, ThreadedServer
from wacloud_api.models import (
    BlockUsersRequest,
    BlockUsersRequestUser,
    BusinessProfileUpdate,
    MessageTemplateCreateRequest,
)

pytestmark = pytest.mark.integration

A = Tenant("1001", "2001", {"EAAG-tenant-a"})
B = Tenant("1002", "2002", {"EAAG-tenant-b"})
SECRET = "integration-app-secret"
TO = "15551234567"


class Inbox:
    """What the verified listener received, with a bounded wait."""

    def __init__(self) -> None:
        self.statuses: list[webhooks.Status] = []
        self.messages: list[webhooks.Message] = []
        self.changed = threading.Condition()

    def add(self, item: webhooks.Status | webhooks.Message) -> None:
        with self.changed:
            (self.statuses if isinstance(item, webhooks.Status) else self.messages).append(item)
            self.changed.notify_all()

    def wait_for(self, predicate: object, timeout: float = 10.0) -> None:
        assert callable(predicate)
        deadline = time.monotonic() + timeout
        with self.changed:
            while not predicate():
                remaining = deadline - time.monotonic()
                assert remaining > 0, "timed out waiting for webhooks"
                self.changed.wait(remaining)


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def emulator(inbox: Inbox) -> Iterator[Emulator]:
    listener = webhooks.WebhookListener(
        verify_token="verify", app_secret=SECRET, on_status=inbox.add, on_message=inbox.add
    )
    with ThreadedServer(listener.asgi) as receiver:
        tenants = [
            Tenant(A.phone_number_id, A.waba_id, set(A.tokens)),
            Tenant(B.phone_number_id, B.waba_id, set(B.tokens)),
        ]
        with Emulator(tenants, app_secret=SECRET, webhook_url=f"{receiver.url}/webhook", status_delay=0) as emu:
            yield emu


def client_for(emu: Emulator, **options: object) -> WhatsApp:
    return WhatsApp(
        access_token="EAAG-tenant-a",
        phone_number_id=A.phone_number_id,
        business_account_id=A.waba_id,
        base_url=emu.base_url,
        **options,  # type: ignore[arg-type]
    )


def test_every_namespace_against_the_emulator(emulator: Emulator) -> None:
    with client_for(emulator) as client:
        assert client.messages.send_text(to=TO, body="hi").messages[0].id.startswith("wamid.")
        assert client.messages.send_reply_buttons(TO, "OK?", {"y": "Yes"}).messages
        assert client.messages.mark_as_read("wamid.abc", typing_indicator=True).success
        media = client.media.upload(b"%PDF-1.4 demo\r\n", mime_type="application/pdf", filename="a.pdf")
        info = client.media.get(media.id)
        assert info.mime_type == "application/pdf" and info.file_size == 15
        assert client.media.download(media.id) == b"%PDF-1.4 demo\r\n"
        assert client.messages.send_document(TO, media_id=media.id, filename="a.pdf").messages
        assert client.media.delete(media.id).success
        assert client.phone_numbers.get().id == A.phone_number_id
        assert client.business_profile.update(
            body=BusinessProfileUpdate(about="Open 9-5", email="shop@example.com")
        ).success
        assert client.business_profile.get().data[0].about == "Open 9-5"
        created = client.templates.create(
            body=MessageTemplateCreateRequest.from_dict(
                {
                    "name": "order_update",
                    "language": "en_US",
                    "category": "UTILITY",
                    "components": [{"type": "BODY", "text": "Your order shipped"}],
                }
            )
        )
        assert created.status == "APPROVED"
        assert {t.name for t in client.templates.iter_list()} >= {"hello_world", "order_update"}
        assert client.templates.get(created.id).name == "order_update"
        assert client.messages.send_template(TO, "order_update").messages
        assert client.templates.delete(name="order_update").success
        assert client.waba.get().id
        assert (
            client.analytics.get_template_analytics(
                start=1, end=2, granularity="DAILY", template_ids="[1]", metric_types="SENT"
            )
            is not None
        )


def test_unknown_template_is_a_typed_error(emulator: Emulator) -> None:
    with client_for(emulator) as client, pytest.raises(Exception) as caught:
        client.messages.send_template(TO, "no_such_template")
    assert getattr(caught.value, "code", None) == 132001


def test_token_rotation_and_revocation(emulator: Emulator) -> None:
    with client_for(emulator) as client:
        client.messages.send_text(to=TO, body="before")
        emulator.register_token(A.phone_number_id, "EAAG-tenant-a-2")
        emulator.revoke_token("EAAG-tenant-a")
        with pytest.raises(AuthenticationError) as caught:
            client.messages.send_text(to=TO, body="revoked")
        assert caught.value.code == 190 and caught.value.status_code == 401
        client.update_access_token("EAAG-tenant-a-2")
        client.messages.send_text(to=TO, body="after")
    tokens = [record["token"] for record in emulator.sent]
    assert tokens == ["EAAG-tenant-a", "EAAG-tenant-a-2"]


def test_token_provider_refreshes_after_revocation(emulator: Emulator) -> None:
    current = {"token": "EAAG-tenant-a"}
    with WhatsApp(
        access_token=lambda: current["token"], phone_number_id=A.phone_number_id, base_url=emulator.base_url
    ) as client:
        client.messages.send_text(to=TO, body="one")
        emulator.register_token(A.phone_number_id, "EAAG-from-provider")
        emulator.revoke_token("EAAG-tenant-a")
        current["token"] = "EAAG-from-provider"
        client.messages.send_text(to=TO, body="two")  # 190 -> provider asked again -> retried once
    assert emulator.sent[-1]["token"] == "EAAG-from-provider"


async def test_tenant_isolation_with_async_copies(emulator: Emulator) -> None:
    async with AsyncWhatsApp(
        access_token="EAAG-tenant-a", phone_number_id=A.phone_number_id, base_url=emulator.base_url
    ) as base:
        tenant_b = base.with_options(access_token="EAAG-tenant-b", phone_number_id=B.phone_number_id)
        await asyncio.gather(
            *(base.messages.send_text(to=TO, body=f"a{i}") for i in range(10)),
            *(tenant_b.messages.send_text(to=TO, body=f"b{i}") for i in range(10)),
        )
        wrong = base.with_options(phone_number_id=B.phone_number_id)  # tenant A's token on tenant B's number
        with pytest.raises(AuthenticationError):
            await wrong.messages.send_text(to=TO, body="leak?")
    for record in emulator.sent:
        tenant = A if record["body"]["text"]["body"].startswith("a") else B
        assert record["phone_number_id"] == tenant.phone_number_id
        assert record["token"] in tenant.tokens


def test_throttling_is_retried_then_surfaces_without_retries(emulator: Emulator) -> None:
    emulator.throttle(A.phone_number_id, code=130429, count=2, retry_after=0.01)
    with client_for(emulator) as client:
        assert client.messages.send_text(to=TO, body="eventually").messages
    assert len(emulator.sent) == 1
    emulator.throttle(A.phone_number_id, code=131056, count=1, retry_after=0.01)
    with client_for(emulator, max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.messages.send_text(to=TO, body="throttled")
    assert caught.value.code == 131056 and caught.value.retry_after == 0.01


def test_invalid_body_is_answered_with_graph_code_100(emulator: Emulator) -> None:
    response = httpx.post(
        f"{emulator.base_url}/v26.0/{A.phone_number_id}/messages",
        json={"messaging_product": "whatsapp", "to": TO, "type": "text", "text": {"preview_url": True}},
        headers={"Authorization": "Bearer EAAG-tenant-a"},
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == 100 and error["error_data"]["details"] == "body.text.body is required"
    with client_for(emulator) as client, pytest.raises(InvalidRequestError) as caught:
        client.templates.delete(name="never_created")
    assert caught.value.code == 100


def test_status_webhooks_arrive_signed_and_parsed(emulator: Emulator, inbox: Inbox) -> None:
    with client_for(emulator) as client:
        wamid = client.messages.send_text(to=TO, body="track me", biz_opaque_callback_data="order-7").messages[0].id
    inbox.wait_for(lambda: {s.status for s in inbox.statuses if s.id == wamid} >= {"sent", "delivered", "read"})
    read = next(s for s in inbox.statuses if s.id == wamid and s.status == "read")
    assert read.recipient_id == TO and read.biz_opaque_callback_data == "order-7"
    assert read.phone_number_id == A.phone_number_id
    injected = emulator.inject_message(A.phone_number_id, "15550009999", "Hi there")
    inbox.wait_for(lambda: any(m.id == injected for m in inbox.messages))
    message = next(m for m in inbox.messages if m.id == injected)
    assert message.text is not None and message.text.body == "Hi there" and message.from_ == "15550009999"


def test_a_listener_with_the_wrong_secret_rejects_emulator_webhooks() -> None:
    listener = webhooks.WebhookListener(verify_token="v", app_secret="not-the-emulator-secret", dedupe=False)
    with (
        ThreadedServer(listener.asgi) as receiver,
        Emulator(
            [Tenant("1", "2", {"EAAG-x"})], app_secret=SECRET, webhook_url=f"{receiver.url}/webhook", status_delay=0
        ) as emu,
    ):
        with WhatsApp(access_token="EAAG-x", phone_number_id="1", base_url=emu.base_url) as client:
            client.messages.send_text(to=TO, body="x")
        assert emu.webhooks is not None
        deadline = time.monotonic() + 10
        while emu.webhooks.failed < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert emu.webhooks.failed == 3 and emu.webhooks.delivered == 0


def test_qr_codes_and_blocked_users_are_stateful(emulator: Emulator) -> None:
    with client_for(emulator) as client:
        qr = client.qr_codes.create("Hi from the QR code", image_format="PNG")
        assert isinstance(qr.qr_image_url, str)
        client.qr_codes.update(qr.code, "Updated message")
        assert [q.prefilled_message for q in client.qr_codes.get(qr.code).data] == ["Updated message"]
        assert [q.code for q in client.qr_codes.iter_list()] == [qr.code]
        assert client.qr_codes.delete(qr.code).success
        assert list(client.qr_codes.iter_list()) == []
        users = BlockUsersRequest(block_users=[BlockUsersRequestUser(user="+1 555 123 4567")])
        added = client.block_users.block(body=users)
        assert [u.wa_id for u in added.block_users.added_users] == ["15551234567"]
        assert [u.wa_id for u in client.block_users.iter_list()] == ["15551234567"]
        client.block_users.unblock(body=users)
        assert list(client.block_users.iter_list()) == []


def test_the_wacloud_emulator_command_serves_and_stops_on_sigterm() -> None:
    command = [sys.executable, "-m", "wacloud.cli", "emulator", "--port", "0", "--tenant", "1001:2001:EAAG-cli-token"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        base_url = first_line.split(" ")[2]
        assert base_url.startswith("http://127.0.0.1:")
        with WhatsApp(access_token="EAAG-cli-token", phone_number_id="1001", base_url=base_url) as client:
            assert client.messages.send_text(to=TO, body="via the CLI emulator").messages
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        if process.stdout is not None:
            process.stdout.close()
        if process.stderr is not None:
            process.stderr.close()
