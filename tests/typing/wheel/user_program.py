"""A user's program, type-checked against the installed wheel (`make typecheck-wheel`: mypy --strict, pyright strict).

It imports only from `wacloud` and touches every namespace of both clients, the tenant registries, webhook
handlers and the error hierarchy, so a public signature that loses its types fails CI. It is never run.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

import wacloud
import wacloud.auth
from wacloud import (
    ApiError,
    AsyncTenantClients,
    AsyncWhatsApp,
    AuthenticationError,
    ConfigurationError,
    InvalidArgumentError,
    RateLimitError,
    TenantClients,
    TenantCredentials,
    WhatsApp,
    WhatsAppError,
    webhooks,
)
from wacloud.types import (
    BlockUsersRequest,
    BlockUsersRequestUser,
    MessageTemplate,
    MessageTemplateBodyComponent,
    MessageTemplateCreateRequest,
    MessageTemplateList,
    PhoneNumber,
    RequestOptions,
    SendMessageResponse,
    TemplateComponentParameters,
    TemplateTextParameter,
    TextContent,
    TextMessage,
)


def send_and_read(client: WhatsApp) -> str:
    sent: SendMessageResponse = client.messages.send_text(to="15551234567", body="hi", preview_url=False)
    wamid: str = sent.messages[0].id
    product: str = sent.messaging_product
    client.messages.send(TextMessage(to="15551234567", text=TextContent(body="typed")))
    client.messages.send_template(
        "15551234567",
        "order_update",
        language="en_US",
        components=[TemplateComponentParameters(type_="body", parameters=[TemplateTextParameter(text="42")])],
    )
    client.messages.send_reply_buttons("15551234567", "Pick one", {"yes": "Yes", "no": "No"})
    assert client.messages.mark_as_read(wamid, typing_indicator=True).success
    return product


def every_namespace(client: WhatsApp) -> None:
    options: RequestOptions = {"timeout": 5, "max_retries": 0}
    media_id: str = client.media.upload(b"\x89PNG", mime_type="image/png").id
    data: bytes = client.media.download(media_id)
    client.media.delete(media_id, request_options=options)
    phone: PhoneNumber = client.phone_numbers.get()
    display: str | None = phone.display_phone_number
    templates: MessageTemplateList = client.templates.list(limit=10, status=None)
    for template in client.templates.iter_list(max_items=50):
        first: MessageTemplate = template
        name: str | None = first.name
        template_id: str = first.id
        assert name is None or name.upper() or template_id
    client.templates.create(
        body=MessageTemplateCreateRequest(
            name="order_update",
            language="en_US",
            category="UTILITY",
            components=[MessageTemplateBodyComponent(text="Your order {{1}} shipped")],
        )
    )
    client.business_profile.get()
    client.waba.get()
    client.analytics.messaging(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
    client.flows.list()
    client.qr_codes.create("Hello!", image_format="PNG")
    client.subscribed_apps.list()
    client.block_users.block(body=BlockUsersRequest(block_users=[BlockUsersRequestUser(user="+15551234567")]))
    client.commerce.get_settings()
    client.encryption.get_public_key()
    quality: PhoneNumber = client.request("GET", "/{phone_number_id}", params={"fields": "id"}, cast_to=PhoneNumber)
    raw: dict[str, object] = client.request("POST", "/{waba_id}/schedules", body={"name": "w"}, cast_to=dict)
    answer: httpx.Response = client.request("GET", "/{node}", path_params={"node": "1"}, cast_to=httpx.Response)
    assert data and display and templates and quality and raw and answer


def tenants(client: WhatsApp) -> None:
    tenant: WhatsApp = client.with_options(access_token="t", phone_number_id="1")
    tenant.update_access_token("new")
    registry = TenantClients(client, lambda tenant_id: TenantCredentials(access_token="t", phone_number_id=tenant_id))
    registry.get("42").messages.send_text(to="15551234567", body="hi")
    exchanged = wacloud.auth.exchange_token("t", app_id="1", app_secret="s")
    token: str = exchanged.access_token
    assert token


async def use_async(client: AsyncWhatsApp) -> None:
    sent: SendMessageResponse = await client.messages.send_text(to="15551234567", body="hi")
    assert sent.messages
    templates: MessageTemplateList = await client.templates.list()
    async for template in client.templates.iter_list():
        assert template.id
    await client.media.delete("1")
    await client.flows.publish("1234567890123456")
    await client.qr_codes.update("4O4YGZEG3RIVE1", "Hi again")
    await client.subscribed_apps.unsubscribe()
    phone: PhoneNumber = await client.request("GET", "/{phone_number_id}", cast_to=PhoneNumber)
    assert phone.id
    registry = AsyncTenantClients(client, lambda tenant_id: TenantCredentials(access_token="t"))
    await (await registry.get("a")).messages.send_text(to="1", body="x")
    assert templates


def handle_errors(client: WhatsApp) -> str:
    try:
        client.phone_numbers.get()
    except RateLimitError as error:
        wait: float | None = error.retry_after
        return f"retry in {wait}"
    except AuthenticationError as error:
        return f"token rejected: {error.code}"
    except ApiError as error:
        raw: httpx.Response | None = error.response
        assert raw is None or raw.status_code >= 400
        code: int | None = error.code
        trace: str | None = error.fbtrace_id
        return f"{code} {trace}"
    except (ConfigurationError, InvalidArgumentError) as error:
        return str(error)
    except WhatsAppError as error:
        return type(error).__name__
    return "ok"


def webhook_handlers(body: bytes, signature: str | None) -> webhooks.WebhookListener:
    webhooks.verify_signature(body, signature, "app-secret")
    notification = webhooks.parse_webhook(body)
    for message in notification.messages:
        text: str | None = message.text.body if message.text else None
        assert text is None or text
    for status in notification.statuses:
        kind: str | None = status.status
        assert kind

    listener = webhooks.WebhookListener(verify_token="v", app_secret="s")

    @listener.on_message
    def reply(message: webhooks.Message) -> None:
        sender: str | None = message.from_
        assert sender

    @listener.on_status
    async def track(status: webhooks.Status) -> None:
        assert status.id

    return listener
