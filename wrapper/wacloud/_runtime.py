"""The runtime behind every generated namespace: build, authenticate, send, retry, log, parse, raise.

The generated namespaces (``wacloud_api.api.<tag>``) call ``execute(request, parse, options)`` with the output of
the generated ``_get_kwargs``; everything Graph-specific that the generator cannot express lives here, once, for
both the sync and the async client. Only the two send loops differ (``await`` and ``asyncio.sleep``).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx

from ._constants import DEFAULT_GRAPH_URL, MAX_MEDIA_REDIRECTS
from ._deadline import DEADLINE, enforce_deadlines
from ._errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ConnectionError,
    InvalidArgumentError,
    MediaDownloadError,
    TimeoutError,
    UnexpectedResponseError,
    api_error_from_body,
)
from ._hosts import media_access, token_allowed
from ._logging import logger
from ._retry import RetryPolicy, retry_after_seconds
from ._secrets import SecretStr, redact_query, scrub, scrub_json

if TYPE_CHECKING:
    from wacloud_api.client import Client as GeneratedClient
    from wacloud_api.types import RequestOptions

    from ._config import Settings
    from ._tokens import TokenSource
    from .ratelimit import RateLimiterBackend

__all__ = ["AsyncRuntime", "ClientState", "SyncRuntime"]

#: Path parameters filled from the client's settings when a call does not pass them.
_PATH_DEFAULTS = {"phone_number_id": "phone_number_id", "waba_id": "business_account_id", "app_id": "app_id"}
_ENV_FOR = {"phone_number_id": "WA_PHONE_NUMBER_ID", "waba_id": "WA_BUSINESS_ACCOUNT_ID", "app_id": "WA_APP_ID"}
_ARG_FOR = {"phone_number_id": "phone_number_id", "waba_id": "business_account_id", "app_id": "app_id"}
_OPTION_NAMES = frozenset({"timeout", "max_retries", "max_retry_wait", "extra_headers"})
#: httpx errors raised before the request was completely written: Graph cannot have processed it. (A proxy error is
#: a refused CONNECT tunnel; httpcore itself turns most write errors into the read error that follows them.)
_NOT_FULLY_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
)
_MAYBE_DELIVERED = (
    " Graph may have processed it: if it was a message, it may have been delivered, so check the statuses "
    "webhook (or the message id) before resending."
)
_TOKEN_HINT = (
    " The access token expired or was invalidated: pass a fresh one with update_access_token(), or configure a "
    "token provider (access_token=<callable>) so wacloud refreshes it and retries automatically."
)


ItemT = TypeVar("ItemT")


def page_items(page: object, item_type: type[ItemT]) -> tuple[list[ItemT], str | None]:
    """A list page's typed ``data`` items and the cursor of the next page (``None`` on the last page)."""
    data = getattr(page, "data", None)
    if not isinstance(data, list) or not all(isinstance(item, item_type) for item in data):
        raise UnexpectedResponseError(f"A list page had no `data` list of {item_type.__name__}.")
    paging = getattr(page, "paging", None)
    next_url = getattr(paging, "next_", None)
    if not isinstance(next_url, str) or not data:
        return data, None  # Graph marks the last page by omitting `next` (cursors are still present there)
    after = getattr(getattr(paging, "cursors", None), "after", None)
    if not isinstance(after, str):
        values = parse_qs(urlsplit(next_url).query).get("after")
        after = values[0] if values else None
    return data, after


@dataclass(frozen=True, slots=True)
class ClientState:
    """What a request is built from. Replaced as a whole, never mutated, so a reader sees one consistent value."""

    settings: Settings
    tokens: TokenSource


@functools.lru_cache(maxsize=32)
def _timeout(seconds: float | None) -> httpx.Timeout:
    """One immutable Timeout per value: built once instead of per call."""
    return httpx.Timeout(seconds)


def _deadline_seconds(timeout: float | httpx.Timeout | None) -> float | None:
    """The deadline of one attempt: the number, or the longest phase of an ``httpx.Timeout`` (None: no deadline)."""
    if not isinstance(timeout, httpx.Timeout):
        return timeout
    phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
    return max(phases) if phases else None


@functools.lru_cache(maxsize=64)
def _policy(max_retries: int, max_wait: float) -> RetryPolicy:
    """One immutable policy per value: a frozen dataclass costs about a microsecond to build."""
    return RetryPolicy(max_retries, max_wait)


