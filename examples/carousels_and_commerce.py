"""Interactive messages beyond buttons: carousels, products, the catalog, media headers, voice notes, addresses.

Run: python examples/carousels_and_commerce.py
"""

from __future__ import annotations

from wacloud.emulator import Emulator, Tenant
from wacloud.interactive import media_card, media_header, product_card

TO = "15551234567"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-example-token"})

CATALOG = "367025965434465"


def main() -> int:
    with Emulator([SHOP]) as emulator, emulator.client() as client:  # against Meta: WhatsApp()
        cards = [
            media_card(media_header("image", link=f"https://example.com/plant{n}.png"), "Buy", f"https://e.x/p/{n}")
            for n in range(3)
        ]
        client.messages.send_carousel(TO, "New arrivals", cards)
        client.messages.send_carousel(
            TO, "Best sellers", [product_card(CATALOG, "SKU-1"), product_card(CATALOG, "SKU-2")]
        )
        client.messages.send_product(TO, CATALOG, "SKU-1", body="Back in stock")
        client.messages.send_product_list(TO, "Offers", "Pick one", CATALOG, {"Plants": ["SKU-1", "SKU-2"]})
        client.messages.send_catalog(TO, "Browse everything", thumbnail_product_retailer_id="SKU-1")
        client.messages.send_reply_buttons(
            TO, "Like this one?", {"yes": "Yes", "no": "No"}, header=media_header("image", link="https://e.x/p.png")
        )
        client.messages.send_voice(TO, link="https://example.com/welcome.ogg")
        client.messages.request_address(TO, "Where should we deliver?", country="IN")
        print("sent 8 messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
