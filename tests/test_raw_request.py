"""`client.request(...)`: the typed escape hatch for operations the spec lacks, on the client's runtime."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN, WABA_ID
from wacloud import AsyncWhatsApp, InvalidArgumentError, InvalidRequestError, UnexpectedResponseError, WhatsApp
from wacloud.types import PhoneNumber

PHONE = {"id": PHONE_ID, "display_phone_number": "15550783881", "quality_rating": "GREEN"}


@pytest.fixture
def client() -> WhatsApp:
    return WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, business_account_id=WABA_ID)


def test_get_parses_into_the_model_given_as_cast_to(client: WhatsApp, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}?fields=display_phone_number%2Cquality_rating", json=PHONE)
    phone = client.request(
        "GET", "/{phone_number_id}", params={"fields": "display_phone_number,quality_rating"}, cast_to=PhoneNumber
    )
    assert isinstance(phone, PhoneNumber) and phone.quality_rating == "GREEN"
    request = httpx_mock.get_request()
    assert request is not None and request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_post_sends_the_body_as_json_and_returns_a_dict(client: WhatsApp, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/{WABA_ID}/schedules", json={"id": "77"})
    result: dict[str, Any] = client.request(
        "post", "/{waba_id}/schedules", body={"name": "weekly", "enabled": True}, cast_to=dict
    )
    assert result == {"id": "77"}
    request = httpx_mock.get_request()
    assert request is not None and json.loads(request.content) == {"name": "weekly", "enabled": True}
    assert request.headers["Content-Type"] == "application/json"


def test_raw_response_and_encoded_path_params(client: WhatsApp, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/a%2Fb/edge?flag=true&limit=5", text="plain")
    response = client.request(
        "GET", "/{node}/edge", path_params={"node": "a/b"}, params={"flag": True, "limit": 5}, cast_to=httpx.Response
    )
    assert isinstance(response, httpx.Response) and response.text == "plain"


def test_error_answers_raise_the_typed_error(client: WhatsApp, httpx_mock: HTTPXMock) -> None:
    error = {"error": {"message": "(#100) Tried accessing nonexisting field", "type": "OAuthException", "code": 100}}
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/{PHONE_ID}/unknown_edge", status_code=500, json=error)
    with pytest.raises(InvalidRequestError) as caught:
        client.request("POST", "/{phone_number_id}/unknown_edge", body={}, cast_to=dict)
    assert caught.value.response is not None
    assert len(httpx_mock.get_requests()) == 1  # a POST that may have reached Meta is never repeated


def test_undocumented_body_is_an_unexpected_response(client: WhatsApp, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}", json=[1, 2])
    with pytest.raises(UnexpectedResponseError, match="not a JSON object"):
        client.request("GET", "/{phone_number_id}", cast_to=dict)
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}", json={"display_phone_number": "1"})
    with pytest.raises(UnexpectedResponseError, match="documented shape"):
        client.request("GET", "/{phone_number_id}", cast_to=PhoneNumber)  # `id` is required


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"method": "PATCH", "path": "/1"}, "method must be one of"),
        ({"method": "GET", "path": "1/edge"}, "must start with '/'"),
        ({"method": "GET", "path": "/{flow_id}"}, r"pass path_params=\{'flow_id'"),
        ({"method": "GET", "path": "/1", "path_params": {"flow_id": "2"}}, "name no placeholder"),
        ({"method": "GET", "path": "/{node}", "path_params": {"node": " "}}, "must not be empty"),
        ({"method": "GET", "path": "/../oauth/access_token"}, "may not be"),
    ],
)
def test_bad_calls_are_refused_before_sending(client: WhatsApp, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        client.request(cast_to=dict, **kwargs)


def test_cast_to_must_be_a_model_dict_or_response(client: WhatsApp) -> None:
    with pytest.raises(InvalidArgumentError, match="cast_to"):
        client.request("GET", "/1", cast_to=str)  # type: ignore[call-overload]


async def test_async_request(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{GRAPH}/{PHONE_ID}", json=PHONE)
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        phone = await client.request("GET", "/{phone_number_id}", cast_to=PhoneNumber)
    assert phone.id == PHONE_ID
