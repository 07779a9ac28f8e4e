"""``TenantClients``: one client per tenant, built on demand, all sharing one connection pool.

For servers that act for many businesses at once. Each tenant gets its own ``with_options`` copy of a base client
(its own token and ids, the base's pool), built by your loader the first time it is asked for and kept in a
bounded least-recently-used cache. Lookups are safe from several threads and several asyncio tasks at once; a
loader runs once per tenant even when many callers ask for the same new tenant together.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._client import AsyncWhatsApp, WhatsApp
from ._errors import ConfigurationError
from ._tokens import AccessToken

__all__ = ["AsyncTenantClients", "TenantClients", "TenantCredentials"]

ClientT = TypeVar("ClientT", WhatsApp, AsyncWhatsApp)


@dataclass(frozen=True, slots=True, repr=False)
class TenantCredentials:
    """What a loader returns for a tenant. ``access_token`` may be a provider callable."""

    access_token: AccessToken
    phone_number_id: str | int | None = None
    business_account_id: str | int | None = None

    def __repr__(self) -> str:
        return (
            f"TenantCredentials(phone_number_id={self.phone_number_id!r}, "
            f"business_account_id={self.business_account_id!r}, access_token=<redacted>)"
        )


class _Registry(Generic[ClientT]):
    def __init__(self, base: ClientT, max_size: int) -> None:
        if max_size < 1:
            raise ConfigurationError(f"max_size must be at least 1, got {max_size!r}.")
        self._base: ClientT = base
        self._max_size = max_size
        self._clients: OrderedDict[str, ClientT] = OrderedDict()
        self._lock = threading.Lock()

    def _cached(self, tenant_id: str) -> ClientT | None:
        with self._lock:
            client = self._clients.get(tenant_id)
            if client is not None:
                self._clients.move_to_end(tenant_id)
            return client

    def _store(self, tenant_id: str, credentials: TenantCredentials) -> ClientT:
        if not isinstance(credentials, TenantCredentials):
            raise ConfigurationError(
                f"The tenant loader must return TenantCredentials, got {type(credentials).__name__}."
            )
        client: ClientT = self._base.with_options(
            access_token=credentials.access_token,
            phone_number_id=credentials.phone_number_id,
            business_account_id=credentials.business_account_id,
        )
        with self._lock:
            existing = self._clients.get(tenant_id)
            if existing is not None:  # another caller won the race: keep one client per tenant
                self._clients.move_to_end(tenant_id)
                return existing
            self._clients[tenant_id] = client
            while len(self._clients) > self._max_size:
                self._clients.popitem(last=False)  # copies share the pool: nothing to close
            return client

    def evict(self, tenant_id: str) -> None:
        """Forget a tenant (e.g. after its token was revoked); the next lookup calls the loader again."""
        with self._lock:
            self._clients.pop(tenant_id, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._clients)

    def __contains__(self, tenant_id: object) -> bool:
        with self._lock:
            return tenant_id in self._clients


class TenantClients(_Registry[WhatsApp]):
    """Per-tenant ``WhatsApp`` clients sharing ``base``'s pool, at most ``max_size`` kept (LRU).

    Example::

        tenants = TenantClients(WhatsApp(), load_credentials, max_size=1000)
        tenants.get("acme").messages.send_text(to="15551234567", body="hi")
    """

    def __init__(self, base: WhatsApp, loader: Callable[[str], TenantCredentials], *, max_size: int = 1024) -> None:
        super().__init__(base, max_size)
        self._loader = loader
        self._loading: dict[str, threading.Lock] = {}

    def get(self, tenant_id: str) -> WhatsApp:
        """The tenant's client, building it with the loader on first use."""
        client = self._cached(tenant_id)
        if client is not None:
            return client
        with self._lock:
            gate = self._loading.setdefault(tenant_id, threading.Lock())
        with gate:
            client = self._cached(tenant_id)
            if client is None:
                client = self._store(tenant_id, self._loader(tenant_id))
        with self._lock:
            self._loading.pop(tenant_id, None)
        return client


class AsyncTenantClients(_Registry[AsyncWhatsApp]):
    """Per-tenant ``AsyncWhatsApp`` clients sharing ``base``'s pool; the loader may be sync or async."""

    def __init__(
        self,
        base: AsyncWhatsApp,
        loader: Callable[[str], TenantCredentials] | Callable[[str], Awaitable[TenantCredentials]],
        *,
        max_size: int = 1024,
    ) -> None:
        super().__init__(base, max_size)
        self._loader = loader
        self._loading: dict[str, asyncio.Future[AsyncWhatsApp]] = {}

    async def get(self, tenant_id: str) -> AsyncWhatsApp:
        """The tenant's client, building it with the loader on first use (one load per tenant at a time)."""
        client = self._cached(tenant_id)
        if client is not None:
            return client
        pending = self._loading.get(tenant_id)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[AsyncWhatsApp] = asyncio.get_running_loop().create_future()
        self._loading[tenant_id] = future
        try:
            loaded = self._loader(tenant_id)
            credentials = await loaded if inspect.isawaitable(loaded) else loaded
            client = self._store(tenant_id, credentials)
            future.set_result(client)
            return client
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it, nobody is warned about it
            raise
        finally:
            self._loading.pop(tenant_id, None)
