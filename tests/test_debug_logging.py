"""DEBUG=true prints each wacloud line once: wacloud's handler only for what no application handler prints."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from pytest_httpx import HTTPXMock

from tests.conftest import GRAPH, PHONE_ID, SENT, TOKEN
from wacloud import WhatsApp
from wacloud._logging import configure_debug_logging

WACLOUD = logging.getLogger("wacloud")


@pytest.fixture
def isolated_wacloud_logger(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """wacloud's logger with no handler, its level restored afterwards."""
    monkeypatch.setattr(WACLOUD, "handlers", [])
    level = WACLOUD.level
    yield WACLOUD
    WACLOUD.setLevel(level)


def _app_root(monkeypatch: pytest.MonkeyPatch, level: int) -> io.StringIO:
    """An application's root logging (as ``logging.basicConfig`` sets it up), printing to a buffer."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(level)
    root = logging.Logger("app-root")  # stands in for the real root, which pytest's own handlers occupy
    root.addHandler(handler)
    monkeypatch.setattr(WACLOUD, "parent", root)
    return stream


def _send(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "true")
    httpx_mock.add_response(method="POST", url=f"{GRAPH}/{PHONE_ID}/messages", json=SENT)
    with WhatsApp(access_token=TOKEN, phone_number_id=PHONE_ID) as client:
        client.messages.send_text(to="15551234567", body="hi")


def test_with_root_logging_at_debug_each_line_is_printed_once(
    isolated_wacloud_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    httpx_mock: HTTPXMock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    printed = _app_root(monkeypatch, logging.NOTSET)
    _send(httpx_mock, monkeypatch)
    assert isolated_wacloud_logger.handlers == []  # nothing attached: the application's handler prints
    assert printed.getvalue().count("POST /") == 1
    assert "POST /" not in capsys.readouterr().err


def test_with_root_logging_at_warning_debug_lines_come_from_wacloud_only(
    isolated_wacloud_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    httpx_mock: HTTPXMock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    printed = _app_root(monkeypatch, logging.WARNING)
    _send(httpx_mock, monkeypatch)
    assert len(isolated_wacloud_logger.handlers) == 1
    assert capsys.readouterr().err.count("POST /") == 1  # the DEBUG line, printed by wacloud's handler
    assert "POST /" not in printed.getvalue()
    isolated_wacloud_logger.warning("a warning")
    assert printed.getvalue().count("a warning") == 1  # printed by the application...
    assert "a warning" not in capsys.readouterr().err  # ...and not a second time by wacloud


def test_without_any_logging_configured_wacloud_prints_to_stderr(
    isolated_wacloud_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(WACLOUD, "parent", logging.Logger("empty-root"))
    configure_debug_logging()
    configure_debug_logging()  # idempotent
    isolated_wacloud_logger.debug("one line")
    assert capsys.readouterr().err.count("one line") == 1


def test_an_application_handler_on_wacloud_itself_is_respected(
    isolated_wacloud_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = logging.StreamHandler(io.StringIO())
    isolated_wacloud_logger.addHandler(own)
    configure_debug_logging()
    assert isolated_wacloud_logger.handlers == [own]
