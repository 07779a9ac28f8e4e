"""Two real listener processes (uvicorn) sharing a real redis-server, driven like Meta: exactly once, nothing lost.

The scenario lives in benchmarks/webhook_fleet.py and is shared with ``make bench``, which runs it with 5,000
deliveries (about 25 s on 2 cores); the suite runs FLEET_DELIVERIES (2,000 by default) to keep its share of `make
test` short.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import redis

from benchmarks.webhook_fleet import run_fleet
from wacloud import webhooks

from .test_webhooks_throughput import batch_of_messages

SIGNATURE = webhooks.SIGNATURE_HEADER


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


DELIVERIES = int(os.environ.get("FLEET_DELIVERIES", "2000"))


@pytest.mark.integration
def test_two_processes_sharing_redis_handle_every_event_exactly_once(redis_url: str) -> None:
    result = run_fleet(redis_url, DELIVERIES, redelivery_share=0.2, fail_rate=0.1)
    assert result.redeliveries > DELIVERIES * 0.1  # the scenario really redelivers ...
    assert result.failures > 0 and result.answers.get(500, 0) > 0  # ... handlers fail, deliveries are resent ...
    assert result.answers[200] == DELIVERIES + result.redeliveries  # ... until every delivery got its 200
    assert result.lost == 0
    assert result.duplicates == 0
    assert result.exactly_once


@pytest.mark.integration
def test_acknowledge_first_across_two_processes_sharing_a_redis_stream(redis_url: str) -> None:
    """Both processes answer 200 at once; their consumers share one stream and retry failures from it."""
    deliveries = max(100, DELIVERIES // 4)
    result = run_fleet(redis_url, deliveries, redelivery_share=0.2, fail_rate=0.1, acknowledge_first=True)
    assert result.answers == {200: deliveries + result.redeliveries}  # never a 500: failures retry from the queue
    assert result.failures > 0  # ... and handlers did fail
    assert result.lost == 0
    assert result.duplicates == 0
    assert result.exactly_once


APP_MODULE = """
import os

import redis

from wacloud import webhooks

client = redis.Redis.from_url(os.environ["APP_REDIS_URL"])


def record(message: webhooks.Message) -> None:
    client.hincrby("served:handled", str(message.id), 1)
    client.sadd("served:pids", os.getpid())


listener = webhooks.WebhookListener(
    verify_token="served-verify-token",
    app_secret="served-app-secret",
    environ={},
    dedupe=webhooks.RedisDedupeStore(client),
    on_message=record,
)
"""


@pytest.mark.integration
def test_serve_with_workers_by_import_string(redis_url: str, tmp_path: Path) -> None:
    """``webhooks.serve("module:listener", workers=2)``: uvicorn worker processes sharing one Redis store."""
    (tmp_path / "served_app.py").write_text(APP_MODULE, encoding="utf-8")
    port = _free_port()
    code = f"from wacloud import webhooks; webhooks.serve('served_app:listener', port={port}, workers=2, log_level='warning')"
    env = {**os.environ, "APP_REDIS_URL": redis_url, "PYTHONPATH": str(tmp_path)}
    process = subprocess.Popen([sys.executable, "-c", code], cwd=tmp_path, env=env)
    try:
        url = f"http://127.0.0.1:{port}/webhook"
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, "the server exited"
            try:
                if httpx.get(url, timeout=1).status_code == 403:  # up (the bare GET is not a valid handshake)
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        bodies = [batch_of_messages(1, prefix=f"wamid.served{n}-") for n in range(20)]

        async def post_all() -> list[int]:
            async with httpx.AsyncClient(timeout=20) as client:
                replies = await asyncio.gather(
                    *(
                        client.post(
                            url, content=body, headers={SIGNATURE: webhooks.sign_payload(body, "served-app-secret")}
                        )
                        for body in bodies + bodies  # every delivery twice, at the same time
                    )
                )
            return [reply.status_code for reply in replies]

        statuses = asyncio.run(post_all())
        assert set(statuses) <= {200, 409} and statuses.count(200) >= 20
        with redis.Redis.from_url(redis_url) as client:
            handled = {key.decode(): int(count) for key, count in client.hgetall("served:handled").items()}
            pids = client.smembers("served:pids")
        assert handled == {f"wamid.served{n}-0": 1 for n in range(20)}
        assert str(process.pid).encode() not in pids  # handled in the worker processes, not the supervisor
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
