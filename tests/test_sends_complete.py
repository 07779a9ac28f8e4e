"""The new send helpers, the resumable upload and operation-level servers, on pytest-httpx (exact wire bodies)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN, WABA_ID
from wacloud import InvalidArgumentError, WhatsApp
from wacloud.interactive import media_card, media_header, product_card
from wacloud_api.models import MessageTemplateIdsRequest, OrderDetailsParameters

TO = "15551234567"


@pytest.fixture
def client() -> WhatsApp:
    return WhatsApp(
        access_token=TOKEN, phone_number_id=PHONE_ID, business_account_id=WABA_ID, app_id="1234", max_retries=0
    )


def _sent(httpx_mock: HTTPXMock) -> dict[str, Any]:
    request = httpx_mock.get_requests()[-1]
    body: dict[str, Any] = json.loads(request.content)
    return body


def test_voice_note(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(json=SENT)
    client.messages.send_voice(TO, media_id="1479537139650973")
    assert _sent(httpx_mock)["audio"] == {"id": "1479537139650973", "voice": True}


def test_media_headers_on_buttons_and_cta_and_text_only_on_lists(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(json=SENT)
    httpx_mock.add_response(json=SENT)
    client.messages.send_reply_buttons(
        TO, "Like it?", {"y": "Yes"}, header=media_header("image", link="https://e.x/a.png")
    )
    assert _sent(httpx_mock)["interactive"]["header"] == {"type": "image", "image": {"link": "https://e.x/a.png"}}
    doc = media_header("document", media_id="42", filename="menu.pdf")
    client.messages.send_cta_url(TO, "Our menu", "Open", "https://e.x/menu", header=doc)
    assert _sent(httpx_mock)["interactive"]["header"] == {
        "type": "document",
        "document": {"id": "42", "filename": "menu.pdf"},
    }
    with pytest.raises(InvalidArgumentError, match="text header only"):
        client.messages.send_list(TO, "Pick", "Slots", {"AM": [("9", "9:00")]}, header=doc)
    with pytest.raises(InvalidArgumentError, match="exactly one of media_id= or link="):
        media_header("video")


def test_carousel_of_media_cards_and_its_limits(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(json=SENT)
    cards = [
        media_card(media_header("image", link=f"https://e.x/{i}.png"), "Buy", f"https://e.x/{i}") for i in range(3)
    ]
    client.messages.send_carousel(TO, "New in", cards)
    sent = _sent(httpx_mock)["interactive"]
    assert sent["type"] == "carousel"
    assert [card["card_index"] for card in sent["action"]["cards"]] == [0, 1, 2]
    assert sent["action"]["cards"][1]["action"] == {
        "name": "cta_url",
        "parameters": {"display_text": "Buy", "url": "https://e.x/1"},
    }
    with pytest.raises(InvalidArgumentError, match="cards: a carousel takes 2 to 10 cards, got 11"):
        client.messages.send_carousel(TO, "Too many", [product_card("1", f"SKU-{i}") for i in range(11)])
    with pytest.raises(InvalidArgumentError, match="all media cards or all product cards"):
        client.messages.send_carousel(TO, "Mixed", [cards[0], product_card("1", "SKU-1")])
    with pytest.raises(InvalidArgumentError, match="image or a video"):
        media_card(media_header("document", link="https://e.x/a.pdf"), "Buy", "https://e.x")


def test_product_catalog_and_address_messages(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    for _ in range(4):
        httpx_mock.add_response(json=SENT)
    client.messages.send_product(TO, "367025965434465", "SKU-1", body="Our best seller")
    assert _sent(httpx_mock)["interactive"] == {
        "type": "product",
        "body": {"text": "Our best seller"},
        "action": {"catalog_id": "367025965434465", "product_retailer_id": "SKU-1"},
    }
    client.messages.send_product_list(TO, "Offers", "Pick one", "367025965434465", {"Top": ["SKU-1", "SKU-2"]})
    assert _sent(httpx_mock)["interactive"]["action"]["sections"] == [
        {"title": "Top", "product_items": [{"product_retailer_id": "SKU-1"}, {"product_retailer_id": "SKU-2"}]}
    ]
    client.messages.send_catalog(TO, "Browse", thumbnail_product_retailer_id="SKU-1")
    assert _sent(httpx_mock)["interactive"]["action"] == {
        "name": "catalog_message",
        "parameters": {"thumbnail_product_retailer_id": "SKU-1"},
    }
    client.messages.request_address(TO, "Where to?", country="IN", values={"name": "Jane"})
    assert _sent(httpx_mock)["interactive"]["action"]["parameters"] == {"country": "IN", "values": {"name": "Jane"}}
    with pytest.raises(InvalidArgumentError, match="1 to 30 products"):
        client.messages.send_product_list(TO, "H", "B", "1", {"A": [f"S{i}" for i in range(31)]})
    with pytest.raises(InvalidArgumentError, match="IN and SG"):
        client.messages.request_address(TO, "Where?", country="US")


BRAZIL_ORDER = {
    "reference_id": "order-1",
    "type": "physical-goods",
    "currency": "BRL",
    "payment_settings": [
        {
            "type": "pix_dynamic_code",
            "pix_dynamic_code": {
                "code": "000201",
                "merchant_name": "Lucky Shrub",
                "key": "39580525000189",
                "key_type": "CNPJ",
            },
        }
    ],
    "total_amount": {"value": 5000, "offset": 100},
    "order": {
        "status": "pending",
        "items": [{"name": "Shirt", "amount": {"value": 5000, "offset": 100}, "quantity": 1}],
        "subtotal": {"value": 5000, "offset": 100},
    },
}


def test_order_details_brazil_and_order_status(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(json=SENT)
    httpx_mock.add_response(json=SENT)
    client.messages.send_order_details(
        TO, "Your order", OrderDetailsParameters.from_dict(BRAZIL_ORDER), footer="Thanks"
    )
    sent = _sent(httpx_mock)["interactive"]
    assert sent["type"] == "order_details" and sent["footer"] == {"text": "Thanks"}
    assert sent["action"] == {"name": "review_and_pay", "parameters": BRAZIL_ORDER}
    client.messages.send_order_status(TO, "On its way", "order-1", "shipped", description="Tracking soon")
    assert _sent(httpx_mock)["interactive"]["action"] == {
        "name": "review_order",
        "parameters": {"reference_id": "order-1", "order": {"status": "shipped", "description": "Tracking soon"}},
    }


def test_call_button_and_call_permission_request(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(json=SENT)
    httpx_mock.add_response(json=SENT)
    client.messages.send_call_button(TO, "Questions?", display_text="Call now", ttl_minutes=60)
    assert _sent(httpx_mock)["interactive"]["action"] == {
        "name": "voice_call",
        "parameters": {"display_text": "Call now", "ttl_minutes": 60},
    }
    client.messages.request_call_permission(TO, "May we call you?")
    assert _sent(httpx_mock)["interactive"] == {
        "type": "call_permission_request",
        "body": {"text": "May we call you?"},
        "action": {"name": "call_permission_request"},
    }
    with pytest.raises(InvalidArgumentError, match="ttl_minutes"):
        client.messages.send_call_button(TO, "x", ttl_minutes=0)


def test_marketing_sends_go_to_marketing_messages(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/marketing_messages", json=SENT)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/marketing_messages", json=SENT)
    client.messages.send_template(TO, "summer_sale", marketing=True, message_activity_sharing=False)
    assert _sent(httpx_mock) == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": TO,
        "type": "template",
        "template": {"name": "summer_sale", "language": {"code": "en_US"}},
        "message_activity_sharing": False,
    }
    client.marketing_messages.send_template(TO, "summer_sale")
    assert "message_activity_sharing" not in _sent(httpx_mock)
    with pytest.raises(InvalidArgumentError, match="marketing=True"):
        client.messages.send_template(TO, "summer_sale", message_activity_sharing=True)


def test_marketing_product_policy_is_sent_and_checked(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/marketing_messages", json=SENT)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/marketing_messages", json=SENT)
    client.marketing_messages.send_template(TO, "summer_sale", product_policy="STRICT")
    assert _sent(httpx_mock)["product_policy"] == "STRICT"
    client.messages.send_template(TO, "summer_sale", marketing=True, product_policy="CLOUD_API_FALLBACK")
    assert _sent(httpx_mock)["product_policy"] == "CLOUD_API_FALLBACK"
    with pytest.raises(InvalidArgumentError, match="CLOUD_API_FALLBACK, STRICT"):
        client.marketing_messages.send_template(TO, "summer_sale", product_policy="LOOSE")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="marketing=True"):
        client.messages.send_template(TO, "summer_sale", product_policy="STRICT")
    assert len(httpx_mock.get_requests()) == 2  # nothing was sent for the refused calls


def test_marketing_sends_follow_the_recipient_rule(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    bsuid = "US.13491208655302741918"
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/marketing_messages", json=SENT)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/marketing_messages", json=SENT)
    client.marketing_messages.send_template(bsuid, "summer_sale")
    sent = _sent(httpx_mock)
    assert sent["recipient"] == bsuid
    assert "to" not in sent
    client.messages.send_template(bsuid, "summer_sale", marketing=True)
    assert _sent(httpx_mock)["recipient"] == bsuid
    with pytest.raises(InvalidArgumentError, match="recipient"):
        client.marketing_messages.send_template("not a recipient", "summer_sale")


def test_archive_goes_to_api_facebook_com_unversioned(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(
        url=f"https://api.facebook.com/{WABA_ID}/message_templates/archive",
        json={"archived_templates": ["1"], "failed_templates": {}},
    )
    result = client.templates.archive(body=MessageTemplateIdsRequest(hsm_ids=["1"]))
    assert result.archived_templates == ["1"]
    assert httpx_mock.get_requests()[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_upload_uses_oauth_a_literal_colon_and_the_signature(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(
        url=f"{GRAPH}/1234/uploads?file_name=a.png&file_length=4&file_type=image%2Fpng",
        json={"id": "upload:MTph?sig=ARZ"},
    )
    httpx_mock.add_response(json={"h": "4::aGFuZGxl"})
    assert client.uploads.upload_file(b"\x89PNG", file_name="a.png") == "4::aGFuZGxl"
    upload = httpx_mock.get_requests()[1]
    assert upload.headers["authorization"] == f"OAuth {TOKEN}"
    assert upload.headers["file_offset"] == "0" and upload.headers["content-length"] == "4"
    assert upload.url.raw_path == b"/v26.0/upload:MTph?sig=ARZ"
    assert upload.content == b"\x89PNG"


def test_upload_resumes_after_a_dropped_connection(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    payload = bytes(range(200))
    httpx_mock.add_response(
        method="POST",
        url=f"{GRAPH}/1234/uploads?file_name=a.pdf&file_length=200&file_type=application%2Fpdf",
        json={"id": "upload:S1"},
    )
    httpx_mock.add_exception(httpx.ReadError("connection reset"), method="POST", url=f"{GRAPH}/upload:S1")
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/upload:S1", json={"id": "upload:S1", "file_offset": 120})
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/upload:S1", json={"h": "4::done"})
    assert client.uploads.upload_file(payload, file_name="a.pdf") == "4::done"
    resumed = httpx_mock.get_requests()[-1]
    assert resumed.headers["file_offset"] == "120" and resumed.content == payload[120:]


def test_a_reported_offset_past_file_length_is_refused(httpx_mock: HTTPXMock, client: WhatsApp) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{GRAPH}/1234/uploads?file_name=a.pdf&file_length=10&file_type=application%2Fpdf",
        json={"id": "upload:S2"},
    )
    httpx_mock.add_exception(httpx.ReadError("reset"), method="POST", url=f"{GRAPH}/upload:S2")
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/upload:S2", json={"file_offset": 11})
    with pytest.raises(InvalidArgumentError, match="file_offset 11 is past file_length \\(10 bytes\\)"):
        client.uploads.upload_file(b"0123456789", file_name="a.pdf")


def test_upload_needs_the_app_id() -> None:
    from wacloud import ConfigurationError

    with pytest.raises(ConfigurationError, match="WA_APP_ID"):
        WhatsApp(access_token=TOKEN).uploads.upload_file(b"%PDF", file_name="a.pdf")
