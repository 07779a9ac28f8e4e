"""Business-scoped user ids, usernames and groups in webhooks: Meta's documented payloads, every field typed.

The fixtures are Meta's examples from the "Business-scoped user IDs" page and the "Webhooks for Groups API" page
(placeholders filled in), plus the variants a handler meets in live traffic: no ``from``, no ``contacts``, several
participants' receipts in one delivery.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from wacloud import webhooks
from wacloud._errors import ApiError

from .conftest import AsgiCaller, ListenerFactory, Loader, RawLoader
from .test_webhooks_parse import only_event, only_message, only_status

BSUID = "US.13491208655302741918"
PARENT = "US.ENT.11815799212886844830"
GROUP = "Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"


# -- incoming messages ------------------------------------------------------------------------------------------------


def test_message_from_a_user_whose_phone_number_is_not_shared(raw: RawLoader) -> None:
    message = only_message(raw, "bsuid_message_no_from")
    assert message.from_ is None and message.wa_id is None
    assert message.user_id == BSUID and message.parent_user_id == PARENT
    assert message.sender == BSUID  # the stable key: the BSUID
    assert message.chat_id == BSUID
    assert message.username == "@realsheenanelson"
    assert message.profile_name == "Sheena Nelson"
    assert message.group_id is None
    assert message.text is not None and message.text.body == "Does it come in another color?"
    assert message.timestamp == datetime(2025, 6, 8, 20, 59, 43, tzinfo=UTC)


def test_message_with_phone_number_and_bsuid_keys_on_the_bsuid(raw: RawLoader) -> None:
    message = only_message(raw, "bsuid_message_with_from")
    assert message.from_ == "16505551234" and message.wa_id == "16505551234"
    assert message.user_id == BSUID and message.parent_user_id is None
    assert message.sender == BSUID
    assert message.username == "@realsheenanelson"


def test_message_without_contacts_still_has_a_sender(raw: RawLoader) -> None:
    message = only_message(raw, "bsuid_message_no_contacts")
    assert message.sender == BSUID
    assert message.profile_name is None and message.username is None and message.from_ is None


def test_legacy_message_without_bsuid_keys_on_the_phone_number(raw: RawLoader) -> None:
    message = only_message(raw, "message_text")
    assert message.user_id is None
    assert message.sender == "16505551234" == message.chat_id


def test_group_message_replies_into_the_group(raw: RawLoader) -> None:
    message = only_message(raw, "group_message_text")
    assert message.group_id == GROUP
    assert message.chat_id == GROUP  # not the sender: a reply goes to the group
    assert message.sender == BSUID and message.from_ == "16505551234"
    assert message.profile_name == "Sheena Nelson"


def test_contacts_message_answering_a_contact_request(raw: RawLoader) -> None:
    message = only_message(raw, "message_contacts_contact_request")
    assert message.type == "contacts" and message.sender == BSUID
    [card] = message.contacts
    assert card.origin == "contact_request" and card.vcard is None
    [phone] = card.phones
    assert phone.wa_id == "16505551234" and phone.phone == "+1 650-555-1234"


def test_system_message_user_changed_user_id(raw: RawLoader) -> None:
    message = only_message(raw, "bsuid_system_user_changed_user_id")
    assert message.system is not None
    assert message.system.type == "user_changed_user_id"
    assert message.system.user_id == "US.24817305912873645029"
    assert message.system.parent_user_id == PARENT
    assert message.system.wa_id == "16505551234"


def test_system_message_identity_changed(raw: RawLoader) -> None:
    message = only_message(raw, "bsuid_system_identity_changed")
    assert message.system is not None and message.system.type == "customer_identity_changed"
    assert message.identity is not None
    assert message.identity.hash == "Sjvjlx8G6Z0=" and message.identity.acknowledged is True
    assert message.identity.created_timestamp == datetime.fromtimestamp(1750269399, UTC)


# -- statuses ---------------------------------------------------------------------------------------------------------


def test_status_of_a_send_to_a_phone_number_carries_the_bsuid(raw: RawLoader) -> None:
    status = only_status(raw, "bsuid_status_delivered_phone")
    assert status.recipient_id == "16505551234"
    assert status.recipient_user_id == BSUID and status.recipient_parent_user_id == PARENT
    assert status.participant_id is None and status.participant_user_id is None


def test_status_carries_the_identity_key_hash_when_the_identity_check_is_on(load: Loader) -> None:
    body = load("bsuid_status_delivered_phone")
    [item] = body["entry"][0]["changes"][0]["value"]["statuses"]
    assert webhooks.parse_webhook(body).statuses[0].identity_key_hash is None
    item["recipient_identity_key_hash"] = "DF2lS5v2W6x="
    assert webhooks.parse_webhook(body).statuses[0].identity_key_hash == "DF2lS5v2W6x="


def test_status_of_a_send_to_a_bsuid_has_no_phone_number(raw: RawLoader) -> None:
    status = only_status(raw, "bsuid_status_delivered_bsuid")
    assert status.recipient_id is None
    assert status.recipient_user_id == BSUID
    assert status.status == "delivered"
    assert webhooks.dedupe_key(status) == f"status:{status.id}:delivered"


def test_group_receipts_of_several_participants_are_each_kept(raw: RawLoader) -> None:
    notification = webhooks.parse_webhook(raw("group_statuses_read"))
    first, second = notification.statuses
    assert first.recipient_id == second.recipient_id == GROUP
    assert first.recipient_type == "group"
    assert first.participant_id == "16505551234" and first.participant_user_id == BSUID
    assert second.participant_id is None and second.participant_user_id == "US.24817305912873645029"
    assert second.participant_parent_user_id == PARENT
    keys = {webhooks.dedupe_key(status) for status in notification.statuses}
    assert keys == {
        f"status:wamid.group_message1:read:{BSUID}",
        "status:wamid.group_message1:read:US.24817305912873645029",
    }


def test_group_receipt_with_metas_other_spelling_of_the_participant(raw: RawLoader) -> None:
    status = only_status(raw, "group_status_delivered_alt_spelling")
    assert status.participant_id == "16505551234"
    assert webhooks.dedupe_key(status) == "status:wamid.group_message1:delivered:16505551234"


def test_listener_delivers_every_participants_receipt(
    raw: RawLoader, make_listener: ListenerFactory, call_asgi: AsgiCaller
) -> None:
    listener = make_listener(verify_signatures=False)
    seen: list[str | None] = []
    listener.on_status(lambda status: seen.append(status.participant_user_id))
    body = raw("group_statuses_read")
    assert call_asgi(listener.asgi, "POST", "/webhook", body=body)[0] == 200
    assert call_asgi(listener.asgi, "POST", "/webhook", body=body)[0] == 200  # a redelivery: nothing new
    assert seen == [BSUID, "US.24817305912873645029"]


# -- identity fields --------------------------------------------------------------------------------------------------


def test_user_id_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_user_id_update")
    assert isinstance(event, webhooks.UserIdUpdate)
    assert event.field == "user_id_update"
    assert event.previous_user_id == BSUID and event.user_id == "US.24817305912873645029"
    assert event.previous_parent_user_id == PARENT and event.parent_user_id == "US.ENT.22815799212886844830"
    assert event.wa_id == "16505551234"
    assert event.detail == "User id for Sheena Nelson has been updated."
    assert event.timestamp == datetime.fromtimestamp(1750269500, UTC)
    assert event.phone_number_id == "106540352242922"


def test_business_username_update(raw: RawLoader) -> None:
    event = only_event(raw, "field_business_username_update")
    assert isinstance(event, webhooks.BusinessUsernameUpdate)
    assert (event.username, event.status, event.display_phone_number) == ("lucky.shrub", "approved", "15550783881")
    assert event.time == datetime.fromtimestamp(1750269600, UTC)


# -- group fields -----------------------------------------------------------------------------------------------------


def test_group_created(raw: RawLoader) -> None:
    event = only_event(raw, "group_lifecycle_create")
    assert isinstance(event, webhooks.GroupLifecycleUpdate)
    assert event.field == "group_lifecycle_update" and event.type == "group_create"
    assert event.request_id == "6E485DA48931CFDD9CCDF97DE6FFF1B4"  # matches client.groups.create's answer
    assert event.group_id == GROUP
    assert event.invite_link == "https://chat.whatsapp.com/BwEEU01Yuod1zPiapnbXqO"
    assert event.join_approval_mode == "auto_approve" and event.subject == "test invite link"
    assert event.errors == [] and event.timestamp == datetime.fromtimestamp(1761886979, UTC)


def test_group_creation_failed(raw: RawLoader) -> None:
    event = only_event(raw, "group_lifecycle_create_failed")
    assert isinstance(event, webhooks.GroupLifecycleUpdate)
    [error] = event.errors
    assert isinstance(error, ApiError) and error.code == 131000
    assert event.description == "Our team"


def test_group_deleted(raw: RawLoader) -> None:
    event = only_event(raw, "group_lifecycle_delete")
    assert isinstance(event, webhooks.GroupLifecycleUpdate) and event.type == "group_delete"


def test_participants_joined(raw: RawLoader) -> None:
    event = only_event(raw, "group_participants_add")
    assert isinstance(event, webhooks.GroupParticipantsUpdate)
    assert event.type == "group_participants_add" and event.reason == "invite_link"
    assert event.timestamp == datetime.fromtimestamp(1761888000, UTC)  # a JSON number here, a string elsewhere
    first, second = event.added_participants
    assert (first.input, first.wa_id, first.user_id) == ("+16505551234", "16505551234", BSUID)
    assert second.wa_id is None and second.username == "@pablomorales" and second.parent_user_id == PARENT


def test_join_request_created(raw: RawLoader) -> None:
    event = only_event(raw, "group_join_request_created")
    assert isinstance(event, webhooks.GroupParticipantsUpdate)
    assert event.type == "group_join_request_created"
    assert event.join_request_id == "MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw"
    assert (event.wa_id, event.user_id, event.username) == ("16505551234", BSUID, "@realsheenanelson")


def test_participants_partly_removed(raw: RawLoader) -> None:
    event = only_event(raw, "group_participants_remove_partial")
    assert isinstance(event, webhooks.GroupParticipantsUpdate)
    assert event.initiated_by == "business"
    assert [p.input for p in event.removed_participants] == ["+16505551234"]
    [failed] = event.failed_participants
    assert failed.input == "US.24817305912873645029" and failed.errors[0].code == 131000
    assert event.errors[0].code == 131201


def test_participant_left(raw: RawLoader) -> None:
    event = only_event(raw, "group_participant_left")
    assert isinstance(event, webhooks.GroupParticipantsUpdate)
    assert event.initiated_by == "participant" and event.removed_participants[0].user_id == BSUID


def test_group_settings_partly_applied(raw: RawLoader) -> None:
    event = only_event(raw, "group_settings_partial_fail")
    assert isinstance(event, webhooks.GroupSettingsUpdate)
    assert event.profile_picture is not None and event.profile_picture.update_successful is True
    assert event.profile_picture.mime_type == "image/jpeg"
    assert event.group_subject is not None and event.group_subject.update_successful is False
    assert event.group_subject.errors[0].code == 131000
    assert event.group_description is not None and event.group_description.text == "Test Description"


def test_group_suspended(raw: RawLoader) -> None:
    event = only_event(raw, "group_status_suspend")
    assert isinstance(event, webhooks.GroupStatusUpdate)
    assert (event.type, event.group_id, event.field) == ("group_suspend", GROUP, "group_status_update")


def test_one_event_per_group_item(raw: RawLoader) -> None:
    """A change with several `groups` items is several events, each with its own de-duplication key."""
    body = json.loads(raw("group_participants_add"))
    value = body["entry"][0]["changes"][0]["value"]
    value["groups"].append({**value["groups"][0], "timestamp": "1761888001", "added_participants": []})
    events = webhooks.parse_webhook(body).events
    assert len(events) == 2 and all(isinstance(e, webhooks.GroupParticipantsUpdate) for e in events)
    keys = {webhooks.dedupe_key(event) for event in events}
    assert len(keys) == 2 and None not in keys


@pytest.mark.parametrize(
    "name",
    ["group_lifecycle_create", "group_participants_add", "group_settings_partial_fail", "field_user_id_update"],
)
def test_unknown_keys_stay_reachable_in_raw(raw: RawLoader, name: str) -> None:
    body = json.loads(raw(name))
    value = body["entry"][0]["changes"][0]["value"]
    items = value.get("groups") or value.get("user_id_update")
    items[0]["added_by_meta_later"] = {"x": 1}
    [event] = webhooks.parse_webhook(body).events
    assert event.raw["added_by_meta_later"] == {"x": 1}


def test_generated_models_validate_the_documented_payloads(raw: RawLoader) -> None:
    """The eager attrs models (``Notification.to_model``) accept them too: the spec matches Meta's examples."""
    for name in (
        "bsuid_message_no_from",
        "bsuid_status_delivered_bsuid",
        "group_lifecycle_create",
        "field_user_id_update",
    ):
        model = webhooks.parse_webhook(raw(name)).to_model()
        assert (
            model.entry[0].changes[0].field == webhooks.parse_webhook(raw(name)).raw["entry"][0]["changes"][0]["field"]
        )


