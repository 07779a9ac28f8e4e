"""client.flows uploads and creates Flows straight from a FlowJSON (sync and async), validated before sending."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP

import httpx
import pytest
from pytest_httpx import HTTPXMock

from wacloud import AsyncWhatsApp, InvalidArgumentError, WhatsApp
from wacloud import flows as f

TOKEN = "EAAG-test-token-flows"
PHONE_ID = "106540352242922"
WABA_ID = "102290129340398"
GRAPH = "https://graph.facebook.com/v26.0"
FLOW_ID = "1234567890123456"
FLOW = f.FlowJSON(
    [
        f.Screen(
            "JOIN",
            [f.TextInput("email", "Email", input_type="email"), f.Footer("Join", on_click_action=f.CompleteAction())],
            title="Join",
            terminal=True,
        )
    ]
)


def _multipart_parts(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts[str(part.get_param("name", header="content-disposition"))] = (part.get_filename(), payload)
    return parts


def test_upload_flow_json_sends_the_builders_json(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{GRAPH}/{FLOW_ID}/assets", method="POST", json={"success": True, "validation_errors": []}
    )
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        result = client.flows.upload_flow_json(FLOW_ID, FLOW)
    assert result.success is True
    parts = _multipart_parts(httpx_mock.get_requests()[0])
    filename, content = parts["file"]
    assert filename == "flow.json"
    assert json.loads(content) == FLOW.to_dict()
    assert parts["asset_type"][1] == b"FLOW_JSON"


def test_invalid_flow_json_is_refused_before_any_request(httpx_mock: HTTPXMock) -> None:
    broken = f.FlowJSON([f.Screen("JOIN", [f.TextBody("no footer")], terminal=True)])
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        with pytest.raises(f.FlowJSONError, match="needs a Footer"):
            client.flows.upload_flow_json(FLOW_ID, broken)
        with pytest.raises(InvalidArgumentError, match="not JSON"):
            client.flows.upload_flow_json(FLOW_ID, "{screens")
    assert httpx_mock.get_requests() == []


async def test_async_create_with_flow_json(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{WABA_ID}/flows", method="POST", json={"id": FLOW_ID, "success": True})
    async with AsyncWhatsApp(access_token=TOKEN, business_account_id=WABA_ID) as client:
        created = await client.flows.create_with_flow_json(
            "Newsletter", FLOW, categories=["SIGN_UP"], endpoint_uri="https://example.com/flows", publish=True
        )
        with pytest.raises(InvalidArgumentError, match="categories"):
            await client.flows.create_with_flow_json("Newsletter", FLOW, categories=[])
    assert created.id == FLOW_ID
    body = json.loads(httpx_mock.get_requests()[0].content)
    assert body["name"] == "Newsletter" and body["categories"] == ["SIGN_UP"] and body["publish"] is True
    assert body["endpoint_uri"] == "https://example.com/flows"
    assert json.loads(body["flow_json"]) == FLOW.to_dict()


async def test_async_upload_takes_a_mapping(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{GRAPH}/{FLOW_ID}/assets", method="POST", json={"success": True, "validation_errors": []}
    )
    async with AsyncWhatsApp(access_token=TOKEN) as client:
        await client.flows.upload_flow_json(FLOW_ID, {"version": "7.3", "screens": []})
    assert json.loads(_multipart_parts(httpx_mock.get_requests()[0])["file"][1]) == {"version": "7.3", "screens": []}