@functools.lru_cache(maxsize=4096)
def _parsed_url(url: str) -> httpx.URL:
    """Parsing a URL costs more than everything else wacloud adds to a send; ``httpx.URL`` is immutable."""
    return httpx.URL(url)


@functools.lru_cache(maxsize=64)
def server_base(server: str, base_url: str, api_version: str) -> str:
    """Where an operation with its own server (spec `servers`) goes: that host, or ``base_url`` when overridden.

    With the default Graph host the operation's server is used as is (``https://api.facebook.com`` for template
    archival); a configured ``base_url`` (an emulator, a proxy) receives every operation, on the server's path.
    """
    url = server.replace("{api_version}", api_version).rstrip("/")
    if base_url.rstrip("/") == DEFAULT_GRAPH_URL:
        return url
    return base_url.rstrip("/") + urlsplit(url).path


#: httpx's ``json=`` encoding (``httpx._content.encode_json``), built once: ``json.dumps`` with arguments builds a
#: new encoder on every call.
_encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def _json_bytes(value: object) -> bytes:
    """The exact bytes httpx's ``json=`` sends."""
    return _encode_json(value).encode("utf-8")


def _header_bytes(value: str | bytes) -> bytes:
    """A header name or value as httpx encodes it (``str`` as ASCII; non-ASCII fails as it does in httpx)."""
    return value if isinstance(value, bytes) else value.encode("ascii")


@functools.lru_cache(maxsize=64)
def _defaults_without(
    defaults: tuple[tuple[bytes, bytes], ...], overridden: tuple[str, ...]
) -> list[tuple[bytes, bytes]]:
    """The client's default headers minus those a call sets itself (case-insensitive), as httpx's merge keeps them."""
    names = {name.lower().encode("latin-1") for name in overridden}
    return [(key, value) for key, value in defaults if key.lower() not in names]


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    method: str,
    url: str,
    kwargs: dict[str, Any],
    timeout: httpx.Timeout,
    headers: dict[str, str],
) -> httpx.Request:
    """What ``http.build_request`` builds, without its per-call URL parsing when nothing else needs merging.

    The direct path applies to the common case (an absolute URL, a JSON or empty body, no query string, a client
    without cookies or default params); everything else goes through httpx's own ``build_request``.
    """
    simple = set(kwargs) <= {"json", "headers", "params"} and not kwargs.get("params")
    if not simple or http.cookies or http.params:
        return http.build_request(method, url, timeout=timeout, **{**kwargs, "headers": headers})
    content = _json_bytes(kwargs["json"]) if "json" in kwargs else None
    if content is not None and "Content-Type" not in headers and not any(k.lower() == "content-type" for k in headers):
        headers = {**headers, "Content-Type": "application/json"}
    # The client's defaults as raw bytes plus this call's headers: one header normalization instead of httpx's three.
    merged = _defaults_without(tuple(http.headers.raw), tuple(headers)) + [
        (_header_bytes(name), _header_bytes(value)) for name, value in headers.items()
    ]
    return httpx.Request(
        method, _parsed_url(url), content=content, headers=merged, extensions={"timeout": timeout.as_dict()}
    )


def _limited_send(method: str, path: str, body: object) -> tuple[str, str | None] | None:
    from .ratelimit import limited_send  # imported once a limiter exists: `import wacloud` stays fast

    return limited_send(method, path, body)


def _check_path(url: str) -> None:
    # The generated code percent-encodes '/', but not dot segments: '..' would climb out of the version prefix.
    if "/." not in url:
        return
    for segment in url.split("?", 1)[0].split("/"):
        if segment in (".", ".."):
            raise InvalidArgumentError(f"A path id may not be {segment!r}: pass the Graph id itself.")


