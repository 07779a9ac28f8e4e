"""The access token a client sends: a fixed string, or a provider called lazily and cached.

The token is read at the start of every attempt, so ``update_access_token`` affects the very next request (a
request already sent keeps the header it was sent with), and a retry after a refresh carries the new token.
The token is held as a ``SecretStr`` (its repr and str are ``[redacted]``), so it never shows in captured traceback
locals; only the runtime reads it, where it builds the ``Authorization`` header.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Awaitable, Callable

from ._errors import ConfigurationError
from ._secrets import SecretStr

__all__ = ["AccessToken", "TokenProvider", "TokenSource"]

#: A callable returning the current token (e.g. read from a secrets manager); may be ``async`` for AsyncWhatsApp.
TokenProvider = Callable[[], str] | Callable[[], Awaitable[str]]
AccessToken = str | TokenProvider

_MISSING = (
    "No access token configured: pass `access_token=` (a token or a callable returning one) or set "
    "CLOUD_API_ACCESS_TOKEN (environment or .env)."
)


def _checked(token: object, origin: str) -> SecretStr:
    if not isinstance(token, str) or not token.strip():
        kind = "an empty string" if isinstance(token, str) else f"a {type(token).__name__}"
        raise ConfigurationError(f"{origin} returned {kind}; an access token must be a non-empty string.")
    return SecretStr(token.strip())


class TokenSource:
    """Thread-safe holder of the current token. Its ``repr`` never shows the token."""

    __slots__ = ("_async_lock", "_lock", "_provider", "_token")

    def __init__(self, token: str | None = None, provider: TokenProvider | None = None) -> None:
        self._token: SecretStr | None = None if token is None else _checked(token, "access_token")
        self._provider = provider
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        state = "set" if self._token else "unset"
        return f"TokenSource(token=<{state}>, provider={'yes' if self._provider else 'no'})"

    @property
    def has_provider(self) -> bool:
        """Whether a provider can be asked for a fresh token (enables refresh-and-retry on code 190)."""
        return self._provider is not None

    @property
    def provider(self) -> TokenProvider | None:
        """The provider, so that tenant copies can share it."""
        return self._provider

    @property
    def cached(self) -> SecretStr | None:
        """The token currently held, without calling the provider."""
        return self._token

    def set(self, token: str) -> None:
        """Replace the token (one reference swap: atomic for concurrent readers)."""
        self._token = _checked(token, "update_access_token()")

    def invalidate(self, stale: str) -> None:
        """Forget ``stale`` so the next read asks the provider, unless it was already replaced."""
        if self._provider is not None and self._token == stale:
            self._token = None

    def current(self) -> SecretStr:
        """The token for a sync client; calls a sync provider if nothing is cached."""
        token = self._token
        if token is not None:
            return token
        if self._provider is None:
            raise ConfigurationError(_MISSING)
        with self._lock:
            if self._token is None:
                produced = self._provider()
                if inspect.isawaitable(produced):
                    if inspect.iscoroutine(produced):
                        produced.close()
                    raise ConfigurationError(
                        "access_token is an async callable; use AsyncWhatsApp, or pass a sync callable to WhatsApp."
                    )
                self._token = _checked(produced, "The access token provider")
            return self._token

    async def current_async(self) -> SecretStr:
        """The token for an async client; awaits the provider if it is async."""
        token = self._token
        if token is not None:
            return token
        if self._provider is None:
            raise ConfigurationError(_MISSING)
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            if self._token is None:
                produced = self._provider()
                if inspect.isawaitable(produced):
                    produced = await produced
                self._token = _checked(produced, "The access token provider")
            return self._token

    def refresh(self) -> SecretStr:
        """Force a new read from the provider (sync)."""
        if self._provider is None:
            raise ConfigurationError("refresh_access_token() needs a token provider: pass `access_token=<callable>`.")
        self._token = None
        return self.current()

    async def refresh_async(self) -> SecretStr:
        """Force a new read from the provider (async)."""
        if self._provider is None:
            raise ConfigurationError("refresh_access_token() needs a token provider: pass `access_token=<callable>`.")
        self._token = None
        return await self.current_async()
