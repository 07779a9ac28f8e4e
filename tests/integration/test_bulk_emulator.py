"""Throughput and bulk sends against the emulator over real loopback HTTP, including a real kill half-way."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from wacloud import ConfigurationError, RateLimitError, WhatsApp, webhooks
from wacloud.bulk import BulkSent, SqliteJournal, resolve_from_status
from wacloud.emulator import Emulator, Tenant, ThreadedServer
from wacloud_api.models import TemplateContent, TemplateLanguage, TemplateMessage

pytestmark = pytest.mark.integration

TOKEN = "EAAG-bulk-tenant"
SECRET = "bulk-integration-app-secret"
NUMBER = "1001"
HELLO = TemplateMessage(to="", template=TemplateContent(name="hello_world", language=TemplateLanguage(code="en_US")))


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator([Tenant(NUMBER, "2001", {TOKEN}), Tenant("1002", "2002", {TOKEN})]) as emu:
        yield emu


def _client(emu: Emulator, **options: object) -> WhatsApp:
    return WhatsApp(access_token=TOKEN, phone_number_id=NUMBER, base_url=emu.base_url, **options)  # type: ignore[arg-type]


def test_past_its_throughput_a_number_is_answered_130429_with_retry_after(emulator: Emulator) -> None:
    emulator.set_throughput(0.01)  # one send, then the next token is 100 s away
    with _client(emulator, max_retries=0) as client:
        client.messages.send_text(to="15550001", body="first")
        with pytest.raises(RateLimitError) as refused:
            client.messages.send_text(to="15550002", body="second")
        assert refused.value.code == 130429 and refused.value.retry_after is not None
        assert refused.value.retry_after >= 1  # whole seconds, as RFC 9110 has it
        assert "throughput" in (refused.value.details or "")
        emulator.set_throughput(None, phone_number_id="1002")  # another number, lifted explicitly
        client.messages.send_text(to="15550002", body="other number", phone_number_id="1002")
        emulator.set_throughput(None)
        client.messages.send_text(to="15550002", body="limit lifted")
    assert emulator.throughput_refusals == {NUMBER: 1}
    assert [s["body"]["text"]["body"] for s in emulator.sent] == ["first", "other number", "limit lifted"]


def test_send_bulk_paced_at_the_numbers_throughput_is_never_refused(emulator: Emulator, tmp_path: Path) -> None:
    emulator.set_throughput(100)
    numbers = [f"1555{i:06d}" for i in range(300)]
    with _client(emulator, rate_limit=100) as client:
        report = client.messages.send_bulk(numbers, HELLO, run_id="paced", journal=tmp_path / "j.sqlite")
    assert len(report.sent) == 300 and not report.failed and not report.unknown
    assert emulator.throughput_refusals == {}  # the limiter kept every send within the emulated throughput
    assert Counter(s["body"]["to"] for s in emulator.sent) == Counter(numbers)
    assert {r.message_id for r in report.sent} == {s["id"] for s in emulator.sent}


def _run_cli(emu: Emulator, folder: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "CLOUD_API_ACCESS_TOKEN": TOKEN,
        "WA_PHONE_NUMBER_ID": NUMBER,
        "WA_BASE_URL": emu.base_url,
        "WA_RATE_LIMIT": "100",
    }
    command = [sys.executable, "-m", "wacloud.cli", "send", "bulk", "--template", "hello_world"]
    command += ["--recipients", str(folder / "recipients.csv"), "--journal", str(folder / "journal.sqlite")]
    return subprocess.Popen(command, env=env, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


class StatusInbox:
    """The statuses webhook of the test: settles unknown outcomes in the journal as statuses arrive."""

    def __init__(self, journal_path: Path) -> None:
        self.journal_path = journal_path
        self.seen: set[str] = set()
        self.changed = threading.Condition()

    def on_status(self, status: webhooks.Status) -> None:
        journal = SqliteJournal(self.journal_path)  # the handler's own connection, as in a separate process
        try:
            resolve_from_status(journal, status)
        finally:
            journal.close()
        with self.changed:
            self.seen.add(str(status.id))
            self.changed.notify_all()

    def wait_for(self, wamids: set[str], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        with self.changed:
            while not wamids <= self.seen:
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"{len(wamids - self.seen)} statuses never arrived"
                self.changed.wait(remaining)


def test_a_run_killed_half_way_and_restarted_sends_each_recipient_exactly_once(tmp_path: Path) -> None:
    numbers = [f"1555{i:06d}" for i in range(400)]
    (tmp_path / "recipients.csv").write_text("to\n" + "\n".join(numbers) + "\n", encoding="utf-8")
    SqliteJournal(tmp_path / "journal.sqlite").close()  # the file exists before the handler opens it
    inbox = StatusInbox(tmp_path / "journal.sqlite")
    listener = webhooks.WebhookListener(verify_token="verify", app_secret=SECRET, on_status=inbox.on_status)
    with (
        ThreadedServer(listener.asgi) as receiver,
        Emulator(
            [Tenant(NUMBER, "2001", {TOKEN})],
            app_secret=SECRET,
            webhook_url=f"{receiver.url}/webhook",
            status_delay=0,
            throughput=100,
        ) as emulator,
    ):
        first = _run_cli(emulator, tmp_path)
        deadline = time.monotonic() + 60
        while len(emulator.sent) < 150:  # about 1.5 s into a 4 s run
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the bulk run did not get going"
            time.sleep(0.01)
        first.kill()  # SIGKILL: no cleanup, requests in flight are cut off
        first.communicate(timeout=30)
        assert first.returncode != 0 and 0 < len(emulator.sent) < len(numbers)

        second = _run_cli(emulator, tmp_path)
        out, err = second.communicate(timeout=120)
        assert second.returncode in (0, 1), err  # 1 when some recipient's outcome is unknown
        counts = Counter(s["body"]["to"] for s in emulator.sent)
        assert max(counts.values()) == 1  # nobody got a second message, although the first run was killed mid-flight

        # Every accepted message's statuses reached the webhook, which settled the unknown ones it proves sent;
        # what is still unsettled never reached Meta (no status), so the user marks it not sent and runs again.
        inbox.wait_for({s["id"] for s in emulator.sent})
        journal = SqliteJournal(tmp_path / "journal.sqlite")
        unsettled = {n: e for n, e in journal.entries("hello_world:en_US").items() if e.state != "sent"}
        assert len(unsettled) <= 16  # at most the requests in flight when it was killed (the concurrency)
        accepted = {s["body"]["to"] for s in emulator.sent}
        for number, entry in unsettled.items():
            assert entry.state in ("attempting", "unknown") and number not in accepted
            journal.mark_not_sent("hello_world:en_US", number)
        journal.close()
        third = _run_cli(emulator, tmp_path)
        out, err = third.communicate(timeout=120)
        assert third.returncode == 0, err
        assert "0 failed" in out and "0 unknown" in out

        assert Counter(s["body"]["to"] for s in emulator.sent) == Counter(numbers)  # each recipient exactly once
        final = SqliteJournal(tmp_path / "journal.sqlite").entries("hello_world:en_US")
        assert {n: e.message_id for n, e in final.items()} == {s["body"]["to"]: s["id"] for s in emulator.sent}
        assert emulator.throughput_refusals == {}


def test_bulk_results_carry_the_emulators_message_ids_and_resume_skips_them(emulator: Emulator, tmp_path: Path) -> None:
    with _client(emulator) as client:
        report = client.messages.send_bulk(["15550001", "15550002"], HELLO, run_id="r", journal=tmp_path / "j.sqlite")
        again = client.messages.send_bulk(["15550001", "15550002"], HELLO, run_id="r", journal=tmp_path / "j.sqlite")
    assert all(isinstance(r, BulkSent) for r in report.results)
    assert [r.message_id for r in again.skipped] == [r.message_id for r in report.sent]
    assert len(emulator.sent) == 2


def test_emulator_throughput_option_is_validated(capsys: pytest.CaptureFixture[str]) -> None:
    from wacloud.cli import main

    assert main(["emulator", "--throughput", "0"]) == 2
    assert "--throughput must be positive" in capsys.readouterr().err
    with Emulator([Tenant(NUMBER, "2001", {TOKEN})]) as emu, pytest.raises(ConfigurationError, match="positive"):
        emu.set_throughput(-5)
