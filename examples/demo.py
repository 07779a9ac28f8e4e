"""wacloud end to end, on this machine only: no Meta account, no credentials, no internet.

Starts the bundled Cloud API emulator and a verified webhook listener on 127.0.0.1, writes a .env, and then uses
the SDK exactly as against Meta: text, image (upload then send), template and interactive messages; token
rotation with the old token revoked; tenant switching both ways; delivery and read statuses received through the
signature-checked webhook; then a WhatsApp Flow end to end: a typed Flow JSON created, a key pair registered, the
encrypted data endpoint served, and the emulator playing the WhatsApp client through it; then identity and groups:
a user known only by BSUID answered, a group created (asynchronously, through its webhook), joined by invite link,
messaged, and every participant's read receipt received. Everything started here
is stopped on exit, on failure and on Ctrl-C.

Run: make demo   (or: python examples/demo.py)
"""

from __future__ import annotations

import struct
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

from wacloud import AuthenticationError, WhatsApp, flows, webhooks
from wacloud.emulator import Emulator, Tenant, ThreadedServer
from wacloud_api.models import (
    BusinessEncryptionPublicKeyUpdate,
    CreateGroupRequest,
    TemplateContent,
    TemplateLanguage,
    TemplateMessage,
)

TO = "15551234567"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-shop-token-v1"}, display_phone_number="15550001111")
CAFE = Tenant("106540352242999", "102290129340999", {"EAAG-cafe-token"}, display_phone_number="15550002222")
APP_SECRET = "demo-app-secret"
VERIFY_TOKEN = "demo-verify-token"


def tiny_png() -> bytes:
    """A valid 1x1 PNG, made here so the demo needs no files."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x25\xd3\x66"))
        + chunk(b"IEND", b"")
    )


def step(text: str) -> None:
    print(f"  • {text}", flush=True)


def table_booking_flow() -> flows.FlowJSON:
    """Two screens: pick a time (the endpoint lists the free slots), then confirm."""
    pick = flows.Screen(
        "PICK_TIME",
        title="Book a table",
        data={"slots": flows.DataField.data_source([flows.DataSourceItem("19", "19:00")])},
        layout=[
            flows.TextHeading("When would you like to come?"),
            flows.RadioButtonsGroup("slot", flows.data_ref("slots"), label="Time", required=True),
            flows.Footer("Continue", on_click_action=flows.DataExchangeAction({"slot": flows.form_ref("slot")})),
        ],
    )
    confirm = flows.Screen(
        "CONFIRM",
        title="Confirm",
        terminal=True,
        success=True,
        data={"summary": flows.DataField.string("Table at 19:00")},
        layout=[
            flows.TextBody(flows.data_ref("summary")),
            flows.Footer("Book", on_click_action=flows.DataExchangeAction({"confirmed": True})),
        ],
    )
    return flows.FlowJSON(
        [pick, confirm], data_api_version="4.0", routing_model={"PICK_TIME": ["CONFIRM"], "CONFIRM": []}
    )


def book_table(request: flows.FlowRequest) -> flows.FlowResponse:
    """The business logic behind the Flow's data endpoint."""
    if request.action == "INIT":
        return request.respond("PICK_TIME", {"slots": [{"id": "19", "title": "19:00"}, {"id": "21", "title": "21:00"}]})
    if request.screen == "PICK_TIME":
        return request.respond("CONFIRM", {"summary": f"Table at {request.data['slot']}:00"})
    return request.close({"table": "T-12"})


def flow_round_trip(shop: WhatsApp, emulator: Emulator) -> None:
    """Create the Flow from typed Flow JSON, register a key pair, serve the endpoint, run the Flow through it."""
    created = shop.flows.create_with_flow_json("Book a table", table_booking_flow(), categories=["APPOINTMENT_BOOKING"])
    shop.flows.upload_flow_json(created.id, table_booking_flow())
    step(f"Flow created from a typed FlowJSON (version {flows.FLOW_JSON_VERSION}) and its Flow JSON uploaded")
    pair = flows.generate_key_pair()
    shop.encryption.set_public_key(body=BusinessEncryptionPublicKeyUpdate(business_public_key=pair.public_key_pem))
    endpoint = flows.FlowEndpoint(book_table, private_key=pair.private_key_pem, app_secret=APP_SECRET, path="/flows")
    with ThreadedServer(endpoint.asgi) as server:
        url = f"{server.url}/flows"
        sent = shop.messages.send_flow(TO, "Book your table", cta="Book", flow_id=created.id, flow_token="booking-1")
        step(f"key pair generated, public key registered, Flow sent ({sent.messages[0].id}); endpoint on {url}")
        with emulator.flow_session(SHOP.phone_number_id, url, flow_token="booking-1", data_api_version="4.0") as flow:
            if flow.ping() != {"data": {"status": "active"}}:
                raise SystemExit("the Flow endpoint did not answer the health check")
            first = flow.init()
            second = flow.data_exchange(first["screen"], {"slot": "21"})
            done = flow.data_exchange(second["screen"], {"confirmed": True})
        params = done["data"]["extension_message_response"]["params"]
        step(
            f"Flow run through the encrypted endpoint: {first['screen']} → {second['screen']} "
            f"({second['data']['summary']}) → closed with {params}"
        )


