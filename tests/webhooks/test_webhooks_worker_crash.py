"""Acknowledge first loses nothing when a worker dies: a real worker process is killed mid-handler (SIGKILL) after
the delivery was answered 200, and another worker process handles the delivery, each event exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis

from wacloud import webhooks

from .test_webhooks_throughput import batch_of_messages

WORKER = Path(__file__).with_name("queue_worker_process.py")


@contextmanager
def worker_process(redis_url: str, mode: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "WORKER_REDIS_URL": redis_url,
        "WORKER_MODE": mode,
        "WORKER_LOG": str(log),
    }
    process = subprocess.Popen([sys.executable, str(WORKER)], env=env, cwd=log.parent)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=20)


def lines(log: Path, word: str) -> list[str]:
    if not log.exists():
        return []
    return [line.split()[1] for line in log.read_text(encoding="utf-8").splitlines() if line.startswith(word + " ")]


def wait_for(check: object, deadline_s: float = 30.0) -> None:
    end = time.monotonic() + deadline_s
    while not check():  # type: ignore[operator]
        assert time.monotonic() < end, "timed out waiting for the worker"
        time.sleep(0.05)


@pytest.mark.integration
def test_a_killed_workers_delivery_is_handled_by_another_worker(redis_url: str, tmp_path: Path) -> None:
    accepting = webhooks.WebhookListener(
        verify_token="worker-verify-token",
        app_secret="worker-app-secret",
        environ={},
        dotenv_path=tmp_path / ".env",
        acknowledge_first=webhooks.RedisStreamQueue(redis_url),
        consumers=0,  # this process only answers Meta; the workers handle
    )
    body = batch_of_messages(3, prefix="wamid.crash")
    answer = accepting.handle_post_sync(body, webhooks.sign_payload(body, "worker-app-secret"))
    accepting.close()
    assert answer.status_code == 200  # Meta got its 200: from now on only the queue can deliver these events

    first_log, second_log = tmp_path / "first.log", tmp_path / "second.log"
    with worker_process(redis_url, "hang", first_log) as first:
        wait_for(lambda: lines(first_log, "started") == ["wamid.crash0"])
        first.send_signal(signal.SIGKILL)  # dies inside the handler: no release, no ack, no cleanup
        first.wait(timeout=20)
    assert lines(first_log, "started") == ["wamid.crash0"]

    with worker_process(redis_url, "record", second_log) as second:
        wait_for(lambda: sorted(lines(second_log, "handled")) == ["wamid.crash0", "wamid.crash1", "wamid.crash2"])
        with redis.Redis.from_url(redis_url) as client:
            wait_for(lambda: client.xlen("wacloud:webhooks:deliveries") == 0)
            assert client.xpending("wacloud:webhooks:deliveries", "wacloud-webhooks")["pending"] == 0
        second.send_signal(signal.SIGTERM)  # a graceful stop
        assert second.wait(timeout=20) == 0
    assert sorted(lines(second_log, "handled")) == ["wamid.crash0", "wamid.crash1", "wamid.crash2"]
