"""The template lifecycle with the typed builders: create, send, pause/unpause, archive, compare, delete.

Run: python examples/template_lifecycle.py
"""

from __future__ import annotations

import json

from wacloud import templates as t
from wacloud.emulator import Emulator, Tenant
from wacloud_api.models import MessageTemplateIdsRequest

TO = "15551234567"
SHOP = Tenant("106540352242922", "102290129340398", {"EAAG-example-token"})


def main() -> int:
    with Emulator([SHOP]) as emulator, emulator.client() as client:  # against Meta: WhatsApp()
        order = t.template(
            "order_update",
            "en_US",
            "UTILITY",
            t.text_header("Order {{1}}", "A-1"),
            t.body("Hi {{name}}, your order ships {{day}}.", name="Jessica", day="Friday"),
            t.footer("Lucky Shrub"),
            t.buttons(t.url_button("Track", "https://e.x/track/{{1}}", "A-1"), t.quick_reply("Stop updates")),
        )
        template_id = client.templates.create(body=order).id
        components = t.check_send(
            order,
            [t.header_params("A-1"), t.body_params(name="Jessica", day="Friday"), t.url_button_params(0, "A-1")],
        )
        client.messages.send_template(TO, "order_update", components=components)

        emulator.pause_template(SHOP.waba_id, "order_update")  # Meta pauses low-quality templates
        print("unpaused:", client.templates.unpause(template_id).success)
        client.templates.archive(body=MessageTemplateIdsRequest(hsm_ids=[template_id]))  # on api.facebook.com
        client.templates.unarchive(body=MessageTemplateIdsRequest(hsm_ids=[template_id]))
        other = client.templates.list(name="hello_world").data[0].id or ""
        comparison = client.templates.compare(template_id, template_ids=json.dumps([other]), start=1, end=2)
        print("compared:", [metric.metric for metric in comparison.data])

        login = t.upsert_authentication(
            "login_code", ["en_US", "es_ES"], t.auth_body(), t.auth_footer(10), t.buttons(t.otp_button())
        )
        upsert = login
        print("upserted:", [r.language for r in client.templates.upsert(body=upsert).data])
        client.messages.send_template(TO, "login_code", components=t.otp_params("123456"))

        print("deleted:", client.templates.delete_by_ids([template_id]).success)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