class Events:
    """Messages and events the listener received, with a bounded wait."""

    def __init__(self) -> None:
        self.items: list[webhooks.WebhookEvent] = []
        self.changed = threading.Condition()

    def add(self, item: webhooks.WebhookEvent) -> None:
        with self.changed:
            self.items.append(item)
            self.changed.notify_all()

    def first(self, match: object, what: str) -> webhooks.WebhookEvent:
        assert callable(match)
        deadline = time.monotonic() + 15
        with self.changed:
            while not any(match(item) for item in self.items):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise SystemExit(f"timed out waiting for {what}")
                self.changed.wait(remaining)
            return next(item for item in self.items if match(item))


def identity_and_groups(shop: WhatsApp, emulator: Emulator, events: Events, statuses: dict[str, set[str]]) -> None:
    """A username user (no phone number), then a group: create, join by link, send, per-participant receipts."""
    bsuid = "US.13491208655302741918"
    wamid = emulator.inject_message(SHOP.phone_number_id, bsuid, "Hi! Is my order ready?", username="@sheena")
    message = events.first(lambda m: isinstance(m, webhooks.Message) and m.id == wamid, "the username user's message")
    assert isinstance(message, webhooks.Message)
    shop.messages.reply_text(message, "Yes, ready for pickup")
    step(
        f"message from {message.username} with no phone number (from_={message.from_}): stored under sender "
        f"{message.sender}, answered by BSUID"
    )

    pending = shop.groups.create(body=CreateGroupRequest(subject="Order 1234", description="Pickup coordination"))
    created = events.first(
        lambda e: isinstance(e, webhooks.GroupLifecycleUpdate) and e.request_id == pending.request_id,
        "the group_lifecycle_update webhook",
    )
    assert isinstance(created, webhooks.GroupLifecycleUpdate) and created.group_id is not None
    group_id = created.group_id
    step(f"group requested ({pending.request_id}); its webhook named it {group_id[:16]}… with {created.invite_link}")
    emulator.join_group(group_id, TO)
    emulator.join_group(group_id, bsuid)
    events.first(
        lambda e: isinstance(e, webhooks.GroupParticipantsUpdate) and e.added_participants[0].user_id == bsuid,
        "the second participant",
    )
    sent = shop.messages.send_text(group_id, "Your order is ready: pick it up at the counter")
    wamid = sent.messages[0].id

    def readers() -> set[str | None]:
        with events.changed:
            items = list(events.items)
        return {
            s.participant_user_id
            for s in items
            if isinstance(s, webhooks.Status) and s.id == wamid and s.status == "read"
        }

    events.first(lambda _: len(readers()) == 2, "both participants' read receipts")
    step(
        f"two users joined by invite link; group message {wamid[:14]}… read by {len(readers())} participants, "
        "one receipt each in one delivery, none dropped by de-duplication"
    )
    statuses.pop(wamid, None)


