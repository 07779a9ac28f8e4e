"""parse_webhook on Meta's documented payload shapes, batches, unknown types and malformed input."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import wacloud._errors as errors
from wacloud import webhooks

from .conftest import FIXTURES, Loader, RawLoader, read_everything

PHONE_NUMBER_ID = "106540352242922"


def only_message(raw: RawLoader, name: str) -> webhooks.Message:
    notification = webhooks.parse_webhook(raw(name))
    assert len(notification.messages) == 1
    assert notification.statuses == [] and notification.errors == [] and notification.events == []
    return notification.messages[0]


def only_status(raw: RawLoader, name: str) -> webhooks.Status:
    notification = webhooks.parse_webhook(raw(name))
    assert notification.messages == [] and len(notification.statuses) == 1
    return notification.statuses[0]


def only_event(raw: RawLoader, name: str) -> webhooks.Event:
    notification = webhooks.parse_webhook(raw(name))
    assert notification.messages == [] and notification.statuses == [] and len(notification.events) == 1
    return notification.events[0]


def test_text_message(raw: RawLoader, load: Loader) -> None:
    message = only_message(raw, "message_text")
    assert type(message) is webhooks.Message
    assert message.id == "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="
    assert message.from_ == "16505551234"
    assert message.type == "text"
    assert message.timestamp == datetime(2025, 6, 8, 20, 59, 43, tzinfo=UTC)
    assert message.timestamp is not None and message.timestamp.tzinfo is UTC
    assert message.text is not None and message.text.body == "Does it come in another color?"
    assert message.phone_number_id == PHONE_NUMBER_ID
    assert message.display_phone_number == "15550783881"
    assert message.profile_name == "Sheena Nelson"
    assert message.wa_id == "16505551234"
    assert message.waba_id == "102290129340398"
    assert message.kind == "message"
    assert message.raw == load("message_text")["entry"][0]["changes"][0]["value"]["messages"][0]
    assert message.content == {"body": "Does it come in another color?"}
    assert message.image is None and message.context is None and message.referral is None and message.errors == []


def test_parse_accepts_bytes_str_memoryview_and_mapping(raw: RawLoader, load: Loader) -> None:
    body = raw("message_text")
    for form in (body, bytearray(body), memoryview(body), body.decode(), load("message_text")):
        notification = webhooks.parse_webhook(form)
        assert [m.id for m in notification.messages] == [webhooks.parse_webhook(body).messages[0].id]


def test_reply_context(raw: RawLoader) -> None:
    message = only_message(raw, "message_text_reply")
    assert message.context is not None
    assert message.context.id == "wamid.original1"
    assert message.context.from_ == "15550783881"
    assert message.context.forwarded is True
    assert message.context.frequently_forwarded is False
    assert message.context.referred_product is None


@pytest.mark.parametrize(
    ("name", "kind", "mime_type", "caption"),
    [
        ("message_image", "image", "image/jpeg", "Taj Mahal"),
        ("message_audio", "audio", "audio/ogg; codecs=opus", None),
        ("message_video", "video", "video/mp4", "My vacation video"),
        ("message_document", "document", "application/pdf", "Your receipt"),
        ("message_sticker", "sticker", "image/webp", None),
    ],
)
def test_media_messages(raw: RawLoader, name: str, kind: str, mime_type: str, caption: str | None) -> None:
    message = only_message(raw, name)
    assert message.type == kind
    media = getattr(message, kind)
    assert isinstance(media, webhooks.Media)
    assert media.mime_type == mime_type
    assert media.caption == caption
    assert media.id and media.sha256
    assert media.url is None
    others = {"image", "audio", "video", "document", "sticker"} - {kind}
    assert all(getattr(message, other) is None for other in others)


def test_media_details(raw: RawLoader) -> None:
    image = only_message(raw, "message_image").image
    assert image is not None
    assert image.id == "1003383421387256"
    assert image.sha256 == "SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI="
    audio = only_message(raw, "message_audio").audio
    assert audio is not None and audio.voice is True and audio.filename is None
    document = only_message(raw, "message_document").document
    assert document is not None and document.filename == "receipt.pdf"
    sticker = only_message(raw, "message_sticker").sticker
    assert sticker is not None and sticker.animated is False


def test_location(raw: RawLoader) -> None:
    location = only_message(raw, "message_location").location
    assert location is not None
    assert location.latitude == pytest.approx(37.44221496582)
    assert location.longitude == pytest.approx(-122.16165924072)
    assert location.name == "Philz Coffee"
    assert location.address == "101 Forest Ave, Palo Alto, CA 94301"
    assert location.url == "https://philzcoffee.com/"


def test_contacts(raw: RawLoader) -> None:
    message = only_message(raw, "message_contacts")
    (card,) = message.contacts
    assert card.name is not None
    assert card.name.formatted_name == "Lucía Gómez"
    assert (card.name.first_name, card.name.last_name) == ("Lucía", "Gómez")
    assert [(p.phone, p.wa_id, p.type) for p in card.phones] == [("+1 (983) 555-2319", "19835552319", "MOBILE")]
    assert [(e.email, e.type) for e in card.emails] == [("lucia@example.com", "WORK")]
    assert [(u.url, u.type) for u in card.urls] == [("https://www.example.com", "WORK")]
    (address,) = card.addresses
    assert (address.street, address.city, address.state, address.zip) == ("1 Hacker Way", "Menlo Park", "CA", "94025")
    assert (address.country, address.country_code, address.type) == ("United States", "US", "WORK")
    assert card.org is not None
    assert (card.org.company, card.org.department, card.org.title) == (
        "Example Inc",
        "Engineering",
        "Software Engineer",
    )
    assert card.birthday == "1999-01-23"
    # The sender profile still comes from the change's contacts, not from the shared card.
    assert message.profile_name == "Sheena Nelson"


def test_reaction(raw: RawLoader) -> None:
    reaction = only_message(raw, "message_reaction").reaction
    assert reaction is not None
    assert reaction.message_id == "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA"
    assert reaction.emoji == "\U0001f44d"


def test_interactive_button_reply(raw: RawLoader) -> None:
    message = only_message(raw, "message_interactive_button_reply")
    assert message.interactive is not None
    assert message.interactive.type == "button_reply"
    reply = message.interactive.button_reply
    assert reply is not None and (reply.id, reply.title) == ("cancel-button", "Cancel")
    assert message.interactive.list_reply is None and message.interactive.nfm_reply is None
    assert message.context is not None and message.context.id == "wamid.interactive_sent1"


def test_interactive_list_reply(raw: RawLoader) -> None:
    interactive = only_message(raw, "message_interactive_list_reply").interactive
    assert interactive is not None and interactive.list_reply is not None
    row = interactive.list_reply
    assert (row.id, row.title, row.description) == ("priority_express", "Priority Mail Express", "Next Day to 2 Days")


def test_interactive_flow_reply(raw: RawLoader) -> None:
    interactive = only_message(raw, "message_interactive_nfm_reply").interactive
    assert interactive is not None and interactive.type == "nfm_reply"
    flow = interactive.nfm_reply
    assert flow is not None
    assert (flow.name, flow.body) == ("flow", "Sent")
    assert flow.response == {"flow_token": "booking-7781", "date": "2026-03-01", "party_size": 4}
    assert flow.flow_token == "booking-7781"
    assert flow.response_json is not None and json.loads(flow.response_json) == flow.response


@pytest.mark.parametrize("response_json", ["not json", "[1, 2]", 42, None, "{", "[" * 100_000])
def test_flow_reply_with_unreadable_response(response_json: object) -> None:
    reply = webhooks.FlowReply({"name": "flow", "response_json": response_json})
    assert reply.response is None
    assert reply.flow_token is None


def test_template_quick_reply_button(raw: RawLoader) -> None:
    message = only_message(raw, "message_button")
    assert message.button is not None
    assert (message.button.payload, message.button.text) == ("Unsubscribe", "Unsubscribe")
    assert message.context is not None and message.context.id == "wamid.template_sent1"


def test_order(raw: RawLoader) -> None:
    order = only_message(raw, "message_order").order
    assert order is not None
    assert order.catalog_id == "194836987003835"
    assert order.text == ""
    assert [(i.product_retailer_id, i.quantity, i.item_price, i.currency) for i in order.product_items] == [
        ("di9ozbzfi4", 2, 30.0, "USD"),
        ("nqryix03ez", 1, 25.0, "USD"),
    ]


def test_system(raw: RawLoader) -> None:
    message = only_message(raw, "message_system")
    assert message.system is not None
    assert message.system.type == "user_changed_number"
    assert message.system.wa_id == "12195555358"
    assert message.system.body is not None and "changed from" in message.system.body
    assert message.profile_name is None  # system messages carry no contacts


def test_referral(raw: RawLoader) -> None:
    message = only_message(raw, "message_referral")
    referral = message.referral
    assert referral is not None
    assert referral.source_type == "ad"
    assert referral.source_id == "120226305854810726"
    assert referral.source_url == "https://fb.me/3cr4Wqqkv"
    assert referral.headline == "Chat with us"
    assert referral.body == "Summer Succulents are here!"
    assert referral.media_type == "image"
    assert referral.image_url is not None and referral.video_url is None and referral.thumbnail_url is None
    assert referral.ctwa_clid == "Aff-n8ZTODiE79d22KtAwQKj9e"
    assert referral.welcome_message_text == "Hi there! Let us know how we can help!"
    assert message.text is not None and message.text.body == "Can I get more info about this?"


def test_product_inquiry_context(raw: RawLoader) -> None:
    context = only_message(raw, "message_product_inquiry").context
    assert context is not None and context.referred_product is not None
    assert context.referred_product.catalog_id == "194836987003835"
    assert context.referred_product.product_retailer_id == "di9ozbzfi4"


def test_unsupported_message_errors_are_typed_api_errors(raw: RawLoader) -> None:
    message = only_message(raw, "message_unsupported")
    assert type(message) is webhooks.Message
    assert message.type == "unsupported"
    (error,) = message.errors
    assert isinstance(error, errors.ApiError)
    assert error.code == 131051
    assert error.message == "Message type unknown"
    assert error.details == "Message type is currently not supported."


def test_future_message_type_is_an_unknown_message(raw: RawLoader) -> None:
    message = only_message(raw, "message_future_type")
    assert isinstance(message, webhooks.UnknownMessage)
    assert message.type == "hologram"
    assert message.content == {"id": "777", "dimensions": 3}
    assert message.raw["hologram"] == {"id": "777", "dimensions": 3}
    assert message.id == "wamid.hologram1" and message.profile_name == "Sheena Nelson"


def test_status_v23_with_conversation(raw: RawLoader) -> None:
    status = only_status(raw, "status_sent_v23")
    assert (status.id, status.status, status.recipient_id) == ("wamid.sent1", "sent", "16505551234")
    assert status.timestamp == datetime.fromtimestamp(1750857384, UTC)
    assert status.conversation is not None
    assert status.conversation.id == "a75d17ad06104c51166f948319b03c6a"
    assert status.conversation.origin_type == "service"
    assert status.conversation.expiration_timestamp == datetime.fromtimestamp(1750943820, UTC)
    assert status.pricing is not None
    assert (status.pricing.billable, status.pricing.pricing_model) == (True, "PMP")
    assert (status.pricing.type, status.pricing.category) == ("regular", "service")
    assert status.phone_number_id == PHONE_NUMBER_ID
    assert status.errors == []
    assert status.kind == "status"


def test_status_v24_has_pricing_and_no_conversation(raw: RawLoader) -> None:
    status = only_status(raw, "status_delivered_v24")
    assert status.status == "delivered"
    assert status.conversation is None
    assert status.pricing is not None and status.pricing.category == "marketing"
    assert status.biz_opaque_callback_data == "order-1234"


@pytest.mark.parametrize(
    ("name", "value"), [("status_read", "read"), ("status_played", "played"), ("status_deleted", "deleted")]
)
def test_other_statuses_are_open_strings(raw: RawLoader, name: str, value: str) -> None:
    status = only_status(raw, name)
    assert status.status == value
    assert status.pricing is None and status.conversation is None


def test_status_with_a_status_meta_adds_later() -> None:
    body = {
        "object": "whatsapp_business_account",
        "entry": [
            {"id": "1", "changes": [{"field": "messages", "value": {"statuses": [{"id": "w", "status": "held"}]}}]}
        ],
    }
    (status,) = webhooks.parse_webhook(body).statuses
    assert status.status == "held"


def test_failed_status_errors_are_classified(raw: RawLoader) -> None:
    (error,) = only_status(raw, "status_failed").errors
    assert isinstance(error, errors.InvalidRequestError)
    assert error.code == 131047
    assert error.message == "Re-engagement message"
    assert error.details is not None and "24 hours" in error.details
    (limited,) = only_status(raw, "status_failed_rate_limited").errors
    assert isinstance(limited, errors.RateLimitError)
    assert limited.code == 131056


def test_top_level_error(raw: RawLoader) -> None:
    notification = webhooks.parse_webhook(raw("top_level_error"))
    assert notification.messages == [] and notification.statuses == [] and notification.events == []
    (error,) = notification.errors
    assert error.code == 131000
    assert error.title == "Something went wrong"
    assert error.message == "Something went wrong"
    assert error.details == "Unable to retrieve media for the incoming message."
    assert error.href is not None and error.href.startswith("https://developers.facebook.com/")
    assert error.phone_number_id == PHONE_NUMBER_ID
    assert isinstance(error.error, errors.UnknownApiError)
    assert error.error.code == 131000
    assert error.kind == "error"


def test_template_status_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_message_template_status_update")
    assert isinstance(event, webhooks.TemplateStatusUpdate)
    assert event.field == "message_template_status_update"
    assert event.event == "APPROVED"
    assert event.template_id == "806312974732579"
    assert (event.template_name, event.template_language) == ("welcome_template", "en_US")
    assert (event.reason, event.category) == ("NONE", "MARKETING")
    assert event.disable_date is None
    assert event.waba_id == "102290129340398"
    assert event.time == datetime.fromtimestamp(1739321024, UTC)
    assert event.kind == "event"
    disabled = only_event(raw, "field_message_template_status_disabled")
    assert isinstance(disabled, webhooks.TemplateStatusUpdate)
    assert (disabled.event, disabled.disable_date) == ("DISABLED", "1740000000")


def test_template_quality_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_message_template_quality_update")
    assert isinstance(event, webhooks.TemplateQualityUpdate)
    assert (event.previous_quality_score, event.new_quality_score) == ("GREEN", "YELLOW")
    assert (event.template_id, event.template_name, event.template_language) == (
        "806312974732579",
        "welcome_template",
        "en-US",
    )


def test_template_category_update(raw: RawLoader) -> None:
    done = only_event(raw, "field_template_category_update")
    assert isinstance(done, webhooks.TemplateCategoryUpdate)
    assert (done.previous_category, done.new_category, done.correct_category) == ("UTILITY", "MARKETING", None)
    assert done.template_id == "278077987957091"
    soon = only_event(raw, "field_template_category_update_impending")
    assert isinstance(soon, webhooks.TemplateCategoryUpdate)
    assert (soon.correct_category, soon.new_category) == ("MARKETING", "UTILITY")
    assert soon.category_update_timestamp == datetime.fromtimestamp(1760711433, UTC)
    assert (soon.template_name, soon.template_language) == ("welcome_template", "en-US")


def test_phone_number_quality_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_phone_number_quality_update")
    assert isinstance(event, webhooks.PhoneNumberQualityUpdate)
    assert (event.display_phone_number, event.event, event.current_limit) == (
        "15550783881",
        "THROUGHPUT_UPGRADE",
        "TIER_UNLIMITED",
    )
    assert event.old_limit is None
    assert event.max_daily_conversations_per_business == "TIER_2K"


def test_phone_number_name_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_phone_number_name_update")
    assert isinstance(event, webhooks.PhoneNumberNameUpdate)
    assert (event.display_phone_number, event.decision, event.requested_verified_name) == (
        "15550783881",
        "APPROVED",
        "Lucky Shrub",
    )
    assert event.rejection_reason is None


def test_account_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_update")
    assert isinstance(event, webhooks.AccountUpdate)
    assert (event.event, event.phone_number) == ("ACCOUNT_RESTRICTION", "15550783881")
    (restriction,) = event.restrictions
    assert restriction.restriction_type == "RESTRICTED_BIZ_INITIATED_MESSAGING"
    assert restriction.expiration == "2026-04-19T13:59:20+0000"
    ban = only_event(raw, "field_account_update_ban")
    assert isinstance(ban, webhooks.AccountUpdate)
    assert (ban.event, ban.ban_state, ban.ban_date, ban.violation_type) == (
        "DISABLED_UPDATE",
        "SCHEDULE_FOR_DISABLE",
        "2026-05-01",
        "SCAM",
    )
    assert ban.restrictions == [] and ban.phone_number is None


def test_account_review_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_review_update")
    assert isinstance(event, webhooks.AccountReviewUpdate)
    assert event.decision == "APPROVED"


def test_business_capability_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_business_capability_update")
    assert isinstance(event, webhooks.BusinessCapabilityUpdate)
    assert event.max_daily_conversation_per_phone == 2000
    assert event.max_daily_conversations_per_business == "2000"
    assert event.max_phone_numbers_per_waba == 25
    assert event.max_phone_numbers_per_business is None


def test_flows_events(raw: RawLoader) -> None:
    change = only_event(raw, "field_flows_status_change")
    assert isinstance(change, webhooks.FlowEvent)
    assert (change.event, change.flow_id, change.old_status, change.new_status) == (
        "FLOW_STATUS_CHANGE",
        "1097420589034000",
        "DRAFT",
        "PUBLISHED",
    )
    assert change.message is not None and "DRAFT to PUBLISHED" in change.message
    alert = only_event(raw, "field_flows_endpoint_alert")
    assert isinstance(alert, webhooks.FlowEvent)
    assert (alert.event, alert.alert_state, alert.threshold) == ("ENDPOINT_ERROR_RATE", "ACTIVATED", 10.0)
    assert alert.raw["error_rate"] == 12.5


def test_security(raw: RawLoader) -> None:
    event = only_event(raw, "field_security")
    assert isinstance(event, webhooks.SecurityEvent)
    assert (event.display_phone_number, event.event, event.requester) == (
        "15550783881",
        "PIN_RESET_REQUEST",
        "61555822107539",
    )


def test_user_preferences(raw: RawLoader) -> None:
    event = only_event(raw, "field_user_preferences")
    assert isinstance(event, webhooks.UserPreferenceUpdate)
    assert (event.wa_id, event.category, event.value) == ("16505551234", "marketing_messages", "stop")
    assert event.detail == "User requested to stop marketing messages"
    assert event.timestamp == datetime.fromtimestamp(1731705721, UTC)
    assert event.profile_name == "Sheena Nelson"
    assert event.phone_number_id == PHONE_NUMBER_ID
    assert event.time is None  # this field has no entry time


def test_unknown_field_is_kept(raw: RawLoader, load: Loader) -> None:
    event = only_event(raw, "field_unknown")
    assert isinstance(event, webhooks.UnknownEvent)
    assert event.field == "field_from_a_later_api_version"  # no view for it in this version
    assert event.raw == load("field_unknown")["entry"][0]["changes"][0]["value"]
    assert event.phone_number_id == PHONE_NUMBER_ID
    assert event.event is None


@pytest.mark.parametrize(
    "lists",
    [
        {"messages": None},
        {"statuses": None},
        {"errors": None, "statuses": []},
        {"messages": []},
        {"user_actions": "not a list"},
        {"messages": "x", "statuses": 3},
    ],
    ids=repr,
)
def test_a_messages_change_with_null_lists_is_kept_as_an_unknown_event(lists: dict[str, object]) -> None:
    value = {"messaging_product": "whatsapp", **lists}
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
    }
    (event,) = webhooks.parse_webhook(body).all
    assert isinstance(event, webhooks.UnknownEvent)
    assert event.field == "messages"
    assert event.raw == value


def test_batch_across_entries_and_changes_keeps_order(raw: RawLoader) -> None:
    notification = webhooks.parse_webhook(raw("batch_multi_entry"))
    assert [m.id for m in notification.messages] == ["wamid.batch1", "wamid.batch2", "wamid.batch3"]
    assert [(s.id, s.status) for s in notification.statuses] == [("wamid.out1", "delivered"), ("wamid.out1", "read")]
    assert [type(e).__name__ for e in notification.events] == ["TemplateStatusUpdate"]
    assert [m.profile_name for m in notification.messages] == ["Sheena Nelson", "Kai Ito", "Ana"]
    assert [m.phone_number_id for m in notification.messages] == [PHONE_NUMBER_ID, PHONE_NUMBER_ID, "200000000000099"]
    assert [m.waba_id for m in notification.messages] == ["102290129340398"] * 2 + ["200000000000002"]
    assert [e.kind for e in notification.all] == ["message", "message", "status", "status", "message", "event"]
    assert list(notification) == notification.all and len(notification) == 6
    assert notification.object == "whatsapp_business_account"
    assert "messages=3" in repr(notification)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_every_fixture_yields_events_and_a_line(path: Path) -> None:
    notification = webhooks.parse_webhook(path.read_bytes())
    assert notification.all
    for event in notification.all:
        line = webhooks.format_event_line(event)
        assert line and "\n" not in line
        assert "16505551234" not in line and "15550783881" not in line  # phone numbers are masked


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        b"null",
        b'"text"',
        b"42",
        b"\xff\xfe\x00",
        b"[" * 100_000,
        b'{"object": "page", "entry": []}',
        b'{"object": 1, "entry": []}',
        b'{"object": "whatsapp_business_account"}',
        b'{"object": "whatsapp_business_account", "entry": {}}',
        b'{"entry": "x"}',
    ],
)
def test_malformed_top_level_raises_payload_error(body: bytes) -> None:
    with pytest.raises(webhooks.WebhookPayloadError) as caught:
        webhooks.parse_webhook(body)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, errors.WhatsAppError)


def test_non_body_types_raise_payload_error() -> None:
    with pytest.raises(webhooks.WebhookPayloadError):
        webhooks.parse_webhook(42)  # type: ignore[arg-type]


def test_missing_object_is_tolerated() -> None:
    assert webhooks.parse_webhook(b'{"entry": []}').all == []


WRONG_TYPES: list[object] = [None, 1, 1.5, True, "x", [], {}, [1, "a", None], {"a": 1}, -(10**30), "9" * 50]


@pytest.mark.parametrize("wrong", WRONG_TYPES, ids=repr)
def test_wrong_types_deep_inside_never_raise(load: Loader, wrong: object) -> None:
    for path in sorted(FIXTURES.glob("*.json")):
        original = load(path.stem)
        for mutated in _mutations(original, wrong):
            notification = webhooks.parse_webhook(mutated)
            for event in notification.all:
                read_everything(event)
                webhooks.format_event_line(event)
                webhooks.dedupe_key(event)


def _mutations(document: dict[str, Any], wrong: object) -> list[dict[str, Any]]:
    """Copies of ``document`` with one nested value (below ``entry``) replaced by ``wrong``."""
    results: list[dict[str, Any]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        if isinstance(node, Mapping):
            items: list[tuple[Any, Any]] = list(node.items())
        elif isinstance(node, list):
            items = list(enumerate(node))
        else:
            return
        for key, child in items:
            child_path = (*path, key)
            if len(child_path) > 1:
                results.append(_replace(document, child_path, wrong))
            walk(child, child_path)

    walk(document, ())
    return results


def _replace(document: dict[str, Any], path: tuple[Any, ...], value: object) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(document))
    node: Any = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copy


def test_garbage_items_inside_lists_are_skipped() -> None:
    body = {
        "object": "whatsapp_business_account",
        "entry": [
            "garbage",
            {"id": 7, "changes": ["x", {"field": "messages", "value": {"messages": [1, {"type": 5}, {"id": "w"}]}}]},
            {"id": "2", "changes": [{"field": "security", "value": "not an object"}, {"value": {}}]},
        ],
    }
    notification = webhooks.parse_webhook(body)
    assert [type(m).__name__ for m in notification.messages] == ["UnknownMessage", "UnknownMessage"]
    assert notification.messages[0].type == "unknown" and notification.messages[0].waba_id == "7"
    assert [(type(e).__name__, e.field) for e in notification.events] == [
        ("UnknownEvent", "security"),
        ("UnknownEvent", "unknown"),
    ]
    assert notification.events[0].raw == {"field": "security", "value": "not an object"}


def test_messages_field_without_known_lists_is_an_unknown_event() -> None:
    body = {"entry": [{"id": "1", "changes": [{"field": "messages", "value": {"message_echoes": [{"id": "w"}]}}]}]}
    (event,) = webhooks.parse_webhook(body).events
    assert isinstance(event, webhooks.UnknownEvent) and event.field == "messages"


def test_bad_timestamps_read_as_none() -> None:
    for value in ("", "abc", "1e3", None, 10**20, "-99999999999999999", True, 1.5):
        message = webhooks.Message({"id": "w", "timestamp": value, "type": "text"})
        assert message.timestamp is None
    assert webhooks.Message({"timestamp": 0}).timestamp == datetime(1970, 1, 1, tzinfo=UTC)


def test_views_compare_by_content_and_are_unhashable(raw: RawLoader) -> None:
    first = webhooks.parse_webhook(raw("message_text")).messages[0]
    second = webhooks.parse_webhook(raw("message_text")).messages[0]
    assert first == second and first.text == second.text
    assert first != second.text and first != "x"
    with pytest.raises(TypeError):
        hash(first)
    assert repr(first.text) == "Text({'body': 'Does it come in another color?'})"


def test_dedupe_keys(raw: RawLoader) -> None:
    assert webhooks.dedupe_key(only_message(raw, "message_text")).startswith("message:wamid.")  # type: ignore[union-attr]
    assert webhooks.dedupe_key(only_status(raw, "status_read")) == "status:wamid.read1:read"
    first = webhooks.dedupe_key(only_event(raw, "field_account_review_update"))
    assert first is not None and first.startswith("event:account_review_update:102290129340398:1739321024:")
    assert first == webhooks.dedupe_key(only_event(raw, "field_account_review_update"))
    assert webhooks.dedupe_key(only_event(raw, "field_user_preferences")) is not None
    assert webhooks.dedupe_key(webhooks.parse_webhook(raw("top_level_error")).errors[0]) is None
    assert webhooks.dedupe_key(webhooks.Message({})) is None
    assert webhooks.dedupe_key(webhooks.Status({"id": "w"})) == "status:w:unknown"


def test_format_event_line_masks_numbers_in_text(raw: RawLoader) -> None:
    line = webhooks.format_event_line(only_message(raw, "message_system"))
    assert "12195555358" not in line and "121•••••358" in line
    assert webhooks.mask_phone("16505551234") == "165•••••234"
    assert webhooks.mask_phone("12345") == "•••••"
    assert webhooks.mask_phone(None) == "?"
    long_text = webhooks.format_event_line(webhooks.Message({"type": "text", "text": {"body": "word " * 50}}))
    assert "…" in long_text and len(long_text) < 150


def test_to_model_uses_the_generated_attrs_model(load: Loader) -> None:
    from wacloud_api import models

    data = load("batch_multi_entry")
    model = webhooks.parse_webhook(data).to_model()
    assert isinstance(model, models.WebhookNotification)
    assert model.to_dict() == data
