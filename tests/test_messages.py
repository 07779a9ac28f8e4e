"""Every messages helper sends exactly Meta's documented payload, to the right URL, with the bearer token."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN, WAMID
from wacloud import AsyncWhatsApp, InvalidArgumentError, WhatsApp
from wacloud._messages import Messages
from wacloud_api.models import (
    ContactCard,
    ContactName,
    ContactPhone,
    SendMessageResponse,
    TemplateComponentParameters,
    TemplateCurrency,
    TemplateCurrencyParameter,
    TemplateTextParameter,
    TextContent,
    TextMessage,
)

TO = "15551234567"
URL = f"{GRAPH}/{PHONE_ID}/messages"
ENVELOPE = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": TO}

CASES: list[tuple[str, Callable[[Messages], Any], dict[str, Any]]] = [
    (
        "text",
        lambda m: m.send_text(to=TO, body="Hello https://example.com", preview_url=True),
        {"type": "text", "text": {"body": "Hello https://example.com", "preview_url": True}},
    ),
    (
        "text reply with tracking",
        lambda m: m.send_text(to=TO, body="hi", reply_to=WAMID, biz_opaque_callback_data="order-42"),
        {
            "type": "text",
            "text": {"body": "hi", "preview_url": False},
            "context": {"message_id": WAMID},
            "biz_opaque_callback_data": "order-42",
        },
    ),
    (
        "image by id",
        lambda m: m.send_image(TO, media_id="1479537139650973", caption="The invoice"),
        {"type": "image", "image": {"id": "1479537139650973", "caption": "The invoice"}},
    ),
    (
        "video by link",
        lambda m: m.send_video(TO, link="https://example.com/a.mp4"),
        {"type": "video", "video": {"link": "https://example.com/a.mp4"}},
    ),
    (
        "audio",
        lambda m: m.send_audio(TO, media_id="77"),
        {"type": "audio", "audio": {"id": "77"}},
    ),
    (
        "document",
        lambda m: m.send_document(TO, link="https://example.com/i.pdf", filename="i.pdf", caption="Invoice"),
        {
            "type": "document",
            "document": {"link": "https://example.com/i.pdf", "caption": "Invoice", "filename": "i.pdf"},
        },
    ),
    ("sticker", lambda m: m.send_sticker(TO, media_id="88"), {"type": "sticker", "sticker": {"id": "88"}}),
    (
        "location",
        lambda m: m.send_location(TO, 37.4847, -122.1477, name="Meta HQ", address="1 Hacker Way"),
        {
            "type": "location",
            "location": {"latitude": 37.4847, "longitude": -122.1477, "name": "Meta HQ", "address": "1 Hacker Way"},
        },
    ),
    (
        "contacts",
        lambda m: m.send_contacts(
            TO,
            [
                ContactCard(
                    name=ContactName(formatted_name="Jane Doe", first_name="Jane"),
                    phones=[ContactPhone(phone="+1 555 123 4567", type_="CELL", wa_id=TO)],
                )
            ],
        ),
        {
            "type": "contacts",
            "contacts": [
                {
                    "name": {"formatted_name": "Jane Doe", "first_name": "Jane"},
                    "phones": [{"phone": "+1 555 123 4567", "type": "CELL", "wa_id": TO}],
                }
            ],
        },
    ),
    (
        "reaction",
        lambda m: m.send_reaction(TO, WAMID, "\N{THUMBS UP SIGN}"),
        {"type": "reaction", "reaction": {"message_id": WAMID, "emoji": "\N{THUMBS UP SIGN}"}},
    ),
    (
        "remove reaction",
        lambda m: m.remove_reaction(TO, WAMID),
        {"type": "reaction", "reaction": {"message_id": WAMID, "emoji": ""}},
    ),
    (
        "template",
        lambda m: m.send_template(
            TO,
            "order_confirmation",
            language="en_US",
            components=[
                TemplateComponentParameters(
                    type_="body",
                    parameters=[
                        TemplateTextParameter(text="Jessica"),
                        TemplateCurrencyParameter(
                            currency=TemplateCurrency(fallback_value="$12.50", code="USD", amount_1000=12500)
                        ),
                    ],
                ),
                TemplateComponentParameters(type_="button", sub_type="quick_reply", index="0", parameters=[]),
            ],
        ),
        {
            "type": "template",
            "template": {
                "name": "order_confirmation",
                "language": {"code": "en_US"},
                "components": [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "text": "Jessica"},
                            {
                                "type": "currency",
                                "currency": {"fallback_value": "$12.50", "code": "USD", "amount_1000": 12500},
                            },
                        ],
                    },
                    {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": []},
                ],
            },
        },
    ),
    (
        "reply buttons",
        lambda m: m.send_reply_buttons(TO, "Confirm?", {"yes": "Yes", "no": "No"}, header="Booking", footer="Thanks"),
        {
            "type": "interactive",
            "interactive": {
                "type": "button",
                "body": {"text": "Confirm?"},
                "action": {
                    "buttons": [
                        {"type": "reply", "reply": {"id": "yes", "title": "Yes"}},
                        {"type": "reply", "reply": {"id": "no", "title": "No"}},
                    ]
                },
                "header": {"type": "text", "text": "Booking"},
                "footer": {"text": "Thanks"},
            },
        },
    ),
    (
        "list",
        lambda m: m.send_list(TO, "Pick a slot", "Slots", {"Morning": [("9", "9:00", "Front desk"), ("10", "10:00")]}),
        {
            "type": "interactive",
            "interactive": {
                "type": "list",
                "body": {"text": "Pick a slot"},
                "action": {
                    "button": "Slots",
                    "sections": [
                        {
                            "rows": [
                                {"id": "9", "title": "9:00", "description": "Front desk"},
                                {"id": "10", "title": "10:00"},
                            ],
                            "title": "Morning",
                        }
                    ],
                },
            },
        },
    ),
    (
        "cta url",
        lambda m: m.send_cta_url(TO, "Track your parcel", "Track", "https://example.com/t/1"),
        {
            "type": "interactive",
            "interactive": {
                "type": "cta_url",
                "body": {"text": "Track your parcel"},
                "action": {
                    "name": "cta_url",
                    "parameters": {"display_text": "Track", "url": "https://example.com/t/1"},
                },
            },
        },
    ),
    (
        "flow",
        lambda m: m.send_flow(
            TO, "Book now", cta="Book", flow_id="1234", flow_token="tok", screen="WELCOME", data={"name": "Jane"}
        ),
        {
            "type": "interactive",
            "interactive": {
                "type": "flow",
                "body": {"text": "Book now"},
                "action": {
                    "name": "flow",
                    "parameters": {
                        "flow_message_version": "3",
                        "flow_cta": "Book",
                        "flow_token": "tok",
                        "flow_id": "1234",
                        "flow_action": "navigate",
                        "flow_action_payload": {"screen": "WELCOME", "data": {"name": "Jane"}},
                    },
                },
            },
        },
    ),
    (
        "location request",
        lambda m: m.request_location(TO, "Where should we deliver?"),
        {
            "type": "interactive",
            "interactive": {
                "type": "location_request_message",
                "body": {"text": "Where should we deliver?"},
                "action": {"name": "send_location"},
            },
        },
    ),
    (
        "generated model",
        lambda m: m.send(TextMessage(to=TO, text=TextContent(body="typed"))),
        {"type": "text", "text": {"body": "typed"}},
    ),
]


@pytest.mark.parametrize(("name", "call", "expected"), CASES, ids=[case[0] for case in CASES])
def test_helper_sends_documented_payload(
    httpx_mock: HTTPXMock, name: str, call: Callable[[Messages], Any], expected: dict[str, Any]
) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        response = call(client.messages)
    assert isinstance(response, SendMessageResponse)
    assert response.messages[0].id == WAMID
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {**ENVELOPE, **expected}


def test_mark_as_read_with_typing_indicator(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json={"success": True})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        result = client.messages.mark_as_read(WAMID, typing_indicator=True)
    assert result.success is True
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == {
        "messaging_product": "whatsapp",
        "status": "read",
        "message_id": WAMID,
        "typing_indicator": {"type": "text"},
    }


def test_mark_as_read_without_typing_indicator(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json={"success": True})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.mark_as_read(WAMID)
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == {"messaging_product": "whatsapp", "status": "read", "message_id": WAMID}


def test_per_call_phone_number_id_override(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/999/messages", json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.send_text(to=TO, body="hi", phone_number_id="999")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda m: m.send_image(TO), "exactly one of media_id"),
        (lambda m: m.send_image(TO, media_id="1", link="https://x"), "exactly one of media_id"),
        (lambda m: m.send_text(to="", body="x"), "to must be a non-empty string"),
        (lambda m: m.send_text(to=TO, body="x" * 4097), "4096"),
        (lambda m: m.send_reply_buttons(TO, "b", {"1": "a", "2": "b", "3": "c", "4": "d"}), "1 to 3 buttons"),
        (lambda m: m.send_reply_buttons(TO, "b", {"1": "x" * 21}), "longer than 20"),
        (lambda m: m.send_flow(TO, "b", cta="c"), "flow_id= or flow_name="),
        (lambda m: m.send_text(to=TO, body="x", biz_opaque_callback_data="x" * 513), "512"),
    ],
)
def test_bad_input_raises_before_any_request(call: Callable[[Messages], Any], message: str) -> None:
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client,
        pytest.raises(InvalidArgumentError, match=message),
    ):
        call(client.messages)


async def test_async_twin_sends_the_same_payload(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=URL, json=SENT)
    httpx_mock.add_response(method="POST", url=URL, json={"success": True})
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        sent = await client.messages.send_text(to=TO, body="hi")
        read = await client.messages.mark_as_read(WAMID, typing_indicator=True)
    assert sent.messages[0].id == WAMID
    assert read.success is True
    first, second = httpx_mock.get_requests()
    assert json.loads(first.content) == {**ENVELOPE, "type": "text", "text": {"body": "hi", "preview_url": False}}
    assert json.loads(second.content)["typing_indicator"] == {"type": "text"}
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
