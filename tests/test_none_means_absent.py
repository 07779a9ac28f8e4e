"""No `Unset`: an optional field or parameter is `T | None`, and None means "absent" on the wire, both ways."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_httpx import HTTPXMock

import wacloud_api.types
from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN, WABA_ID
from wacloud import WhatsApp
from wacloud_api.models import (
    MessageTemplate,
    MessageTemplateList,
    TextContent,
    TextMessage,
    WebhookPhoneNumberNameUpdateValue,
)

GENERATED = Path(wacloud_api.types.__file__).parent


def test_absent_response_field_reads_as_none_and_stays_absent() -> None:
    template = MessageTemplate.from_dict({"id": "920070352646140", "status": "APPROVED"})
    assert template.name is None
    assert template.components is None
    assert template.quality_score is None
    assert template.to_dict() == {"id": "920070352646140", "status": "APPROVED"}


def test_nested_optional_model_and_list_parse_when_present() -> None:
    payload = {
        "data": [{"id": "1", "name": "promo", "components": [{"type": "BODY", "text": "Hi"}]}],
        "paging": {"cursors": {"before": "b", "after": "a"}},
    }
    listing = MessageTemplateList.from_dict(payload)
    assert listing.data[0].name == "promo"
    assert listing.to_dict() == payload


def test_nullable_field_null_and_absent_both_read_as_none_and_are_left_out() -> None:
    explicit_null = WebhookPhoneNumberNameUpdateValue.from_dict({"decision": "APPROVED", "rejection_reason": None})
    absent = WebhookPhoneNumberNameUpdateValue.from_dict({"decision": "APPROVED"})
    assert explicit_null.rejection_reason is None and absent.rejection_reason is None
    assert explicit_null.to_dict() == absent.to_dict() == {"decision": "APPROVED"}
    assert WebhookPhoneNumberNameUpdateValue.from_dict({"rejection_reason": "NONE"}).rejection_reason == "NONE"


def test_explicit_null_is_sent_through_additional_properties() -> None:
    # generator/README.md: None leaves a field out; the one way to send JSON null for an optional field.
    value = WebhookPhoneNumberNameUpdateValue(decision="APPROVED")
    value["rejection_reason"] = None
    assert value.to_dict() == {"decision": "APPROVED", "rejection_reason": None}


def test_request_model_leaves_none_fields_out() -> None:
    message = TextMessage(to="15551234567", text=TextContent(body="hi"), context=None, biz_opaque_callback_data=None)
    assert message.to_dict() == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "15551234567",
        "type": "text",
        "text": {"body": "hi"},
    }


def test_send_without_optional_arguments_puts_no_null_on_the_wire(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}/messages", json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.send_text(to="15551234567", body="hi", reply_to=None)
    body = json.loads(httpx_mock.get_request().content)  # type: ignore[union-attr]
    assert "context" not in body and "biz_opaque_callback_data" not in body
    assert None not in body.values()


def test_none_query_parameters_are_left_out(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": [], "paging": {"cursors": {}}})
    with WhatsApp(access_token=TOKEN, business_account_id=WABA_ID) as client:
        client.templates.list(limit=5, name=None, status=None)
    query = parse_qs(urlsplit(str(httpx_mock.get_request().url)).query)  # type: ignore[union-attr]
    assert query == {"limit": ["5"]}


@pytest.mark.parametrize("name", ["Unset", "UNSET"])
def test_generated_package_has_no_unset(name: str) -> None:
    assert not hasattr(wacloud_api.types, name)
    offenders = [p.name for p in GENERATED.rglob("*.py") if name in p.read_text(encoding="utf-8")]
    assert offenders == []
