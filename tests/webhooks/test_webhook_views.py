"""The generated webhook views keep the public API and the semantics of the hand-written ones they replace."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime

import pytest

from wacloud import webhooks

#: Every public view class of wacloud 0.1.0 before the views were generated: (public bases, property -> return
#: annotation, class constants as repr). The generated views must keep all of it.
PUBLIC_API = {
    "AccountReviewUpdate": (
        ["Event"],
        {
            "decision": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number_id": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'account_review_update'", "kind": "'event'"},
    ),
    "AccountUpdate": (
        ["Event"],
        {
            "ban_date": "str | None",
            "ban_state": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number": "str | None",
            "phone_number_id": "str | None",
            "restrictions": "list[Restriction]",
            "time": "datetime | None",
            "violation_type": "str | None",
        },
        {"FIELD": "'account_update'", "kind": "'event'"},
    ),
    "BusinessCapabilityUpdate": (
        ["Event"],
        {
            "display_phone_number": "str | None",
            "event": "str | None",
            "max_daily_conversation_per_phone": "int | None",
            "max_daily_conversations_per_business": "str | None",
            "max_phone_numbers_per_business": "int | None",
            "max_phone_numbers_per_waba": "int | None",
            "phone_number_id": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'business_capability_update'", "kind": "'event'"},
    ),
    "Button": (
        [],
        {"payload": "str | None", "text": "str | None"},
        {},
    ),
    "ButtonReply": (
        [],
        {"id": "str | None", "title": "str | None"},
        {},
    ),
    "ContactAddress": (
        [],
        {
            "city": "str | None",
            "country": "str | None",
            "country_code": "str | None",
            "state": "str | None",
            "street": "str | None",
            "type": "str | None",
            "zip": "str | None",
        },
        {},
    ),
    "ContactEmail": (
        [],
        {"email": "str | None", "type": "str | None"},
        {},
    ),
    "ContactName": (
        [],
        {"first_name": "str | None", "formatted_name": "str | None", "last_name": "str | None"},
        {},
    ),
    "ContactOrg": (
        [],
        {"company": "str | None", "department": "str | None", "title": "str | None"},
        {},
    ),
    "ContactPhone": (
        [],
        {"phone": "str | None", "type": "str | None", "wa_id": "str | None"},
        {},
    ),
    "ContactUrl": (
        [],
        {"type": "str | None", "url": "str | None"},
        {},
    ),
    "Context": (
        [],
        {
            "forwarded": "bool",
            "frequently_forwarded": "bool",
            "from_": "str | None",
            "id": "str | None",
            "referred_product": "ReferredProduct | None",
        },
        {},
    ),
    "Conversation": (
        [],
        {"expiration_timestamp": "datetime | None", "id": "str | None", "origin_type": "str | None"},
        {},
    ),
    "ErrorEvent": (
        [],
        {
            "code": "int | None",
            "details": "str | None",
            "display_phone_number": "str | None",
            "error": "ApiError",
            "href": "str | None",
            "message": "str | None",
            "phone_number_id": "str | None",
            "title": "str | None",
        },
        {"kind": "'error'"},
    ),
    "Event": (
        [],
        {
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number_id": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "None", "kind": "'event'"},
    ),
    "FlowEvent": (
        ["Event"],
        {
            "alert_state": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "flow_id": "str | None",
            "message": "str | None",
            "new_status": "str | None",
            "old_status": "str | None",
            "phone_number_id": "str | None",
            "threshold": "float | None",
            "time": "datetime | None",
        },
        {"FIELD": "'flows'", "kind": "'event'"},
    ),
    "FlowReply": (
        [],
        {
            "body": "str | None",
            "flow_token": "str | None",
            "name": "str | None",
            "response": "dict[str, Any] | None",
            "response_json": "str | None",
        },
        {},
    ),
    "Interactive": (
        [],
        {
            "button_reply": "ButtonReply | None",
            "list_reply": "ListReply | None",
            "nfm_reply": "FlowReply | None",
            "type": "str | None",
        },
        {},
    ),
    "ListReply": (
        [],
        {"description": "str | None", "id": "str | None", "title": "str | None"},
        {},
    ),
    "Location": (
        [],
        {
            "address": "str | None",
            "latitude": "float | None",
            "longitude": "float | None",
            "name": "str | None",
            "url": "str | None",
        },
        {},
    ),
    "Media": (
        [],
        {
            "animated": "bool | None",
            "caption": "str | None",
            "filename": "str | None",
            "id": "str | None",
            "mime_type": "str | None",
            "sha256": "str | None",
            "url": "str | None",
            "voice": "bool | None",
        },
        {},
    ),
    "Message": (
        [],
        {
            "audio": "Media | None",
            "button": "Button | None",
            "contacts": "list[SharedContact]",
            "content": "dict[str, Any] | list[Any] | None",
            "context": "Context | None",
            "display_phone_number": "str | None",
            "document": "Media | None",
            "errors": "list[ApiError]",
            "from_": "str | None",
            "id": "str | None",
            "image": "Media | None",
            "interactive": "Interactive | None",
            "location": "Location | None",
            "order": "Order | None",
            "phone_number_id": "str | None",
            "profile_name": "str | None",
            "reaction": "Reaction | None",
            "referral": "Referral | None",
            "sticker": "Media | None",
            "system": "System | None",
            "text": "Text | None",
            "timestamp": "datetime | None",
            "type": "str",
            "video": "Media | None",
            "wa_id": "str | None",
        },
        {"kind": "'message'"},
    ),
    "Notification": (
        [],
        {
            "all": "list[WebhookEvent]",
            "errors": "list[ErrorEvent]",
            "events": "list[Event]",
            "messages": "list[Message]",
            "object": "str | None",
            "statuses": "list[Status]",
        },
        {},
    ),
    "Order": (
        [],
        {"catalog_id": "str | None", "product_items": "list[OrderItem]", "text": "str | None"},
        {},
    ),
    "OrderItem": (
        [],
        {
            "currency": "str | None",
            "item_price": "float | None",
            "product_retailer_id": "str | None",
            "quantity": "int | None",
        },
        {},
    ),
    "PhoneNumberNameUpdate": (
        ["Event"],
        {
            "decision": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number_id": "str | None",
            "rejection_reason": "str | None",
            "requested_verified_name": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'phone_number_name_update'", "kind": "'event'"},
    ),
    "PhoneNumberQualityUpdate": (
        ["Event"],
        {
            "current_limit": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "max_daily_conversations_per_business": "str | None",
            "old_limit": "str | None",
            "phone_number_id": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'phone_number_quality_update'", "kind": "'event'"},
    ),
    "Pricing": (
        [],
        {"billable": "bool | None", "category": "str | None", "pricing_model": "str | None", "type": "str | None"},
        {},
    ),
    "Reaction": (
        [],
        {"emoji": "str | None", "message_id": "str | None"},
        {},
    ),
    "Referral": (
        [],
        {
            "body": "str | None",
            "ctwa_clid": "str | None",
            "headline": "str | None",
            "image_url": "str | None",
            "media_type": "str | None",
            "source_id": "str | None",
            "source_type": "str | None",
            "source_url": "str | None",
            "thumbnail_url": "str | None",
            "video_url": "str | None",
            "welcome_message_text": "str | None",
        },
        {},
    ),
    "ReferredProduct": (
        [],
        {"catalog_id": "str | None", "product_retailer_id": "str | None"},
        {},
    ),
    "Restriction": (
        [],
        {"expiration": "str | None", "restriction_type": "str | None"},
        {},
    ),
    "SecurityEvent": (
        ["Event"],
        {
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number_id": "str | None",
            "requester": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'security'", "kind": "'event'"},
    ),
    "SharedContact": (
        [],
        {
            "addresses": "list[ContactAddress]",
            "birthday": "str | None",
            "emails": "list[ContactEmail]",
            "name": "ContactName | None",
            "org": "ContactOrg | None",
            "phones": "list[ContactPhone]",
            "urls": "list[ContactUrl]",
        },
        {},
    ),
    "Status": (
        [],
        {
            "biz_opaque_callback_data": "str | None",
            "conversation": "Conversation | None",
            "display_phone_number": "str | None",
            "errors": "list[ApiError]",
            "id": "str | None",
            "phone_number_id": "str | None",
            "pricing": "Pricing | None",
            "recipient_id": "str | None",
            "recipient_type": "str | None",
            "status": "str",
            "timestamp": "datetime | None",
        },
        {"kind": "'status'"},
    ),
    "System": (
        [],
        {"body": "str | None", "type": "str | None", "wa_id": "str | None"},
        {},
    ),
    "TemplateCategoryUpdate": (
        ["Event"],
        {
            "category_update_timestamp": "datetime | None",
            "correct_category": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "new_category": "str | None",
            "phone_number_id": "str | None",
            "previous_category": "str | None",
            "template_id": "str | None",
            "template_language": "str | None",
            "template_name": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'template_category_update'", "kind": "'event'"},
    ),
    "TemplateQualityUpdate": (
        ["Event"],
        {
            "display_phone_number": "str | None",
            "event": "str | None",
            "new_quality_score": "str | None",
            "phone_number_id": "str | None",
            "previous_quality_score": "str | None",
            "template_id": "str | None",
            "template_language": "str | None",
            "template_name": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'message_template_quality_update'", "kind": "'event'"},
    ),
    "TemplateStatusUpdate": (
        ["Event"],
        {
            "category": "str | None",
            "disable_date": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number_id": "str | None",
            "reason": "str | None",
            "template_id": "str | None",
            "template_language": "str | None",
            "template_name": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "'message_template_status_update'", "kind": "'event'"},
    ),
    "Text": (
        [],
        {"body": "str | None"},
        {},
    ),
    "UnknownEvent": (
        ["Event"],
        {
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number_id": "str | None",
            "time": "datetime | None",
        },
        {"FIELD": "None", "kind": "'event'"},
    ),
    "UnknownMessage": (
        ["Message"],
        {
            "audio": "Media | None",
            "button": "Button | None",
            "contacts": "list[SharedContact]",
            "content": "dict[str, Any] | list[Any] | None",
            "context": "Context | None",
            "display_phone_number": "str | None",
            "document": "Media | None",
            "errors": "list[ApiError]",
            "from_": "str | None",
            "id": "str | None",
            "image": "Media | None",
            "interactive": "Interactive | None",
            "location": "Location | None",
            "order": "Order | None",
            "phone_number_id": "str | None",
            "profile_name": "str | None",
            "reaction": "Reaction | None",
            "referral": "Referral | None",
            "sticker": "Media | None",
            "system": "System | None",
            "text": "Text | None",
            "timestamp": "datetime | None",
            "type": "str",
            "video": "Media | None",
            "wa_id": "str | None",
        },
        {"kind": "'message'"},
    ),
    "UserPreferenceUpdate": (
        ["Event"],
        {
            "category": "str | None",
            "detail": "str | None",
            "display_phone_number": "str | None",
            "event": "str | None",
            "phone_number_id": "str | None",
            "profile_name": "str | None",
            "time": "datetime | None",
            "timestamp": "datetime | None",
            "value": "str | None",
            "wa_id": "str | None",
        },
        {"FIELD": "'user_preferences'", "kind": "'event'"},
    ),
}


@pytest.mark.parametrize("name", sorted(PUBLIC_API))
def test_every_public_view_keeps_its_names_types_and_bases(name: str) -> None:
    bases, properties, constants = PUBLIC_API[name]
    cls = getattr(webhooks, name)
    assert name in webhooks.__all__
    for base in bases:
        assert issubclass(cls, getattr(webhooks, base)), f"{name} must stay a {base}"
    for attribute, annotation in properties.items():
        descriptor = inspect.getattr_static(cls, attribute)
        assert isinstance(descriptor, property), f"{name}.{attribute} is no longer a property"
        assert descriptor.fget is not None
        assert descriptor.fget.__annotations__["return"] == annotation, f"{name}.{attribute} changed type"
    for constant, value in constants.items():
        assert repr(getattr(cls, constant)) == value
    assert "raw" in {slot for klass in cls.__mro__ for slot in getattr(klass, "__slots__", ())}
    assert not hasattr(cls({}) if not issubclass(cls, webhooks.Event) else cls({}, field="x"), "__dict__")


def test_views_are_generated_and_routing_tables_come_from_the_spec() -> None:
    from wacloud.webhooks import _generated_views

    assert set(_generated_views.__all__) <= set(webhooks.__all__)
    assert webhooks.Message.__module__ == "wacloud.webhooks._generated_views"
    assert _generated_views.EVENT_CLASSES["user_preferences"] is webhooks.UserPreferenceUpdate
    items = {
        "user_preferences": (("user_preferences", webhooks.UserPreferenceUpdate),),
        "user_id_update": (("user_id_update", webhooks.UserIdUpdate),),
        "group_lifecycle_update": (("groups", webhooks.GroupLifecycleUpdate),),
        "group_participants_update": (("groups", webhooks.GroupParticipantsUpdate),),
        "group_settings_update": (("groups", webhooks.GroupSettingsUpdate),),
        "group_status_update": (("groups", webhooks.GroupStatusUpdate),),
        "calls": (("calls", webhooks.Call), ("statuses", webhooks.CallStatus)),
        "smb_message_echoes": (("message_echoes", webhooks.MessageEcho),),
        "history": (("history", webhooks.HistorySync),),
        "smb_app_state_sync": (("state_sync", webhooks.ContactSync),),
        "automatic_events": (("automatic_events", webhooks.AutomaticEvent),),
    }
    assert items == _generated_views.EVENT_ITEMS
    assert {"text", "unsupported", "unknown"} <= webhooks.KNOWN_MESSAGE_TYPES
    assert "unknown_future" not in webhooks.KNOWN_MESSAGE_TYPES


@pytest.mark.parametrize("value", ["--5", "\u00b2", "-", "+5", "1_000", " ", "\u00b2\u00b3"])
def test_numeric_strings_int_rejects_read_as_none(value: str) -> None:
    # These once reached int() and raised ValueError out of a property.
    assert webhooks.Message({"timestamp": value}).timestamp is None
    assert webhooks.ErrorEvent({"code": value}).code is None
    (error,) = webhooks.Status({"errors": [{"code": value, "title": "x"}]}).errors
    assert error.code is None


def test_timestamp_fast_path_and_fallbacks_agree() -> None:
    expected = datetime(2025, 6, 8, 20, 59, 43, tzinfo=UTC)
    for value in ("1749416383", 1749416383, " 1749416383 ", "1749416383\n"):
        assert webhooks.Message({"timestamp": value}).timestamp == expected
    assert webhooks.Message({"timestamp": "-1"}).timestamp == datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert webhooks.Message({"timestamp": "99999999999"}).timestamp == datetime(5138, 11, 16, 9, 46, 39, tzinfo=UTC)
    assert webhooks.Message({"timestamp": "999999999999"}).timestamp is None  # after year 9999
    assert webhooks.Status({"timestamp": "9" * 30}).timestamp is None
    assert webhooks.Message({"timestamp": "9" * 5000}).timestamp is None  # past int()'s digit limit


def test_generated_only_accessors_read_the_spec_properties() -> None:
    name = webhooks.ContactName({"formatted_name": "A B", "middle_name": "C", "prefix": 3})
    assert (name.middle_name, name.prefix, name.suffix) == ("C", None, None)
    event = webhooks.TemplateStatusUpdate({"other_info": {"title": "FIRST_PAUSE", "description": "Paused"}})
    assert event.other_info is not None
    assert (event.other_info.title, event.other_info.description) == ("FIRST_PAUSE", "Paused")
    assert webhooks.TemplateStatusUpdate({"other_info": "x"}).other_info is None
