"""Hand-written conveniences over generated operations: analytics field expressions, PIN, display name."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN, WABA_ID
from wacloud import AsyncWhatsApp, InvalidArgumentError, WhatsApp

START = datetime(2026, 9, 1, tzinfo=UTC)
END = datetime(2026, 10, 1, tzinfo=UTC)
ANALYTICS = {
    "analytics": {
        "phone_numbers": ["15550783881"],
        "granularity": "DAY",
        "data_points": [{"start": 1788220800, "end": 1788307200, "sent": 12, "delivered": 11}],
    },
    "id": WABA_ID,
}


def client() -> WhatsApp:
    return WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, business_account_id=WABA_ID)


def test_messaging_analytics_builds_the_field_expression(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=ANALYTICS)
    result = client().analytics.messaging(START, END, "DAY", phone_numbers=["15550783881"], country_codes=["US", "BR"])
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == f"/v26.0/{WABA_ID}"
    assert request.url.params["fields"] == (
        f"analytics.start({int(START.timestamp())}).end({int(END.timestamp())}).granularity(DAY)"
        '.phone_numbers(["15550783881"]).country_codes(["US","BR"])'
    )
    assert result.data_points[0].delivered == 11


def test_pricing_and_conversation_expressions(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"pricing_analytics": {"data": []}, "id": WABA_ID})
    httpx_mock.add_response(json={"conversation_analytics": {"data": []}, "id": WABA_ID})
    c = client()
    c.analytics.pricing(1, 2, "MONTHLY", dimensions=["PRICING_CATEGORY"], metric_types=["COST", "VOLUME"])
    c.analytics.conversations(1, 2, dimensions=["COUNTRY"])
    first, second = httpx_mock.get_requests()
    assert (
        first.url.params["fields"]
        == 'pricing_analytics.start(1).end(2).granularity(MONTHLY).metric_types(["COST","VOLUME"]).dimensions(["PRICING_CATEGORY"])'
    )
    assert (
        second.url.params["fields"]
        == 'conversation_analytics.start(1).end(2).granularity(DAILY).dimensions(["COUNTRY"])'
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": START, "end": END, "granularity": "DAILY"}, "granularity must be one of HALF_HOUR, DAY, MONTH"),
        ({"start": END, "end": START, "granularity": "DAY"}, "end must be after start"),
        ({"start": datetime(2026, 1, 1), "end": END, "granularity": "DAY"}, "timezone-aware"),
    ],
)
def test_analytics_arguments_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        client().analytics.messaging(**kwargs)  # type: ignore[arg-type]


def test_two_step_pin_and_display_name(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}", json={"success": True})
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}?new_display_name=Lucky+Shrub", json={"success": True})
    c = client()
    assert c.phone_numbers.set_two_step_pin("123456").success
    assert c.phone_numbers.request_display_name_change("Lucky Shrub").success
    pin_request = httpx_mock.get_requests()[0]
    assert json.loads(pin_request.content) == {"pin": "123456"}
    with pytest.raises(InvalidArgumentError, match="6 digits"):
        c.phone_numbers.set_two_step_pin("12345")


async def test_async_conveniences(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=ANALYTICS)
    httpx_mock.add_response(json={"conversational_automation": {"prompts": ["Book"], "commands": []}, "id": PHONE_ID})
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, business_account_id=WABA_ID) as c:
        result = await c.analytics.messaging(START, END)
        automation = await c.phone_numbers.get_conversational_automation()
    assert result.granularity == "DAY"
    assert automation.prompts == ["Book"]


def test_qr_code_create_and_update(httpx_mock: HTTPXMock) -> None:
    url = f"{GRAPH}/{PHONE_ID}/message_qrdls"
    answer = {
        "code": "4O4YGZEG3RIVE1",
        "prefilled_message": "Hi",
        "deep_link_url": "https://wa.me/message/4O4YGZEG3RIVE1",
    }
    httpx_mock.add_response(url=url, json={**answer, "qr_image_url": "https://scontent.example/qr.png"})
    httpx_mock.add_response(url=url, json=answer)
    c = client()
    created = c.qr_codes.create("Hi", image_format="PNG")
    c.qr_codes.update(created.code, "Hello again")
    first, second = (json.loads(r.content) for r in httpx_mock.get_requests())
    assert first == {"prefilled_message": "Hi", "generate_qr_image": "PNG"}
    assert second == {"prefilled_message": "Hello again", "code": "4O4YGZEG3RIVE1"}
    with pytest.raises(InvalidArgumentError):
        c.qr_codes.create("  ")


def test_webhook_override_of_a_phone_number(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}", json={"success": True}, is_reusable=True)
    c = WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID)
    assert c.phone_numbers.set_webhook_override("https://example.com/wa", "my-verify-token").success
    c.phone_numbers.remove_webhook_override()
    set_request, remove_request = httpx_mock.get_requests()
    assert json.loads(set_request.content) == {
        "webhook_configuration": {"override_callback_uri": "https://example.com/wa", "verify_token": "my-verify-token"}
    }
    assert json.loads(remove_request.content) == {"webhook_configuration": {"override_callback_uri": ""}}
    with pytest.raises(InvalidArgumentError, match="https://"):
        c.phone_numbers.set_webhook_override("http://example.com/wa", "my-verify-token")
    with pytest.raises(InvalidArgumentError, match="verify_token"):
        c.phone_numbers.set_webhook_override("https://example.com/wa", "")
