"""Every ApiError raised for an HTTP answer carries that raw `httpx.Response` as `.response`."""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN
from wacloud import (
    ApiError,
    AsyncWhatsApp,
    AuthenticationError,
    InvalidRequestError,
    UnknownApiError,
    WhatsApp,
    webhooks,
)

URL = f"{GRAPH}/{PHONE_ID}/messages"
INVALID = {"error": {"message": "(#131009) Parameter value is not valid", "type": "OAuthException", "code": 131009}}


def test_api_error_keeps_the_raw_response(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=400, json=INVALID, headers={"x-fb-trace-id": "Ab12", "x-custom": "1"})
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client, pytest.raises(InvalidRequestError) as caught:
        client.messages.send_text(to="15551234567", body="hi")
    response = caught.value.response
    assert isinstance(response, httpx.Response)
    assert response.status_code == 400 and response.headers["x-custom"] == "1"
    assert response.json() == INVALID
    assert response.request.url == URL
    assert TOKEN not in repr(caught.value) and TOKEN not in str(caught.value) and TOKEN not in repr(response)


def test_non_json_error_body_is_readable_through_the_response(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}", status_code=502, text="<html>Bad gateway</html>")
    with (
        WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retries=0) as client,
        pytest.raises(UnknownApiError) as caught,
    ):
        client.phone_numbers.get()
    assert caught.value.response is not None
    assert caught.value.response.text == "<html>Bad gateway</html>"


async def test_async_api_error_keeps_the_raw_response(httpx_mock: HTTPXMock) -> None:
    expired = {"error": {"message": "Error validating access token", "type": "OAuthException", "code": 190}}
    httpx_mock.add_response(url=URL, status_code=401, json=expired)
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.messages.send_text(to="15551234567", body="hi")
    assert caught.value.response is not None and caught.value.response.status_code == 401


def test_webhook_reported_errors_have_no_response() -> None:
    body = (
        b'{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":'
        b'{"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"2"},'
        b'"statuses":[{"id":"wamid.X","status":"failed","timestamp":"1700000000","recipient_id":"3",'
        b'"errors":[{"code":131047,"title":"Re-engagement message"}]}]}}]}]}'
    )
    errors = webhooks.parse_webhook(body).statuses[0].errors
    assert errors and all(isinstance(error, ApiError) and error.response is None for error in errors)
