"""Paged lists: iter_* follows paging.cursors.after lazily, stops on the last page and at max_items."""

from __future__ import annotations

from typing import Any

from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, TOKEN, WABA_ID
from wacloud import AsyncWhatsApp, WhatsApp

LIST = f"{GRAPH}/{WABA_ID}/message_templates"


def page(names: list[str], after: str | None) -> dict[str, Any]:
    paging: dict[str, Any] = {"cursors": {"before": "B", "after": after or "LAST"}}
    if after:
        paging["next"] = f"{LIST}?after={after}"
    return {"data": [{"name": n, "id": n, "status": "APPROVED"} for n in names], "paging": paging}


def test_iter_follows_cursors_until_the_last_page(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{LIST}?limit=2&status=APPROVED", json=page(["a", "b"], "C1"))
    httpx_mock.add_response(url=f"{LIST}?limit=2&status=APPROVED&after=C1", json=page(["c", "d"], "C2"))
    httpx_mock.add_response(url=f"{LIST}?limit=2&status=APPROVED&after=C2", json=page(["e"], None))
    client = WhatsApp(access_token=TOKEN, business_account_id=WABA_ID)
    iterator = client.templates.iter_list(limit=2, status="APPROVED")
    assert httpx_mock.get_requests() == []  # lazy: nothing fetched before iteration
    assert [t.name for t in iterator] == ["a", "b", "c", "d", "e"]
    assert len(httpx_mock.get_requests()) == 3


def test_iter_stops_at_max_items_without_fetching_more(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{LIST}?after=C1", json=page(["c", "d"], "C2"))
    httpx_mock.add_response(url=LIST, json=page(["a", "b"], "C1"))
    client = WhatsApp(access_token=TOKEN, business_account_id=WABA_ID)
    assert [t.name for t in client.templates.iter_list(max_items=3)] == ["a", "b", "c"]
    assert len(httpx_mock.get_requests()) == 2


async def test_async_iter(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=LIST, json=page(["a"], "C1"))
    httpx_mock.add_response(url=f"{LIST}?after=C1", json=page(["b"], None))
    async with AsyncWhatsApp(access_token=TOKEN, business_account_id=WABA_ID) as client:
        names = [t.name async for t in client.templates.iter_list()]
    assert names == ["a", "b"]
