"""Type-checked with `mypy --strict` (make typecheck): user code calling the public API needs no ignores.

One call per namespace, on both clients.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import wacloud
import wacloud.auth
from wacloud import AsyncTenantClients, AsyncWhatsApp, TenantClients, TenantCredentials, WhatsApp, webhooks
from wacloud.types import (
    AnalyticsResult,
    AssignUserRequest,
    BlockUsersRequest,
    BlockUsersRequestUser,
    BusinessPortfolio,
    BusinessWabaList,
    CoexistenceSyncRequest,
    CommerceSettingsList,
    DebugTokenResponse,
    FlowList,
    MessageTemplate,
    MessageTemplateList,
    PhoneNumber,
    QrCode,
    SendMessageResponse,
    SolutionAccessToken,
    SubscribedAppList,
    SuccessResponse,
    TextContent,
    TextMessage,
    WhatsAppBusinessAccount,
    WhatsAppFlow,
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
    every_template: list[MessageTemplate] = list(client.templates.iter_list(max_items=50))
    assert phone and templates and every_template
    client.business_profile.get()
    account: WhatsAppBusinessAccount = client.waba.get()
    stats: AnalyticsResult = client.analytics.messaging(
        datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
    )
    flows: FlowList = client.flows.list()
    flow: WhatsAppFlow = client.flows.get("1234567890123456")
    qr: QrCode = client.qr_codes.create("Hello!", image_format="PNG")
    apps: SubscribedAppList = client.subscribed_apps.list()
    client.block_users.block(body=BlockUsersRequest(block_users=[BlockUsersRequestUser(user="+15551234567")]))
    commerce: CommerceSettingsList = client.commerce.get_settings()
    client.encryption.get_public_key()
    assert account and stats and flows and flow and qr and apps and commerce
    tenant: WhatsApp = client.with_options(access_token="t", phone_number_id="1")
    tenant.update_access_token("new")
    tenant.update_sender_number_id("2")
    exchanged = wacloud.auth.exchange_token("t", app_id="1", app_secret="s")
    assert exchanged.access_token
    registry = TenantClients(client, lambda tenant_id: TenantCredentials(access_token="t", phone_number_id=tenant_id))
    registry.get("42").messages.send_text(to="15551234567", body="hi")


async def use_async(client: AsyncWhatsApp) -> None:
    sent: SendMessageResponse = await client.messages.send_text(to="15551234567", body="hi")
    assert sent.messages
    await client.media.delete("1")
    templates: MessageTemplateList = await client.templates.list()
    async for template in client.templates.iter_list():
        name: str | None = template.name if isinstance(template.name, str) else None
        assert name is None or name
    assert templates
    await client.flows.publish("1234567890123456")
    await client.qr_codes.update("4O4YGZEG3RIVE1", "Hi again")
    await client.subscribed_apps.unsubscribe()
    await client.commerce.update_settings(is_cart_enabled=True)
    registry = AsyncTenantClients(client, lambda tenant_id: TenantCredentials(access_token="t"))
    await (await registry.get("a")).messages.send_text(to="1", body="x")
    try:
        await client.phone_numbers.get()
    except wacloud.RateLimitError as error:
        retry: float | None = error.retry_after
        assert retry is None or retry >= 0
    except wacloud.ApiError as error:
        code: int | None = error.code
        assert code


def use_partner(client: WhatsApp) -> None:
    business = wacloud.auth.exchange_code("code", app_id="1", app_secret="s")
    info: wacloud.auth.TokenInfo = wacloud.auth.debug_token(business.access_token)
    waba_ids: list[str] = info.waba_ids
    app_token: str = wacloud.auth.app_access_token().access_token
    portfolio: BusinessPortfolio = client.business.get("506914307656634")
    clients: BusinessWabaList = client.business.list_client_wabas("506914307656634", limit=25)
    checked: DebugTokenResponse = client.app.debug_token(input_token=business.access_token)
    solution_token: SolutionAccessToken = client.solutions.get_access_token("1", business_id="2")
    client.waba.add_assigned_user(body=AssignUserRequest(user="1", tasks="['MANAGE']"))
    client.phone_numbers.set_webhook_override("https://example.com/wa", "verify")
    history = CoexistenceSyncRequest(sync_type="history")
    client.coexistence.sync(body=history)
    assert waba_ids and app_token and portfolio and clients and checked and solution_token


async def use_partner_async(client: AsyncWhatsApp) -> None:
    business = await wacloud.auth.async_exchange_code("code")
    info = await wacloud.auth.async_debug_token(business.access_token, access_token="t")
    async for waba in client.business.iter_list_owned_wabas("506914307656634"):
        assert waba.id in info.waba_ids or waba.id
    await client.solutions.accept_deactivation_request("1578492037561280")


def use_webhooks(body: bytes, signature: str | None) -> None:
    webhooks.verify_signature(body, signature, "app-secret")
    notification = webhooks.parse_webhook(body)
    for message in notification.messages:
        text: str | None = message.text.body if message.text else None
        assert text is None or text
    for status in notification.statuses:
        kind: str | None = status.status
        assert kind


def use_sends_complete(client: WhatsApp) -> None:
    from wacloud import templates as t
    from wacloud.interactive import media_card, media_header, product_card
    from wacloud_api.models import CallActionResponse, MessageTemplateCreateResponse, MessageTemplateIdsRequest

    handle: str = client.uploads.upload_file("banner.jpg", progress=lambda done, total: None)
    promo = t.template(
        "promo",
        "en_US",
        "MARKETING",
        t.media_header("IMAGE", handle),
        t.body("Hi {{1}}", "Jo"),
        t.buttons(t.quick_reply("Stop"), t.url_button("Shop", "https://e.x/{{1}}", "s")),
    )
    created: MessageTemplateCreateResponse = client.templates.create_with_media(promo, header="banner.jpg")
    client.templates.archive(body=MessageTemplateIdsRequest(hsm_ids=[created.id]))
    client.templates.delete_by_ids([created.id])
    components = t.check_send(promo, [t.header_params(t.image(link="https://e.x/a.png")), t.body_params("Jo")])
    client.messages.send_template("15551234567", "promo", components=components, marketing=True)
    client.marketing_messages.send_template("15551234567", "promo", components=components)
    call: CallActionResponse = client.calls.connect("15551234567", "v=0\r\n")
    assert call
    client.messages.send_carousel("15551234567", "New", [product_card("1", "A"), product_card("1", "B")])
    card = media_card(media_header("image", link="https://e.x/a.png"), "Buy", "https://e.x")
    client.messages.send_carousel("15551234567", "New", [card, card])
    client.messages.send_voice("15551234567", media_id="1")
    client.business_profile.set_picture("logo.png")


async def use_sends_complete_async(client: AsyncWhatsApp) -> None:
    handle: str = await client.uploads.upload_file(b"\xff\xd8\xff", file_type="image/jpeg")
    await client.calls.terminate("wacid.x")
    await client.business_profile.set_picture(handle=handle)
    await client.messages.request_call_permission("15551234567", "May we call?")


def use_identity_and_groups(client: WhatsApp, body: bytes) -> None:
    from wacloud_api.models import CreateGroupRequest, CreateGroupResponse, GroupInfo, UsernameStatus

    for message in webhooks.parse_webhook(body).messages:
        key: str | None = message.sender
        phone: str | None = message.from_
        names: tuple[str | None, str | None] = (message.username, message.profile_name)
        chat: str | None = message.chat_id
        assert key or phone or names or chat
        client.messages.reply_text(message, "thanks")
    for event in webhooks.parse_webhook(body).events:
        if isinstance(event, webhooks.GroupLifecycleUpdate):
            group_id: str | None = event.group_id
            link: str | None = event.invite_link
            assert group_id or link
        elif isinstance(event, webhooks.UserIdUpdate):
            previous: str | None = event.previous_user_id
            assert previous or event.user_id
        elif isinstance(event, webhooks.UserAction) and event.link_click is not None:
            click_id: str | None = event.link_click.click_id
            assert click_id or event.action_type
        elif isinstance(event, webhooks.TemplateComponentsUpdate):
            labels: list[str | None] = [button.text for button in event.buttons]
            assert labels or event.body
        elif isinstance(event, webhooks.AccountSettingsUpdate) and event.phone_number_settings is not None:
            calling: webhooks.CallingSettings | None = event.phone_number_settings.calling
            assert calling is None or calling.status
    for message in webhooks.parse_webhook(body).messages:
        if message.edit is not None and message.edit.message is not None:
            new_text: webhooks.Text | None = message.edit.message.text
            original: str | None = message.edit.original_message_id
            assert new_text or original
        elif message.revoke is not None:
            deleted: str | None = message.revoke.original_message_id
            assert deleted
    created: CreateGroupResponse = client.groups.create(body=CreateGroupRequest(subject="Support"))
    request_id: str = created.request_id
    info: GroupInfo = client.groups.get(group_id=request_id)
    assert info.id
    client.messages.pin_message(info.id, "wamid.x", expiration_days=7)
    status: UsernameStatus = client.usernames.get()
    assert status.status
    try:
        client.messages.send_template("US.13491208655302741918", "login_code")
    except wacloud.BsuidNotSupportedError as error:
        assert error.code == 131062


async def use_identity_async(client: AsyncWhatsApp) -> None:
    sent: SendMessageResponse = await client.messages.send_text("US.13491208655302741918", "hi")
    assert sent.contacts[0].user_id
    await client.groups.update_picture("Y2FwaV9ncm91cDox", b"\xff\xd8\xff")
