"""Type-checked with `mypy --strict` (make typecheck): user code calling the public API needs no ignores."""

from __future__ import annotations

from pathlib import Path

import wacloud
import wacloud.auth
from wacloud import AsyncWhatsApp, WhatsApp
from wacloud_api.models import (
    MessageTemplateList,
    PhoneNumber,
    SendMessageResponse,
    SuccessResponse,
    TextContent,
    TextMessage,
)


def use_sync(client: WhatsApp) -> None:
    sent: SendMessageResponse = client.messages.send_text(to="15551234567", body="hi", preview_url=False, reply_to=None)
    wamid: str = sent.messages[0].id
    read: SuccessResponse = client.messages.mark_as_read(wamid, typing_indicator=True)
    assert read.success
    client.messages.send(TextMessage(to="15551234567", text=TextContent(body="typed")))
    media_id: str = client.media.upload(b"bytes", mime_type="image/png").id
    data: bytes = client.media.download(media_id)
    path: Path = client.media.download(media_id, "out.png")
    assert data and path
    phone: PhoneNumber = client.phone_numbers.get()
    templates: MessageTemplateList = client.templates.list(limit=10)
    assert phone and templates
    client.business_profile.get()
    client.waba.get()
    tenant: WhatsApp = client.with_options(access_token="t", phone_number_id="1")
    tenant.update_access_token("new")
    tenant.update_sender_number_id("2")
    exchanged = wacloud.auth.exchange_token("t", app_id="1", app_secret="s")
    assert exchanged.access_token


async def use_async(client: AsyncWhatsApp) -> None:
    sent: SendMessageResponse = await client.messages.send_text(to="15551234567", body="hi")
    assert sent.messages
    await client.media.delete("1")
    templates: MessageTemplateList = await client.templates.list()
    assert templates
    try:
        await client.phone_numbers.get()
    except wacloud.RateLimitError as error:
        retry: float | None = error.retry_after
        assert retry is None or retry >= 0
    except wacloud.ApiError as error:
        code: int | None = error.code
        assert code
