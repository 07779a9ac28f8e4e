"""Settings: explicit argument > environment variable > ``.env`` file > default.

Resolution happens once, when a client is built. A ``.env`` file in the working directory is read but never
overrides a variable that is really set in the environment. Each resolved value remembers where it came from so
``wacloud config check`` can show it (tokens masked).
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NoReturn, SupportsIndex

import httpx

from ._constants import (
    DEFAULT_API_VERSION,
    DEFAULT_GRAPH_URL,
    DEFAULT_LISTENER_PORT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT_SECONDS,
    DEFAULT_TIMEOUT_SECONDS,
    DEFAULT_WEBHOOK_ENDPOINT,
)
from ._errors import ConfigurationError
from ._secrets import SecretStr, secret
from ._version import __version__

__all__ = [
    "ENV_VARS",
    "ConfigurationWarning",
    "Settings",
    "SettingSource",
    "load_dotenv_values",
    "mask_secret",
    "read_setting",
]

SettingSource = Literal["argument", "environment", ".env", "http_client", "default"]

#: Setting name -> environment variables read for it, first match wins.
ENV_VARS: Mapping[str, tuple[str, ...]] = {
    "access_token": ("CLOUD_API_ACCESS_TOKEN",),
    "phone_number_id": ("WA_PHONE_NUMBER_ID",),
    "business_account_id": ("WA_BUSINESS_ACCOUNT_ID",),
    "api_version": ("CLOUD_API_VERSION",),
    "base_url": ("WA_BASE_URL",),
    "timeout": ("REQUEST_TIMEOUT",),
    "max_retries": ("WA_MAX_RETRIES",),
    "max_retry_wait": ("WA_MAX_RETRY_WAIT",),
    "webhook_verification_token": ("WEBHOOK_VERIFICATION_TOKEN",),
    "app_id": ("WA_APP_ID", "APP_ID"),
    "app_secret": ("WA_APP_SECRET", "APP_SECRET"),
    "listener_port": ("WA_LISTENER_PORT",),
    "webhook_endpoint": ("WEBHOOK_ENDPOINT",),
    "debug": ("WACLOUD_LOG", "DEBUG"),  # the namespaced variable wins over DEBUG, a name other tools read too
    "rate_limit": ("WA_RATE_LIMIT",),
    "rate_limit_redis_url": ("WA_RATE_LIMIT_REDIS_URL",),
}

# A Redis URL may carry a password.
SECRET_SETTINGS = frozenset({"access_token", "app_secret", "webhook_verification_token", "rate_limit_redis_url"})

_API_VERSION = re.compile(r"^v\d{1,3}\.\d{1,2}$")
_DOTENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")
_TRUE = frozenset({"1", "true", "yes", "on", "debug"})
_FALSE = frozenset({"0", "false", "no", "off", "", "info", "warning", "error"})


class ConfigurationWarning(UserWarning):
    """A setting wacloud accepted that is probably not what was meant: ignored, or describing other shapes."""


_WARNED: set[str] = set()


def _warn_once(message: str) -> None:
    """Warn once per process per message: settings are resolved for every client and tenant copy."""
    if message not in _WARNED:
        _WARNED.add(message)
        warnings.warn(message, ConfigurationWarning, stacklevel=3)


def mask_secret(value: str | None) -> str:
    """Show that a secret is set without showing it: ``EAAB…(42 chars)``; never more than 4 leading chars."""
    if not value:
        return "<not set>"
    if len(value) <= 8:
        return f"<set, {len(value)} chars>"
    return f"{value[:4]}…({len(value)} chars)"


class RedactedVariables(dict[str, str]):
    """Variables of a ``.env`` file or an environment. Its ``repr`` names the keys only: the values hold secrets."""

    def __repr__(self) -> str:
        return f"RedactedVariables(keys={sorted(self)!r})"

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        raise TypeError("Environment and .env variables hold secrets and refuse to be pickled.")


def load_dotenv_values(path: str | os.PathLike[str] | None = None) -> dict[str, str]:
    """Parse a ``.env`` file (``KEY=value``, optional quotes, ``export``, ``#`` comments). Missing file → ``{}``."""
    dotenv = Path(path) if path is not None else Path.cwd() / ".env"
    values = RedactedVariables()
    try:
        text = dotenv.read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return values
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _DOTENV_LINE.match(line)
        if match is None:
            continue
        key, raw = match.groups()
        quoted = len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\""
        raw = raw[1:-1] if quoted else raw.split(" #", 1)[0].strip()
        values[key] = raw
    return values


def read_setting(
    name: str,
    environ: Mapping[str, str] | None = None,
    dotenv: Mapping[str, str] | None = None,
) -> tuple[str | None, SettingSource | None]:
    """Return the raw string for a setting from the environment, then ``.env``; ``(None, None)`` when unset."""
    env = os.environ if environ is None else environ
    for variable in ENV_VARS[name]:
        value = env.get(variable)
        if value is not None and value != "":
            return value, "environment"
    if dotenv:
        for variable in ENV_VARS[name]:
            value = dotenv.get(variable)
            if value is not None and value != "":
                return value, ".env"
    return None, None


def _env_label(name: str) -> str:
    return " or ".join(ENV_VARS[name])


@dataclass(frozen=True, slots=True, repr=False)
class Settings:
    """Resolved, validated settings.

    ``access_token``, ``app_secret`` and ``webhook_verification_token`` are ``SecretStr`` values: strings whose
    ``repr``/``str`` is ``[redacted]`` (``.reveal()`` gives the value). Settings refuse to be pickled, because
    they hold those secrets: resolve them again in the other process (from its environment).
    """

    access_token: str | None
    phone_number_id: str | None
    business_account_id: str | None
    api_version: str
    base_url: str
    timeout: float | httpx.Timeout | None
    max_retries: int
    max_retry_wait: float
    webhook_verification_token: str | None
    app_id: str | None
    app_secret: str | None
    listener_port: int
    webhook_endpoint: str
    debug: bool
    #: Messages per second per business number when the client paces its sends (``None``: not paced).
    rate_limit: float | None = None
    #: Redis shared by every process pacing the same numbers (``None``: in memory, this process only).
    rate_limit_redis_url: str | None = None
    sources: Mapping[str, SettingSource] = field(default_factory=dict)

    def __repr__(self) -> str:
        return (
            f"Settings(phone_number_id={self.phone_number_id!r}, business_account_id={self.business_account_id!r}, "
            f"api_version={self.api_version!r}, base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"access_token={mask_secret(self.access_token)!r}, app_secret={mask_secret(self.app_secret)!r})"
        )

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        raise TypeError(
            "wacloud.Settings refuse to be pickled: they hold the access token, app secret and verify token. "
            "Resolve them in the other process instead (Settings.resolve() or WhatsApp() read its environment)."
        )

    def __copy__(self) -> Settings:
        return self  # frozen

    def __deepcopy__(self, memo: dict[int, Any]) -> Settings:
        return self

    @property
    def secrets(self) -> tuple[SecretStr, ...]:
        """The secrets set in these settings, to scrub from text a server sends back."""
        values = (self.access_token, self.app_secret, self.webhook_verification_token)
        return tuple(value for value in values if isinstance(value, SecretStr))

    @property
    def versioned_base_url(self) -> str:
        """``https://graph.facebook.com/v26.0``: the base every versioned path is relative to."""
        return f"{self.base_url.rstrip('/')}/{self.api_version}"

    def describe(self) -> list[tuple[str, str, str]]:
        """``(setting, shown value, source)`` rows for ``wacloud config check``; secrets masked."""
        rows: list[tuple[str, str, str]] = []
        for name in ENV_VARS:
            value = getattr(self, name)
            shown = mask_secret(value) if name in SECRET_SETTINGS else ("<not set>" if value is None else str(value))
            rows.append((name, shown, self.sources.get(name, "default")))
        return rows

    @classmethod
    def resolve(
        cls,
        *,
        access_token: str | None = None,
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
        listener_port: int | None = None,
        webhook_endpoint: str | None = None,
        debug: bool | None = None,
        rate_limit: float | None = None,
        rate_limit_redis_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        dotenv_path: str | os.PathLike[str] | None = None,
        token_from_provider: bool = False,
    ) -> Settings:
        """Resolve every setting. ``timeout`` is seconds; ``REQUEST_TIMEOUT`` is milliseconds (as Meta's SDKs)."""
        # Secrets are wrapped first, so that no frame of this call holds one as a plain string.
        access_token, app_secret = secret(access_token), secret(app_secret)
        webhook_verification_token = secret(webhook_verification_token)
        if environ is not None:
            environ = RedactedVariables(environ)
        dotenv = load_dotenv_values(dotenv_path)
        sources: dict[str, SettingSource] = {}

        def pick(name: str, explicit: object) -> str | None:
            if explicit is not None:
                sources[name] = "argument"
                return explicit if isinstance(explicit, str) else str(explicit)  # str() would redact a secret
            raw, source = read_setting(name, environ, dotenv)
            if source is not None:
                sources[name] = source
            return raw

        token = secret(pick("access_token", access_token)) if not token_from_provider else None
        if token_from_provider:
            sources["access_token"] = "argument"
        elif token is not None and not token.strip():
            raise ConfigurationError(
                "access_token is empty: pass a non-empty `access_token=` or set CLOUD_API_ACCESS_TOKEN."
            )

        version = pick("api_version", api_version) or DEFAULT_API_VERSION
        if not _API_VERSION.match(version):
            raise ConfigurationError(
                f"api_version {version!r} is not a Graph API version: use the form 'v26.0' "
                "(argument `api_version=` or environment variable CLOUD_API_VERSION)."
            )
        if version != DEFAULT_API_VERSION:
            _warn_once(
                f"Graph API {version} is not the version wacloud {__version__}'s models describe "
                f"({DEFAULT_API_VERSION}): fields Meta added, renamed or removed between the two may be missing or "
                f"fail to parse. Use {DEFAULT_API_VERSION}, or a wacloud release generated for {version}."
            )

        url = pick("base_url", base_url) or DEFAULT_GRAPH_URL
        if not url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base_url {url!r} must start with https:// (or http:// for a local emulator).")

        timeout_seconds: float | httpx.Timeout | None
        if isinstance(timeout, httpx.Timeout):  # per phase (connect, read, write, pool), as httpx takes it
            sources["timeout"] = "argument"
            timeout_seconds = timeout
        elif timeout is not None:
            sources["timeout"] = "argument"
            timeout_seconds = _positive_float(timeout, "timeout", "seconds")
        else:
            raw, source = read_setting("timeout", environ, dotenv)
            if raw is None:
                timeout_seconds = DEFAULT_TIMEOUT_SECONDS
            else:
                sources["timeout"] = source or "environment"
                try:
                    milliseconds = float(raw)
                except ValueError:
                    raise ConfigurationError(
                        f"REQUEST_TIMEOUT must be a number of milliseconds (e.g. 10000), got {raw!r}."
                    ) from None
                if milliseconds <= 0:
                    raise ConfigurationError(f"REQUEST_TIMEOUT must be positive milliseconds, got {raw!r}.")
                timeout_seconds = milliseconds / 1000.0

        retries_raw = pick("max_retries", max_retries)
        retries = DEFAULT_MAX_RETRIES if retries_raw is None else _non_negative_int(retries_raw, "max_retries")

        wait_raw = pick("max_retry_wait", max_retry_wait)
        wait = (
            DEFAULT_MAX_RETRY_WAIT_SECONDS
            if wait_raw is None
            else _positive_float(wait_raw, "max_retry_wait", "seconds")
        )

        port_raw = pick("listener_port", listener_port)
        port = DEFAULT_LISTENER_PORT if port_raw is None else _non_negative_int(port_raw, "listener_port")
        if not 0 < port < 65536:
            raise ConfigurationError(f"WA_LISTENER_PORT must be a TCP port (1-65535), got {port_raw!r}.")

        endpoint = pick("webhook_endpoint", webhook_endpoint) or DEFAULT_WEBHOOK_ENDPOINT
        if not endpoint.startswith("/"):
            raise ConfigurationError(f"WEBHOOK_ENDPOINT must be a path starting with '/', got {endpoint!r}.")

        debug_raw = pick("debug", None if debug is None else str(debug).lower())
        debug_flag = False
        if debug_raw is not None:
            lowered = debug_raw.strip().lower()
            if lowered in _TRUE | _FALSE:
                debug_flag = lowered in _TRUE
            else:  # DEBUG is shared with other tools: an unexpected value must not stop the client
                _warn_once(
                    f"{_env_label('debug')}={debug_raw!r} is not one of 1/0, yes/no, true/false, on/off "
                    "(or WACLOUD_LOG=debug): ignored, wacloud's debug logging stays off."
                )

        limit = _rate_limit(pick("rate_limit", rate_limit))
        redis_url = pick("rate_limit_redis_url", rate_limit_redis_url)
        if redis_url is not None and not redis_url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigurationError(
                "WA_RATE_LIMIT_REDIS_URL must be a Redis URL (redis://host:6379/0, rediss://... or unix://...)."
            )

        return cls(
            access_token=token,
            phone_number_id=_identifier(pick("phone_number_id", phone_number_id), "phone_number_id"),
            business_account_id=_identifier(pick("business_account_id", business_account_id), "business_account_id"),
            api_version=version,
            base_url=url.rstrip("/"),
            timeout=timeout_seconds,
            max_retries=retries,
            max_retry_wait=wait,
            webhook_verification_token=secret(pick("webhook_verification_token", webhook_verification_token)),
            app_id=pick("app_id", app_id),
            app_secret=secret(pick("app_secret", app_secret)),
            listener_port=port,
            webhook_endpoint=endpoint,
            debug=debug_flag,
            rate_limit=limit,
            rate_limit_redis_url=redis_url,
            sources=sources,
        )


