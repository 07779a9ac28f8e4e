"""``FlowEndpoint``: a Flow's data endpoint as one object, with an ASGI app (``.asgi``) and a WSGI app (``.wsgi``).

For every ``POST`` it answers, in this order:

- 413 when the body is larger than ``max_body_bytes`` (411 without a length on WSGI);
- 432 when ``X-Hub-Signature-256`` is missing or wrong, or a ``flow_token_signature`` does not verify;
- 421 when the body cannot be decrypted (malformed, another key, tampered ciphertext);
- 200 with the encrypted answer: ``ping`` and error notifications are answered by the endpoint itself, every other
  request by your handler; 427 with the encrypted ``{"error_msg"}`` when the handler raises
  :class:`FlowTokenNoLongerValid`; 500 when the handler raises anything else or returns something unusable.

Other methods get 405, other paths 404. Nothing raises out of the apps, and no log line contains key material,
the decrypted form data or a secret: only the action, the screen, what was wrong, and for an error notification
Meta's error code.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._config import load_dotenv_values, read_setting
from .._errors import ConfigurationError
from ._crypto import DecryptedRequest, decrypt_request, load_private_key
from ._errors import FlowEndpointError
from ._exchange import FlowRequest, FlowResponse
from ._signature import verify_flow_token_signature, verify_request_signature

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["DEFAULT_MAX_BODY_BYTES", "EndpointResponse", "FlowEndpoint", "FlowHandler"]

logger = logging.getLogger("wacloud.flows")

#: Largest accepted body: a data-exchange request is a few kilobytes; the limit bounds memory per request.
DEFAULT_MAX_BODY_BYTES = 1024 * 1024

FlowAnswer = FlowResponse | Mapping[str, Any]
#: A Flow handler: plain function or coroutine function, from the decrypted request to the next screen.
FlowHandler = Callable[[FlowRequest], FlowAnswer | Awaitable[FlowAnswer]]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
StartResponse = Callable[..., Any]
AsgiApp = Callable[[Scope, Receive, Send], Awaitable[None]]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    411: "Length Required",
    413: "Content Too Large",
    421: "Misdirected Request",
    427: "Invalid Flow Token",
    432: "Invalid Signature",
    500: "Internal Server Error",
}


@dataclass(frozen=True, slots=True)
class EndpointResponse:
    """The status and ``text/plain`` body to send (the encrypted base64 answer on 200 and 427)."""

    status_code: int
    text: str
    headers: tuple[tuple[str, str], ...] = ()

    def header_list(self) -> list[tuple[str, str]]:
        """Headers to send, with ``Content-Type`` and ``Content-Length``."""
        return [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(self.text.encode("utf-8")))),
            ("X-Content-Type-Options", "nosniff"),
            *self.headers,
        ]


def _reply(status_code: int, text: str | None = None, *headers: tuple[str, str]) -> EndpointResponse:
    return EndpointResponse(status_code, text if text is not None else _REASONS.get(status_code, ""), headers)


def _where(request: FlowRequest) -> str:
    """The request in a log line: action and screen, never its data or token."""
    return f"{request.action} on screen {request.screen}" if request.screen else request.action


def _run_awaitable(value: Awaitable[Any]) -> Any:
    async def wait() -> Any:
        return await value

    return asyncio.run(wait())


class FlowEndpoint:
    """A WhatsApp Flows data endpoint: signature check, decryption, your handler, encryption of its answer.

    ``handler`` receives the :class:`FlowRequest` (never a ping or an error notification: those are answered for
    you) and returns a :class:`FlowResponse` (``request.respond(...)``, ``request.close(...)``) or the JSON object
    as a mapping; it may be a coroutine function. ``private_key`` is the PEM (or loaded key) whose public half is
    registered for the phone number; ``password`` its password. ``app_secret`` (default ``WA_APP_SECRET``) checks
    ``X-Hub-Signature-256`` and ``flow_token_signature``; ``verify_signatures=False`` skips both, for local
    development only. ``path`` restricts the app to one path (default: any path, convenient when mounted).

    Example::

        def booking(request: flows.FlowRequest) -> flows.FlowResponse:
            if request.action == "INIT":
                return request.respond("APPOINTMENT", {"slots": free_slots()})
            return request.close({"booked": request.data["slot"]})

        endpoint = flows.FlowEndpoint(booking, private_key=Path("flows-private.pem").read_bytes())
        app = endpoint.asgi   # or endpoint.wsgi
    """

    def __init__(
        self,
        handler: FlowHandler,
        *,
        private_key: str | bytes | RSAPrivateKey,
        password: str | bytes | None = None,
        app_secret: str | None = None,
        path: str | None = None,
        verify_signatures: bool = True,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        environ: Mapping[str, str] | None = None,
        dotenv_path: str | os.PathLike[str] | None = None,
    ) -> None:
        if not callable(handler):
            raise ConfigurationError(f"handler must be callable, got {type(handler).__name__}.")
        if app_secret is None:
            app_secret = read_setting("app_secret", environ, load_dotenv_values(dotenv_path))[0]
        if verify_signatures and not app_secret:
            raise ConfigurationError(
                "The app secret is missing, so request signatures cannot be verified: pass `app_secret=` or set "
                "WA_APP_SECRET (App Dashboard > App settings > Basic). For local development only, "
                "`verify_signatures=False` disables the check."
            )
        if path is not None and not path.startswith("/"):
            raise ConfigurationError(f"path must start with '/', got {path!r}.")
        if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int) or max_body_bytes < 1:
            raise ConfigurationError(f"max_body_bytes must be a positive number of bytes, got {max_body_bytes!r}.")
        self._handler = handler
        self._private_key = load_private_key(private_key, password=password)
        self._app_secret = app_secret or ""
        self.path = path
        self.verify_signatures = verify_signatures
        self.max_body_bytes = max_body_bytes
        self._asgi_app = self._make_asgi_app()
        if not verify_signatures:
            logger.warning("flow endpoint signature verification is OFF: use this only for local development")

    def __repr__(self) -> str:
        return (
            f"FlowEndpoint(path={self.path!r}, verify_signatures={self.verify_signatures!r}, "
            f"max_body_bytes={self.max_body_bytes!r})"
        )

    # -- the protocol, independent of ASGI/WSGI -----------------------------------------------------------------------

    def _open(self, body: bytes, signature_header: str | None) -> DecryptedRequest | EndpointResponse:
        if len(body) > self.max_body_bytes:
            logger.warning(
                "flow endpoint refused a request (413): the body is larger than %d bytes", self.max_body_bytes
            )
            return _reply(413)
        try:
            if self.verify_signatures:
                verify_request_signature(body, signature_header, self._app_secret)
            request = decrypt_request(body, self._private_key)
            token_signature = request.data.flow_token_signature
            if self.verify_signatures and token_signature is not None:
                verify_flow_token_signature(token_signature, self._app_secret, flow_token=request.data.flow_token)
        except FlowEndpointError as error:
            logger.warning("flow endpoint refused a request (%d): %s", error.status_code, error)
            return _reply(error.status_code)
        return request

    def _automatic(self, request: DecryptedRequest) -> EndpointResponse | None:
        if request.automatic_response is None:
            return None
        if request.data.is_error_notification:
            error = request.data.data.get("error")
            # Only Meta's error code (a short identifier), never the rest of the data.
            code = error[:64] if isinstance(error, str) and error.isprintable() else "?"
            logger.warning("flow client reported an error for %s: %s", _where(request.data), code)
        return _reply(200, request.encrypt_response())

    def _answer(self, request: DecryptedRequest, answer: object) -> EndpointResponse:
        if not isinstance(answer, FlowResponse | Mapping):
            logger.error(
                "flow handler returned %s for %s: return a FlowResponse or a mapping",
                type(answer).__name__,
                _where(request.data),
            )
            return _reply(500)
        try:
            return _reply(200, request.encrypt_response(answer))
        except Exception as error:  # an answer that is not JSON: the handler's bug, said without its content
            logger.error("flow handler's answer for %s cannot be sent: %s", _where(request.data), type(error).__name__)
            return _reply(500)

    def _refused(self, request: DecryptedRequest, error: FlowEndpointError) -> EndpointResponse:
        logger.info("flow handler refused %s (%d): %s", _where(request.data), error.status_code, type(error).__name__)
        body = error.response_body()
        return _reply(error.status_code, request.encrypt_response(body) if body is not None else None)

    def _failed(self, request: DecryptedRequest) -> EndpointResponse:
        logger.exception("flow handler failed for %s; answering 500", _where(request.data))
        return _reply(500)

    def handle(self, body: bytes, signature_header: str | None) -> EndpointResponse:
        """Answer one POST body from synchronous code (framework integrations); never raises.

        Example: ``reply = endpoint.handle(request.get_data(), request.headers.get("X-Hub-Signature-256"))``
        """
        try:
            opened = self._open(body, signature_header)
            if isinstance(opened, EndpointResponse):
                return opened
            automatic = self._automatic(opened)
            if automatic is not None:
                return automatic
            try:
                answer: object = self._handler(opened.data)
                if inspect.isawaitable(answer):
                    answer = _run_awaitable(answer)
            except FlowEndpointError as error:
                return self._refused(opened, error)
            except Exception:
                return self._failed(opened)
            return self._answer(opened, answer)
        except Exception:  # a wacloud bug must still produce a response, and a log line
            logger.exception("flow endpoint failed")
            return _reply(500)

    async def handle_async(self, body: bytes, signature_header: str | None) -> EndpointResponse:
        """Answer one POST body (asyncio): coroutine handlers are awaited, plain ones run in a worker thread.

        Example: ``reply = await endpoint.handle_async(await request.body(), request.headers.get("X-Hub-Signature-256"))``
        """
        try:
            opened = self._open(body, signature_header)
            if isinstance(opened, EndpointResponse):
                return opened
            automatic = self._automatic(opened)
            if automatic is not None:
                return automatic
            try:
                if inspect.iscoroutinefunction(self._handler) or inspect.iscoroutinefunction(
                    getattr(self._handler, "__call__", None)  # noqa: B004
                ):
                    answer: object = await self._handler(opened.data)  # type: ignore[misc]
                else:
                    answer = await asyncio.to_thread(self._handler, opened.data)
                    if inspect.isawaitable(answer):
                        answer = await answer
            except FlowEndpointError as error:
                return self._refused(opened, error)
            except Exception:
                return self._failed(opened)
            return self._answer(opened, answer)
        except Exception:
            logger.exception("flow endpoint failed")
            return _reply(500)

    def _path_matches(self, path: str) -> bool:
        return self.path is None or (path.rstrip("/") or "/") == (self.path.rstrip("/") or "/")

    # -- ASGI ----------------------------------------------------------------------------------------------------------

    @property
    def asgi(self) -> AsgiApp:
        """The ASGI 3 application: ``uvicorn.run(endpoint.asgi)`` or ``app.mount("/flows", endpoint.asgi)``."""
        return self._asgi_app

    @property
    def wsgi(self) -> WsgiApp:
        """The WSGI application: mount it in Flask/Django or serve it with any WSGI server."""
        return self._wsgi

    def _make_asgi_app(self) -> AsgiApp:
        # A plain coroutine function, not a bound method: servers (uvicorn) detect ASGI 3 by that.
        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            try:
                await self._asgi(scope, receive, send)
            except Exception:  # e.g. the client went away mid-send: log, never raise into the server
                logger.exception("flow endpoint ASGI app failed")

        return app

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope.get("type")
        if kind == "lifespan":
            while True:
                message = await receive()
                if message.get("type") == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message.get("type") == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if kind != "http":
            return
        path = str(scope.get("path") or "/")
        root_path = str(scope.get("root_path") or "")
        if root_path and path.startswith(root_path):
            path = path[len(root_path) :] or "/"
        method = str(scope.get("method") or "GET").upper()
        if not self._path_matches(path):
            await self._send(send, _reply(404))
            return
        if method != "POST":
            await self._send(send, _reply(405, None, ("Allow", "POST")))
            return
        headers = {bytes(name).lower(): bytes(value) for name, value in scope.get("headers") or ()}
        declared = _content_length(headers.get(b"content-length", b"").decode("latin-1"))
        if declared is not None and declared > self.max_body_bytes:
            logger.warning(
                "flow endpoint refused a request (413): the body is larger than %d bytes", self.max_body_bytes
            )
            await self._send(send, _reply(413))
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message.get("type") == "http.disconnect":
                return
            body += message.get("body") or b""
            more = bool(message.get("more_body"))
            if len(body) > self.max_body_bytes:
                logger.warning(
                    "flow endpoint refused a request (413): the body is larger than %d bytes", self.max_body_bytes
                )
                await self._send(send, _reply(413))
                return
        signature = headers.get(b"x-hub-signature-256")
        response = await self.handle_async(bytes(body), None if signature is None else signature.decode("latin-1"))
        await self._send(send, response)

    @staticmethod
    async def _send(send: Send, response: EndpointResponse) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": response.status_code,
                "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.header_list()],
            }
        )
        await send({"type": "http.response.body", "body": response.text.encode("utf-8")})

    # -- WSGI ----------------------------------------------------------------------------------------------------------

    def _wsgi(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            response = self._wsgi_response(environ)
        except Exception:  # e.g. the input stream broke: still an answer
            logger.exception("flow endpoint WSGI app failed")
            response = _reply(500)
        start_response(f"{response.status_code} {_REASONS.get(response.status_code, '')}", response.header_list())
        return [response.text.encode("utf-8")]

    def _wsgi_response(self, environ: dict[str, Any]) -> EndpointResponse:
        path = str(environ.get("PATH_INFO") or "/")
        method = str(environ.get("REQUEST_METHOD") or "GET").upper()
        if not self._path_matches(path):
            return _reply(404)
        if method != "POST":
            return _reply(405, None, ("Allow", "POST"))
        stream = environ.get("wsgi.input")
        raw_length = str(environ.get("CONTENT_LENGTH") or "").strip()
        if raw_length:
            length = _content_length(raw_length)
            if length is None:
                return _reply(400, "invalid Content-Length")
            if length > self.max_body_bytes:
                # Drain a moderately oversized body: closing with unread input resets the connection before the 413.
                if stream is not None and length <= 4 * self.max_body_bytes:
                    remaining = length
                    while remaining > 0 and (chunk := stream.read(min(remaining, 65536))):
                        remaining -= len(chunk)
                logger.warning(
                    "flow endpoint refused a request (413): the body is larger than %d bytes", self.max_body_bytes
                )
                return _reply(413)
            body = stream.read(length) if stream is not None and length else b""
        elif environ.get("wsgi.input_terminated") and stream is not None:
            body = stream.read(self.max_body_bytes + 1)
        else:
            return _reply(411)
        signature = environ.get("HTTP_X_HUB_SIGNATURE_256")
        return self.handle(bytes(body), signature if isinstance(signature, str) else None)


def _content_length(raw: str) -> int | None:
    stripped = raw.strip()
    if not stripped or not stripped.isdigit() or len(stripped) > 18:
        return None
    return int(stripped)
