"""Bodies the emulator cannot decode are Graph's 400 with code 100, never its internal-error 500."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from wacloud.emulator import Emulator, Tenant

TOKEN = "EAAG-emulator-bodies-token"


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with (
        Emulator([Tenant("1001", "2001", {TOKEN})]) as emulator,
        httpx.Client(base_url=emulator.base_url, headers={"Authorization": f"Bearer {TOKEN}"}) as client,
    ):
        yield client


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,  # deeper than json's recursion limit: RecursionError, not ValueError
        b'{"to": ' * 50_000 + b"1" + b"}" * 50_000,
        b"[" * 100_000,  # deep and truncated
    ],
    ids=["deep-list", "deep-object", "deep-truncated"],
)
def test_deeply_nested_json_is_a_400_with_code_100(http: httpx.Client, raw: bytes) -> None:
    response = http.post("/v26.0/1001/messages", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == 100


@pytest.mark.parametrize(
    "raw", [b"\xff\xfe\x00{", b'{"to": "\xc3"}', b"\x00" * 16], ids=["bom-junk", "bad-utf8", "nul-bytes"]
)
def test_undecodable_bodies_are_a_400_with_code_100(http: httpx.Client, raw: bytes) -> None:
    response = http.post("/v26.0/1001/messages", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == 100