def main() -> int:
    statuses: dict[str, set[str]] = {}
    seen = threading.Condition()

    def on_status(status: webhooks.Status) -> None:
        if status.id is None or status.status is None:
            return  # not a delivery status Meta would send: nothing to track
        with seen:
            statuses.setdefault(status.id, set()).add(status.status)
            seen.notify_all()

    events = Events()

    def on_any_status(status: webhooks.Status) -> None:
        on_status(status)
        events.add(status)

    listener = webhooks.WebhookListener(
        verify_token=VERIFY_TOKEN,
        app_secret=APP_SECRET,
        on_status=on_any_status,
        on_message=events.add,
        on_event=events.add,
    )
    with tempfile.TemporaryDirectory() as workdir, ThreadedServer(listener.asgi) as receiver:
        webhook_url = f"{receiver.url}{listener.endpoint}"
        with Emulator([SHOP, CAFE], app_secret=APP_SECRET, webhook_url=webhook_url) as emulator:
            print(f"emulator: {emulator.base_url}   webhook listener: {webhook_url}")
            env = Path(workdir) / ".env"
            env.write_text(
                f"CLOUD_API_ACCESS_TOKEN=EAAG-shop-token-v1\nWA_PHONE_NUMBER_ID={SHOP.phone_number_id}\n"
                f"WA_BUSINESS_ACCOUNT_ID={SHOP.waba_id}\nWA_BASE_URL={emulator.base_url}\n"
                f"WEBHOOK_VERIFICATION_TOKEN={VERIFY_TOKEN}\nWA_APP_SECRET={APP_SECRET}\n"
            )
            with WhatsApp(dotenv_path=env) as client:
                print(f"config from {env.name}: {client!r}")
                sent: list[str] = []

                text = client.messages.send_text(to=TO, body="Your order #1234 has shipped 📦")
                sent.append(text.messages[0].id)
                step(f"text sent: {text.messages[0].id}")

                media = client.media.upload(tiny_png(), mime_type="image/png", filename="receipt.png")
                image = client.messages.send_image(TO, media_id=media.id, caption="Your receipt")
                sent.append(image.messages[0].id)
                step(f"image uploaded as media {media.id} and sent: {image.messages[0].id}")

                template = client.messages.send_template(TO, "hello_world", language="en_US")
                sent.append(template.messages[0].id)
                step(f"template hello_world sent ({template.messages[0].message_status})")

                buttons = client.messages.send_reply_buttons(
                    TO, "Was the delivery on time?", {"yes": "Yes", "no": "No"}
                )
                sent.append(buttons.messages[0].id)
                step(f"interactive reply buttons sent: {buttons.messages[0].id}")

                emulator.register_token(SHOP.phone_number_id, "EAAG-shop-token-v2")
                emulator.revoke_token("EAAG-shop-token-v1")
                stale = client.with_options(access_token="EAAG-shop-token-v1")
                try:
                    stale.messages.send_text(to=TO, body="should fail")
                    raise SystemExit("the revoked token was accepted")
                except AuthenticationError as error:
                    step(f"old token refused after revocation (code {error.code})")
                client.update_access_token("EAAG-shop-token-v2")
                rotated = client.messages.send_text(to=TO, body="Sent with the rotated token")
                sent.append(rotated.messages[0].id)
                step("token rotated with update_access_token: the next send works, same connection pool")

                client.update_sender_number_id(CAFE.phone_number_id)
                client.update_access_token("EAAG-cafe-token")
                cafe = client.messages.send_text(to=TO, body="Hello from the café")
                step(f"switched sender with update_sender_number_id → {CAFE.phone_number_id}")
                shop = client.with_options(access_token="EAAG-shop-token-v2", phone_number_id=SHOP.phone_number_id)
                shop_reply = shop.messages.send_text(to=TO, body="And hello from the shop")
                step(
                    f"tenant copy with with_options → {shop.phone_number_id} (original still {client.phone_number_id})"
                )
                sent += [cafe.messages[0].id, shop_reply.messages[0].id]

                deadline = time.monotonic() + 15
                with seen:
                    while not all({"delivered", "read"} <= statuses.get(w, set()) for w in sent):
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            raise SystemExit("timed out waiting for delivered/read webhooks")
                        seen.wait(remaining)
                step(f"webhooks: delivered and read received, signature-verified, for all {len(sent)} messages")

                flow_round_trip(shop, emulator)
                # Meta's throughput, emulated at 20/s for the café (a coexistence number): a paced bulk run of a
                # template never meets 130429, and running it again resumes from its journal, sending nobody twice.
                emulator.set_throughput(20, phone_number_id=CAFE.phone_number_id)
                hello = TemplateMessage(
                    to="", template=TemplateContent(name="hello_world", language=TemplateLanguage(code="en_US"))
                )
                customers = [f"1555010{n:04d}" for n in range(30)]
                journal = Path(workdir) / "bulk.sqlite"
                report = client.messages.send_bulk(customers, hello, run_id="demo", journal=journal, rate_limit=20)
                again = client.messages.send_bulk(customers, hello, run_id="demo", journal=journal, rate_limit=20)
                refused = emulator.throughput_refusals.get(CAFE.phone_number_id, 0)
                step(
                    f"bulk at 20/s: {report.summary()}, {refused} refused (130429); rerun skipped {len(again.skipped)}"
                )
                identity_and_groups(shop, emulator, events, statuses)

            by_number: dict[str, int] = {}
            for record in emulator.sent:
                by_number[record["phone_number_id"]] = by_number.get(record["phone_number_id"], 0) + 1
    print("\nsummary")
    print(f"  messages accepted by the emulator per sender: {by_number}")
    print(f"  status webhooks received: {sum(len(s) for s in statuses.values())} (sent/delivered/read)")
    print("  everything stopped cleanly. ✓")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\ninterrupted: everything started has been stopped.", file=sys.stderr)
        sys.exit(130)
