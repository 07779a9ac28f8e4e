"""The runtime behind every generated namespace: build, authenticate, send, retry, log, parse, raise.

The generated namespaces (``wacloud_api.api.<tag>``) call ``execute(request, parse, options)`` with the output of
the generated ``_get_kwargs``; everything Graph-specific that the generator cannot express lives here, once, for
both the sync and the async client. Only the two send loops differ (``await`` and ``asyncio.sleep``).
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx

from ._constants import DEFAULT_GRAPH_URL
from ._errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ConnectionError,
    InvalidArgumentError,
    TimeoutError,
    UnexpectedResponseError,
    WhatsAppError,
    api_error_from_body,
)
from ._logging import logger
from ._retry import RetryPolicy, retry_after_seconds

if TYPE_CHECKING:
    from wacloud_api.client import Client as GeneratedClient
    from wacloud_api.types import RequestOptions

    from ._config import Settings
    from ._tokens import TokenSource

__all__ = ["AsyncRuntime", "ClientState", "SyncRuntime"]

#: Path parameters filled from the client's settings when a call does not pass them.
_PATH_DEFAULTS = {"phone_number_id": "phone_number_id", "waba_id": "business_account_id"}
_ENV_FOR = {"phone_number_id": "WA_PHONE_NUMBER_ID", "waba_id": "WA_BUSINESS_ACCOUNT_ID"}
_ARG_FOR = {"phone_number_id": "phone_number_id", "waba_id": "business_account_id"}
_OPTION_NAMES = frozenset({"timeout", "max_retries", "max_retry_wait", "extra_headers"})
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


def _json_bytes(value: object) -> bytes:
    """The exact bytes httpx's ``json=`` sends (``httpx._content.encode_json``)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


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
    merged = http.headers.copy()
    merged.update(headers)
    content = _json_bytes(kwargs["json"]) if "json" in kwargs else None
    if content is not None and "content-type" not in merged:
        merged["Content-Type"] = "application/json"
    return httpx.Request(
        method, _parsed_url(url), content=content, headers=merged, extensions={"timeout": timeout.as_dict()}
    )


def _check_path(url: str) -> None:
    # The generated code percent-encodes '/', but not dot segments: '..' would climb out of the version prefix.
    if "/." not in url:
        return
    for segment in url.split("?", 1)[0].split("/"):
        if segment in (".", ".."):
            raise InvalidArgumentError(f"A path id may not be {segment!r}: pass the Graph id itself.")


@dataclass(slots=True)
class _Call:
    """One logical call: its request pieces and retry budget, across attempts."""

    method: str
    url: str
    path: str
    kwargs: dict[str, Any]
    timeout: httpx.Timeout
    policy: RetryPolicy
    auth_scheme: str = "Bearer"
    waited: float = 0.0
    attempt: int = 0
    refreshed: bool = False

    def build(self, http: httpx.Client | httpx.AsyncClient, token: str) -> httpx.Request:
        if self.attempt:
            for _, file in self.kwargs.get("files", []) or []:
                payload = file[1] if isinstance(file, tuple) else None
                if payload is not None and hasattr(payload, "seek"):
                    payload.seek(0)
        headers = {**self.kwargs.get("headers", {}), "Authorization": f"{self.auth_scheme} {token}"}
        return build_request(http, self.method, self.url, self.kwargs, self.timeout, headers)

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


