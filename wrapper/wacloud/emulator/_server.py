"""Serving ASGI apps on loopback from a background thread: the emulator itself, and listeners in tests/demo."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from .._constants import DEFAULT_EMULATOR_PORT
from .._errors import ConfigurationError
from ._app import EmulatorApp
from ._flows import FlowSession
from ._spec import SpecIndex
from ._state import EmulatorState, Tenant, Throttle, template_key
from ._webhooks import WebhookSender, incoming_text, user_id_update

if TYPE_CHECKING:
    from .._client import WhatsApp

__all__ = ["Emulator", "ThreadedServer"]

LOOPBACK = "127.0.0.1"


class ThreadedServer:
    """Run an ASGI app with uvicorn on 127.0.0.1 in a daemon thread; ``port=0`` picks a free port."""

    def __init__(self, app: Any, port: int = 0, *, ready_timeout: float = 10.0) -> None:
        try:
            import uvicorn
        except ImportError:
            raise ConfigurationError("Serving needs uvicorn: pip install 'wacloud[server]'.") from None
        config = uvicorn.Config(app, host=LOOPBACK, port=port, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="wacloud-server", daemon=True)
        self._ready_timeout = ready_timeout
        self.port: int = port

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + self._ready_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise ConfigurationError(f"The server on {LOOPBACK}:{self.port} did not start (port in use?).")
            time.sleep(0.01)
        self.port = int(self._server.servers[0].sockets[0].getsockname()[1])
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


#: The app id ``Emulator.client()`` configures (the emulator accepts any app id for upload sessions).
EMULATOR_APP_ID = "123456789012345"


class Emulator:
    """A local WhatsApp Cloud API on loopback, for demos and tests.

    ``throughput`` (messages per second per number, off by default) answers sends past it with Meta's 130429 and
    ``Retry-After``, as ``set_throughput`` does later.

    Example::

        with Emulator([Tenant("1001", "2001", {"EAAG-token"})]) as emulator:
            client = WhatsApp(access_token="EAAG-token", phone_number_id="1001", base_url=emulator.base_url)
    """

    def __init__(
        self,
        tenants: Iterable[Tenant],
        *,
        port: int = 0,
        app_secret: str = "emulator-app-secret",
        webhook_url: str | None = None,
        status_delay: float = 0.02,
        spec_path: Path | None = None,
        throughput: float | None = None,
    ) -> None:
        self.state: EmulatorState = EmulatorState(throughput=throughput)
        for tenant in tenants:
            self.state.add_tenant(tenant)
        self.webhooks: WebhookSender | None = (
            WebhookSender(webhook_url, app_secret, status_delay) if webhook_url else None
        )
        self.app: EmulatorApp = EmulatorApp(
            self.state, SpecIndex(spec_path), app_secret=app_secret, webhooks=self.webhooks
        )
        self._server = ThreadedServer(self.app, port)

    @property
    def base_url(self) -> str:
        """Pass as ``base_url=`` (or WA_BASE_URL) to point the SDK at the emulator."""
        return self._server.url

    def start(self) -> Self:
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()
        if self.webhooks is not None:
            self.webhooks.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def client(self, **options: Any) -> WhatsApp:
        """A ``WhatsApp`` client for the first tenant, pointed at this emulator; ``options`` override any argument.

        Example: ``with Emulator([Tenant("1001", "2001", {"EAAG-t"})]) as emulator, emulator.client() as client:``
        """
        from .._client import WhatsApp

        with self.state.lock:
            tenant = next(iter(self.state.tenants.values()))
            token = sorted(tenant.tokens - self.state.revoked)[0]
        defaults: dict[str, Any] = {
            "access_token": token,
            "phone_number_id": tenant.phone_number_id,
            "business_account_id": tenant.waba_id,
            "app_id": EMULATOR_APP_ID,
            "base_url": self.base_url,
        }
        return WhatsApp(**{**defaults, **options})

    # ---- control API for tests and demos
    def register_token(self, phone_number_id: str, token: str) -> None:
        """Allow ``token`` to act for the tenant of ``phone_number_id``."""
        with self.state.lock:
            self.state.tenants[phone_number_id].tokens.add(token)
            self.state.revoked.discard(token)

    def signup_code(self, phone_number_id: str) -> str:
        """A one-time code, as Embedded Signup returns it, that exchanges for a new token of this tenant.

        Example: ``wacloud.auth.exchange_code(emulator.signup_code("1001"), app_id=..., app_secret=..., base_url=...)``
        """
        code = "emulated-code-" + secrets.token_urlsafe(12)
        with self.state.lock:
            if phone_number_id not in self.state.tenants:
                raise ConfigurationError(f"no emulated tenant has phone_number_id {phone_number_id!r}.")
            self.state.signup_codes[code] = phone_number_id
        return code

    def revoke_token(self, token: str) -> None:
        """From now on ``token`` is answered with code 190."""
        with self.state.lock:
            self.state.revoked.add(token)

    def throttle(self, phone_number_id: str, *, code: int = 130429, count: int = 1, retry_after: float = 1.0) -> None:
        """Refuse the next ``count`` sends from this number with a throttling ``code`` and ``Retry-After``."""
        with self.state.lock:
            self.state.throttles[phone_number_id] = Throttle(code, count, retry_after)

    def set_throughput(self, messages_per_second: float | None, phone_number_id: str | None = None) -> None:
        """Enforce Meta's throughput: past ``messages_per_second`` sends are answered 130429 with Retry-After.

        For every number (``phone_number_id=None``) or one; ``None`` lifts the limit. Off unless set (or
        ``Emulator(throughput=...)``); ``throughput_refusals`` counts the refused sends.
        """
        if messages_per_second is not None and not messages_per_second > 0:
            raise ConfigurationError(f"throughput must be positive messages per second, got {messages_per_second!r}.")
        with self.state.lock:
            if phone_number_id is None:
                self.state.throughput = messages_per_second
                self.state.throughput_for.clear()
            else:
                self.state.throughput_for[phone_number_id] = messages_per_second

    @property
    def throughput_refusals(self) -> dict[str, int]:
        """Sends answered 130429 because of the throughput limit, per phone number id."""
        with self.state.lock:
            return dict(self.state.throughput_refusals)

    def inject_message(
        self,
        phone_number_id: str,
        sender: str,
        text: str,
        *,
        group_id: str | None = None,
        username: str | None = None,
    ) -> str:
        """Deliver a customer's text message to the webhook URL; returns its wamid.

        ``sender`` is a phone number (the webhook has ``from`` and ``from_user_id``) or a BSUID (``from_user_id``
        only, as for a user with a username whose number Meta does not share); ``group_id`` writes it in a group.
        """
        if self.webhooks is None:
            raise ConfigurationError("inject_message needs webhook_url= on the Emulator.")
        wamid = self.state.new_wamid()
        tenant = self.state.tenants[phone_number_id]
        self.webhooks.post(incoming_text(tenant, sender, text, wamid, group_id=group_id, username=username))
        return wamid

    def change_user_id(self, phone_number_id: str, previous: str, current: str, *, wa_id: str | None = None) -> None:
        """Send the ``user_id_update`` webhook Meta sends when a user's BSUID changes (``previous`` -> ``current``)."""
        if self.webhooks is None:
            raise ConfigurationError("change_user_id needs webhook_url= on the Emulator.")
        self.webhooks.post(user_id_update(self.state.tenants[phone_number_id], previous, current, wa_id))

    def join_group(self, group_id: str, user: str) -> str | None:
        """Play ``user`` (a phone number or BSUID) tapping the group's invite link: they join (a
        ``group_participants_add`` webhook), or, for a group that needs approval, ask to join (a
        ``group_join_request_created`` webhook); returns the join request id then, else ``None``."""
        with self.state.lock:
            group = self.state.groups.get(group_id)
            tenant = self.state.tenants.get(group.owner) if group is not None else None
        if tenant is None:
            raise ConfigurationError(f"The emulator has no group {group_id!r}: create it with client.groups.create.")
        request_id, hooks = self.app.groups.join(tenant, group_id, user)
        if self.webhooks is not None:
            for hook in hooks:
                self.webhooks.post(hook)
        return request_id

    def groups(self) -> dict[str, dict[str, Any]]:
        """Every group the emulator holds, ``{group_id: info}`` as ``client.groups.get`` answers it."""
        with self.state.lock:
            return {group_id: group.info() for group_id, group in self.state.groups.items()}

    def flow_session(
        self, phone_number_id: str, endpoint_url: str, *, flow_token: str, data_api_version: str = "3.0"
    ) -> FlowSession:
        """Play the WhatsApp client of an open Flow against ``endpoint_url``, encrypting to the public key the
        number registered (``client.encryption.set_public_key``) and signing with the emulator's app secret."""
        with self.state.lock:
            public_key = self.state.public_keys.get(phone_number_id)
        if public_key is None:
            raise ConfigurationError(
                f"Phone number {phone_number_id} has no Flows public key: register one first "
                "(client.encryption.set_public_key or wacloud flows keygen --upload)."
            )
        return FlowSession(
            endpoint_url,
            public_key,
            app_secret=self.app.app_secret,
            flow_token=flow_token,
            data_api_version=data_api_version,
        )

    def pause_template(self, waba_id: str, name: str, language: str = "en_US") -> None:
        """Pause a template as Meta does for low quality (status ``PAUSED``); ``templates.unpause`` resumes it."""
        with self.state.lock:
            self.state.templates[template_key(waba_id, name, language)]["status"] = "PAUSED"

    def interrupt_next_upload(self, after_bytes: int) -> None:
        """The next resumable-upload POST keeps ``after_bytes`` bytes, then is answered with a transient error."""
        with self.state.lock:
            self.state.interrupt_upload_after = after_bytes

    def uploaded_file(self, handle: str) -> tuple[bytes, str]:
        """The bytes and MIME type behind a resumable-upload handle ``h``."""
        with self.state.lock:
            return self.state.handles[handle]

    @property
    def sent(self) -> list[dict[str, Any]]:
        """Every accepted send: ``{id, phone_number_id, token, body, at}`` (``at``: ``time.monotonic()`` on arrival)."""
        with self.state.lock:
            return list(self.state.sent)


DEFAULT_PORT = DEFAULT_EMULATOR_PORT
