"""``WhatsApp`` and ``AsyncWhatsApp``: configuration, credentials, tenancy and the namespaces.

One client owns one connection pool. ``with_options`` makes a tenant copy that shares the pool and leaves the
original untouched: that is the safe way to serve several tenants concurrently. ``update_access_token`` and
``update_sender_number_id`` change the client they are called on (and only that one): fine for token rotation and
for a single-tenant script, but in a server handling several tenants at once, switching the sender on a shared
client is a cross-tenant leak — use ``with_options`` or ``wacloud.TenantClients`` there.
"""

from __future__ import annotations

import dataclasses
import os
from abc import ABC, abstractmethod
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import httpx

from wacloud_api.api import AsyncNamespaces, Namespaces

from ._config import Settings
from ._constants import USER_AGENT
from ._errors import ConfigurationError
from ._logging import configure_debug_logging, install_httpx_redaction
from ._request import ModelT, QueryValue, parser_for
from ._request import build_request as build_raw_request
from ._runtime import AsyncRuntime, ClientState, SyncRuntime
from ._secrets import secret
from ._tokens import AccessToken, TokenSource

if TYPE_CHECKING:
    from wacloud_api.types import RequestOptions

    from ._analytics import Analytics
    from ._async._analytics import AsyncAnalytics
    from ._async._business_profile import AsyncBusinessProfile
    from ._async._calls import AsyncCalls
    from ._async._flows import AsyncFlows
    from ._async._groups import AsyncGroups
    from ._async._marketing_messages import AsyncMarketingMessages
    from ._async._media import AsyncMedia
    from ._async._messages import AsyncMessages
    from ._async._phone_numbers import AsyncPhoneNumbers
    from ._async._qr_codes import AsyncQrCodes
    from ._async._templates import AsyncTemplates
    from ._async._uploads import AsyncUploads
    from ._business_profile import BusinessProfile
    from ._calls import Calls
    from ._flows import Flows
    from ._groups import Groups
    from ._marketing_messages import MarketingMessages
    from ._media import Media
    from ._messages import Messages
    from ._phone_numbers import PhoneNumbers
    from ._qr_codes import QrCodes
    from ._templates import Templates
    from ._uploads import Uploads
    from .ratelimit import RateLimiterBackend, RateLimitOption

__all__ = ["AsyncWhatsApp", "WhatsApp"]

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
RuntimeT = TypeVar("RuntimeT", SyncRuntime, AsyncRuntime)
_SETTING_ARGUMENTS = (
    "phone_number_id",
    "business_account_id",
    "api_version",
    "base_url",
    "timeout",
    "max_retries",
    "max_retry_wait",
    "webhook_verification_token",
    "app_id",
    "app_secret",
)


def _setting_arguments(arguments: dict[str, Any]) -> dict[str, Any]:
    """The constructor arguments that are settings (shared by both clients' ``__init__``)."""
    return {name: arguments[name] for name in _SETTING_ARGUMENTS}


def _token_source(access_token: AccessToken | None, settings: Settings) -> TokenSource:
    if callable(access_token):
        return TokenSource(provider=access_token)
    return TokenSource(token=settings.access_token)


def _pool_limits() -> httpx.Limits:
    return httpx.Limits(max_connections=100, max_keepalive_connections=20)


