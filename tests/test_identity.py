"""Who a message goes to: phone numbers, BSUIDs, parent BSUIDs and groups, through every helper and ``send``;
error 131062; the Usernames and Groups namespaces on both clients."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN, WAMID
from wacloud import AsyncWhatsApp, BsuidNotSupportedError, InvalidArgumentError, InvalidRequestError, WhatsApp
from wacloud._messages import Messages
from wacloud._recipients import recipient_kind
from wacloud.webhooks import parse_webhook
from wacloud_api.models import (
    BlockUsersRequest,
    BlockUsersRequestUser,
    CreateGroupRequest,
    RemoveGroupParticipant,
    RemoveGroupParticipantsRequest,
    SetUsernameRequest,
    TextContent,
    TextMessage,
)

URL = f"{GRAPH}/{PHONE_ID}/messages"
PHONE = "+1 650-555-1234"
BSUID = "US.13491208655302741918"
PARENT = "US.ENT.11815799212886844830"
GROUP = "Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD"
SENT_TO_BSUID = {
    "messaging_product": "whatsapp",
    "contacts": [{"input": BSUID, "user_id": BSUID}],
    "messages": [{"id": WAMID}],
}


def _sent_body(httpx_mock: HTTPXMock) -> dict[str, Any]:
    request = httpx_mock.get_requests()[-1]
    body: dict[str, Any] = json.loads(request.content)
    return body


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("15551234567", "phone"),
        ("+1 (650) 555-1234", "phone"),
        ("+44 20.7946.0958", "phone"),
        (BSUID, "bsuid"),
        ("BR.1502576394655843", "bsuid"),
        (PARENT, "parent_bsuid"),
        (GROUP, "group"),
    ],
)
def test_recipient_kinds(value: str, kind: str) -> None:
    assert recipient_kind(value) == kind


def test_a_token_passed_as_recipient_is_not_echoed() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        recipient_kind(TOKEN)
    assert TOKEN not in str(caught.value) and TOKEN[:8] not in str(caught.value)


@pytest.mark.parametrize("value", ["", "  ", "1", "hello world", "us.123", "US.", "US.12 34", "x" * 300])
def test_invalid_recipients_name_the_accepted_shapes(value: str) -> None:
    with pytest.raises(InvalidArgumentError, match="BSUID") as caught:
        recipient_kind(value)
    assert "phone number" in str(caught.value) and "group id" in str(caught.value)


@given(st.text(max_size=300))
def test_any_string_is_classified_or_refused_clearly(value: str) -> None:
    try:
        kind = recipient_kind(value)
    except InvalidArgumentError as error:
        assert "BSUID" in str(error)
    else:
        assert kind in ("phone", "bsuid", "parent_bsuid", "group")


ROUTES: list[tuple[str, dict[str, Any]]] = [
    (PHONE, {"to": PHONE, "recipient_type": "individual"}),
    (BSUID, {"recipient": BSUID, "recipient_type": "individual"}),
    (PARENT, {"recipient": PARENT, "recipient_type": "individual"}),
    (GROUP, {"to": GROUP, "recipient_type": "group"}),
]
HELPERS: list[tuple[str, Callable[[Messages, str], Any]]] = [
    ("send_text", lambda m, to: m.send_text(to, "hi")),
    ("send_image", lambda m, to: m.send_image(to, media_id="1479537139650973")),
    ("send_location", lambda m, to: m.send_location(to, 37.48, -122.14)),
    ("send_reaction", lambda m, to: m.send_reaction(to, WAMID, "👍")),
    ("send_template", lambda m, to: m.send_template(to, "hello_world")),
    ("send_reply_buttons", lambda m, to: m.send_reply_buttons(to, "Pick one", {"a": "A"})),
    ("request_location", lambda m, to: m.request_location(to, "Where?")),
]


@pytest.mark.parametrize(("recipient", "fields"), ROUTES, ids=["phone", "bsuid", "parent_bsuid", "group"])
@pytest.mark.parametrize(("name", "call"), HELPERS, ids=[name for name, _ in HELPERS])
def test_every_helper_routes_every_kind_of_recipient(
    httpx_mock: HTTPXMock,
    recipient: str,
    fields: dict[str, Any],
    name: str,
    call: Callable[[Messages, str], Any],
) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        call(client.messages, recipient)
    body = _sent_body(httpx_mock)
    addressing = {key: body[key] for key in ("to", "recipient", "recipient_type") if key in body}
    assert addressing == fields, name


def test_generic_send_accepts_phone_and_bsuid_together(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    message = TextMessage(to=PHONE, recipient=BSUID, text=TextContent(body="hi"))
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.send(message)
    body = _sent_body(httpx_mock)
    assert (body["to"], body["recipient"]) == (PHONE, BSUID)
    assert message.to == PHONE and message.recipient == BSUID  # the caller's model is never changed


def test_generic_send_moves_a_bsuid_out_of_to(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT_TO_BSUID)
    message = TextMessage(to=BSUID, text=TextContent(body="hi"))
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        response = client.messages.send(message)
    assert "to" not in _sent_body(httpx_mock) and _sent_body(httpx_mock)["recipient"] == BSUID
    assert message.to == BSUID
    [contact] = response.contacts
    assert (contact.input_, contact.user_id, contact.wa_id) == (BSUID, BSUID, None)


@pytest.mark.parametrize(
    ("message", "error"),
    [
        (TextMessage(text=TextContent(body="hi")), "needs a recipient"),
        (TextMessage(to=BSUID, recipient=BSUID, text=TextContent(body="hi")), "put the phone number in to="),
        (TextMessage(to=PHONE, recipient=PHONE, text=TextContent(body="hi")), "recipient= takes a BSUID"),
        (TextMessage(to=GROUP, recipient=BSUID, text=TextContent(body="hi")), "group id in to= cannot"),
        (TextMessage(to="not a number", text=TextContent(body="hi")), "is not a recipient WhatsApp accepts"),
    ],
)
def test_bad_addressing_raises_before_any_request(message: TextMessage, error: str) -> None:
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(InvalidArgumentError, match=error),
    ):
        client.messages.send(message)


def test_bsuid_not_supported_is_a_typed_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=URL,
        status_code=400,
        json={
            "error": {
                "message": "(#131062) Business-scoped User ID (BSUID) recipients are not supported for this message.",
                "type": "OAuthException",
                "code": 131062,
                "fbtrace_id": "AbCdEf",
            }
        },
    )
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(BsuidNotSupportedError) as caught,
    ):
        client.messages.send_template(BSUID, "login_code")
    assert caught.value.code == 131062 and isinstance(caught.value, InvalidRequestError)


def test_pin_and_unpin_a_group_message(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT, is_reusable=True)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.pin_message(GROUP, WAMID, expiration_days=30)
        client.messages.unpin_message(GROUP, WAMID)
    pin, unpin = (json.loads(request.content) for request in httpx_mock.get_requests())
    envelope = {"messaging_product": "whatsapp", "recipient_type": "group", "to": GROUP, "type": "pin"}
    assert pin == {**envelope, "pin": {"type": "pin", "message_id": WAMID, "expiration_days": 30}}
    assert unpin == {**envelope, "pin": {"type": "unpin", "message_id": WAMID}}


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda m: m.pin_message(PHONE, WAMID), "pins exist in groups only"),
        (lambda m: m.pin_message(GROUP, WAMID, expiration_days=31), "1 to 30"),
        (lambda m: m.pin_message(GROUP, WAMID, expiration_days=0), "1 to 30"),
        (lambda m: m.unpin_message(BSUID, WAMID), "pins exist in groups only"),
    ],
)
def test_bad_pins_raise(call: Callable[[Messages], Any], error: str) -> None:
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(InvalidArgumentError, match=error),
    ):
        call(client.messages)


def test_request_contact_info(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT_TO_BSUID)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.request_contact_info(BSUID, "Share your number so we can call you back?")
    assert _sent_body(httpx_mock) == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "recipient": BSUID,
        "type": "interactive",
        "interactive": {
            "type": "contact_request",
            "body": {"text": "Share your number so we can call you back?"},
            "action": {"name": "request_contact_info"},
        },
    }


def _incoming(**message: Any) -> Any:
    base = {"id": "wamid.in1", "timestamp": "1761888700", "type": "text", "text": {"body": "hi"}, **message}
    value = {"messaging_product": "whatsapp", "messages": [base]}
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
    }
    return parse_webhook(body).messages[0]


@pytest.mark.parametrize(
    ("message", "fields"),
    [
        ({"from": "16505551234", "from_user_id": BSUID, "group_id": GROUP}, {"to": GROUP, "recipient_type": "group"}),
        ({"from_user_id": BSUID}, {"recipient": BSUID, "recipient_type": "individual"}),
        ({"from": "16505551234"}, {"to": "16505551234", "recipient_type": "individual"}),
    ],
    ids=["group", "bsuid", "phone"],
)
def test_reply_text_answers_where_the_message_was_written(
    httpx_mock: HTTPXMock, message: dict[str, Any], fields: dict[str, Any]
) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.reply_text(_incoming(**message), "On it!")
    body = _sent_body(httpx_mock)
    assert {key: body[key] for key in ("to", "recipient", "recipient_type") if key in body} == fields
    assert body["context"] == {"message_id": "wamid.in1"} and body["text"]["body"] == "On it!"


def test_reply_text_without_any_sender_raises() -> None:
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(InvalidArgumentError, match="nobody to reply to"),
    ):
        client.messages.reply_text(_incoming(), "hello?")


async def test_async_client_routes_bsuids_and_groups(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT_TO_BSUID, is_reusable=True)
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        await client.messages.send_text(BSUID, "hi")
        await client.messages.pin_message(GROUP, WAMID)
    first, second = (json.loads(request.content) for request in httpx_mock.get_requests())
    assert first["recipient"] == BSUID and "to" not in first
    assert second["to"] == GROUP and second["recipient_type"] == "group" and second["type"] == "pin"


def test_block_users_by_bsuid(httpx_mock: HTTPXMock) -> None:
    answer = {
        "messaging_product": "whatsapp",
        "block_users": {"added_users": [{"input": BSUID, "user_id": BSUID}]},
    }
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/{PHONE_ID}/block_users", json=answer)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        result = client.block_users.block(body=BlockUsersRequest(block_users=[BlockUsersRequestUser(user_id=BSUID)]))
    assert _sent_body(httpx_mock)["block_users"] == [{"user_id": BSUID}]
    added = result.block_users.added_users
    assert added is not None and added[0].user_id == BSUID and added[0].wa_id is None


def test_usernames_namespace(httpx_mock: HTTPXMock) -> None:
    url = f"{GRAPH}/{PHONE_ID}/username"
    httpx_mock.add_response(method="POST", url=url, json={"status": "reserved"})
    httpx_mock.add_response(method="GET", url=url, json={"username": "lucky.shrub", "status": "approved"})
    httpx_mock.add_response(method="DELETE", url=url, json={"success": True})
    httpx_mock.add_response(
        method="GET",
        url=f"{url}_suggestions",
        json={"data": [{"username_suggestions": ["lucky.shrub", "luckyshrub_official"]}]},
    )
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        assert client.usernames.set(body=SetUsernameRequest(username="lucky.shrub")).status == "reserved"
        current = client.usernames.get()
        assert (current.username, current.status) == ("lucky.shrub", "approved")
        assert client.usernames.delete().success is True
        suggestions = client.usernames.list_suggestions()
        assert suggestions.data[0].username_suggestions == ["lucky.shrub", "luckyshrub_official"]
    assert json.loads(httpx_mock.get_requests()[0].content) == {"username": "lucky.shrub"}


def test_groups_namespace(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{GRAPH}/{PHONE_ID}/groups",
        json={"messaging_product": "whatsapp", "request_id": "6E485DA48931CFDD9CCDF97DE6FFF1B4"},
    )
    httpx_mock.add_response(
        method="GET",
        url=f"{GRAPH}/{PHONE_ID}/groups",
        json={"data": {"groups": [{"id": GROUP, "subject": "Support", "created_at": "1761886979"}]}},
    )
    httpx_mock.add_response(method="DELETE", url=f"{GRAPH}/{GROUP}/participants", json={"success": True})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        created = client.groups.create(
            body=CreateGroupRequest(subject="Support", join_approval_mode="approval_required")
        )
        assert created.request_id == "6E485DA48931CFDD9CCDF97DE6FFF1B4"
        page = client.groups.list()
        assert page.data is not None and page.data.groups is not None and page.data.groups[0].id == GROUP
        removal = RemoveGroupParticipantsRequest(participants=[RemoveGroupParticipant(user_id=BSUID)])
        assert client.groups.remove_participants(group_id=GROUP, body=removal).success is True
    create, _, remove = (request for request in httpx_mock.get_requests())
    assert json.loads(create.content) == {
        "messaging_product": "whatsapp",
        "subject": "Support",
        "join_approval_mode": "approval_required",
    }
    assert remove.method == "DELETE" and json.loads(remove.content)["participants"] == [{"user_id": BSUID}]


async def test_groups_and_usernames_on_the_async_client(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET", url=f"{GRAPH}/{GROUP}/invite_link", json={"invite_link": "https://chat.whatsapp.com/Abc"}
    )
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{PHONE_ID}/username", json={"status": "approved"})
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        link = await client.groups.get_invite_link(group_id=GROUP)
        assert link.invite_link == "https://chat.whatsapp.com/Abc"
        assert (await client.usernames.get()).status == "approved"


JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def test_group_picture_is_a_multipart_upload(httpx_mock: HTTPXMock, tmp_path: Any) -> None:
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/{GROUP}", json={"success": True}, is_reusable=True)
    picture = tmp_path / "logo.jpg"
    picture.write_bytes(JPEG)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        assert client.groups.update_picture(GROUP, JPEG).success is True
        assert client.groups.update_picture(GROUP, picture).success is True
    for request in httpx_mock.get_requests():
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert b'name="messaging_product"' in request.content and b"whatsapp" in request.content
        assert b'name="file"; filename="group-picture.jpg"' in request.content and JPEG in request.content


@pytest.mark.parametrize(
    ("picture", "error"),
    [
        (b"\x89PNG\r\n", "must be a JPEG"),
        (b"\xff\xd8\xff" + b"\x00" * (5 * 1024 * 1024), "at most 5 MB"),
        ("/nonexistent/logo.jpg", "no such file"),
    ],
)
def test_bad_group_pictures_raise_before_any_request(picture: bytes | str, error: str) -> None:
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(InvalidArgumentError, match=error),
    ):
        client.groups.update_picture(GROUP, picture)
