"""Coexistence, payments, account alerts, automatic events and Multi-Partner Solutions webhooks: every field typed.

The fixtures are the examples of Meta's webhook reference page of each field (smb_message_echoes, history,
smb_app_state_sync, payment_configuration_update, account_alerts, automatic_events, partner_solutions), placeholders
filled in with the example values of each page's parameter table. Each test parses the raw bytes with
``parse_webhook`` and checks that the change is routed to its typed event, not to ``UnknownEvent``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from wacloud import webhooks
from wacloud._errors import ApiError

from .conftest import Loader, RawLoader
from .test_webhooks_parse import only_event

WABA = "102290129340398"
PHONE_NUMBER_ID = "106540352242922"
ECHO_ID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA="


def _events(raw: RawLoader, name: str) -> list[webhooks.WebhookEvent]:
    notification = webhooks.parse_webhook(raw(name))
    assert notification.messages == [] and notification.statuses == [] and notification.errors == []
    return notification.all


# -- coexistence ------------------------------------------------------------------------------------------------------


def test_smb_message_echo_is_a_typed_event_not_an_incoming_message(raw: RawLoader) -> None:
    echo = only_event(raw, "field_smb_message_echoes")
    assert type(echo) is webhooks.MessageEcho
    assert echo.field == "smb_message_echoes" == webhooks.MessageEcho.FIELD
    assert echo.waba_id == WABA and echo.phone_number_id == PHONE_NUMBER_ID
    assert echo.from_ == "15550783881" and echo.to == "16505551234"
    assert echo.id == ECHO_ID
    assert echo.timestamp == datetime(2025, 2, 12, 0, 43, 44, tzinfo=UTC)
    assert echo.type == "text"
    assert (
        echo.text is not None and echo.text.body == "Here's the info you requested! https://www.meta.com/quest/quest-3/"
    )
    assert echo.image is None and echo.contacts == [] and echo.errors == []


def test_history_chunk_reads_progress_threads_and_messages(raw: RawLoader) -> None:
    chunk = only_event(raw, "field_history")
    assert type(chunk) is webhooks.HistorySync
    assert chunk.field == "history" and chunk.phone_number_id == PHONE_NUMBER_ID
    assert (chunk.phase, chunk.chunk_order, chunk.progress) == (0, 1, 55)
    assert chunk.errors == []
    [thread] = chunk.threads
    assert type(thread) is webhooks.HistoryThread
    assert thread.id == "16505551234"
    received, sent = thread.messages
    assert type(received) is webhooks.HistoryMessage
    assert received.from_ == "16505551234" and received.to is None
    assert received.type == "text" and received.text is not None and received.text.body == "Are you open on Sunday?"
    assert received.status == "READ"
    assert received.timestamp == datetime(2025, 2, 10, 23, 42, 35, tzinfo=UTC)
    assert sent.from_ == "15550783881" and sent.to == "16505551234" and sent.id == ECHO_ID
    assert sent.status == "DELIVERED" and sent.text is not None and sent.text.body == "Yes, from 10 to 4."


def test_history_declined_by_the_business_carries_typed_errors(raw: RawLoader) -> None:
    chunk = only_event(raw, "field_history_declined")
    assert type(chunk) is webhooks.HistorySync
    assert chunk.threads == [] and chunk.phase is None and chunk.progress is None
    [error] = chunk.errors
    assert isinstance(error, ApiError)
    assert error.code == 2593109


def test_smb_app_state_sync_is_one_event_per_contact(raw: RawLoader) -> None:
    added, removed = _events(raw, "field_smb_app_state_sync")
    assert type(added) is webhooks.ContactSync and type(removed) is webhooks.ContactSync
    assert added.field == "smb_app_state_sync" and added.phone_number_id == PHONE_NUMBER_ID
    assert added.type == "contact" and added.action == "add"
    assert added.full_name == "Pablo Morales" and added.first_name == "Pablo"
    assert added.phone_number == "16505551234"
    assert added.timestamp == datetime(2025, 2, 12, 0, 43, 44, tzinfo=UTC)
    # A removal carries only the phone number: the names read as None, never raise.
    assert removed.action == "remove" and removed.phone_number == "16505559876"
    assert removed.full_name is None and removed.first_name is None


def test_contact_sync_events_have_redelivery_keys(raw: RawLoader) -> None:
    added, removed = _events(raw, "field_smb_app_state_sync")
    first, second = webhooks.dedupe_key(added), webhooks.dedupe_key(removed)
    assert first is not None and second is not None and first != second
    assert first.startswith("event:smb_app_state_sync:102290129340398:1739321024:")
    redelivered = _events(raw, "field_smb_app_state_sync")
    assert [webhooks.dedupe_key(event) for event in redelivered] == [first, second]


# -- payments, alerts, automatic events, partner solutions ------------------------------------------------------------


def test_payment_configuration_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_payment_configuration_update")
    assert type(event) is webhooks.PaymentConfigurationUpdate
    assert event.field == "payment_configuration_update" and event.waba_id == WABA
    assert event.time == datetime(2025, 2, 12, 0, 43, 44, tzinfo=UTC)
    assert event.configuration_name == "razorpay-prod"
    assert event.provider_name == "razorpay" and event.provider_mid == "acc_GP4lfNA0iIMn5B"
    assert event.status == "Needs Connecting"
    assert event.created_timestamp == datetime(2025, 6, 2, 1, 18, 20, tzinfo=UTC)
    assert event.updated_timestamp == datetime(2025, 6, 7, 18, 18, 20, tzinfo=UTC)


def test_account_alert(raw: RawLoader) -> None:
    alert = only_event(raw, "field_account_alerts")
    assert type(alert) is webhooks.AccountAlert
    assert alert.field == "account_alerts" and alert.waba_id == WABA
    assert alert.entity_type == "BUSINESS" and alert.entity_id == "506914307656634"
    assert alert.alert_severity == "WARNING" and alert.alert_status == "ACTIVE"
    assert alert.alert_type == "INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED"
    assert alert.alert_description is not None and alert.alert_description.startswith("Limits cannot be increased")


def test_automatic_purchase_event(raw: RawLoader) -> None:
    event = only_event(raw, "field_automatic_events_purchase")
    assert type(event) is webhooks.AutomaticEvent
    assert event.field == "automatic_events" and event.phone_number_id == PHONE_NUMBER_ID
    assert event.id == "wamid.HBgLMTIwNjY3NzQ3OTgVAgASGBQzQUY3MDVCQzFBODE5ODU4MUZEOQA="
    assert event.event_name == "Purchase"
    assert event.timestamp == datetime(2025, 6, 4, 20, 31, 29, tzinfo=UTC)
    assert event.ctwa_clid is not None and event.ctwa_clid.startswith("Aff-n8ZTODiE79d22")
    assert event.currency == "USD" and event.amount_1000 == 25000


def test_automatic_lead_event_has_no_amount(raw: RawLoader) -> None:
    event = only_event(raw, "field_automatic_events_lead")
    assert type(event) is webhooks.AutomaticEvent
    assert event.event_name == "LeadSubmitted" and event.ctwa_clid is not None
    assert event.currency is None and event.amount_1000 is None


def test_partner_solution_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_partner_solutions")
    assert type(event) is webhooks.PartnerSolutionUpdate
    assert event.field == "partner_solutions"
    assert event.waba_id == "506914307656634"  # the entry id is the business portfolio for this field
    assert event.event == "SOLUTION_CREATED"
    assert event.solution_id == "774485461512159" and event.solution_status == "INITIATED"


# -- routing and what this version does not know ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "cls"),
    [
        ("smb_message_echoes", webhooks.MessageEcho),
        ("history", webhooks.HistorySync),
        ("smb_app_state_sync", webhooks.ContactSync),
        ("payment_configuration_update", webhooks.PaymentConfigurationUpdate),
        ("account_alerts", webhooks.AccountAlert),
        ("automatic_events", webhooks.AutomaticEvent),
        ("partner_solutions", webhooks.PartnerSolutionUpdate),
    ],
)
def test_each_field_is_routed_to_its_class(field: str, cls: type[webhooks.Event]) -> None:
    from wacloud.webhooks import _generated_views

    assert _generated_views.EVENT_CLASSES[field] is cls
    assert field == cls.FIELD
    assert cls.__name__ in webhooks.__all__


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("field_smb_message_echoes", ("message_echoes", 0)),
        ("field_history", ("history", 0)),
        ("field_smb_app_state_sync", ("state_sync", 0)),
        ("field_payment_configuration_update", ()),
        ("field_account_alerts", ()),
        ("field_automatic_events_purchase", ("automatic_events", 0)),
        ("field_partner_solutions", ()),
    ],
)
def test_unknown_keys_stay_in_raw(load: Loader, name: str, path: tuple[str | int, ...]) -> None:
    document = load(name)
    node = document["entry"][0]["changes"][0]["value"]
    for step in path:
        node = node[step]
    node["added_by_meta_later"] = {"nested": [1, 2]}
    [event] = webhooks.parse_webhook(json.dumps(document).encode()).all[:1]
    assert event.raw["added_by_meta_later"] == {"nested": [1, 2]}
    assert not isinstance(event, webhooks.UnknownEvent)


def test_a_redelivered_history_chunk_has_the_same_key_and_another_chunk_another(load: Loader) -> None:
    document = load("field_history")
    first = webhooks.dedupe_key(webhooks.parse_webhook(json.dumps(document).encode()).all[0])
    again = webhooks.dedupe_key(webhooks.parse_webhook(json.dumps(document).encode()).all[0])
    document["entry"][0]["changes"][0]["value"]["history"][0]["metadata"]["chunk_order"] = 2
    other = webhooks.dedupe_key(webhooks.parse_webhook(json.dumps(document).encode()).all[0])
    assert first is not None and first.startswith("event:history:")
    assert first == again
    assert other is not None and other != first


def test_a_history_message_of_a_type_without_content_schema_keeps_its_content(load: Loader) -> None:
    document = load("field_history")
    [message] = document["entry"][0]["changes"][0]["value"]["history"][0]["threads"][0]["messages"][:1]
    del message["text"]
    message["type"] = "poll_creation"
    message["poll_creation"] = {"name": "Sunday?"}
    chunk = webhooks.parse_webhook(json.dumps(document).encode()).events[0]
    assert isinstance(chunk, webhooks.HistorySync)
    first = chunk.threads[0].messages[0]
    assert first.type == "poll_creation" and first.text is None
    assert first.raw["poll_creation"] == {"name": "Sunday?"}


def test_echo_without_a_list_is_an_unknown_event_with_its_value() -> None:
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": WABA, "changes": [{"field": "smb_message_echoes", "value": {"message_echoes": []}}]}],
    }
    [event] = webhooks.parse_webhook(body).all
    assert type(event) is webhooks.UnknownEvent
    assert event.field == "smb_message_echoes" and event.raw == {"message_echoes": []}


def test_request_welcome_is_no_longer_a_known_message_type() -> None:
    # Meta removed the welcome message on 2026-03-27: a replayed old delivery still parses, as an UnknownMessage.
    assert "request_welcome" not in webhooks.KNOWN_MESSAGE_TYPES
    body = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": WABA,
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID},
                            "messages": [
                                {
                                    "from": "16505551234",
                                    "id": "wamid.w1",
                                    "timestamp": "1700000000",
                                    "type": "request_welcome",
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }
    [message] = webhooks.parse_webhook(body).messages
    assert type(message) is webhooks.UnknownMessage
    assert message.raw["type"] == "request_welcome" and message.id == "wamid.w1"
