"""Media: multipart upload, get, delete, and streamed, SHA-256-checked downloads that never leak the token."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN
from wacloud import AsyncWhatsApp, InvalidArgumentError, MediaDownloadError, WhatsApp

MEDIA_ID = "1479537139650973"
LOOKASIDE = f"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid={MEDIA_ID}&ext=1&hash=ATs"
PAYLOAD = b"\x89PNG\r\n\x1a\n" + b"--+++\r\n" * 1000  # would break a fixed '+++' multipart boundary
INFO = {
    "messaging_product": "whatsapp",
    "url": LOOKASIDE,
    "mime_type": "image/png",
    "sha256": hashlib.sha256(PAYLOAD).hexdigest(),
    "file_size": len(PAYLOAD),
    "id": MEDIA_ID,
}


def _client() -> WhatsApp:
    return WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID)


@pytest.mark.parametrize("kind", ["path", "bytes", "file"])
def test_upload_is_multipart_with_type_and_product(httpx_mock: HTTPXMock, tmp_path: Path, kind: str) -> None:
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/{PHONE_ID}/media", json={"id": MEDIA_ID})
    path = tmp_path / "photo.png"
    path.write_bytes(PAYLOAD)
    source = {"path": path, "bytes": PAYLOAD, "file": io.BytesIO(PAYLOAD)}[kind]
    with _client() as client:
        result = client.media.upload(source, mime_type=None if kind == "path" else "image/png", filename="photo.png")
    assert result.id == MEDIA_ID
    request = httpx_mock.get_request()
    assert request is not None
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    boundary = content_type.split("boundary=")[1].encode()
    parts = {}
    for part in request.content.split(b"--" + boundary)[1:-1]:
        head, _, body = part.partition(b"\r\n\r\n")
        name = head.split(b'name="')[1].split(b'"')[0].decode()
        parts[name] = (head, body[:-2])
    assert parts["file"][1] == PAYLOAD
    assert b'filename="photo.png"' in parts["file"][0]
    assert b"Content-Type: image/png" in parts["file"][0]
    assert parts["type"][1] == b"image/png"
    assert parts["messaging_product"][1] == b"whatsapp"


def test_upload_needs_a_mime_type_it_can_tell() -> None:
    with _client() as client, pytest.raises(InvalidArgumentError, match="mime_type="):
        client.media.upload(b"data")


def test_upload_of_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with _client() as client, pytest.raises(InvalidArgumentError, match="no such file"):
        client.media.upload(tmp_path / "missing.jpg")


def test_get_and_delete(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{MEDIA_ID}", json=INFO)
    httpx_mock.add_response(
        method="DELETE", url=f"{GRAPH}/{MEDIA_ID}?phone_number_id={PHONE_ID}", json={"success": True}
    )
    with _client() as client:
        info = client.media.get(MEDIA_ID)
        assert (info.mime_type, info.file_size, info.url) == ("image/png", len(PAYLOAD), LOOKASIDE)
        assert client.media.delete(MEDIA_ID, phone_number_id=PHONE_ID).success is True


def test_download_streams_to_a_path_and_checks_sha256(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{MEDIA_ID}", json=INFO)
    httpx_mock.add_response(method="GET", url=LOOKASIDE, stream=httpx.ByteStream(PAYLOAD))
    target = tmp_path / "out.png"
    with _client() as client:
        assert client.media.download(MEDIA_ID, target) == target
    assert target.read_bytes() == PAYLOAD
    download = httpx_mock.get_requests()[1]
    assert download.headers["authorization"] == f"Bearer {TOKEN}"


def test_download_into_a_file_object_and_to_bytes(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=LOOKASIDE, content=PAYLOAD, is_reusable=True)
    sink = io.BytesIO()
    with _client() as client:
        assert client.media.download(LOOKASIDE, sink) == len(PAYLOAD)
        assert client.media.download(LOOKASIDE) == PAYLOAD
    assert sink.getvalue() == PAYLOAD


def test_download_with_wrong_sha256_fails_and_removes_the_file(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{MEDIA_ID}", json={**INFO, "sha256": "0" * 64})
    httpx_mock.add_response(method="GET", url=LOOKASIDE, content=PAYLOAD)
    target = tmp_path / "out.png"
    with _client() as client, pytest.raises(MediaDownloadError, match="SHA-256"):
        client.media.download(MEDIA_ID, target)
    assert not target.exists()


@pytest.mark.parametrize("url", ["https://evil.example.com/x", "http://lookaside.fbsbx.com/x", "ftp://fbsbx.com/x"])
def test_download_never_sends_the_token_to_other_hosts(url: str) -> None:
    with _client() as client, pytest.raises(MediaDownloadError, match="Refusing to send the access token"):
        client.media.download(url)


async def test_async_upload_and_download(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/{PHONE_ID}/media", json={"id": MEDIA_ID})
    httpx_mock.add_response(method="GET", url=f"{GRAPH}/{MEDIA_ID}", json=INFO)
    httpx_mock.add_response(method="GET", url=LOOKASIDE, content=PAYLOAD)
    async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        uploaded = await client.media.upload(PAYLOAD, mime_type="image/png")
        path = await client.media.download(uploaded.id, tmp_path / "a.png")
    assert path.read_bytes() == PAYLOAD