class _RuntimeBase:
    """State and decisions shared by the sync and async runtimes."""

    def __init__(self, state: Callable[[], ClientState], generated: GeneratedClient) -> None:
        self._state = state
        self._generated = generated

    def path_default(self, name: str, value: str | None) -> str:
        """``value`` if given, else the client's configured id for ``name`` (phone_number_id, waba_id)."""
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
        extra = opts.get("extra_headers")
        if extra:
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra}
        timeout_seconds = opts.get("timeout", settings.timeout)
        retries = opts.get("max_retries", settings.max_retries)
        if not isinstance(retries, int) or retries < 0:
            raise InvalidArgumentError(f"max_retries must be a whole number >= 0, got {retries!r}.")
        return _Call(
            method=method,
            url=url,
            path=path,
            kwargs=kwargs,
            timeout=_timeout(timeout_seconds),
            policy=RetryPolicy(retries, float(opts.get("max_retry_wait", settings.max_retry_wait))),
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

    def _error_for(self, response: httpx.Response) -> ApiError:
        try:
            body: object = response.json()
        except (ValueError, UnicodeDecodeError):
            content_type = response.headers.get("content-type", "unknown content type")
            snippet = response.text[:200].strip()
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
        return error

    def _parse(self, parse: Callable[..., object], response: httpx.Response) -> object:
        try:
            return parse(client=self._generated, response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            request = response.request
            raise UnexpectedResponseError(
                f"Graph answered HTTP {response.status_code} to {request.method} {request.url.path} with a body that does not "
                f"match the documented shape ({type(exc).__name__}: {exc}).",
                status_code=response.status_code,
            ) from exc

    def _on_auth_failure(self, call: _Call, error: ApiError, tokens: TokenSource, token: str) -> bool:
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

    @staticmethod
    def _transport_error(exc: httpx.TransportError, call: _Call) -> WhatsAppError:
        if isinstance(exc, httpx.TimeoutException):
            return TimeoutError(f"{call.method} {call.path} timed out ({type(exc).__name__}).")
        return ConnectionError(f"{call.method} {call.path} could not reach Graph ({type(exc).__name__}: {exc}).")


class SyncRuntime(_RuntimeBase):
    """Runtime of ``WhatsApp``: blocking, on a shared ``httpx.Client``."""

    def __init__(self, state: Callable[[], ClientState], generated: GeneratedClient, http: httpx.Client) -> None:
        super().__init__(state, generated)
        self.http = http

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

    def send(self, request: dict[str, Any], options: RequestOptions | None, *, stream: bool = False) -> httpx.Response:
        """Send with auth and retries; raise the typed error for any error answer. ``stream`` leaves the body unread."""
        call = self._prepare(request, options)
        tokens = self._state().tokens
        while True:
            token = tokens.current()
            started = time.perf_counter()
            try:
                response = self.http.send(call.build(self.http, token), stream=stream)
            except httpx.TransportError as exc:
                self._log(call, None, started, type(exc).__name__)
                delay = call.next_delay(None) if call.policy.should_retry_transport(call.method, exc) else None
                if delay is None:
                    raise self._transport_error(exc, call) from exc
                time.sleep(delay)
                continue
            self._log(call, response, started)
            if response.status_code < 400:
                return response
            if stream:
                response.read()
                response.close()
            error = self._error_for(response)
            if self._on_auth_failure(call, error, tokens, token):
                continue
            delay = call.next_delay(error.retry_after) if call.policy.should_retry_error(call.method, error) else None
            if delay is None:
                raise error
            time.sleep(delay)


class AsyncRuntime(_RuntimeBase):
    """Runtime of ``AsyncWhatsApp``: asyncio, on a shared ``httpx.AsyncClient``."""

    def __init__(self, state: Callable[[], ClientState], generated: GeneratedClient, http: httpx.AsyncClient) -> None:
        super().__init__(state, generated)
        self.http = http

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

    async def send(
        self, request: dict[str, Any], options: RequestOptions | None, *, stream: bool = False
    ) -> httpx.Response:
        """Send with auth and retries; raise the typed error for any error answer. ``stream`` leaves the body unread."""
        call = self._prepare(request, options)
        tokens = self._state().tokens
        while True:
            token = await tokens.current_async()
            started = time.perf_counter()
            try:
                response = await self.http.send(call.build(self.http, token), stream=stream)
            except httpx.TransportError as exc:
                self._log(call, None, started, type(exc).__name__)
                delay = call.next_delay(None) if call.policy.should_retry_transport(call.method, exc) else None
                if delay is None:
                    raise self._transport_error(exc, call) from exc
                await asyncio.sleep(delay)
                continue
            self._log(call, response, started)
            if response.status_code < 400:
                return response
            if stream:
                await response.aread()
                await response.aclose()
            error = self._error_for(response)
            if self._on_auth_failure(call, error, tokens, token):
                continue
            delay = call.next_delay(error.retry_after) if call.policy.should_retry_error(call.method, error) else None
            if delay is None:
                raise error
            await asyncio.sleep(delay)
