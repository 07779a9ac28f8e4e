"""Media downloads follow redirects only to Meta's media hosts, and the token goes only to the exact origin."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN, scan_error
from wacloud import AsyncWhatsApp, MediaDownloadError, WhatsApp

MEDIA_ID = "1479537139650973"
LOOKASIDE = f"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid={MEDIA_ID}&ext=1&hash=ATs"
CDN = "https://scontent.xx.fbcdn.net/v/t61/abc.jpg?oh=signed&oe=1"
PAYLOAD = b"\xff\xd8\xff" + b"jpeg" * 1000
INFO = {
    "messaging_product": "whatsapp",
    "url": LOOKASIDE,
    "mime_type": "image/jpeg",
    "sha256": hashlib.sha256(PAYLOAD).hexdigest(),
    "file_size": len(PAYLOAD),
    "id": MEDIA_ID,
}


def _client(base_url: str | None = None) -> WhatsApp:
    return WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, base_url=base_url, max_retries=0)


def _authorization(request: httpx.Request) -> str | None:
    return request.headers.get("authorization")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_metas_cdn_is_followed_without_the_token(httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{MEDIA_ID}", json=INFO)
    httpx_mock.add_response(method="GET", url=LOOKASIDE, status_code=status, headers={"Location": CDN})
    httpx_mock.add_response(method="GET", url=CDN, content=PAYLOAD)
    with _client() as client:
        assert client.media.download(MEDIA_ID) == PAYLOAD  # not the redirect's (empty) body
    lookaside, cdn = httpx_mock.get_requests()[1:]
    assert _authorization(lookaside) == f"Bearer {TOKEN}"  # Meta's documented media host needs the token
    assert _authorization(cdn) is None  # the CDN URL is signed: the token stays home


def test_a_relative_redirect_on_lookaside_keeps_the_token(httpx_mock: HTTPXMock) -> None:
    moved = "https://lookaside.fbsbx.com/whatsapp_business/attachments/v2/?mid=1"
    httpx_mock.add_response(method="GET", url=LOOKASIDE, status_code=302, headers={"Location": "v2/?mid=1"})
    httpx_mock.add_response(method="GET", url=moved, content=PAYLOAD)
    with _client() as client:
        assert client.media.download(LOOKASIDE) == PAYLOAD
    assert _authorization(httpx_mock.get_requests()[-1]) == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    "location",
    [
        "https://evil.example.com/steal",
        "http://scontent.xx.fbcdn.net/v/plain-http.jpg",
        "https://lookaside.fbsbx.com.evil.example.com/x",
        "https://graph.facebook.com:8443/other-port",
        "ftp://lookaside.fbsbx.com/x",
    ],
)
def test_a_redirect_elsewhere_is_a_media_download_error(httpx_mock: HTTPXMock, location: str) -> None:
    httpx_mock.add_response(method="GET", url=LOOKASIDE, status_code=302, headers={"Location": location})
    with _client() as client, pytest.raises(MediaDownloadError, match="Refusing to download media") as caught:
        client.media.download(LOOKASIDE)
    assert len(httpx_mock.get_requests()) == 1  # nothing was fetched from the refused host
    scan_error(caught.value)


def test_a_redirect_without_location_is_never_taken_for_media(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{MEDIA_ID}", json={**INFO, "sha256": None})
    httpx_mock.add_response(method="GET", url=LOOKASIDE, status_code=302, content=b"")
    with _client() as client, pytest.raises(MediaDownloadError, match="HTTP 302"):
        client.media.download(MEDIA_ID)


def test_redirect_loops_are_bounded(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET", url=LOOKASIDE, status_code=302, headers={"Location": LOOKASIDE}, is_reusable=True
    )
    with _client() as client, pytest.raises(MediaDownloadError, match="more than 3 times"):
        client.media.download(LOOKASIDE)
    assert len(httpx_mock.get_requests()) == 4


def test_the_sha256_is_checked_after_a_redirect(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{MEDIA_ID}", json={**INFO, "sha256": "0" * 64})
    httpx_mock.add_response(method="GET", url=LOOKASIDE, status_code=302, headers={"Location": CDN})
    httpx_mock.add_response(method="GET", url=CDN, content=PAYLOAD)
    with _client() as client, pytest.raises(MediaDownloadError, match="SHA-256"):
        client.media.download(MEDIA_ID)


async def test_async_download_follows_a_cdn_redirect(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=LOOKASIDE, status_code=302, headers={"Location": CDN})
    httpx_mock.add_response(method="GET", url=CDN, content=PAYLOAD)
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        assert await client.media.download(LOOKASIDE) == PAYLOAD
    assert _authorization(httpx_mock.get_requests()[-1]) is None


def test_a_cdn_url_is_downloaded_without_the_token(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=CDN, content=PAYLOAD)
    with _client() as client:
        assert client.media.download(CDN) == PAYLOAD
    assert _authorization(httpx_mock.get_requests()[0]) is None


# ---------------------------------------------------------------- the exact configured origin


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:3100/media/1",  # another port of the emulator's host
        "https://127.0.0.1:3099/media/1",  # another scheme
        "http://localhost:3099/media/1",  # another host name for the same machine
    ],
)
def test_the_token_never_goes_to_another_port_or_scheme_of_the_configured_host(url: str) -> None:
    with (
        _client(base_url="http://127.0.0.1:3099") as client,
        pytest.raises(MediaDownloadError, match="Refusing to send the access token"),
    ):
        client.media.download(url)


def test_the_exact_configured_origin_gets_the_token(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url="http://127.0.0.1:3099/media/1", content=PAYLOAD)
    with _client(base_url="http://127.0.0.1:3099") as client:
        assert client.media.download("http://127.0.0.1:3099/media/1") == PAYLOAD
    assert _authorization(httpx_mock.get_requests()[0]) == f"Bearer {TOKEN}"


def test_default_ports_are_the_same_origin(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url="https://graph.facebook.com/media/1", content=PAYLOAD)
    with _client() as client:
        assert client.media.download("https://graph.facebook.com:443/media/1") == PAYLOAD
    assert _authorization(httpx_mock.get_requests()[0]) == f"Bearer {TOKEN}"
