"""Shared fixtures: documented payloads, a configured listener, in-process ASGI/WSGI drivers, loopback servers."""

from __future__ import annotations

import asyncio
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from wacloud import webhooks

FIXTURES = Path(__file__).parent / "fixtures"
VERIFY_TOKEN = "verify-token-for-tests"
APP_SECRET = "app-secret-for-tests"

Loader = Callable[[str], dict[str, Any]]
RawLoader = Callable[[str], bytes]
ListenerFactory = Callable[..., webhooks.WebhookListener]
Reply = tuple[int, dict[str, str], bytes]
AsgiCaller = Callable[..., Reply]
WsgiCaller = Callable[..., Reply]
ServerFactory = Callable[[Any], AbstractContextManager[str]]


@pytest.fixture(scope="session")
def load() -> Loader:
    """Load a documented payload from ``fixtures/<name>.json`` as a dict."""

    def loader(name: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        return data

    return loader


@pytest.fixture(scope="session")
def raw() -> RawLoader:
    """Load a documented payload as the compact, escaped-unicode bytes Meta sends."""

    def loader(name: str) -> bytes:
        data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        return json.dumps(data, separators=(",", ":")).encode("ascii")

    return loader


@pytest.fixture(scope="session")
def make_listener(tmp_path_factory: pytest.TempPathFactory) -> ListenerFactory:
    """Build a listener configured explicitly, isolated from the real environment and any ``.env``."""
    no_dotenv = tmp_path_factory.mktemp("nodotenv") / ".env"

    def factory(**options: Any) -> webhooks.WebhookListener:
        options.setdefault("verify_token", VERIFY_TOKEN)
        options.setdefault("app_secret", APP_SECRET)
        options.setdefault("environ", {})
        options.setdefault("dotenv_path", no_dotenv)
        return webhooks.WebhookListener(**options)

    return factory


def read_everything(value: Any) -> None:
    """Touch every public property of a view, recursively (they must never raise)."""
    if isinstance(value, list):
        for item in value:
            read_everything(item)
        return
    if not hasattr(value, "raw"):
        return
    for name in dir(type(value)):
        if name.startswith("_") or not isinstance(getattr(type(value), name), property):
            continue
        read_everything(getattr(value, name))


def signed_headers(body: bytes, secret: str = APP_SECRET) -> dict[str, str]:
    return {"Content-Type": "application/json", webhooks.SIGNATURE_HEADER: webhooks.sign_payload(body, secret)}


@pytest.fixture(scope="session")
def sign() -> Callable[[bytes], dict[str, str]]:
    """Headers Meta would send with ``body`` (signed with the test app secret)."""
    return signed_headers


@pytest.fixture(scope="session")
def call_asgi() -> AsgiCaller:
    """Drive an ASGI app in-process: ``call_asgi(app, "POST", "/webhook", body=b"...", headers={...})``."""

    def caller(
        app: Any,
        method: str,
        path: str,
        *,
        query: str = "",
        headers: dict[str, str] | None = None,
        body: bytes = b"",
        chunk_size: int = 0,
    ) -> Reply:
        async def run() -> Reply:
            chunks = [body[i : i + chunk_size] for i in range(0, len(body), chunk_size)] if chunk_size else [body]
            incoming = [
                {"type": "http.request", "body": chunk, "more_body": index < len(chunks) - 1}
                for index, chunk in enumerate(chunks or [b""])
            ]
            sent: list[dict[str, Any]] = []

            async def receive() -> dict[str, Any]:
                return incoming.pop(0) if incoming else {"type": "http.disconnect"}

            async def send(message: dict[str, Any]) -> None:
                sent.append(message)

            scope = {
                "type": "http",
                "method": method,
                "path": path,
                "root_path": "",
                "query_string": query.encode("latin-1"),
                "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()],
            }
            await app(scope, receive, send)
            start = next(m for m in sent if m["type"] == "http.response.start")
            payload = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
            return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, payload

        return asyncio.run(run())

    return caller


@pytest.fixture(scope="session")
def call_wsgi() -> WsgiCaller:
    """Drive a WSGI app in-process."""

    def caller(
        app: Any,
        method: str,
        path: str,
        *,
        query: str = "",
        headers: dict[str, str] | None = None,
        body: bytes = b"",
        content_length: str | None = None,
    ) -> Reply:
        environ: dict[str, Any] = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "CONTENT_LENGTH": str(len(body)) if content_length is None else content_length,
            "wsgi.input": io.BytesIO(body),
        }
        for name, value in (headers or {}).items():
            key = name.upper().replace("-", "_")
            environ[key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else f"HTTP_{key}"] = value
        captured: dict[str, Any] = {}

        def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
            captured["status"] = int(status.split()[0])
            captured["headers"] = {k.lower(): v for k, v in response_headers}

        payload = b"".join(app(environ, start_response))
        return captured["status"], captured["headers"], payload

    return caller


@contextmanager
def _uvicorn_server(app: Any) -> Iterator[str]:
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def _wsgiref_server(app: Any) -> Iterator[str]:
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=20)


@pytest.fixture(scope="session")
def asgi_server() -> ServerFactory:
    """``with asgi_server(app) as url:`` serves an ASGI app with uvicorn on an ephemeral loopback port."""
    return _uvicorn_server


@pytest.fixture(scope="session")
def wsgi_server() -> ServerFactory:
    """``with wsgi_server(app) as url:`` serves a WSGI app with wsgiref on an ephemeral loopback port."""
    return _wsgiref_server
