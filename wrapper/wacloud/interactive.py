"""Builders for the parts of interactive messages: media headers and carousel cards.

from wacloud.interactive import media_card, media_header, product_card

client.messages.send_cta_url(to, "Our menu", "Open", url, header=media_header("document", media_id=menu_id))
client.messages.send_carousel(to, "New in", [product_card(catalog, "SKU-1"), product_card(catalog, "SKU-2")])
"""

from __future__ import annotations

from ._messages import CarouselCard, media_card, media_header, product_card

__all__ = ["CarouselCard", "media_card", "media_header", "product_card"]