@dataclass(slots=True, repr=False)
class _Call:
    """One logical call: its request pieces and retry budget, across attempts."""

    method: str
    url: str
    path: str
    kwargs: dict[str, Any]
    timeout: httpx.Timeout
    #: The deadline of each attempt, in seconds (``None``: no deadline).
    seconds: float | None
    policy: RetryPolicy
    authenticate: bool = True
    auth_scheme: str = "Bearer"
    waited: float = 0.0
    attempt: int = 0
    refreshed: bool = False
    #: ``(phone number id, recipient)`` when the client's rate limiter paces this call, else ``None``.
    limited: tuple[str, str | None] | None = None

    def __repr__(self) -> str:  # never the body, the query or the headers: they may hold secrets
        return f"_Call({self.method} {self.path}, attempt={self.attempt})"

    def build(self, http: httpx.Client | httpx.AsyncClient, token: SecretStr) -> httpx.Request:
        if self.attempt:
            for _, file in self.kwargs.get("files", []) or []:
                payload = file[1] if isinstance(file, tuple) else None
                if payload is not None and hasattr(payload, "seek"):
                    payload.seek(0)
        kwargs = self.kwargs
        params = kwargs.get("params")
        if params:  # secrets stay SecretStr until here; httpx would str() them into "[redacted]"
            kwargs = {**kwargs, "params": {k: _revealed(v) for k, v in params.items()}}
        if self.authenticate:  # str + SecretStr is the plain value: the one place the token is read
            headers = {**kwargs.get("headers", {}), "Authorization": self.auth_scheme + " " + token}
        else:
            headers = dict(kwargs.get("headers", {}))
        return build_request(http, self.method, self.url, kwargs, self.timeout, headers)

    def secrets(self, token: str | None, settings: Settings) -> list[str]:
        """Every secret this call knows: its token, the settings' secrets and the secrets in its query."""
        known: list[str] = [*settings.secrets]
        if token:
            known.append(token)
        params = self.kwargs.get("params") or {}
        known.extend(value for value in params.values() if isinstance(value, SecretStr))
        return known

    def next_delay(self, hint: float | None) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` when the budget is spent."""
        if self.attempt >= self.policy.max_retries:
            return None
        delay = self.policy.delay(self.attempt + 1, hint)
        if self.waited + delay > self.policy.max_wait:
            return None
        self.attempt += 1
        self.waited += delay
        return delay


def _revealed(value: object) -> object:
    return value.reveal() if isinstance(value, SecretStr) else value


def _safe_request(request: httpx.Request) -> httpx.Request:
    """A copy to keep on an exception: secret query values redacted, no headers (the token is one), no body."""
    return httpx.Request(request.method, redact_query(str(request.url)))


def sanitized_transport_error(exc: httpx.TransportError, secrets: list[str]) -> httpx.TransportError:
    """A copy of an httpx error that is safe to keep as ``__cause__`` and to hand to an error tracker.

    Its message and request URL are scrubbed of secrets, its request has no headers, and it has no traceback:
    httpx's and httpcore's frames hold the request with its ``Authorization`` header and the full query in their
    locals, which error trackers capture.
    """
    message = scrub(str(exc), secrets)
    try:
        clean = type(exc)(message)
    except TypeError:  # a subclass with another signature
        clean = httpx.TransportError(message)
    with contextlib.suppress(RuntimeError):  # RuntimeError: the error was raised without a request
        clean.request = _safe_request(exc.request)
    return clean


class _RuntimeBase:
    """State and decisions shared by the sync and async runtimes."""

    def __init__(
        self,
        state: Callable[[], ClientState],
        generated: GeneratedClient,
        limiter: RateLimiterBackend | None,
        first_attempt_paced: bool = False,
    ) -> None:
        self._state = state
        self._generated = generated
        #: Paces message sends (``None``: not paced, and the send path pays nothing for it).
        self.limiter = limiter
        #: The caller reserved the first attempt's slot itself (bulk sends do, before journaling the attempt).
        self.first_attempt_paced = first_attempt_paced

    def path_default(self, name: str, value: str | None) -> str:
        """``value`` if given, else the client's configured id for ``name`` (phone_number_id, waba_id, app_id)."""
        if value is not None:
            text = str(value).strip()
            if not text:
                raise InvalidArgumentError(f"{name} must not be empty.")
            return text
        setting = _PATH_DEFAULTS.get(name)
        configured = getattr(self._state().settings, setting) if setting else None
        if configured is None:
            raise ConfigurationError(
                f"{_ARG_FOR.get(name, name)} is not configured: pass `{name}=` to this call, "
                f"`{_ARG_FOR.get(name, name)}=` to the client, or set {_ENV_FOR.get(name, name.upper())}."
            )
        return str(configured)

    @property
    def settings(self) -> Settings:
        """The client's current settings (app id, base URL, version...)."""
        return self._state().settings

    @property
    def base_url(self) -> str:
        """The configured Graph host (no version), e.g. ``https://graph.facebook.com``."""
        return self._state().settings.base_url

    def unexpected(self, parsed: object) -> Exception:
        return UnexpectedResponseError(
            f"Graph answered with a body of an undocumented shape (parsed as {type(parsed).__name__})."
        )

    def _prepare(self, request: dict[str, Any], options: RequestOptions | None) -> _Call:
        settings = self._state().settings
        opts: Mapping[str, Any] = options or {}
        unknown = opts.keys() - _OPTION_NAMES if opts else None
        if unknown:
            raise InvalidArgumentError(f"Unknown request_options: {', '.join(sorted(unknown))}.")
        kwargs = dict(request)
        method = str(kwargs.pop("method")).upper()
        path = str(kwargs.pop("url"))
        _check_path(path)
        absolute = kwargs.pop("absolute_url", None)
        authenticate = kwargs.pop("authenticate", True) is not False
        # Operation-level `servers` and auth schemes, added to the generated request by generator/operation_overrides.py
        server = kwargs.pop("server", None)
        auth_scheme = kwargs.pop("auth_scheme", "Bearer")
        if isinstance(absolute, str):
            url = absolute
        elif server is not None:
            url = server_base(str(server), settings.base_url, settings.api_version) + path
        else:
            url = settings.versioned_base_url + path
        if isinstance(absolute, str):
            path = urlsplit(absolute).path  # logged without the host and query
            if authenticate and not token_allowed(absolute, settings.base_url):
                raise InvalidArgumentError(
                    f"Refusing to send the access token to {redact_query(absolute)!r}: it goes only to the configured "
                    f"base_url origin ({settings.base_url}) and Meta's media host lookaside.fbsbx.com."
                )
        extra = opts.get("extra_headers")
        if extra:
            for name, value in extra.items():
                # Checked here, before the token joins the headers: HTTP headers are ASCII, and an encoding error
                # raised while the request is built would carry the Authorization header in its frame's locals.
                if not (isinstance(name, str) and isinstance(value, str) and name.isascii() and value.isascii()):
                    raise InvalidArgumentError(
                        f"extra_headers[{name!r}] must be an ASCII string (HTTP header names and values are ASCII)."
                    )
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra}
        timeout = opts.get("timeout", settings.timeout)
        retries = opts.get("max_retries", settings.max_retries)
        if not isinstance(retries, int) or retries < 0:
            raise InvalidArgumentError(f"max_retries must be a whole number >= 0, got {retries!r}.")
        return _Call(
            method=method,
            url=url,
            path=path,
            kwargs=kwargs,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else _timeout(timeout),
            seconds=_deadline_seconds(timeout),
            policy=_policy(retries, float(opts.get("max_retry_wait", settings.max_retry_wait))),
            authenticate=authenticate,
            limited=None if self.limiter is None else _limited_send(method, path, kwargs.get("json")),
            auth_scheme=str(auth_scheme),
        )

    def _log(self, call: _Call, response: httpx.Response | None, started: float, note: str = "") -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        status = response.status_code if response is not None else "-"
        trace = response.headers.get("x-fb-trace-id", "-") if response is not None else "-"
        logger.debug(
            "%s %s -> %s fbtrace_id=%s %.1fms%s",
            call.method,
            call.path,
            status,
            trace,
            (time.perf_counter() - started) * 1000,
            f" ({note})" if note else "",
        )

    def _error_for(self, response: httpx.Response, secrets: list[str]) -> ApiError:
        """The typed error for an error answer; every secret the client knows is scrubbed from the server's text."""
        try:
            body: object = scrub_json(response.json(), secrets)
        except (ValueError, UnicodeDecodeError, RecursionError):
            content_type = response.headers.get("content-type", "unknown content type")
            snippet = scrub(response.text[:200], secrets).strip()
            body = {
                "error": {"message": f"HTTP {response.status_code} with a non-JSON body ({content_type}): {snippet}"}
            }
        error = api_error_from_body(
            body,
            status_code=response.status_code,
            retry_after=retry_after_seconds(response),
            fallback_message=f"Graph answered HTTP {response.status_code}",
        )
        if error.fbtrace_id is None:
            error.fbtrace_id = response.headers.get("x-fb-trace-id")
        error.response = response
        return error

    def _parse(self, parse: Callable[..., object], response: httpx.Response) -> object:
        try:
            return parse(client=self._generated, response=response)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            request = response.request
            state = self._state()
            detail = scrub(str(exc), [*state.settings.secrets, state.tokens.cached or ""])
            error = UnexpectedResponseError(
                f"Graph answered HTTP {response.status_code} to {request.method} {request.url.path} with a body that does not "
                f"match the documented shape ({type(exc).__name__}: {detail}).",
                status_code=response.status_code,
            )
        raise error  # outside the handler: the parser's frames (holding the body) are not kept as __context__

    def _on_auth_failure(self, call: _Call, error: ApiError, tokens: TokenSource, token: SecretStr) -> bool:
        """Whether to retry once with a fresh token (code 190 with a provider); adds the fix to the message."""
        if not isinstance(error, AuthenticationError) or error.code != 190:
            return False
        if tokens.has_provider and not call.refreshed:
            call.refreshed = True
            tokens.invalidate(token)
            return True
        if not tokens.has_provider:
            error.message += _TOKEN_HINT
            error.args = (error.message,)
        return False

    def _transport_error(
        self, exc: httpx.TransportError, call: _Call, token: SecretStr
    ) -> ConnectionError | TimeoutError:
        """The typed error for an httpx failure, telling apart "never fully sent" from "sent, then it failed"."""
        secrets = call.secrets(token, self._state().settings)
        cause = sanitized_transport_error(exc, secrets)
        sent = not isinstance(exc, _NOT_FULLY_SENT)
        what = f"{call.method} {call.path}"
        kind = f"{type(exc).__name__}: {cause}" if str(cause) else type(exc).__name__
        error: ConnectionError | TimeoutError
        if isinstance(exc, httpx.TimeoutException):
            limit = f"within the {call.seconds:g} s timeout" if call.seconds is not None else "in time"
            if sent:
                message = (
                    f"{what}: the request was sent but no complete answer came {limit} ({kind})." + _MAYBE_DELIVERED
                )
            else:
                message = (
                    f"{what} could not be sent {limit} ({kind}); Graph did not receive it, so it is safe to retry."
                )
            error = TimeoutError(message, request_sent=sent, timeout=call.seconds)
        else:
            if sent:
                message = f"{what}: the connection failed after the request was sent ({kind})." + _MAYBE_DELIVERED
            else:
                message = f"{what} could not reach Graph ({kind}); the request was not sent, so it is safe to retry."
            error = ConnectionError(message, request_sent=sent)
        error.__cause__ = cause
        return error

    def _media_request(self, url: str) -> dict[str, Any]:
        """The streamed GET of a media URL; with the token only where it may go (see ``_hosts``)."""
        access = media_access(url, self.base_url)
        if access is None:
            raise MediaDownloadError(
                f"Refusing to download media from {redact_query(url)!r}: only the configured base_url origin and "
                "Meta's media hosts (lookaside.fbsbx.com, *.fbsbx.com, *.fbcdn.net, *.whatsapp.net over https) are "
                "fetched, and redirects are followed only to them."
            )
        return {"method": "get", "url": "", "absolute_url": url, "authenticate": access == "with-token"}

    @staticmethod
    def _redirect_target(response: httpx.Response, hops: int) -> str | None:
        """Where a media redirect points (``None``: not a redirect); raises for a 3xx that cannot be followed."""
        if response.status_code < 300 or response.status_code >= 400:
            return None
        if not response.has_redirect_location:
            raise MediaDownloadError(
                f"The media host answered HTTP {response.status_code} without a redirect to follow: no media."
            )
        if hops >= MAX_MEDIA_REDIRECTS:
            raise MediaDownloadError(f"The media download was redirected more than {MAX_MEDIA_REDIRECTS} times.")
        return str(response.url.join(response.headers["location"]))


class SyncRuntime(_RuntimeBase):
    """Runtime of ``WhatsApp``: blocking, on a shared ``httpx.Client``."""

    def __init__(
        self,
        state: Callable[[], ClientState],
        generated: GeneratedClient,
        http: httpx.Client,
        limiter: RateLimiterBackend | None = None,
        first_attempt_paced: bool = False,
    ) -> None:
        super().__init__(state, generated, limiter, first_attempt_paced)
        self.http = http
        #: Whether the pool enforces the per-attempt deadline (httpx's HTTPTransport; not a mock transport).
        self.deadlines = enforce_deadlines(http)

    def with_limiter(self, limiter: RateLimiterBackend | None, *, first_attempt_paced: bool = False) -> SyncRuntime:
        """This runtime (same client state and pool) pacing its message sends with ``limiter``.

        ``first_attempt_paced``: the caller reserves each call's first slot itself; only retries reserve here.
        """
        return SyncRuntime(self._state, self._generated, self.http, limiter, first_attempt_paced)

    def execute(self, request: dict[str, Any], parse: Callable[..., object], options: RequestOptions | None) -> object:
        return self._parse(parse, self.send(request, options))

    def paginate(
        self,
        request: Callable[[str | None], dict[str, Any]],
        parse: Callable[..., object],
        options: RequestOptions | None,
        max_items: int | None,
        item_type: type[ItemT],
    ) -> Iterator[ItemT]:
        """Yield the items of every page lazily, following ``paging.cursors.after``."""
        after: str | None = None
        remaining = max_items
        while remaining is None or remaining > 0:
            items, after = page_items(self.execute(request(after), parse, options), item_type)
            yield from items[:remaining]
            if remaining is not None:
                remaining -= min(len(items), remaining)
            if after is None:
                return

    def open_media(self, url: str, options: RequestOptions | None) -> httpx.Response:
        """GET a media URL with its body unread, following redirects only to Meta's media hosts."""
        for hops in range(MAX_MEDIA_REDIRECTS + 1):
            response = self.send(self._media_request(url), options, stream=True)
            try:
                target = self._redirect_target(response, hops)
            except MediaDownloadError:
                response.close()
                raise
            if target is None:
                return response
            response.close()  # a redirect's body is never the media
            url = target
        raise AssertionError("unreachable: _redirect_target raises after the last hop")

    def send(self, request: dict[str, Any], options: RequestOptions | None, *, stream: bool = False) -> httpx.Response:
        """Send with auth and retries; raise the typed error for any error answer. ``stream`` leaves the body unread.

        Each attempt must end within the call's timeout (a deadline, see ``_deadline``); with ``stream`` the
        deadline covers the answer's headers, and each read of the body gets the timeout.
        """
        call = self._prepare(request, options)
        tokens = self._state().tokens
        paced = self.first_attempt_paced
        per_attempt = call.seconds if self.deadlines else None  # nothing reads the deadline on other transports
        while True:
            token = tokens.current()
            if call.limited is not None and self.limiter is not None and not paced:
                wait = self.limiter.reserve(*call.limited).delay  # every attempt takes its own slot
                if wait > 0:
                    time.sleep(wait)
            paced = False
            started = time.perf_counter()
            failure: ConnectionError | TimeoutError | None = None
            reset = DEADLINE.set(time.monotonic() + per_attempt) if per_attempt is not None else None
            try:
                response = self.http.send(call.build(self.http, token), stream=stream, follow_redirects=False)
            except httpx.TransportError as exc:
                self._log(call, None, started, type(exc).__name__)
                failure = self._transport_error(exc, call, token)
            finally:
                if reset is not None:
                    DEADLINE.reset(reset)
            if failure is not None:  # raised here, outside the handler: httpx's frames are not kept as __context__
                retry = call.policy.should_retry_transport(call.method, not failure.request_sent)
                delay = call.next_delay(None) if retry else None
                if delay is None:
                    raise failure
                time.sleep(delay)
                continue
            self._log(call, response, started)
            if response.status_code < 400:
                return response
            if stream:
                response.read()
                response.close()
            error = self._error_for(response, call.secrets(token, self._state().settings))
            if self._on_auth_failure(call, error, tokens, token):
                continue
            delay = call.next_delay(error.retry_after) if call.policy.should_retry_error(call.method, error) else None
            if delay is None:
                raise error
            time.sleep(delay)


class AsyncRuntime(_RuntimeBase):
    """Runtime of ``AsyncWhatsApp``: asyncio, on a shared ``httpx.AsyncClient``."""

    def __init__(
        self,
        state: Callable[[], ClientState],
        generated: GeneratedClient,
        http: httpx.AsyncClient,
        limiter: RateLimiterBackend | None = None,
        first_attempt_paced: bool = False,
    ) -> None:
        super().__init__(state, generated, limiter, first_attempt_paced)
        self.http = http
        #: Whether the pool enforces the per-attempt deadline (httpx's HTTPTransport; not a mock transport).
        self.deadlines = enforce_deadlines(http)

    def with_limiter(self, limiter: RateLimiterBackend | None, *, first_attempt_paced: bool = False) -> AsyncRuntime:
        """This runtime (same client state and pool) pacing its message sends with ``limiter``.

        ``first_attempt_paced``: the caller reserves each call's first slot itself; only retries reserve here.
        """
        return AsyncRuntime(self._state, self._generated, self.http, limiter, first_attempt_paced)

    async def execute(
        self, request: dict[str, Any], parse: Callable[..., object], options: RequestOptions | None
    ) -> object:
        return self._parse(parse, await self.send(request, options))

    async def paginate(
        self,
        request: Callable[[str | None], dict[str, Any]],
        parse: Callable[..., object],
        options: RequestOptions | None,
        max_items: int | None,
        item_type: type[ItemT],
    ) -> AsyncIterator[ItemT]:
        """Yield the items of every page lazily, following ``paging.cursors.after``."""
        after: str | None = None
        remaining = max_items
        while remaining is None or remaining > 0:
            items, after = page_items(await self.execute(request(after), parse, options), item_type)
            for item in items[:remaining]:
                yield item
            if remaining is not None:
                remaining -= min(len(items), remaining)
            if after is None:
                return

    async def open_media(self, url: str, options: RequestOptions | None) -> httpx.Response:
        """GET a media URL with its body unread, following redirects only to Meta's media hosts."""
        for hops in range(MAX_MEDIA_REDIRECTS + 1):
            response = await self.send(self._media_request(url), options, stream=True)
            try:
                target = self._redirect_target(response, hops)
            except MediaDownloadError:
                await response.aclose()
                raise
            if target is None:
                return response
            await response.aclose()  # a redirect's body is never the media
            url = target
        raise AssertionError("unreachable: _redirect_target raises after the last hop")

    async def send(
        self, request: dict[str, Any], options: RequestOptions | None, *, stream: bool = False
    ) -> httpx.Response:
        """Send with auth and retries; raise the typed error for any error answer. ``stream`` leaves the body unread.

        Each attempt must end within the call's timeout (a deadline, see ``_deadline``); with ``stream`` the
        deadline covers the answer's headers, and each read of the body gets the timeout.
        """
        call = self._prepare(request, options)
        tokens = self._state().tokens
        paced = self.first_attempt_paced
        per_attempt = call.seconds if self.deadlines else None  # nothing reads the deadline on other transports
        while True:
            token = await tokens.current_async()
            if call.limited is not None and self.limiter is not None and not paced:
                wait = (await self.limiter.areserve(*call.limited)).delay  # every attempt takes its own slot
                if wait > 0:
                    await asyncio.sleep(wait)
            paced = False
            started = time.perf_counter()
            failure: ConnectionError | TimeoutError | None = None
            reset = DEADLINE.set(time.monotonic() + per_attempt) if per_attempt is not None else None
            try:
                response = await self.http.send(call.build(self.http, token), stream=stream, follow_redirects=False)
            except httpx.TransportError as exc:
                self._log(call, None, started, type(exc).__name__)
                failure = self._transport_error(exc, call, token)
            finally:
                if reset is not None:
                    DEADLINE.reset(reset)
            if failure is not None:  # raised here, outside the handler: httpx's frames are not kept as __context__
                retry = call.policy.should_retry_transport(call.method, not failure.request_sent)
                delay = call.next_delay(None) if retry else None
                if delay is None:
                    raise failure
                await asyncio.sleep(delay)
                continue
            self._log(call, response, started)
            if response.status_code < 400:
                return response
            if stream:
                await response.aread()
                await response.aclose()
            error = self._error_for(response, call.secrets(token, self._state().settings))
            if self._on_auth_failure(call, error, tokens, token):
                continue
            delay = call.next_delay(error.retry_after) if call.policy.should_retry_error(call.method, error) else None
            if delay is None:
                raise error
            await asyncio.sleep(delay)
