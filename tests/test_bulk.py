"""send_bulk: per-recipient results, the journal's resume semantics, the unknown-outcome window, both journals."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, TOKEN
from wacloud import AsyncWhatsApp, InvalidArgumentError, InvalidRequestError, WhatsApp, webhooks
from wacloud.bulk import (
    BulkFailed,
    BulkSent,
    BulkSkipped,
    BulkUnknown,
    RedisJournal,
    SqliteJournal,
    resolve_from_status,
)
from wacloud.ratelimit import RateLimit, RateLimiter
from wacloud_api.models import TemplateContent, TemplateLanguage, TemplateMessage, TextContent, TextMessage

URL = f"{GRAPH}/{PHONE_ID}/messages"
HELLO = TemplateMessage(to="", template=TemplateContent(name="hello_world", language=TemplateLanguage(code="en_US")))
FAST = RateLimiter(RateLimit(messages_per_second=1000))


def _sent(to: str) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "contacts": [{"input": to, "wa_id": to}],
        "messages": [{"id": f"wamid.{to}", "message_status": "accepted"}],
    }


class FakeGraph:
    """A pytest-httpx callback answering each recipient as told, and counting what reached it per recipient."""

    def __init__(self, outcomes: dict[str, object] | None = None) -> None:
        self.outcomes = outcomes or {}
        self.received: dict[str, int] = {}
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        to = json.loads(request.content)["to"]
        with self.lock:
            self.received[to] = self.received.get(to, 0) + 1
        outcome = self.outcomes.get(to)
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, httpx.Response):
            return outcome
        return httpx.Response(200, json=_sent(to))


def _client(**options: Any) -> WhatsApp:
    return WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID, max_retries=0, **options)


def _error(status: int, code: int) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": f"(#{code}) error", "code": code}})


def test_one_template_to_many_recipients_with_typed_results(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    graph = FakeGraph({"15550003": _error(400, 131026)})
    httpx_mock.add_callback(graph, url=URL, is_reusable=True)
    numbers = ["15550001", "+1 555 0002", "15550003", "1555-0001"]
    with _client() as client:
        report = client.messages.send_bulk(numbers, HELLO, run_id="r", journal=tmp_path / "j.sqlite", rate_limit=FAST)
    first, second, third, repeat = report.results
    assert first == BulkSent("15550001", "wamid.15550001")
    assert second == BulkSent("+1 555 0002", "wamid.+1 555 0002")
    assert isinstance(third, BulkFailed) and isinstance(third.error, InvalidRequestError) and third.error.code == 131026
    assert repeat == BulkSkipped("1555-0001", "repeated in the recipient list")
    assert graph.received == {"15550001": 1, "+1 555 0002": 1, "15550003": 1}
    assert report.summary() == "run r: 2 sent, 1 failed, 1 skipped, 0 unknown"
    bodies = [json.loads(r.content) for r in httpx_mock.get_requests()]
    assert {b["template"]["name"] for b in bodies} == {"hello_world"}


def test_a_resumed_run_skips_everyone_sent_and_retries_certain_failures(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    graph = FakeGraph({"15550002": _error(400, 131026), "15550003": httpx.ConnectError("refused")})
    httpx_mock.add_callback(graph, url=URL, is_reusable=True)
    journal = tmp_path / "j.sqlite"
    numbers = ["15550001", "15550002", "15550003"]
    with _client() as client:
        first = client.messages.send_bulk(numbers, HELLO, run_id="r", journal=journal, rate_limit=FAST)
        assert [type(r) for r in first.results] == [BulkSent, BulkFailed, BulkFailed]  # connect error: never sent
        graph.outcomes.clear()
        second = client.messages.send_bulk([*numbers, "15550004"], HELLO, run_id="r", journal=journal, rate_limit=FAST)
    assert second.results[0] == BulkSkipped("15550001", "already sent by an earlier run", "wamid.15550001")
    assert [type(r) for r in second.results[1:]] == [BulkSent, BulkSent, BulkSent]
    assert graph.received == {"15550001": 1, "15550002": 2, "15550003": 2, "15550004": 1}


@pytest.mark.parametrize(
    "outcome",
    [
        httpx.ReadTimeout("no answer"),  # the request was written: Meta may have it
        httpx.RemoteProtocolError("connection dropped"),
        _error(500, 2),  # a 5xx after a POST may come after the message was accepted
        httpx.Response(200, json={"unexpected": True}),  # accepted, but the answer is unreadable
    ],
    ids=["read-timeout", "dropped", "5xx", "unreadable-2xx"],
)
def test_an_outcome_that_may_have_reached_meta_is_unknown_and_never_resent_automatically(
    outcome: object, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    graph = FakeGraph({"15550002": outcome})
    httpx_mock.add_callback(graph, url=URL, is_reusable=True)
    journal = tmp_path / "j.sqlite"
    numbers = ["15550001", "15550002"]
    with _client() as client:
        first = client.messages.send_bulk(numbers, HELLO, run_id="r", journal=journal, rate_limit=FAST)
        unknown = first.results[1]
        assert isinstance(unknown, BulkUnknown) and "statuses webhook" in unknown.reason and unknown.error is not None
        assert SqliteJournal(journal).entries("r")["15550002"].state == "unknown"
        graph.outcomes.clear()
        again = client.messages.send_bulk(numbers, HELLO, run_id="r", journal=journal, rate_limit=FAST)
        assert isinstance(again.results[1], BulkUnknown)
        assert graph.received["15550002"] == 1  # not resent
        # The user checked the statuses webhook: no status for 15550002, so they ask for a resend.
        resent = client.messages.send_bulk(
            numbers, HELLO, run_id="r", journal=journal, rate_limit=FAST, resend_unknown=True
        )
    assert [type(r) for r in resent.results] == [BulkSkipped, BulkSent]
    assert graph.received == {"15550001": 1, "15550002": 2}


def test_a_crash_mid_request_leaves_attempting_which_is_reported_unknown_until_the_user_decides(
    httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    graph = FakeGraph()
    httpx_mock.add_callback(graph, url=URL, is_reusable=True)
    journal = SqliteJournal(tmp_path / "j.sqlite")
    numbers = ["15550001", "15550002", "15550003"]
    assert journal.entries("r") == {}
    with _client() as client:
        # What a killed process leaves: the run begun, two attempts recorded, their outcomes never written.
        client.messages.send_bulk([], HELLO, run_id="r", journal=journal)
        assert journal.claim("r", "15550001") is None
        assert journal.claim("r", "15550002") is None
        report = client.messages.send_bulk(numbers, HELLO, run_id="r", journal=journal, rate_limit=FAST)
        assert [type(r) for r in report.results] == [BulkUnknown, BulkUnknown, BulkSent]
        assert "never recorded its outcome" in report.unknown[0].reason
        # The statuses webhook showed a delivery for 15550001 and nothing for 15550002.
        journal.mark_sent("r", "+1 555 0001", "wamid.seen-in-webhook")  # however the number is written
        journal.mark_not_sent("r", "15550002")
        final = client.messages.send_bulk(numbers, HELLO, run_id="r", journal=journal, rate_limit=FAST)
    assert final.results[0] == BulkSkipped("15550001", "already sent by an earlier run", "wamid.seen-in-webhook")
    assert [type(r) for r in final.results] == [BulkSkipped, BulkSent, BulkSkipped]
    assert graph.received == {"15550002": 1, "15550003": 1}


def test_a_run_cannot_be_resumed_with_a_different_message(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx_mock.add_callback(FakeGraph(), url=URL, is_reusable=True)
    journal = tmp_path / "j.sqlite"
    other = TextMessage(to="", text=TextContent(body="hi"))
    with _client() as client:
        client.messages.send_bulk(["15550001"], HELLO, run_id="r", journal=journal, rate_limit=FAST)
        with pytest.raises(InvalidArgumentError, match="different message"):
            client.messages.send_bulk(["15550001"], other, run_id="r", journal=journal, rate_limit=FAST)


def test_per_recipient_messages_and_bad_arguments(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    graph = FakeGraph()
    httpx_mock.add_callback(graph, url=URL, is_reusable=True)
    journal = tmp_path / "j.sqlite"

    def greeting(to: str) -> TextMessage:
        return TextMessage(to=to, text=TextContent(body=f"hi {to}"))

    with _client() as client:
        report = client.messages.send_bulk(
            ["15550001", "15550002"], greeting, run_id="r", journal=journal, rate_limit=FAST
        )
        assert [type(r) for r in report.results] == [BulkSent, BulkSent]
        with pytest.raises(InvalidArgumentError, match="not one string"):
            client.messages.send_bulk("15550001", HELLO, run_id="r", journal=journal)
        with pytest.raises(InvalidArgumentError, match="Recipient 1 is 15550002"):
            client.messages.send_bulk(["15550001", 15550002], HELLO, run_id="r", journal=journal)  # type: ignore[list-item]
        with pytest.raises(InvalidArgumentError, match="Recipient 0 is ' '"):
            client.messages.send_bulk([" "], HELLO, run_id="r", journal=journal)
        with pytest.raises(InvalidArgumentError, match="run_id"):
            client.messages.send_bulk(["1"], HELLO, run_id=" ", journal=journal)
        with pytest.raises(InvalidArgumentError, match="concurrency"):
            client.messages.send_bulk(["1"], HELLO, run_id="r2", journal=journal, concurrency=0)
    bodies = {json.loads(r.content)["text"]["body"] for r in httpx_mock.get_requests()}
    assert bodies == {"hi 15550001", "hi 15550002"}


def test_the_default_journal_is_sqlite_in_the_working_directory(httpx_mock: HTTPXMock, isolated_env: Path) -> None:
    httpx_mock.add_callback(FakeGraph(), url=URL, is_reusable=True)
    with _client() as client:
        client.messages.send_bulk(["15550001"], HELLO, run_id="r", rate_limit=FAST)
    assert SqliteJournal(isolated_env / "wacloud-bulk.sqlite").entries("r")["15550001"].state == "sent"


def test_claims_are_atomic_across_threads(tmp_path: Path) -> None:
    journals = [SqliteJournal(tmp_path / "j.sqlite") for _ in range(4)]  # four connections, like four processes
    granted: list[int] = []

    def claim(n: int) -> None:
        for i in range(50):
            if journals[n % 4].claim("r", str(i)) is None:
                granted.append(i)

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(granted) == list(range(50))  # every recipient claimed by exactly one


def test_progress_is_shown_on_request_only(
    httpx_mock: HTTPXMock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpx_mock.add_callback(FakeGraph(), url=URL, is_reusable=True)
    with _client() as client:
        numbers = ["15550001", "15550002", "15550003"]
        client.messages.send_bulk(numbers[:2], HELLO, run_id="quiet", journal=tmp_path / "j.sqlite", rate_limit=FAST)
        assert capsys.readouterr().err == ""  # stderr is not a terminal here
        client.messages.send_bulk(
            numbers, HELLO, run_id="loud", journal=tmp_path / "j.sqlite", rate_limit=FAST, progress=True
        )
    assert "bulk 3/3 100%" in capsys.readouterr().err


def test_async_send_bulk_journals_a_cancelled_send_as_unknown(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    started = asyncio.Event()

    async def slow_graph(request: httpx.Request) -> httpx.Response:
        to = json.loads(request.content)["to"]
        if to == "15550002":
            started.set()
            await asyncio.sleep(30)  # cancelled long before
        return httpx.Response(200, json=_sent(to))

    httpx_mock.add_callback(slow_graph, url=URL, is_reusable=True)

    async def main() -> None:
        async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
            task = asyncio.create_task(
                client.messages.send_bulk(
                    ["15550001", "15550002"], HELLO, run_id="r", journal=journal, rate_limit=FAST, concurrency=2
                )
            )
            await asyncio.wait_for(started.wait(), 10)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            resumed = await client.messages.send_bulk(
                ["15550001", "15550002"], HELLO, run_id="r", journal=journal, rate_limit=FAST
            )
            assert [type(r) for r in resumed.results] == [BulkSkipped, BulkUnknown]
            assert "interrupted mid-request" in resumed.unknown[0].reason

    asyncio.run(main())
    assert SqliteJournal(journal).entries("r")["15550002"].state == "unknown"


def test_redis_journal_has_the_same_semantics_sync_and_async(httpx_mock: HTTPXMock, redis_url: str) -> None:
    graph = FakeGraph({"15550002": httpx.ReadTimeout("no answer"), "15550003": _error(400, 131026)})
    httpx_mock.add_callback(graph, url=URL, is_reusable=True)
    numbers = ["15550001", "15550002", "15550003"]
    with _client() as client:
        first = client.messages.send_bulk(numbers, HELLO, run_id="r", journal=redis_url, rate_limit=FAST)
    assert [type(r) for r in first.results] == [BulkSent, BulkUnknown, BulkFailed]
    graph.outcomes.clear()

    async def resume() -> list[type]:
        journal = RedisJournal(redis_url)
        try:
            async with AsyncWhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
                again = await client.messages.send_bulk(numbers, HELLO, run_id="r", journal=journal, rate_limit=FAST)
                with pytest.raises(InvalidArgumentError, match="different message"):
                    other = TextMessage(to="", text=TextContent(body="hi"))
                    await client.messages.send_bulk(numbers, other, run_id="r", journal=journal, rate_limit=FAST)
            return [type(r) for r in again.results]
        finally:
            await journal.aclose()
            journal.close()

    assert asyncio.run(resume()) == [BulkSkipped, BulkUnknown, BulkSent]
    journal = RedisJournal(redis_url)
    journal.mark_not_sent("r", "15550002")
    assert journal.claim("r", "15550002") is None and journal.claim("r", "15550002") is not None
    assert journal.entries("r")["15550001"].message_id == "wamid.15550001"
    journal.close()
    assert graph.received == {"15550001": 1, "15550002": 1, "15550003": 2}


def _status(wamid: str, status: str, recipient: str, opaque: str | None) -> webhooks.Status:
    value: dict[str, Any] = {"id": wamid, "status": status, "timestamp": "1750857390", "recipient_id": recipient}
    if opaque is not None:
        value["biz_opaque_callback_data"] = opaque
    body = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_ID},
                            "statuses": [value],
                        },
                        "field": "messages",
                    }
                ],
            }
        ],
    }
    return webhooks.parse_webhook(json.dumps(body).encode()).statuses[0]


def test_messages_carry_the_run_tag_and_statuses_settle_unknown_outcomes(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    graph = FakeGraph({"15550002": httpx.ReadTimeout("no answer"), "15550003": httpx.ReadTimeout("no answer")})
    httpx_mock.add_callback(graph, url=URL, is_reusable=True)
    journal = SqliteJournal(tmp_path / "j.sqlite")
    numbers = ["15550001", "15550002", "15550003"]
    with _client() as client:
        first = client.messages.send_bulk(numbers, HELLO, run_id="spring", journal=journal, rate_limit=FAST)
        assert [type(r) for r in first.results] == [BulkSent, BulkUnknown, BulkUnknown]
        assert {json.loads(r.content)["biz_opaque_callback_data"] for r in httpx_mock.get_requests()} == {
            "wacloud-bulk:spring"
        }
        # The statuses webhook: 15550002's message was accepted after all; nothing arrives for 15550003.
        assert resolve_from_status(journal, _status("wamid.late", "delivered", "15550002", "wacloud-bulk:spring"))
        assert not resolve_from_status(journal, _status("wamid.x", "read", "15550001", "wacloud-bulk:spring"))
        assert not resolve_from_status(journal, _status("wamid.y", "delivered", "15550003", "order-1234"))
        assert not resolve_from_status(journal, _status("wamid.z", "failed", "15550003", "wacloud-bulk:spring"))
        assert not resolve_from_status(journal, _status("wamid.w", "sent", "15550003", "wacloud-bulk:other-run"))
        journal.mark_not_sent("spring", "15550003")
        graph.outcomes.clear()
        final = client.messages.send_bulk(numbers, HELLO, run_id="spring", journal=journal, rate_limit=FAST)
        own = TemplateMessage(to="", template=HELLO.template, biz_opaque_callback_data="campaign-7")
        client.messages.send_bulk(["15550009"], own, run_id="own", journal=journal, rate_limit=FAST)
    assert final.results[1] == BulkSkipped("15550002", "already sent by an earlier run", "wamid.late")
    assert [type(r) for r in final.results] == [BulkSkipped, BulkSkipped, BulkSent]
    assert graph.received == {"15550001": 1, "15550002": 1, "15550003": 2, "15550009": 1}
    assert json.loads(httpx_mock.get_requests()[-1].content)["biz_opaque_callback_data"] == "campaign-7"


def test_redis_journal_settles_from_statuses(redis_url: str) -> None:
    journal = RedisJournal(redis_url)
    journal.begin("r", "sha256:x")
    assert journal.claim("r", "15550001") is None
    assert resolve_from_status(journal, _status("wamid.a", "sent", "15550001", "wacloud-bulk:r"))
    assert not resolve_from_status(journal, _status("wamid.a", "delivered", "15550001", "wacloud-bulk:r"))
    assert journal.entries("r")["15550001"].message_id == "wamid.a"
    journal.close()
