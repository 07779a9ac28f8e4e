"""Webhook payloads Meta documents that used to arrive untyped: message edits and revokes, marketing link clicks,
template component edits, username and calling settings changes, and the details of account_update events.

The fixtures follow Meta's webhook reference pages: "Edit messages" and "Revoke messages" (coexistence numbers),
``smb_message_echoes`` (the business edits or deletes from the WhatsApp Business app), "Tracking click events"
(``user_actions`` on the ``messages`` field), ``message_template_components_update``, the ``business_username_updates``
webhook of the "Business-scoped user IDs" page and the ``account_settings_update`` webhook of "Configure call
settings", and the ``account_update`` / template status / ``user_preferences`` pages for the keys only ``.raw`` held.
Each test parses the raw bytes and checks the typed view, never an ``UnknownMessage`` / ``UnknownEvent``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from wacloud import webhooks

from .conftest import Loader, RawLoader
from .test_webhooks_parse import only_event

ORIGINAL = "wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA="


def _only_message(raw: RawLoader, name: str) -> webhooks.Message:
    [message] = webhooks.parse_webhook(raw(name)).messages
    return message


# -- edits and revokes ------------------------------------------------------------------------------------------------


def test_an_edited_caption_is_a_typed_message_with_the_new_content(raw: RawLoader) -> None:
    message = _only_message(raw, "message_edit")
    assert type(message) is webhooks.Message and message.type == "edit"
    assert message.from_ == "16505551234" and message.user_id == "US.13491208655302741918"
    assert message.timestamp == datetime(2025, 6, 13, 22, 42, 55, tzinfo=UTC)
    edit = message.edit
    assert isinstance(edit, webhooks.MessageEdit)
    assert edit.original_message_id == ORIGINAL != message.id
    content = edit.message
    assert isinstance(content, webhooks.EditedContent)
    assert content.type == "image" and content.text is None and content.video is None
    assert content.image is not None and content.image.caption == "Updated image caption"
    assert content.image.id == "1234567890" and content.image.mime_type == "image/jpeg"
    assert content.context is not None and content.context.id == "M0"
    assert message.revoke is None and message.image is None  # the edit's content is not the message's own
    assert message.profile_name == "Sheena Nelson"


def test_a_deleted_message_names_the_original(raw: RawLoader) -> None:
    message = _only_message(raw, "message_revoke")
    assert type(message) is webhooks.Message and message.type == "revoke"
    assert message.revoke is not None and message.revoke.original_message_id == ORIGINAL
    assert message.edit is None


def test_edit_and_revoke_are_known_message_types() -> None:
    assert {"edit", "revoke"} <= webhooks.KNOWN_MESSAGE_TYPES


def test_an_edit_or_revoke_is_deduplicated_by_its_own_id(load: Loader) -> None:
    # An edit and the message it edits are two events: each is handled once, neither hides the other.
    edit = webhooks.parse_webhook(load("message_edit")).messages[0]
    revoke = webhooks.parse_webhook(load("message_revoke")).messages[0]
    assert webhooks.dedupe_key(edit) == f"message:{edit.id}"
    assert webhooks.dedupe_key(revoke) == f"message:{revoke.id}"
    assert len({webhooks.dedupe_key(edit), webhooks.dedupe_key(revoke), f"message:{ORIGINAL}"}) == 3


def test_the_business_editing_from_the_business_app_is_an_echo_with_the_edit(raw: RawLoader) -> None:
    echo = only_event(raw, "field_smb_message_echoes_edit")
    assert type(echo) is webhooks.MessageEcho and echo.type == "edit"
    assert echo.to == "16505551234" and echo.from_ == "15550783881"
    assert echo.edit is not None and echo.edit.original_message_id == ORIGINAL
    assert echo.edit.message is not None and echo.edit.message.type == "text"
    assert echo.edit.message.text is not None and echo.edit.message.text.body == "Open until 8 pm today"
    assert echo.edit.message.context is None


def test_the_business_deleting_from_the_business_app_is_an_echo_with_the_revoke(raw: RawLoader) -> None:
    echo = only_event(raw, "field_smb_message_echoes_revoke")
    assert type(echo) is webhooks.MessageEcho and echo.type == "revoke"
    assert echo.revoke is not None and echo.revoke.original_message_id == ORIGINAL


def test_an_edit_that_meta_marks_unsupported_stays_an_unsupported_message() -> None:
    # Meta's "unsupported" page: while edits were unavailable they arrived as `unsupported` with `unsupported.type`.
    body = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "1",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messages": [
                                {
                                    "from": "16505551234",
                                    "id": "wamid.u1",
                                    "timestamp": "1749854575",
                                    "type": "unsupported",
                                    "unsupported": {"type": "edit"},
                                    "errors": [{"code": 131051, "title": "Message type unknown"}],
                                }
                            ]
                        },
                    }
                ],
            }
        ],
    }
    [message] = webhooks.parse_webhook(json.dumps(body)).messages
    assert message.type == "unsupported" and message.edit is None
    assert message.unsupported is not None and message.unsupported.type == "edit"
    assert [error.code for error in message.errors] == [131051]


def test_a_contact_carries_its_identity_key_hash_when_the_identity_check_is_on(load: Loader) -> None:
    body = load("message_text")
    body["entry"][0]["changes"][0]["value"]["contacts"][0]["identity_key_hash"] = "DF2lS5v2W6x="
    [message] = webhooks.parse_webhook(body).messages
    assert message.contact is not None and message.contact.identity_key_hash == "DF2lS5v2W6x="


# -- marketing link clicks (user_actions on the messages field) -------------------------------------------------------


def test_link_clicks_are_one_event_each_in_order(raw: RawLoader) -> None:
    notification = webhooks.parse_webhook(raw("messages_user_actions"))
    assert notification.messages == [] and notification.statuses == []
    first, second = notification.events
    assert type(first) is webhooks.UserAction and type(second) is webhooks.UserAction
    assert notification.all == [first, second]
    assert first.field == "messages" and first.kind == "event" and first.phone_number_id == "106540352242922"
    assert first.action_type == "marketing_messages_link_click"
    assert first.timestamp == datetime(2025, 6, 15, 15, 6, 40, tzinfo=UTC)
    assert first.link_click is not None
    assert (first.link_click.click_component, first.link_click.click_id) == ("cta", "ARAkFlX0lnZmZ2JZ")
    assert first.link_click.product_id == "8890123" and first.link_click.tracking_token == "AX1d3mnd8C"
    assert second.link_click is not None and second.link_click.click_component == "body"
    assert second.link_click.product_id is None
    # Two clicks of one delivery are two events for the de-duplication store.
    assert webhooks.dedupe_key(first) != webhooks.dedupe_key(second)
    assert webhooks.dedupe_key(first) is not None


def test_a_messages_change_with_messages_and_user_actions_keeps_both(load: Loader) -> None:
    body = load("messages_user_actions")
    value = body["entry"][0]["changes"][0]["value"]
    value["messages"] = load("message_text")["entry"][0]["changes"][0]["value"]["messages"]
    notification = webhooks.parse_webhook(body)
    assert [event.kind for event in notification.all] == ["message", "event", "event"]


# -- message_template_components_update -------------------------------------------------------------------------------


def test_template_components_update_reads_every_component(raw: RawLoader) -> None:
    event = only_event(raw, "field_message_template_components_update")
    assert type(event) is webhooks.TemplateComponentsUpdate
    assert event.field == "message_template_components_update" == webhooks.TemplateComponentsUpdate.FIELD
    assert event.template_id == "1315502779341834"  # a JSON number in Meta's payload, a str like every Graph id
    assert (event.template_name, event.template_language) == ("order_confirmation", "en_US")
    assert event.body is not None and event.body.startswith("Thank you for your order, {{1}}!")
    assert event.header == "Your order is confirmed"
    assert event.footer == "Lucky Shrub: Your gateway to succulents!"
    phone, url = event.buttons
    assert isinstance(phone, webhooks.TemplateComponentButton)
    assert (phone.type, phone.text, phone.phone_number, phone.url) == (
        "PHONE_NUMBER",
        "Phone support",
        "+15550783881",
        None,
    )
    assert (url.type, url.url) == ("URL", "https://www.luckyshrub.com/support")
    assert event.time == datetime(2025, 2, 12, 0, 43, 44, tzinfo=UTC)


def test_template_components_update_without_optional_components(load: Loader) -> None:
    body = load("field_message_template_components_update")
    value = body["entry"][0]["changes"][0]["value"]
    for key in ("message_template_title", "message_template_footer", "message_template_buttons"):
        del value[key]
    [event] = webhooks.parse_webhook(body).events
    assert isinstance(event, webhooks.TemplateComponentsUpdate)
    assert event.header is None and event.footer is None and event.buttons == []


# -- business_username_updates ----------------------------------------------------------------------------------------


def test_business_username_updates_is_meta_s_plural_field_and_the_singular_still_parses(load: Loader) -> None:
    plural = load("field_business_username_updates")
    [event] = webhooks.parse_webhook(plural).events
    assert type(event) is webhooks.BusinessUsernameUpdate
    assert event.field == "business_username_updates" == webhooks.BusinessUsernameUpdate.FIELD
    assert (event.username, event.status) == ("lucky.shrub", "approved")
    plural["entry"][0]["changes"][0]["field"] = "business_username_update"
    [singular] = webhooks.parse_webhook(plural).events
    assert type(singular) is webhooks.BusinessUsernameUpdate and singular.field == "business_username_update"


# -- account_settings_update ------------------------------------------------------------------------------------------


def test_account_settings_update_reads_the_calling_settings(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_settings_update")
    assert type(event) is webhooks.AccountSettingsUpdate
    assert event.field == "account_settings_update" == webhooks.AccountSettingsUpdate.FIELD
    assert event.type == "PHONE_NUMBER_SETTINGS"
    assert event.timestamp == datetime(2022, 12, 21, 17, 47, 4, tzinfo=UTC)
    settings = event.phone_number_settings
    assert isinstance(settings, webhooks.PhoneNumberSettings)
    assert settings.phone_number_id == "106540352242922"
    calling = settings.calling
    assert isinstance(calling, webhooks.CallingSettings)
    assert (calling.status, calling.call_icon_visibility, calling.callback_permission_status) == (
        "ENABLED",
        "DEFAULT",
        "ENABLED",
    )
    assert calling.call_hours is not None and calling.call_hours.timezone_id == "America/Manaus"
    [monday] = calling.call_hours.weekly_operating_hours
    assert (monday.day_of_week, monday.open_time, monday.close_time) == ("MONDAY", "0400", "1020")
    [new_year] = calling.call_hours.holiday_schedule
    assert (new_year.date, new_year.start_time, new_year.end_time) == ("2026-01-01", "0000", "2359")
    assert calling.sip is not None and calling.sip.status == "ENABLED"
    [server] = calling.sip.servers
    assert (server.hostname, server.port) == ("sip.example.com", 5061)


def test_account_settings_update_without_calling_changes(load: Loader) -> None:
    body = load("field_account_settings_update")
    body["entry"][0]["changes"][0]["value"]["phone_number_settings"]["calling"] = None  # Meta: null when unchanged
    [event] = webhooks.parse_webhook(body).events
    assert isinstance(event, webhooks.AccountSettingsUpdate)
    assert event.phone_number_settings is not None and event.phone_number_settings.calling is None


def test_log_lines_name_what_was_edited_or_deleted(raw: RawLoader) -> None:
    edit = webhooks.format_event_line(_only_message(raw, "message_edit"))
    assert edit.startswith("message edit from 165•••••234") and f"of {ORIGINAL} 'Updated image caption'" in edit
    revoke = webhooks.format_event_line(_only_message(raw, "message_revoke"))
    assert revoke.endswith(f"of {ORIGINAL}")
    [click, _] = webhooks.parse_webhook(raw("messages_user_actions")).events
    assert webhooks.format_event_line(click) == "event messages marketing_messages_link_click"


# -- account_update details, template rejections, signups (Meta's account_update and template status pages) ----------


def test_account_update_names_the_account_owner_and_partners(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_update_partner_app_installed")
    assert isinstance(event, webhooks.AccountUpdate) and event.event == "PARTNER_APP_INSTALLED"
    info = event.waba_info
    assert isinstance(info, webhooks.AccountWabaInfo)
    assert (info.account_id, info.owner_business_id) == ("1191624265890717", "2329417887457253")
    assert (info.partner_app_id, info.solution_id) == ("5731794616896507", "1715120619246906")
    assert info.solution_partner_business_ids == ["2949482758682047", "520744086200222"]
    assert info.ad_account_linked is None
    assert event.volume_tier_info is None and event.disconnection_reason is None


def test_account_update_reads_the_pricing_tier(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_update_volume_tier")
    assert isinstance(event, webhooks.AccountUpdate)
    tier = event.volume_tier_info
    assert tier is not None
    assert (tier.tier, tier.effective_month, tier.pricing_category, tier.region) == (
        "25000001:50000000",
        "2025-11",
        "UTILITY",
        "India",
    )
    assert tier.tier_update_time == datetime(2025, 3, 31, 20, 11, 43, tzinfo=UTC)


def test_account_update_reads_authentication_international_eligibility(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_update_auth_international")
    assert isinstance(event, webhooks.AccountUpdate)
    eligibility = event.auth_international_rate_eligibility
    assert eligibility is not None and eligibility.start_time == datetime(2025, 6, 1, 12, 23, 44, tzinfo=UTC)
    [indonesia] = eligibility.exception_countries
    assert indonesia.country_code == "ID" and indonesia.start_time == datetime(2025, 7, 1, 5, 23, 44, tzinfo=UTC)


def test_account_update_reads_a_partner_led_verification(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_update_partner_certification")
    assert isinstance(event, webhooks.AccountUpdate)
    certification = event.partner_client_certification_info
    assert certification is not None
    assert (certification.client_business_id, certification.status) == ("2729063490586005", "FAILED")
    assert certification.rejection_reasons == ["LEGAL_NAME_NOT_MATCHING", "ADDRESS_NOT_MATCHING"]


def test_account_update_reads_why_a_number_was_disconnected(raw: RawLoader) -> None:
    event = only_event(raw, "field_account_update_disconnected")
    assert isinstance(event, webhooks.AccountUpdate) and event.event == "PARTNER_REMOVED"
    assert (event.disconnection_reason, event.disconnection_initiated_by) == ("PRIMARY_INACTIVITY", "SYSTEM")
    assert event.waba_info is not None and event.waba_info.account_id == "980198427658004"


def test_a_list_of_strings_keeps_only_the_strings(load: Loader) -> None:
    body = load("field_account_update_partner_certification")
    info = body["entry"][0]["changes"][0]["value"]["partner_client_certification_info"]
    info["rejection_reasons"] = ["NONE", 7, None, {"x": 1}]
    [event] = webhooks.parse_webhook(body).events
    assert isinstance(event, webhooks.AccountUpdate) and event.partner_client_certification_info is not None
    assert event.partner_client_certification_info.rejection_reasons == ["NONE"]
    info["rejection_reasons"] = "NONE"
    [event] = webhooks.parse_webhook(body).events
    assert isinstance(event, webhooks.AccountUpdate) and event.partner_client_certification_info is not None
    assert event.partner_client_certification_info.rejection_reasons == []


def test_a_rejected_template_says_what_to_change(raw: RawLoader) -> None:
    event = only_event(raw, "field_message_template_status_rejected")
    assert isinstance(event, webhooks.TemplateStatusUpdate)
    assert (event.event, event.reason) == ("REJECTED", "INVALID_FORMAT")
    assert event.rejection_reason is not None and event.rejection_reason.startswith("Your template has parameters")
    assert event.rejection_recommendation == (
        "Separate parameters with descriptive text and ensure each parameter is clearly contextualized."
    )


def test_a_signup_through_an_in_app_signup_link_names_the_link(raw: RawLoader) -> None:
    event = only_event(raw, "field_user_preferences_signup")
    assert isinstance(event, webhooks.UserPreferenceUpdate)
    assert (event.value, event.signup_id) == ("signup", "13176843987434774")


def test_an_echo_to_a_user_without_a_shared_number_names_the_bsuid(load: Loader) -> None:
    body = load("field_smb_message_echoes_edit")
    [echo] = webhooks.parse_webhook(body).events
    assert isinstance(echo, webhooks.MessageEcho) and echo.to_user_id == "US.13491208655302741918"
    assert echo.to_parent_user_id is None
