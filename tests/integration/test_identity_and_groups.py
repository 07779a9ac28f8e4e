"""BSUIDs and the Groups API end to end: the SDK against the emulator over loopback, webhooks through a verified
listener. A group is created asynchronously (request_id, then a group_lifecycle_update webhook with the group id),
users join through the invite link, messages go into the group, each participant's receipt arrives."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from wacloud import AsyncWhatsApp, BsuidNotSupportedError, InvalidRequestError, WhatsApp, webhooks
from wacloud.emulator import Emulator, Tenant, ThreadedServer
from wacloud.emulator._groups import bsuid_for
from wacloud_api.models import (
    CreateGroupRequest,
    GroupJoinRequestsRequest,
    GroupProductRequest,
    MessageTemplateCreateRequest,
    RemoveGroupParticipant,
    RemoveGroupParticipantsRequest,
    UpdateGroupRequest,
)

pytestmark = pytest.mark.integration
Kind = TypeVar("Kind")

PHONE_ID, WABA_ID, TOKEN = "1001", "2001", "EAAG-identity-tenant"
SECRET = "identity-app-secret"
BSUID = "US.13491208655302741918"


class Inbox:
    """Everything the verified listener received, with a bounded wait."""

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

    def of(self, kind: type[Kind]) -> list[Kind]:
        with self.changed:
            return [event for event in self.events if isinstance(event, kind)]


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def emulator(inbox: Inbox) -> Iterator[Emulator]:
    listener = webhooks.WebhookListener(
        verify_token="verify", app_secret=SECRET, on_status=inbox.add, on_message=inbox.add, on_event=inbox.add
    )
    with ThreadedServer(listener.asgi) as receiver:
        tenants = [Tenant(PHONE_ID, WABA_ID, {TOKEN})]
        with Emulator(tenants, app_secret=SECRET, webhook_url=f"{receiver.url}/webhook", status_delay=0) as emu:
            yield emu


def client_for(emulator: Emulator) -> WhatsApp:
    return WhatsApp(
        access_token=TOKEN, phone_number_id=PHONE_ID, business_account_id=WABA_ID, base_url=emulator.base_url
    )


def _created_group(inbox: Inbox, request_id: str) -> webhooks.GroupLifecycleUpdate:
    def found() -> bool:
        return any(isinstance(e, webhooks.GroupLifecycleUpdate) and e.request_id == request_id for e in inbox.events)

    inbox.wait_for(found)
    event = next(e for e in inbox.of(webhooks.GroupLifecycleUpdate) if e.request_id == request_id)
    assert isinstance(event, webhooks.GroupLifecycleUpdate)
    return event


def test_send_to_a_bsuid_answers_its_user_id_and_bsuid_statuses(emulator: Emulator, inbox: Inbox) -> None:
    with client_for(emulator) as client:
        response = client.messages.send_text(BSUID, "Hello without a phone number")
    [contact] = response.contacts
    assert (contact.input_, contact.user_id, contact.wa_id) == (BSUID, BSUID, None)
    assert emulator.sent[-1]["body"]["recipient"] == BSUID and "to" not in emulator.sent[-1]["body"]
    wamid = response.messages[0].id
    inbox.wait_for(lambda: sum(1 for s in inbox.of(webhooks.Status) if s.id == wamid) == 3)
    statuses = [s for s in inbox.of(webhooks.Status) if s.id == wamid]
    assert all(isinstance(s, webhooks.Status) and s.recipient_user_id == BSUID for s in statuses)
    assert all(isinstance(s, webhooks.Status) and s.recipient_id is None for s in statuses)


def test_a_phone_send_still_reports_the_users_bsuid(emulator: Emulator, inbox: Inbox) -> None:
    with client_for(emulator) as client:
        response = client.messages.send_text("+1 555 123 4567", "hi")
    assert response.contacts[0].wa_id == "15551234567" and response.contacts[0].user_id is None
    wamid = response.messages[0].id
    inbox.wait_for(lambda: any(s.id == wamid for s in inbox.of(webhooks.Status)))
    status = next(s for s in inbox.of(webhooks.Status) if s.id == wamid)
    assert isinstance(status, webhooks.Status)
    assert status.recipient_id == "15551234567" and status.recipient_user_id == bsuid_for("15551234567")


def test_incoming_messages_from_a_username_user_key_on_the_bsuid(emulator: Emulator, inbox: Inbox) -> None:
    wamid = emulator.inject_message(PHONE_ID, BSUID, "hi, no number here", username="@sheena")
    inbox.wait_for(lambda: any(m.id == wamid for m in inbox.of(webhooks.Message)))
    message = next(m for m in inbox.of(webhooks.Message) if m.id == wamid)
    assert isinstance(message, webhooks.Message)
    assert message.from_ is None and message.sender == BSUID and message.username == "@sheena"
    with client_for(emulator) as client:
        client.messages.reply_text(message, "Hello!")
    assert emulator.sent[-1]["body"]["recipient"] == BSUID


def test_authentication_templates_refuse_bsuids(emulator: Emulator) -> None:
    template = MessageTemplateCreateRequest.from_dict(
        {
            "name": "login_code",
            "language": "en_US",
            "category": "AUTHENTICATION",
            "components": [{"type": "BODY", "add_security_recommendation": True}],
        }
    )
    with client_for(emulator) as client:
        client.templates.create(body=template)
        with pytest.raises(BsuidNotSupportedError):
            client.messages.send_template(BSUID, "login_code")
        assert client.messages.send_template("15551234567", "login_code").messages[0].id.startswith("wamid.")


def test_group_lifecycle_join_messages_receipts_and_removal(emulator: Emulator, inbox: Inbox) -> None:
    with client_for(emulator) as client:
        # Create: only a request_id now; the group id arrives in the webhook.
        created = client.groups.create(body=CreateGroupRequest(subject="Order 12345", description="Delivery"))
        lifecycle = _created_group(inbox, created.request_id)
        group_id = lifecycle.group_id
        assert group_id is not None and lifecycle.type == "group_create"
        assert lifecycle.invite_link is not None and lifecycle.invite_link.startswith("https://chat.whatsapp.com/")
        assert client.groups.get_invite_link(group_id=group_id).invite_link == lifecycle.invite_link

        # Users join through the invite link (Meta: no adding participants by hand).
        emulator.join_group(group_id, "16505551234")
        emulator.join_group(group_id, BSUID)
        inbox.wait_for(lambda: len(inbox.of(webhooks.GroupParticipantsUpdate)) == 2)
        info = client.groups.get(group_id=group_id, fields="subject,participants,total_participant_count")
        assert info.subject == "Order 12345" and info.total_participant_count == 2
        assert info.participants is not None and {p.user_id for p in info.participants} == {
            bsuid_for("16505551234"),
            BSUID,
        }
        listed = client.groups.list()
        assert listed.data is not None and listed.data.groups is not None
        assert [g.id for g in listed.data.groups] == [group_id]

        # Into the group: one receipt per participant and status, in one delivery, none dropped as a duplicate.
        sent = client.messages.send_text(group_id, "Your order ships today")
        assert emulator.sent[-1]["body"]["recipient_type"] == "group"
        wamid = sent.messages[0].id

        def receipts() -> list[webhooks.Status]:
            return [s for s in inbox.of(webhooks.Status) if isinstance(s, webhooks.Status) and s.id == wamid]

        inbox.wait_for(lambda: len(receipts()) == 6)
        reads = [s for s in receipts() if s.status == "read"]
        assert {s.participant_user_id for s in reads} == {bsuid_for("16505551234"), BSUID}
        assert all(s.recipient_id == group_id and s.recipient_type == "group" for s in reads)
        client.messages.pin_message(group_id, wamid, expiration_days=3)
        assert emulator.sent[-1]["body"]["pin"] == {"type": "pin", "message_id": wamid, "expiration_days": 3}

        # A participant writes in the group: the reply goes into the group.
        incoming = emulator.inject_message(PHONE_ID, "16505551234", "Thanks!", group_id=group_id)
        inbox.wait_for(lambda: any(m.id == incoming for m in inbox.of(webhooks.Message)))
        message = next(m for m in inbox.of(webhooks.Message) if m.id == incoming)
        assert isinstance(message, webhooks.Message) and message.group_id == group_id
        client.messages.reply_text(message, "You're welcome")
        assert emulator.sent[-1]["body"]["to"] == group_id

        # Settings, a new invite link, removal, deletion: each confirmed by its webhook.
        client.groups.update(group_id=group_id, body=UpdateGroupRequest(subject="Order 12345 (shipped)"))
        client.groups.update_picture(group_id, b"\xff\xd8\xff\xe0" + b"\x00" * 64)
        inbox.wait_for(lambda: len(inbox.of(webhooks.GroupSettingsUpdate)) == 2)
        subject, picture = inbox.of(webhooks.GroupSettingsUpdate)
        assert subject.group_subject is not None and subject.group_subject.text == "Order 12345 (shipped)"
        assert picture.profile_picture is not None and picture.profile_picture.update_successful is True
        assert client.groups.get(group_id=group_id, fields="subject").subject == "Order 12345 (shipped)"
        new_link = client.groups.create_invite_link(group_id=group_id, body=GroupProductRequest()).invite_link
        assert new_link != lifecycle.invite_link
        removal = RemoveGroupParticipantsRequest(participants=[RemoveGroupParticipant(user_id=BSUID)])
        client.groups.remove_participants(group_id=group_id, body=removal)
        inbox.wait_for(lambda: len(inbox.of(webhooks.GroupParticipantsUpdate)) == 3)
        assert client.groups.get(group_id=group_id).total_participant_count == 1
        client.groups.delete(group_id=group_id)
        inbox.wait_for(lambda: len(inbox.of(webhooks.GroupLifecycleUpdate)) == 2)
        with pytest.raises(InvalidRequestError):
            client.groups.get(group_id=group_id)


async def test_join_requests_on_the_async_client(emulator: Emulator, inbox: Inbox) -> None:
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=emulator.base_url) as client:
        created = await client.groups.create(
            body=CreateGroupRequest(subject="VIP", join_approval_mode="approval_required")
        )
        lifecycle = _created_group(inbox, created.request_id)
        assert lifecycle.group_id is not None and lifecycle.join_approval_mode == "approval_required"
        first = emulator.join_group(lifecycle.group_id, "16505551234")
        second = emulator.join_group(lifecycle.group_id, BSUID)
        assert first is not None and second is not None
        pending = await client.groups.list_join_requests(group_id=lifecycle.group_id)
        assert {r.join_request_id for r in pending.data} == {first, second}
        approved = await client.groups.approve_join_requests(
            group_id=lifecycle.group_id, body=GroupJoinRequestsRequest(join_requests=[first])
        )
        assert approved.approved_join_requests == [first]
        rejected = await client.groups.reject_join_requests(
            group_id=lifecycle.group_id, body=GroupJoinRequestsRequest(join_requests=[second, "unknown"])
        )
        assert rejected.rejected_join_requests == [second]
        assert (
            rejected.failed_join_requests is not None and rejected.failed_join_requests[0].join_request_id == "unknown"
        )
        info = await client.groups.get(group_id=lifecycle.group_id)
        assert info.total_participant_count == 1

    def join_requests() -> list[webhooks.GroupParticipantsUpdate]:
        return [e for e in inbox.of(webhooks.GroupParticipantsUpdate) if e.type == "group_join_request_created"]

    inbox.wait_for(lambda: len(join_requests()) >= 2)  # webhooks arrive on the emulator's thread
    assert len(join_requests()) == 2


def test_a_bsuid_change_arrives_as_a_typed_event(emulator: Emulator, inbox: Inbox) -> None:
    emulator.change_user_id(PHONE_ID, BSUID, "US.24817305912873645029", wa_id="16505551234")
    inbox.wait_for(lambda: len(inbox.of(webhooks.UserIdUpdate)) == 1)
    [event] = inbox.of(webhooks.UserIdUpdate)
    assert (event.previous_user_id, event.user_id, event.wa_id) == (BSUID, "US.24817305912873645029", "16505551234")
    assert event.phone_number_id == PHONE_ID
