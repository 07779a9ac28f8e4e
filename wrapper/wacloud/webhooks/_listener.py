"""``WebhookListener``: a framework-free webhook endpoint, as an ASGI app (``.asgi``) and a WSGI app (``.wsgi``).

What it answers, at its endpoint path (``WEBHOOK_ENDPOINT``, default ``/webhook``):

- ``GET``: the subscription handshake. 200 with ``hub.challenge`` as ``text/plain``, or 403.
- ``POST``: 413 if the body is larger than ``max_body_bytes``; 403 if ``X-Hub-Signature-256`` is missing, wrong
  or sent more than once; 400 if the body is not a WhatsApp notification; otherwise every event is dispatched to
  the handlers and the answer is 200, 500 if a handler raised, or 409 if an event is still being handled by
  another request or worker (both so that Meta redelivers). With ``acknowledge_first`` the verified body is
  queued and answered 200 at once (503 if it cannot be queued).
- any other method: 405; any other path: 404.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qs

from .._config import Settings, load_dotenv_values, read_setting
from .._constants import DEFAULT_LISTENER_PORT, DEFAULT_WEBHOOK_ENDPOINT
from .._errors import ConfigurationError, InvalidSignatureError, WebhookPayloadError, WebhookVerificationError
from .._secrets import secret as as_secret
from ._consumers import Consumers
from ._dedupe import AsyncDedupeStore, DedupeStore, InMemoryDedupeStore, check_duration
from ._dispatch import Dispatcher, Outcome
from ._events import ErrorEvent, Event, Message, Status
from ._parse import Notification, parse_webhook
from ._queue import DeliveryQueue, InProcessQueue, QueueFullError
from ._verify import SIGNATURE_HEADER, SignatureVerifier, verify_subscription

__all__ = ["DEFAULT_MAX_BODY_BYTES", "ListenerResponse", "WebhookListener"]

logger = logging.getLogger("wacloud.webhooks")

#: Largest accepted POST body: Meta documents webhook payloads of up to 3 MB ("Webhooks overview", payload size);
#: a smaller limit would answer a real delivery 413 on every retry. It bounds memory per request.
DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
StartResponse = Callable[..., Any]
AsgiApp = Callable[[Scope, Receive, Send], Awaitable[None]]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

_MH = TypeVar("_MH", bound=Callable[[Message], object])
_SH = TypeVar("_SH", bound=Callable[[Status], object])
_EH = TypeVar("_EH", bound=Callable[[ErrorEvent], object])
_OH = TypeVar("_OH", bound=Callable[[Event], object])

_REASONS = {
    200: "OK",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    411: "Length Required",
    413: "Content Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}

#: Default number of queue consumer tasks per process in acknowledge-first mode.
DEFAULT_CONSUMERS = 8


@dataclass(frozen=True, slots=True)
class ListenerResponse:
    """What the listener answers: status code and a short ``text/plain`` body (for framework integrations)."""

    status_code: int
    text: str
    headers: tuple[tuple[str, str], ...] = ()

    def header_list(self) -> list[tuple[str, str]]:
        """Headers to send, including ``Content-Type`` and ``Content-Length``."""
        return [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(self.text.encode("utf-8")))),
            ("X-Content-Type-Options", "nosniff"),
            *self.headers,
        ]


def _reply(status_code: int, text: str | None = None, *headers: tuple[str, str]) -> ListenerResponse:
    if status_code == 200 and text is None and not headers:
        return _OK
    return ListenerResponse(status_code, text if text is not None else _REASONS.get(status_code, ""), headers)


_OK = ListenerResponse(200, "OK")


def _asgi_messages(response: ListenerResponse) -> tuple[dict[str, Any], dict[str, Any]]:
    """The two ASGI messages of a response."""
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.header_list()]
    start = {"type": "http.response.start", "status": response.status_code, "headers": headers}
    return start, {"type": "http.response.body", "body": response.text.encode("utf-8")}


# The 200 of every accepted delivery, encoded once (servers do not modify the messages they are sent).
_OK_START, _OK_BODY = _asgi_messages(_OK)


class WebhookListener:
    """A WhatsApp webhook endpoint: handshake, signature check, parsing, de-duplication and dispatch to handlers.

    Settings come from the arguments, else from ``client.settings`` / ``settings``, else from the environment and
    ``.env``: ``WEBHOOK_VERIFICATION_TOKEN``, ``WA_APP_SECRET``, ``WEBHOOK_ENDPOINT`` (default ``/webhook``) and
    ``WA_LISTENER_PORT`` (default 3000, used by :func:`serve`). A missing verify token, or a missing app secret
    while ``verify_signatures`` is on, raises :class:`wacloud.ConfigurationError` here, at construction.

    ``verify_signatures=False`` skips the ``X-Hub-Signature-256`` check: for local development only, since anyone
    who can reach the endpoint could then inject events.

    ``dedupe`` is ``True`` (an :class:`InMemoryDedupeStore`: one process only), ``False``, or a shared
    :class:`DedupeStore` / :class:`AsyncDedupeStore` such as :class:`RedisDedupeStore` (WSGI) or
    :class:`AsyncRedisDedupeStore` (ASGI). Handlers may be plain functions or coroutines; on the ASGI app a
    delivery that needs a plain function runs in a worker pool, one hand-off per delivery: ``max_workers`` threads
    (32 by default) or your own ``executor``.

    ``acknowledge_first`` (``True`` for an :class:`InProcessQueue`, or a :class:`DeliveryQueue` such as
    :class:`RedisStreamQueue`) answers every verified delivery 200 at once and hands it to a queue; ``consumers``
    tasks per process (8 by default; 0 to only accept here and run :meth:`run_consumers` elsewhere) handle it.

    Example::

        listener = webhooks.WebhookListener()

        @listener.on_message
        async def reply(message: webhooks.Message) -> None:
            print(message.from_, message.text.body if message.text else message.type)

        app = listener.asgi  # or listener.wsgi
    """

    def __init__(
        self,
        *,
        verify_token: str | None = None,
        app_secret: str | None = None,
        endpoint: str | None = None,
        port: int | None = None,
        client: object | None = None,
        settings: Settings | None = None,
        verify_signatures: bool = True,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        dedupe: DedupeStore | AsyncDedupeStore | bool = True,
        acknowledge_first: DeliveryQueue | bool = False,
        consumers: int = DEFAULT_CONSUMERS,
        max_workers: int | None = None,
        executor: Executor | None = None,
        drain_timeout: float = 30.0,
        on_message: Callable[[Message], object] | None = None,
        on_status: Callable[[Status], object] | None = None,
        on_error: Callable[[ErrorEvent], object] | None = None,
        on_event: Callable[[Event], object] | None = None,
        environ: Mapping[str, str] | None = None,
        dotenv_path: str | os.PathLike[str] | None = None,
    ) -> None:
        if client is not None:
            client_settings = getattr(client, "settings", None)
            if not isinstance(client_settings, Settings):
                raise ConfigurationError(
                    "client= must have a `.settings` attribute of type wacloud Settings "
                    f"(got {type(client).__name__} without one)."
                )
            settings = settings or client_settings
        token, secret, path, listen_port = self._resolve(
            verify_token, app_secret, endpoint, port, settings, environ, dotenv_path
        )
        if not token:
            raise ConfigurationError(
                "The webhook verify token is missing: pass `verify_token=` or set WEBHOOK_VERIFICATION_TOKEN "
                "(the same string you typed in the App Dashboard's webhook configuration)."
            )
        if verify_signatures and not secret:
            raise ConfigurationError(
                "The app secret is missing, so webhook signatures cannot be verified: pass `app_secret=` or set "
                "WA_APP_SECRET (App Dashboard > App settings > Basic). For local development only, "
                "`verify_signatures=False` disables the check."
            )
        if not path.startswith("/"):
            raise ConfigurationError(f"WEBHOOK_ENDPOINT must be a path starting with '/', got {path!r}.")
        if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int) or max_body_bytes < 1:
            raise ConfigurationError(f"max_body_bytes must be a positive number of bytes, got {max_body_bytes!r}.")
        self._verify_token = as_secret(token)
        # Keyed once: the HMAC state, never the secret itself, is what the listener keeps.
        self._verifier = SignatureVerifier(secret) if verify_signatures and secret else None
        #: The path the listener answers on.
        self.endpoint = path
        #: The port :func:`serve` listens on by default.
        self.port = listen_port
        self.verify_signatures = verify_signatures
        self.max_body_bytes = max_body_bytes
        store: DedupeStore | AsyncDedupeStore | None
        if dedupe is True:
            store = InMemoryDedupeStore()
        elif dedupe is False:
            store = None
        else:
            store = dedupe
        self._dispatcher = Dispatcher(store, executor=executor, max_workers=max_workers)
        if isinstance(consumers, bool) or not isinstance(consumers, int) or consumers < 0:
            raise ConfigurationError(f"consumers must be a number of consumer tasks (0 or more), got {consumers!r}.")
        queue: DeliveryQueue | None
        if acknowledge_first is True:
            queue = InProcessQueue()
        elif acknowledge_first is False:
            queue = None
        elif isinstance(acknowledge_first, DeliveryQueue):
            queue = acknowledge_first
        else:
            raise ConfigurationError(
                "acknowledge_first must be True, False or a webhooks.DeliveryQueue (InProcessQueue, "
                f"RedisStreamQueue), got {type(acknowledge_first).__name__}."
            )
        if isinstance(queue, InProcessQueue) and consumers == 0:
            raise ConfigurationError(
                "An InProcessQueue is only consumed in this process: consumers=0 would never handle a delivery. "
                "Use RedisStreamQueue to consume in other processes."
            )
        #: The acknowledge-first queue, or ``None`` when deliveries are handled before answering.
        self.queue = queue
        self._consumers = (
            None
            if queue is None
            else Consumers(queue, self._dispatcher.deliver, consumers, check_duration("drain_timeout", drain_timeout))
        )
        if on_message is not None:
            self.on_message(on_message)
        if on_status is not None:
            self.on_status(on_status)
        if on_error is not None:
            self.on_error(on_error)
        if on_event is not None:
            self.on_event(on_event)
        self._asgi_app = self._make_asgi_app()
        if not verify_signatures:
            logger.warning("webhook signature verification is OFF: use this only for local development")

    def __repr__(self) -> str:
        return (
            f"WebhookListener(endpoint={self.endpoint!r}, port={self.port!r}, "
            f"verify_signatures={self.verify_signatures!r}, max_body_bytes={self.max_body_bytes!r}, "
            f"dedupe={self.dedupe_store!r}, acknowledge_first={self.queue!r})"
        )

    @staticmethod
    def _resolve(
        verify_token: str | None,
        app_secret: str | None,
        endpoint: str | None,
        port: int | None,
        settings: Settings | None,
        environ: Mapping[str, str] | None,
        dotenv_path: str | os.PathLike[str] | None,
    ) -> tuple[str | None, str | None, str, int]:
        if settings is not None:
            return (
                verify_token if verify_token is not None else settings.webhook_verification_token,
                app_secret if app_secret is not None else settings.app_secret,
                endpoint if endpoint is not None else settings.webhook_endpoint,
                port if port is not None else settings.listener_port,
            )
        # Only the webhook settings are read, so an unrelated bad variable (say CLOUD_API_VERSION) cannot break it.
        dotenv = load_dotenv_values(dotenv_path)
        if verify_token is None:
            verify_token = read_setting("webhook_verification_token", environ, dotenv)[0]
        if app_secret is None:
            app_secret = read_setting("app_secret", environ, dotenv)[0]
        if endpoint is None:
            endpoint = read_setting("webhook_endpoint", environ, dotenv)[0] or DEFAULT_WEBHOOK_ENDPOINT
        if port is None:
            raw_port = read_setting("listener_port", environ, dotenv)[0]
            if raw_port is None:
                port = DEFAULT_LISTENER_PORT
            else:
                try:
                    port = int(raw_port)
                except ValueError:
                    raise ConfigurationError(f"WA_LISTENER_PORT must be a TCP port, got {raw_port!r}.") from None
        if not 0 < port < 65536:
            raise ConfigurationError(f"WA_LISTENER_PORT must be a TCP port (1-65535), got {port!r}.")
        return verify_token, app_secret, endpoint, port

    @property
    def dedupe_store(self) -> DedupeStore | AsyncDedupeStore | None:
        """The de-duplication store (``None`` when de-duplication is off)."""
        return self._dispatcher.store

    @property
    def executor(self) -> Executor:
        """The worker pool synchronous handlers run in on the ASGI app and in queue consumers."""
        return self._dispatcher.executor

    # -- handler registration ----------------------------------------------------------------------------------------

    def on_message(self, handler: _MH) -> _MH:
        """Register a handler for incoming messages (usable as a decorator).

        Example: ``listener.on_message(lambda message: print(message.id))``
        """
        self._dispatcher.add("message", handler)
        return handler

    def on_status(self, handler: _SH) -> _SH:
        """Register a handler for status updates (sent, delivered, read, failed ...).

        Example: ``listener.on_status(lambda status: print(status.id, status.status))``
        """
        self._dispatcher.add("status", handler)
        return handler

    def on_error(self, handler: _EH) -> _EH:
        """Register a handler for top-level webhook errors (without one, errors are logged as warnings).

        Example: ``listener.on_error(lambda error: print(error.code, error.title))``
        """
        self._dispatcher.add("error", handler)
        return handler

    def on_event(self, handler: _OH) -> _OH:
        """Register a handler for every other field: templates, phone numbers, account, Flows, unknown fields ...

        Example: ``listener.on_event(lambda event: print(event.field))``
        """
        self._dispatcher.add("event", handler)
        return handler

    # -- the protocol, independent of ASGI/WSGI -----------------------------------------------------------------------

    def _path_matches(self, path: str) -> bool:
        return path == self.endpoint or (path.rstrip("/") or "/") == (self.endpoint.rstrip("/") or "/")

    def handle_get(self, query: Mapping[str, str]) -> ListenerResponse:
        """Answer the subscription handshake for already-parsed query parameters (framework integrations).

        Example: ``reply = listener.handle_get(request.args)``
        """
        try:
            challenge = verify_subscription(query, self._verify_token)
        except WebhookVerificationError as exc:
            logger.warning("webhook subscription handshake rejected: %s", exc)
            return _reply(403)
        return _reply(200, challenge)

    def _check_post(self, body: bytes, signature_header: str | None) -> Notification | ListenerResponse:
        refused = self._refuse(body, signature_header)
        return refused if refused is not None else self._parse(body)

    def _refuse(self, body: bytes, signature_header: str | None) -> ListenerResponse | None:
        """The answer to a body that is too large or not signed by Meta; ``None`` for one to parse."""
        if len(body) > self.max_body_bytes:
            return _reply(413)
        if self.verify_signatures:
            if signature_header is not None and "," in signature_header:
                # Servers join repeated headers with commas; a real signature has none. Two signatures are
                # ambiguous (which one did Meta send?), so the delivery is refused rather than one picked.
                logger.warning("webhook POST rejected: more than one %s header", SIGNATURE_HEADER)
                return _reply(403)
            try:
                assert self._verifier is not None  # made at construction whenever signatures are verified
                self._verifier.verify(body, signature_header)
            except InvalidSignatureError as exc:
                logger.warning("webhook POST rejected: %s", exc)
                return _reply(403)
        return None

    @staticmethod
    def _parse(body: bytes) -> Notification | ListenerResponse:
        try:
            return parse_webhook(body)
        except WebhookPayloadError as exc:
            logger.warning("webhook POST rejected: %s", exc)
            return _reply(400)

    @staticmethod
    def _answer(outcome: Outcome) -> ListenerResponse:
        if outcome is Outcome.HANDLED:
            return _reply(200)
        if outcome is Outcome.BUSY:
            return _reply(409, "an event of this delivery is being handled elsewhere; deliver it again later")
        return _reply(500, "a handler failed")

    @staticmethod
    def _queue_failed(exc: Exception) -> ListenerResponse:
        if isinstance(exc, QueueFullError):
            logger.warning("webhook POST not queued: %s; answering 503 so Meta delivers it again", exc)
        else:
            logger.exception("webhook POST could not be queued; answering 503 so Meta delivers it again")
        return _reply(503, "the delivery could not be queued; deliver it again later")

    async def handle_post(self, body: bytes, signature_header: str | None) -> ListenerResponse:
        """Verify, parse and handle (or queue) one POST body (asyncio); returns the response to send.

        Example: ``reply = await listener.handle_post(await request.body(), request.headers.get(SIGNATURE_HEADER))``
        """
        if self.queue is None and self._dispatcher.only_threads:
            # Every handler is a plain function: a body Meta signed is parsed and handled on the worker thread in
            # one hand-off, so its events are built and read on the same core. What is refused is refused here,
            # without a hand-off (unsigned floods cost no thread).
            refused = self._refuse(body, signature_header)
            if refused is not None:
                return refused
            response: ListenerResponse = await self._dispatcher.in_thread(
                self._handle_in_thread, body, asyncio.get_running_loop()
            )
            return response
        checked = self._check_post(body, signature_header)
        if isinstance(checked, ListenerResponse):
            return checked
        if self.queue is not None:
            assert self._consumers is not None
            self._consumers.start_in_loop()  # no-op once running (or with consumers=0)
            try:
                await self.queue.put(body)
            except Exception as exc:
                return self._queue_failed(exc)
            return _reply(200)
        return self._answer(await self._dispatcher.deliver(checked.all))

    def _handle_in_thread(self, body: bytes, loop: asyncio.AbstractEventLoop) -> ListenerResponse:
        checked = self._parse(body)
        if isinstance(checked, ListenerResponse):
            return checked
        return self._answer(self._dispatcher.deliver_blocking(checked.all, loop))

    def handle_post_sync(self, body: bytes, signature_header: str | None) -> ListenerResponse:
        """Verify, parse and handle (or queue) one POST body from synchronous code; returns the response to send.

        Example: ``reply = listener.handle_post_sync(request.get_data(), request.headers.get(SIGNATURE_HEADER))``
        """
        checked = self._check_post(body, signature_header)
        if isinstance(checked, ListenerResponse):
            return checked
        if self.queue is not None:
            assert self._consumers is not None
            self._consumers.start_thread()  # no-op once running (or with consumers=0)
            try:
                self.queue.put_sync(body)
            except Exception as exc:
                return self._queue_failed(exc)
            return _reply(200)
        return self._answer(self._dispatcher.deliver_blocking(checked.all, None))

    # -- acknowledge-first consumers -------------------------------------------------------------------------------

    async def consume(self) -> None:
        """Run this process's queue consumers on the current loop until :meth:`close` / :meth:`aclose` is called.

        For worker processes that only handle queued deliveries (the HTTP side may run elsewhere with
        ``consumers=0``). Raises :class:`ConfigurationError` without ``acknowledge_first``.

        Example: ``await listener.consume()``
        """
        if self._consumers is None:
            raise ConfigurationError("consume() needs acknowledge_first= (a queue to consume).")
        await self._consumers.run()

    def run_consumers(self) -> None:
        """Run the queue consumers until interrupted (Ctrl-C, SIGTERM) or :meth:`close` (blocks).

        Example: ``listener.run_consumers()  # a worker process for a RedisStreamQueue``
        """
        import signal

        async def main() -> None:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGTERM, signal.SIGINT):
                # Not available off the main thread or on some platforms: Ctrl-C still ends asyncio.run.
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(signum, self._request_stop)
            await self.consume()

        asyncio.run(main())

    def _request_stop(self) -> None:
        if self._consumers is not None:
            self._consumers.request_stop()

    async def aclose(self) -> None:
        """Stop the consumers started on this loop (draining an in-process queue) and the worker pool."""
        if self._consumers is not None:
            await self._consumers.stop()
        self._dispatcher.close()

    def close(self, timeout: float | None = None) -> None:
        """Stop the consumers (draining an in-process queue, waiting up to ``timeout`` for a background thread)
        and the worker pool."""
        if self._consumers is not None:
            self._consumers.join(timeout)
        close_queue = getattr(self.queue, "close", None)
        if close_queue is not None:
            close_queue()
        self._dispatcher.close()

    # -- ASGI ----------------------------------------------------------------------------------------------------------

    @property
    def asgi(self) -> AsgiApp:
        """The ASGI 3 application: ``uvicorn.run(listener.asgi)`` or mount it in Starlette/FastAPI.

        Example: ``app.mount("/webhook", webhooks.WebhookListener(endpoint="/").asgi)``
        """
        return self._asgi_app

    @property
    def wsgi(self) -> WsgiApp:
        """The WSGI application: mount it in Flask/Django or serve it with any WSGI server.

        Example: ``wsgiref.simple_server.make_server("127.0.0.1", 3000, listener.wsgi).serve_forever()``
        """
        return self._wsgi

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The listener is itself an ASGI app, so ``uvicorn myapp:listener --workers 4`` serves it by name."""
        await self._asgi(scope, receive, send)

    def _make_asgi_app(self) -> AsgiApp:
        # A plain coroutine function, not a bound method: servers (uvicorn) detect ASGI 3 by that.
        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            await self._asgi(scope, receive, send)

        return app

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope.get("type")
        if kind == "lifespan":
            await self._lifespan(receive, send)
            return
        if kind != "http":
            return
        path = str(scope.get("path") or "/")
        root_path = scope.get("root_path")
        if root_path and path.startswith(root_path):
            # Mounted apps (Starlette, ASGI servers behind a prefix) keep the prefix in ``path``.
            path = path[len(root_path) :] or "/"
        method = scope.get("method")
        if method != "POST":
            method = str(method or "GET").upper()
        if not self._path_matches(path):
            await self._send(send, _reply(404))
            return
        if method == "GET":
            raw_query = scope.get("query_string") or b""
            await self._send(send, self.handle_get(_parse_query(bytes(raw_query).decode("latin-1"))))
            return
        if method != "POST":
            await self._send(send, _reply(405, None, ("Allow", "GET, POST")))
            return
        signatures: list[bytes] = []
        declared: int | None = None
        for name, value in scope.get("headers") or ():
            lowered = bytes(name).lower()
            if lowered == b"x-hub-signature-256":
                signatures.append(bytes(value))
            elif lowered == b"content-length":
                declared = _content_length(bytes(value).decode("latin-1"))
        if declared is not None and declared > self.max_body_bytes:
            await self._send(send, _reply(413))
            return
        message = await receive()
        if message.get("type") == "http.disconnect":
            return
        body = message.get("body") or b""
        if message.get("more_body"):  # a body in several chunks: reassemble it, within the limit
            buffer = bytearray(body)
            more = True
            while more:
                if len(buffer) > self.max_body_bytes:
                    break
                message = await receive()
                if message.get("type") == "http.disconnect":
                    return
                buffer += message.get("body") or b""
                more = bool(message.get("more_body"))
            body = bytes(buffer)
        if len(body) > self.max_body_bytes:
            await self._send(send, _reply(413))
            return
        # Repeated headers are joined with commas as WSGI servers do, so the check in _check_post sees them.
        signature = (
            signatures[0].decode("latin-1")
            if len(signatures) == 1
            else b", ".join(signatures).decode("latin-1")
            if signatures
            else None
        )
        try:
            response = await self.handle_post(bytes(body), signature)
        except Exception:  # a wacloud bug must still produce a response, and a log line
            logger.exception("webhook listener failed")
            response = _reply(500)
        await self._send(send, response)

    @staticmethod
    async def _send(send: Send, response: ListenerResponse) -> None:
        if response is _OK:
            start, body = dict(_OK_START), dict(_OK_BODY)
        else:
            start, body = _asgi_messages(response)
        await send(start)
        await send(body)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message.get("type") == "lifespan.startup":
                if self._consumers is not None:
                    self._consumers.start_in_loop()
                await send({"type": "lifespan.startup.complete"})
            elif message.get("type") == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- WSGI ----------------------------------------------------------------------------------------------------------

    def _wsgi(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        response = self._wsgi_response(environ)
        reason = _REASONS.get(response.status_code, "")
        start_response(f"{response.status_code} {reason}", response.header_list())
        return [response.text.encode("utf-8")]

    def _wsgi_response(self, environ: dict[str, Any]) -> ListenerResponse:
        path = str(environ.get("PATH_INFO") or "/")
        method = str(environ.get("REQUEST_METHOD") or "GET").upper()
        if not self._path_matches(path):
            return _reply(404)
        if method == "GET":
            return self.handle_get(_parse_query(str(environ.get("QUERY_STRING") or "")))
        if method != "POST":
            return _reply(405, None, ("Allow", "GET, POST"))
        stream = environ.get("wsgi.input")
        raw_length = str(environ.get("CONTENT_LENGTH") or "").strip()
        if raw_length:
            length = _content_length(raw_length)
            if length is None:
                return _reply(400, "invalid Content-Length")
            if length > self.max_body_bytes:
                # Read (and drop) a moderately oversized body first: closing a socket with unread input makes
                # the kernel reset the connection, and the client may then never see the 413.
                if stream is not None and length <= 4 * self.max_body_bytes:
                    remaining = length
                    while remaining > 0 and (chunk := stream.read(min(remaining, 65536))):
                        remaining -= len(chunk)
                return _reply(413)
            body = stream.read(length) if stream is not None and length else b""
        elif environ.get("wsgi.input_terminated") and stream is not None:
            # Chunked uploads: the server promises the stream ends, so read one byte past the limit to detect it.
            body = stream.read(self.max_body_bytes + 1)
        else:
            return _reply(411)
        signature = environ.get("HTTP_X_HUB_SIGNATURE_256")
        try:
            return self.handle_post_sync(bytes(body), signature if isinstance(signature, str) else None)
        except Exception:  # a wacloud bug must still produce a response, and a log line
            logger.exception("webhook listener failed")
            return _reply(500)


def _parse_query(query_string: str) -> dict[str, str]:
    parsed = parse_qs(query_string, keep_blank_values=True, encoding="utf-8", errors="replace")
    return {key: values[0] for key, values in parsed.items() if values}


def _content_length(raw: str) -> int | None:
    stripped = raw.strip()
    if not stripped or not stripped.isdigit() or len(stripped) > 18:
        return None
    return int(stripped)
