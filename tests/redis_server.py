"""A real redis-server for the tests that are about Redis: started on 127.0.0.1 on a free port, stopped afterwards.

The Makefile installs redis-server (Debian's package) when it is missing, so a fresh machine needs nothing by hand.
Use the `redis_url` fixture (registered in tests/conftest.py); each test gets an empty database (FLUSHALL).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest
import redis


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(port: int, process: subprocess.Popen[bytes], deadline_s: float = 10.0) -> None:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(f"redis-server exited with code {process.returncode} before accepting connections")
        try:
            with redis.Redis(host="127.0.0.1", port=port, socket_timeout=0.5) as client:
                if client.ping():
                    return
        except redis.RedisError:
            time.sleep(0.02)
    raise RuntimeError(f"redis-server did not answer PING on 127.0.0.1:{port} within {deadline_s} s")


@pytest.fixture(scope="session")
def redis_server_url() -> Iterator[str]:
    """One redis-server for the whole run (loopback only, no persistence), terminated at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: run `make install` (it installs Debian's redis-server)")
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="wacloud-redis-") as workdir:
        process = subprocess.Popen(
            [
                binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                workdir,
                "--protected-mode",
                "yes",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_ready(port, process)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server_url: str) -> str:
    """The session's redis-server, emptied before the test."""
    with redis.Redis.from_url(redis_server_url, socket_timeout=5) as client:
        client.flushall()
    return redis_server_url