def test_message_and_status_contacts_are_typed(raw: RawLoader) -> None:
    message = only_message(raw, "bsuid_message_no_from")
    assert isinstance(message.contact, webhooks.Contact)
    assert message.contact.user_id == BSUID and message.contact.parent_user_id == PARENT
    assert message.contact.wa_id is None
    assert message.contact.profile is not None and message.contact.profile.username == "@realsheenanelson"
    status = only_status(raw, "bsuid_status_delivered_bsuid")
    assert status.contact is not None and status.contact.profile is not None
    assert (status.contact.user_id, status.contact.profile.name) == (BSUID, "Pablo M.")
    first, second = webhooks.parse_webhook(raw("group_statuses_read")).statuses
    assert first.contact is not None and first.contact.wa_id == "16505551234"
    assert second.contact is not None and second.contact.profile is not None
    assert second.contact.profile.username == "@pablomorales"  # each receipt finds its own participant
    assert only_status(raw, "status_failed").contact is None  # failed statuses carry no contacts


def test_event_lines_show_bsuids_masked_and_groups(raw: RawLoader) -> None:
    [line] = [webhooks.format_event_line(e) for e in webhooks.parse_webhook(raw("bsuid_message_no_from"))]
    assert "from US.•" in line and BSUID not in line and line.endswith("'Does it come in another color?'")
    [line] = [webhooks.format_event_line(e) for e in webhooks.parse_webhook(raw("group_message_text"))]
    assert "from 165•••••234 (Sheena Nelson) in group Y2FwaV9ncm91…" in line
    lines = [webhooks.format_event_line(e) for e in webhooks.parse_webhook(raw("group_statuses_read"))]
    assert lines[0].startswith("status read to 165•••••234") and lines[1].startswith("status read to US.•")
    assert webhooks.format_event_line(only_event(raw, "group_lifecycle_create")) == (
        "event group_lifecycle_update group_create"
    )