class _ClientBase(ABC, Generic[HttpT, RuntimeT]):
    """Settings, credentials, tenancy and the shared pool of the sync and async clients."""

    _state: ClientState
    _http: HttpT
    _runtime: RuntimeT
    _owns_http: bool
    _limiter: RateLimiterBackend | None

    @abstractmethod
    def _new_http(self) -> HttpT:
        """A new connection pool of this client's kind."""

    @abstractmethod
    def _new_runtime(self) -> RuntimeT:
        """A runtime of this client's kind over ``self._http``."""

    def _setup(
        self,
        access_token: AccessToken | None,
        settings_kwargs: dict[str, Any],
        dotenv_path: str | os.PathLike[str] | None,
        http_client: HttpT | None,
        rate_limit: RateLimitOption = None,
    ) -> None:
        numeric = isinstance(rate_limit, int | float) and not isinstance(rate_limit, bool)
        settings_kwargs = {**settings_kwargs, "rate_limit": rate_limit if numeric else None}
        self._init_state(access_token=access_token, settings_kwargs=settings_kwargs, dotenv_path=dotenv_path)
        if http_client is not None and "timeout" not in self._state.settings.sources:
            # An injected pool keeps its own timeout unless timeout= or REQUEST_TIMEOUT says otherwise.
            settings = self._state.settings
            self._state = dataclasses.replace(
                self._state,
                settings=dataclasses.replace(
                    settings, timeout=http_client.timeout, sources={**settings.sources, "timeout": "http_client"}
                ),
            )
        settings = self._state.settings
        option = None if numeric else rate_limit
        self._limiter = None
        if option is not None or settings.rate_limit is not None or settings.rate_limit_redis_url is not None:
            from .ratelimit import resolve_rate_limiter  # only when pacing is configured: `import wacloud` stays fast

            self._limiter = resolve_rate_limiter(option, settings.rate_limit, settings.rate_limit_redis_url)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else self._new_http()
        self._runtime = self._new_runtime()

    def with_options(
        self,
        *,
        access_token: AccessToken | None = None,
        phone_number_id: str | int | None = None,
        business_account_id: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        api_version: str | None = None,
    ) -> Self:
        """A new client with these options changed, sharing this client's connection pool.

        The original is unchanged, so tenant copies are safe to use concurrently. Closing a copy does not close
        the shared pool.

        Example: ``tenant = client.with_options(access_token=t, phone_number_id="106540352242922")``
        """
        access_token = secret(access_token)
        copy = object.__new__(type(self))
        copy._state = self._derived_state(
            access_token, phone_number_id, business_account_id, timeout, max_retries, api_version
        )
        copy._owns_http = False
        copy._http = self._http
        copy._limiter = self._limiter  # limits are per phone number id: every tenant copy shares one limiter
        copy._runtime = copy._new_runtime()
        return copy

    @property
    def rate_limiter(self) -> RateLimiterBackend | None:
        """The limiter pacing this client's message sends (``rate_limit=`` / WA_RATE_LIMIT), or ``None``."""
        return self._limiter

    @property
    def http_client(self) -> HttpT:
        """The shared httpx pool. It carries no token: auth is added per request."""
        return self._http

    def _init_state(
        self,
        *,
        access_token: AccessToken | None,
        settings_kwargs: dict[str, Any],
        dotenv_path: str | os.PathLike[str] | None,
    ) -> None:
        settings = Settings.resolve(
            access_token=None if callable(access_token) else access_token,
            token_from_provider=callable(access_token),
            dotenv_path=dotenv_path,
            **settings_kwargs,
        )
        self._state = ClientState(settings=settings, tokens=_token_source(access_token, settings))
        install_httpx_redaction()
        if settings.debug:
            configure_debug_logging()

    def _current_state(self) -> ClientState:
        return self._state

    @property
    def settings(self) -> Settings:
        """The resolved settings (secrets are masked in its repr)."""
        return self._state.settings

    @property
    def phone_number_id(self) -> str | None:
        """The sender phone number id used when a call does not pass one."""
        return self._state.settings.phone_number_id

    @property
    def business_account_id(self) -> str | None:
        """The WhatsApp Business Account id used when a call does not pass one."""
        return self._state.settings.business_account_id

    @property
    def api_version(self) -> str:
        """The Graph API version, e.g. ``v26.0``."""
        return self._state.settings.api_version

    def update_access_token(self, access_token: str) -> None:
        """Use ``access_token`` from the very next request on; requests already sent keep their token.

        The connection pool is kept. Tenant copies made earlier with ``with_options`` are not affected.

        Example: ``client.update_access_token(new_token)``
        """
        access_token = secret(access_token)
        self._state.tokens.set(access_token)

    def update_sender_number_id(self, phone_number_id: str | int) -> None:
        """Send from ``phone_number_id`` from the next call on (this client only).

        Mutates this client: in a server handling several tenants concurrently use ``with_options`` (or
        ``wacloud.TenantClients``) instead, or one tenant's messages may go out from another's number.

        Example: ``client.update_sender_number_id("106540352242922")``
        """
        self._replace_settings(phone_number_id=phone_number_id)

    def update_business_account_id(self, business_account_id: str | int) -> None:
        """Use ``business_account_id`` as the default WABA id from the next call on (this client only)."""
        self._replace_settings(business_account_id=business_account_id)

    def _replace_settings(self, **changes: Any) -> None:
        current = self._state.settings
        for name, value in changes.items():
            text = str(value).strip()
            if not text.isdigit():
                raise ConfigurationError(f"{name} must be a numeric Graph id, got {value!r}.")
            changes[name] = text
        self._state = dataclasses.replace(
            self._state, settings=dataclasses.replace(current, **changes, sources={**current.sources})
        )

    def _derived_state(
        self,
        access_token: AccessToken | None,
        phone_number_id: str | int | None,
        business_account_id: str | int | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        api_version: str | None,
    ) -> ClientState:
        current = self._state
        settings = current.settings
        # Re-resolved (not copied) so that the new values get the same validation as constructor arguments.
        resolved = Settings.resolve(
            access_token=access_token if isinstance(access_token, str) else settings.access_token,
            token_from_provider=callable(access_token),
            phone_number_id=settings.phone_number_id if phone_number_id is None else phone_number_id,
            business_account_id=settings.business_account_id if business_account_id is None else business_account_id,
            api_version=api_version or settings.api_version,
            base_url=settings.base_url,
            timeout=timeout if timeout is not None else settings.timeout,
            max_retries=max_retries if max_retries is not None else settings.max_retries,
            max_retry_wait=settings.max_retry_wait,
            webhook_verification_token=settings.webhook_verification_token,
            app_id=settings.app_id,
            app_secret=settings.app_secret,
            listener_port=settings.listener_port,
            webhook_endpoint=settings.webhook_endpoint,
            debug=settings.debug,
            rate_limit=settings.rate_limit,
            rate_limit_redis_url=settings.rate_limit_redis_url,
            environ={},
            dotenv_path=os.devnull,
        )
        if access_token is None:
            tokens = TokenSource(token=current.tokens.cached, provider=current.tokens.provider)
        elif callable(access_token):
            tokens = TokenSource(provider=access_token)
        else:
            tokens = TokenSource(token=access_token)
        return ClientState(settings=resolved, tokens=tokens)

    def __repr__(self) -> str:
        state: ClientState | None = getattr(self, "_state", None)
        if state is None:  # a constructor that raised: error trackers repr its `self` while capturing locals
            return f"{type(self).__name__}(<not configured>)"
        settings = state.settings
        return (
            f"{type(self).__name__}(phone_number_id={settings.phone_number_id!r}, "
            f"business_account_id={settings.business_account_id!r}, api_version={settings.api_version!r})"
        )


