"""Shared fixtures: an isolated environment (no real env vars, no .env) and clients on pytest-httpx."""

from __future__ import annotations

import logging
import re
import socket
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wacloud._config import ENV_VARS

TOKEN = "EAAG-test-token-0123456789abcdef"
PHONE_ID = "106540352242922"
WABA_ID = "102290129340398"
GRAPH = "https://graph.facebook.com/v26.0"
WAMID = "wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"
SENT = {
    "messaging_product": "whatsapp",
    "contacts": [{"input": "15551234567", "wa_id": "15551234567"}],
    "messages": [{"id": WAMID, "message_status": "accepted"}],
}


_real_getaddrinfo = socket.getaddrinfo
_LOOPBACK = {"localhost", "127.0.0.1", "::1", None}


def _loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
    if host not in _LOOPBACK and not str(host).startswith("127."):
        raise OSError(f"tests may not reach the network (tried to resolve {host!r})")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any DNS lookup of a non-loopback host fails the test instead of reaching the internet."""
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only)


@pytest.fixture(autouse=True)
def fresh_configuration_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """wacloud warns once per process about a setting; each test starts as a new process would."""
    monkeypatch.setattr("wacloud._config._WARNED", set())


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Every test starts with none of wacloud's variables set and an empty working directory."""
    for names in ENV_VARS.values():
        for name in names:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


# ---------------------------------------------------------------- whole-run secret scan
# Everything logged during the test run (wacloud at DEBUG, httpx at INFO) is kept and scanned at the end for any
# secret the tests configure: every test token starts with "EAAG-", plus the app secrets and verify token below.
# Errors handed to `scan_error` are scanned too, rendered as an error tracker captures them.
SECRET_PATTERN = re.compile(
    r"EAAG-[A-Za-z0-9-]+|app-secret-value|s3cret-from-env|the-app-secret-value|the-verify-token-value"
)
_LOGGED: list[str] = []


def render_error(error: BaseException) -> str:
    """``error`` as Sentry-like trackers capture it: the chained traceback with every frame's locals, str, repr."""
    rendered = traceback.TracebackException.from_exception(error, capture_locals=True).format()
    return "".join(rendered) + f"\nstr: {error}\nrepr: {error!r}\n"


def scan_error(error: BaseException) -> str:
    """Feed ``error`` (captured-locals traceback and texts) to the whole-run secret scan; returns the rendering.

    Also fails at once when a configured secret shows, so the failing test is the one that leaked.
    """
    text = render_error(error)
    _LOGGED.append(f"captured error {type(error).__name__}: {text}")
    leak = SECRET_PATTERN.search(text)
    assert leak is None, (
        f"a secret shows in the captured {type(error).__name__}: ...{text[max(0, leak.start() - 300) : leak.start()]}<secret>"
    )
    return text


class _KeepEverything(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            _LOGGED.append(f"{record.name}: {record.getMessage()}")
        except Exception:  # a record that cannot format is the emitter's bug, not a leak
            _LOGGED.append(f"{record.name}: {record.msg!r}")


def pytest_configure(config: pytest.Config) -> None:
    handler = _KeepEverything(level=logging.DEBUG)
    logging.getLogger().addHandler(handler)
    logging.getLogger("wacloud").setLevel(logging.DEBUG)
    logging.getLogger("httpx").setLevel(logging.INFO)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    leaks = [line for line in _LOGGED if SECRET_PATTERN.search(line)]
    if leaks:
        example = SECRET_PATTERN.sub("<secret>", leaks[0])[:300]  # the report must not print the secret either
        print(f"\n{len(leaks)} logged line(s) contain a configured secret, e.g.: {example}", file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# A real redis-server for the tests about Redis (tests/redis_server.py): the fixtures `redis_url`, `redis_server_url`.
from redis_server import redis_server_url, redis_url  # noqa: E402, F401
