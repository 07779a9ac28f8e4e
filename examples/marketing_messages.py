"""Marketing Messages API: a carousel template with a limited-time offer, sent through /marketing_messages.

Run: python examples/marketing_messages.py
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wacloud import templates as t
from wacloud.emulator import Emulator, Tenant

TO = "15551234567"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-example-token"})


def main() -> int:
    with Emulator([SHOP]) as emulator, emulator.client() as client:  # against Meta: WhatsApp()
        offer = t.template(
            "flash_sale",
            "en_US",
            "MARKETING",
            t.body("Hi {{1}}, 20% off today only!", "Jessica"),
            t.limited_time_offer("Ends soon!"),
            t.buttons(t.copy_code_button("SAVE20"), t.url_button("Shop", "https://e.x/sale?c={{1}}", "SAVE20")),
        )
        client.templates.create(body=offer)
        ends = datetime.now(UTC) + timedelta(hours=6)
        client.messages.send_template(
            TO,
            "flash_sale",
            components=[
                t.body_params("Jessica"),
                t.limited_time_offer_params(ends),
                t.copy_code_params(0, "SAVE20"),
                t.url_button_params(1, "SAVE20"),
            ],
            marketing=True,
            message_activity_sharing=True,
        )
        print("marketing message sent through /marketing_messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