class WhatsApp(_ClientBase[httpx.Client, SyncRuntime], Namespaces):
    """The WhatsApp Cloud API client (blocking).

    Every argument is optional and falls back to its environment variable, then to a ``.env`` file in the
    working directory (which never overrides the real environment), then to a default:

    - ``access_token`` from ``CLOUD_API_ACCESS_TOKEN`` (or pass a callable returning the token)
    - ``phone_number_id`` from ``WA_PHONE_NUMBER_ID``
    - ``business_account_id`` from ``WA_BUSINESS_ACCOUNT_ID``
    - ``api_version`` from ``CLOUD_API_VERSION`` (default ``v26.0``)
    - ``base_url`` from ``WA_BASE_URL`` (default ``https://graph.facebook.com``)
    - ``timeout`` (seconds, or an ``httpx.Timeout``) from ``REQUEST_TIMEOUT`` (milliseconds); default 30 s, or the
      injected ``http_client``'s own timeout
    - ``max_retries`` from ``WA_MAX_RETRIES`` (default 2; 0 disables retries)
    - ``max_retry_wait`` (seconds, total wait between retries of one call) from ``WA_MAX_RETRY_WAIT`` (default 60)
    - ``webhook_verification_token`` from ``WEBHOOK_VERIFICATION_TOKEN``
    - ``app_id`` / ``app_secret`` from ``WA_APP_ID`` / ``WA_APP_SECRET``
    - ``rate_limit`` (pace message sends to Meta's throughput: ``True``, messages per second, a ``RateLimit`` or
      a limiter) from ``WA_RATE_LIMIT``; shared through Redis with ``WA_RATE_LIMIT_REDIS_URL``

    ``DEBUG=true`` logs every request (never the token). A missing access token or id raises
    ``ConfigurationError`` at first use, naming the argument and the variable.

    Example::

        with WhatsApp() as client:
            client.messages.send_text(to="15551234567", body="Hello")
    """

    def __init__(
        self,
        *,
        access_token: AccessToken | None = None,
        phone_number_id: str | int | None = None,
        business_account_id: str | int | None = None,
        api_version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        webhook_verification_token: str | None = None,
        app_id: str | None = None,
        app_secret: str | None = None,
        http_client: httpx.Client | None = None,
        dotenv_path: str | os.PathLike[str] | None = None,
        rate_limit: RateLimitOption = None,
    ) -> None:
        # Wrapped first, so that no frame of the constructor holds a secret as a plain string.
        access_token, app_secret = secret(access_token), secret(app_secret)
        webhook_verification_token = secret(webhook_verification_token)
        self._setup(access_token, _setting_arguments(locals()), dotenv_path, http_client, rate_limit)

    def _new_http(self) -> httpx.Client:
        return httpx.Client(headers={"User-Agent": USER_AGENT}, limits=_pool_limits())

    def _new_runtime(self) -> SyncRuntime:
        from wacloud_api.client import Client

        return SyncRuntime(
            self._current_state, Client(base_url=self._state.settings.versioned_base_url), self._http, self._limiter
        )

    def refresh_access_token(self) -> None:
        """Ask the token provider for a new token now (requires ``access_token=<callable>``)."""
        self._state.tokens.refresh()

    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[ModelT],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModelT: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[dict[str, Any]],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> dict[str, Any]: ...
    @overload
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[httpx.Response],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> httpx.Response: ...
    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[Any],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Call a Graph operation the spec does not describe, with this client's auth, retries and errors.

        ``path`` is relative to the versioned Graph URL; ``{phone_number_id}`` and ``{waba_id}`` default to the
        client's settings, other placeholders come from ``path_params`` (percent-encoded). ``body`` is sent as
        JSON. ``cast_to`` is a model from ``wacloud.types``, ``dict`` or ``httpx.Response``.

        Example: ``client.request("GET", "/{phone_number_id}", params={"fields": "quality_rating"},
        cast_to=PhoneNumber)``
        """
        request = build_raw_request(
            method, path, params=params, body=body, path_params=path_params, path_default=self._runtime.path_default
        )
        return self._runtime.execute(request, parser_for(cast_to), request_options)

    def close(self) -> None:
        """Close the connection pool (no-op on copies made by ``with_options``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ---- namespaces (imported on first use so that `import wacloud` stays fast)
    @cached_property
    def messages(self) -> Messages:
        """Send messages of every type; mark as read; typing indicator."""
        from ._messages import Messages

        return Messages(self._runtime)

    @cached_property
    def media(self) -> Media:
        """Upload, look up, download and delete media."""
        from ._media import Media

        return Media(self._runtime)

    @cached_property
    def groups(self) -> Groups:
        """Groups: create (asynchronous, via webhook), list, get, update (picture too), invite links, join requests."""
        from ._groups import Groups

        return Groups(self._runtime)

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """Phone numbers of the WABA: list, get, update (PIN, display name), registration, verification, settings."""
        from ._phone_numbers import PhoneNumbers

        return PhoneNumbers(self._runtime)

    @cached_property
    def analytics(self) -> Analytics:
        """Template and pricing analytics edges."""
        from ._analytics import Analytics

        return Analytics(self._runtime)

    @cached_property
    def flows(self) -> Flows:
        """WhatsApp Flows: list, create, get, update, delete, upload Flow JSON (``wacloud.flows``), publish, deprecate."""
        from ._flows import Flows

        return Flows(self._runtime)

    @cached_property
    def qr_codes(self) -> QrCodes:
        """QR codes and short links that open a chat with a prefilled message."""
        from ._qr_codes import QrCodes

        return QrCodes(self._runtime)

    @cached_property
    def uploads(self) -> Uploads:
        """Resumable uploads (template header samples, profile pictures): ``upload_file`` returns the handle."""
        from ._uploads import Uploads

        return Uploads(self._runtime)

    @cached_property
    def calls(self) -> Calls:
        """Calling API: call permissions; connect, pre_accept, accept, reject, terminate."""
        from ._calls import Calls

        return Calls(self._runtime)

    @cached_property
    def templates(self) -> Templates:
        """Template management: create (with media upload), list, edit, delete, archive, compare, the library."""
        from ._templates import Templates

        return Templates(self._runtime)

    @cached_property
    def business_profile(self) -> BusinessProfile:
        """The business profile; ``set_picture`` uploads the picture for you."""
        from ._business_profile import BusinessProfile

        return BusinessProfile(self._runtime)

    @cached_property
    def marketing_messages(self) -> MarketingMessages:
        """Marketing Messages API: ``send_template`` through ``/marketing_messages``."""
        from ._marketing_messages import MarketingMessages

        return MarketingMessages(self._runtime)


class AsyncWhatsApp(_ClientBase[httpx.AsyncClient, AsyncRuntime], AsyncNamespaces):
    """The WhatsApp Cloud API client (asyncio): the exact async twin of ``WhatsApp``.

    Takes the same arguments, with the same environment fallbacks; ``access_token`` may also be an async
    callable. Use it as ``async with AsyncWhatsApp() as client: await client.messages.send_text(...)``.
    """

    def __init__(
        self,
        *,
        access_token: AccessToken | None = None,
        phone_number_id: str | int | None = None,
        business_account_id: str | int | None = None,
        api_version: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
        webhook_verification_token: str | None = None,
        app_id: str | None = None,
        app_secret: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        dotenv_path: str | os.PathLike[str] | None = None,
        rate_limit: RateLimitOption = None,
    ) -> None:
        # Wrapped first, so that no frame of the constructor holds a secret as a plain string.
        access_token, app_secret = secret(access_token), secret(app_secret)
        webhook_verification_token = secret(webhook_verification_token)
        self._setup(access_token, _setting_arguments(locals()), dotenv_path, http_client, rate_limit)

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(headers={"User-Agent": USER_AGENT}, limits=_pool_limits())

    def _new_runtime(self) -> AsyncRuntime:
        from wacloud_api.client import Client

        return AsyncRuntime(
            self._current_state, Client(base_url=self._state.settings.versioned_base_url), self._http, self._limiter
        )

    async def refresh_access_token(self) -> None:
        """Ask the token provider for a new token now (requires ``access_token=<callable>``)."""
        await self._state.tokens.refresh_async()

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[ModelT],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ModelT: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[dict[str, Any]],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> dict[str, Any]: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[httpx.Response],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> httpx.Response: ...
    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[Any],
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        path_params: Mapping[str, str | int] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Call a Graph operation the spec does not describe, with this client's auth, retries and errors.

        ``path`` is relative to the versioned Graph URL; ``{phone_number_id}`` and ``{waba_id}`` default to the
        client's settings, other placeholders come from ``path_params`` (percent-encoded). ``body`` is sent as
        JSON. ``cast_to`` is a model from ``wacloud.types``, ``dict`` or ``httpx.Response``.

        Example: ``await client.request("GET", "/{phone_number_id}", params={"fields": "quality_rating"},
        cast_to=PhoneNumber)``
        """
        request = build_raw_request(
            method, path, params=params, body=body, path_params=path_params, path_default=self._runtime.path_default
        )
        return await self._runtime.execute(request, parser_for(cast_to), request_options)

    async def close(self) -> None:
        """Close the connection pool (no-op on copies made by ``with_options``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @cached_property
    def messages(self) -> AsyncMessages:
        """Send messages of every type; mark as read; typing indicator."""
        from ._async._messages import AsyncMessages

        return AsyncMessages(self._runtime)

    @cached_property
    def media(self) -> AsyncMedia:
        """Upload, look up, download and delete media."""
        from ._async._media import AsyncMedia

        return AsyncMedia(self._runtime)

    @cached_property
    def groups(self) -> AsyncGroups:
        """Groups: create (asynchronous, via webhook), list, get, update (picture too), invite links, join requests."""
        from ._async._groups import AsyncGroups

        return AsyncGroups(self._runtime)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        """Phone numbers of the WABA: list, get, update (PIN, display name), registration, verification, settings."""
        from ._async._phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self._runtime)

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        """Template and pricing analytics edges."""
        from ._async._analytics import AsyncAnalytics

        return AsyncAnalytics(self._runtime)

    @cached_property
    def flows(self) -> AsyncFlows:
        """WhatsApp Flows: list, create, get, update, delete, upload Flow JSON (``wacloud.flows``), publish, deprecate."""
        from ._async._flows import AsyncFlows

        return AsyncFlows(self._runtime)

    @cached_property
    def qr_codes(self) -> AsyncQrCodes:
        """QR codes and short links that open a chat with a prefilled message."""
        from ._async._qr_codes import AsyncQrCodes

        return AsyncQrCodes(self._runtime)

    @cached_property
    def uploads(self) -> AsyncUploads:
        """Resumable uploads (template header samples, profile pictures): ``upload_file`` returns the handle."""
        from ._async._uploads import AsyncUploads

        return AsyncUploads(self._runtime)

    @cached_property
    def calls(self) -> AsyncCalls:
        """Calling API: call permissions; connect, pre_accept, accept, reject, terminate."""
        from ._async._calls import AsyncCalls

        return AsyncCalls(self._runtime)

    @cached_property
    def templates(self) -> AsyncTemplates:
        """Template management: create (with media upload), list, edit, delete, archive, compare, the library."""
        from ._async._templates import AsyncTemplates

        return AsyncTemplates(self._runtime)

    @cached_property
    def business_profile(self) -> AsyncBusinessProfile:
        """The business profile; ``set_picture`` uploads the picture for you."""
        from ._async._business_profile import AsyncBusinessProfile

        return AsyncBusinessProfile(self._runtime)

    @cached_property
    def marketing_messages(self) -> AsyncMarketingMessages:
        """Marketing Messages API: ``send_template`` through ``/marketing_messages``."""
        from ._async._marketing_messages import AsyncMarketingMessages

        return AsyncMarketingMessages(self._runtime)
