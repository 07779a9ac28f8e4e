"""Calling API: ask for permission, check it, call with an SDP offer, hang up; a "Call now" button.

Run: python examples/calls.py   (the SDP comes from your WebRTC stack; a stub stands in here)
"""

from __future__ import annotations

from wacloud.emulator import Emulator, Tenant

TO = "15551234567"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-example-token"})

# What your WebRTC stack's createOffer() gives you (RFC 8866); a minimal stand-in here.
SDP_OFFER = "v=0\r\no=- 3626166318745852955 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"


def main() -> int:
    with Emulator([SHOP]) as emulator, emulator.client() as client:  # against Meta: WhatsApp()
        client.messages.request_call_permission(TO, "May we call you about your order?")
        permission = client.calls.get_permissions(user_wa_id=TO)
        print("permission:", permission.permission.status if permission.permission else None)
        call = client.calls.connect(TO, SDP_OFFER, biz_opaque_callback_data="order-1234")
        call_id = call.to_dict()["calls"][0]["id"]
        print("calling:", call_id)
        client.calls.terminate(call_id)
        client.messages.send_call_button(TO, "Questions? Call us on WhatsApp.", display_text="Call now", ttl_minutes=60)
        print("hung up; call button sent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
