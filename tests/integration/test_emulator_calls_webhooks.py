"""The emulator plays the user's phone for a business-initiated call: the ``calls`` webhooks Meta sends (RINGING,
the SDP answer in a ``connect``, ACCEPTED, then the ``terminate`` with its duration) reach a verified listener as
typed ``webhooks.Call`` / ``webhooks.CallStatus`` events."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from wacloud import WhatsApp, webhooks
from wacloud.emulator import Emulator, Tenant, ThreadedServer

pytestmark = pytest.mark.integration

PHONE_ID, WABA_ID, TOKEN = "1001", "2001", "EAAG-calls-tenant"
SECRET = "calls-app-secret"
SDP = "v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"


class Inbox:
    """Every event the verified listener received, with a bounded wait."""

    def __init__(self) -> None:
        self.events: list[webhooks.WebhookEvent] = []
        self.changed = threading.Condition()

    def add(self, event: webhooks.WebhookEvent) -> None:
        with self.changed:
            self.events.append(event)
            self.changed.notify_all()

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not predicate():
                remaining = deadline - time.monotonic()
                assert remaining > 0, "timed out waiting for webhooks"
                self.changed.wait(remaining)

    def calls_of(self, call_id: str) -> list[webhooks.Call | webhooks.CallStatus]:
        with self.changed:
            return [e for e in self.events if isinstance(e, webhooks.Call | webhooks.CallStatus) and e.id == call_id]


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def emulator(inbox: Inbox) -> Iterator[Emulator]:
    listener = webhooks.WebhookListener(verify_token="verify", app_secret=SECRET, on_event=inbox.add)
    with ThreadedServer(listener.asgi) as receiver:
        tenants = [Tenant(PHONE_ID, WABA_ID, {TOKEN})]
        with Emulator(tenants, app_secret=SECRET, webhook_url=f"{receiver.url}/webhook", status_delay=0) as emu:
            yield emu


def test_a_business_initiated_call_reports_every_step_as_typed_events(emulator: Emulator, inbox: Inbox) -> None:
    with WhatsApp(
        access_token=TOKEN, phone_number_id=PHONE_ID, business_account_id=WABA_ID, base_url=emulator.base_url
    ) as client:
        placed = client.calls.connect("+1 408 555 1234", SDP, biz_opaque_callback_data="ticket-1")
        call_id = placed.to_dict()["calls"][0]["id"]
        inbox.wait_for(lambda: len(inbox.calls_of(call_id)) == 3)
        assert client.calls.terminate(call_id).success
        inbox.wait_for(lambda: len(inbox.calls_of(call_id)) == 4)

    ringing, connect, accepted, terminate = inbox.calls_of(call_id)
    assert isinstance(ringing, webhooks.CallStatus) and isinstance(accepted, webhooks.CallStatus)
    assert (ringing.status, accepted.status) == ("RINGING", "ACCEPTED")
    assert ringing.recipient_id == "14085551234" and ringing.biz_opaque_callback_data == "ticket-1"
    assert isinstance(connect, webhooks.Call) and connect.event == "connect"
    assert connect.direction == "BUSINESS_INITIATED" and connect.to == "14085551234"
    assert connect.session is not None and connect.session.sdp_type == "answer"
    assert connect.session.sdp is not None and connect.session.sdp.startswith("v=0\r\n")
    assert isinstance(terminate, webhooks.Call) and terminate.event == "terminate"
    assert terminate.status == "COMPLETED" and terminate.errors == []
    assert terminate.duration is not None and terminate.duration >= 0
    assert terminate.start_time is not None and terminate.end_time is not None
    assert terminate.start_time <= terminate.end_time
    assert terminate.biz_opaque_callback_data == "ticket-1"
    assert all(e.phone_number_id == PHONE_ID and e.waba_id == WABA_ID and e.field == "calls" for e in inbox.events)
    assert connect.profile_name == "Customer"
