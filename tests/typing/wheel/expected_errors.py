"""Mistakes a type checker must report against the installed wheel (`make typecheck-wheel`).

Every line marked `# expect-error` must be reported by both mypy --strict and pyright strict, and no other line:
if the wheel's types degrade to `Any`, these lines pass silently and the check fails. It is never run.
"""

from __future__ import annotations

from wacloud import AsyncWhatsApp, WhatsApp, webhooks
from wacloud.types import MessageTemplate, PhoneNumber, TextContent, TextMessage


def typos(client: WhatsApp) -> None:
    client.messages.send_txt(to="15551234567", body="hi")  # expect-error
    client.templates.lst()  # expect-error
    client.messages.send_text(to="15551234567", bdy="hi")  # expect-error


def wrong_types(client: WhatsApp, template: MessageTemplate) -> None:
    client.messages.send_text(to=15551234567, body="hi")  # expect-error
    TextMessage(to="15551234567", text="hi")  # expect-error
    TextContent(body="hi", preview_url="yes")  # expect-error
    client.templates.list(limit="10")  # expect-error
    name: str = template.name  # expect-error
    wamid: int = client.messages.send_text(to="1", body="x").messages[0].id  # expect-error
    phone: MessageTemplate = client.request("GET", "/1", cast_to=PhoneNumber)  # expect-error
    assert name and wamid and phone


async def forgot_await(client: AsyncWhatsApp) -> None:
    sent = client.messages.send_text(to="15551234567", body="hi")
    _ = sent.messages  # expect-error
    await client.messages.send_text(to="15551234567", body="hi")


def webhook_mistakes(body: bytes) -> None:
    notification = webhooks.parse_webhook(body)
    for message in notification.messages:
        _ = message.txt  # expect-error
