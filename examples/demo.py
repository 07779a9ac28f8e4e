"""wacloud end to end, on this machine only: no Meta account, no credentials, no internet.

Starts the bundled Cloud API emulator and a verified webhook listener on 127.0.0.1, writes a .env, and then uses
the SDK exactly as against Meta: text, image (upload then send), template and interactive messages; token
rotation with the old token revoked; tenant switching both ways; delivery and read statuses received through the
signature-checked webhook. Everything started here is stopped on exit, on failure and on Ctrl-C.

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

from wacloud import AuthenticationError, WhatsApp, webhooks
from wacloud.emulator import Emulator, Tenant, ThreadedServer

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


def main() -> int:
    statuses: dict[str, set[str]] = {}
    seen = threading.Condition()

    def on_status(status: webhooks.Status) -> None:
        if status.id is None or status.status is None:
            return  # not a delivery status Meta would send: nothing to track
        with seen:
            statuses.setdefault(status.id, set()).add(status.status)
            seen.notify_all()

    listener = webhooks.WebhookListener(verify_token=VERIFY_TOKEN, app_secret=APP_SECRET, on_status=on_status)
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
