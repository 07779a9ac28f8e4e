"""Resumable upload: a template header sample and a profile picture, with progress and a resumed interruption.

Run: python examples/resumable_upload.py
"""

from __future__ import annotations

from wacloud import templates as t
from wacloud.emulator import Emulator, Tenant

TO = "15551234567"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-example-token"})

BANNER = b"\xff\xd8\xff\xe0" + bytes(200_000)  # stands for banner.jpg


def main() -> int:
    with Emulator([SHOP]) as emulator, emulator.client() as client:  # against Meta: WhatsApp()
        emulator.interrupt_next_upload(after_bytes=65_536)  # the connection "drops" after 64 KB
        handle = client.uploads.upload_file(
            BANNER, file_name="banner.jpg", progress=lambda done, total: print(f"  {done}/{total} bytes", end="\r")
        )
        print(f"\nuploaded (resumed once) → handle {handle[:20]}…")

        promo = t.template(
            "spring_promo",
            "en_US",
            "MARKETING",
            t.media_header("IMAGE", handle),
            t.body("Hi {{1}}, spring is here!", "Jessica"),
        )
        print("template created:", client.templates.create(body=promo).id)
        # or in one call, uploading for you: client.templates.create_with_media(promo, header="banner.jpg")
        client.business_profile.set_picture(b"\x89PNG\r\n\x1a\n" + bytes(1024))  # or a path: "logo.png"
        print("profile picture set")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
