"""Create a template with a body parameter (once), then send it with values.

Configuration from the environment (or .env): CLOUD_API_ACCESS_TOKEN, WA_PHONE_NUMBER_ID, WA_BUSINESS_ACCOUNT_ID,
and WA_BASE_URL to run it against the local emulator (`wacloud emulator` prints what to set).

Run: python examples/send_template.py 15551234567 ORDER-1042
"""

from __future__ import annotations

import sys

from wacloud import WhatsApp
from wacloud.types import (
    MessageTemplateBodyComponent,
    MessageTemplateBodyExample,
    MessageTemplateCreateRequest,
    TemplateComponentParameters,
    TemplateCurrency,
    TemplateCurrencyParameter,
    TemplateTextParameter,
)

NAME = "order_shipped"


def ensure_template(client: WhatsApp) -> None:
    """Submit the template unless the account already has it (Meta reviews it; approved ones can be sent)."""
    existing = client.templates.list(name=NAME).data
    if any(template.name == NAME for template in existing):
        return
    created = client.templates.create(
        body=MessageTemplateCreateRequest(
            name=NAME,
            language="en_US",
            category="UTILITY",
            components=[
                MessageTemplateBodyComponent(
                    text="Your order {{1}} has shipped. Amount charged: {{2}}.",
                    example=MessageTemplateBodyExample(body_text=[["ORDER-1", "$10.00"]]),
                )
            ],
        )
    )
    print(f"template {NAME} created: id {created.id}, status {created.status}")


def main(argv: list[str]) -> int:
    to, order = (argv + ["15551234567", "ORDER-1042"][len(argv) :])[:2]
    with WhatsApp() as client:
        ensure_template(client)
        body = TemplateComponentParameters(
            type_="body",
            parameters=[
                TemplateTextParameter(text=order),
                TemplateCurrencyParameter(
                    currency=TemplateCurrency(fallback_value="$12.99", code="USD", amount_1000=12990)
                ),
            ],
        )
        sent = client.messages.send_template(to, NAME, language="en_US", components=[body])
    print(f"sent {NAME} to {to}: {sent.messages[0].id} ({sent.messages[0].message_status})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