def _identifier(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    cleaned = value.strip()
    if not cleaned or not cleaned.isdigit():
        raise ConfigurationError(
            f"{name} must be a numeric Graph id, got {value!r} (argument `{name}=` or {_env_label(name)})."
        )
    return cleaned


def _rate_limit(value: str | None) -> float | None:
    """WA_RATE_LIMIT: messages per second per business number (Meta: 80 by default, at most 1,000), or ``off``."""
    if value is None or value.strip().lower() in _FALSE:
        return None
    try:
        rate = float(value)
    except ValueError:
        rate = -1.0
    if not 0 < rate <= 1000:
        raise ConfigurationError(
            f"rate_limit must be messages per second per business number, above 0 and at most 1000 (Meta's "
            f"highest throughput), or 'off'; got {value!r} (argument `rate_limit=` or WA_RATE_LIMIT)."
        )
    return rate


def _positive_float(value: object, name: str, unit: str) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigurationError(f"{name} must be a number of {unit}, got {value!r}.") from None
    if number <= 0:
        raise ConfigurationError(f"{name} must be positive {unit}, got {value!r}.")
    return number


def _non_negative_int(value: object, name: str) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, got {value!r} ({_env_label(name)}).") from None
    if number < 0:
        raise ConfigurationError(f"{name} must not be negative, got {value!r} ({_env_label(name)}).")
    return number
