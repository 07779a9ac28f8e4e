"""Contains some shared types for properties"""

import functools
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Protocol, TypedDict, TypeVar
from urllib.parse import quote

ItemT = TypeVar("ItemT")

import httpx
from attrs import define


@functools.lru_cache(maxsize=4096)
def quote_path(value: str) -> str:
    """One path parameter percent-encoded (``/`` too), cached: ids repeat and ``quote`` is slow."""
    return quote(value, safe="")


def graph_bool(value: Any) -> Any:
    """A boolean as Graph answers it: some operations send the strings ``"true"`` / ``"false"`` (Meta's own reference
    types ``success`` of several deletes as a string), read as ``True`` / ``False``; anything else unchanged."""
    if value == "true":
        return True
    if value == "false":
        return False
    return value


def redacted_repr(value: object) -> str:
    """The repr of a secret field (spec: `format: password` or `x-secret: true`): whether it is set, never its value."""
    return "None" if value is None else "'[redacted]'"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class RequestOptions(TypedDict, total=False):
    """Per-call overrides accepted by every namespace method as ``request_options=``."""

    timeout: float | httpx.Timeout
    """Seconds for connect, read and write of this call, or an ``httpx.Timeout`` per phase."""
    max_retries: int
    """Retries of this call (0 disables them); only calls that are safe to repeat are retried."""
    max_retry_wait: float
    """Longest total time in seconds this call may spend waiting between retries."""
    extra_headers: Mapping[str, str]
    """Additional HTTP headers for this call."""


class SyncRuntime(Protocol):
    """What a generated namespace needs from the client that owns it (implemented by ``wacloud``)."""

    def path_default(self, name: str, value: str | None) -> str:
        """Return ``value`` or the client's configured default for the path parameter ``name``."""
        ...

    def execute(self, request: dict[str, Any], parse: Callable[..., object], options: RequestOptions | None) -> object:
        """Send ``request`` (``_get_kwargs`` output), raise typed errors, return ``parse(client=, response=)``."""
        ...

    def unexpected(self, parsed: object) -> Exception:
        """The error to raise when a success answer did not parse into the documented type."""
        ...

    def paginate(
        self,
        request: Callable[[str | None], dict[str, Any]],
        parse: Callable[..., object],
        options: RequestOptions | None,
        max_items: int | None,
        item_type: type[ItemT],
    ) -> Iterator[ItemT]:
        """Lazily yield the ``data`` items of every page; ``request(after)`` builds each page's request."""
        ...


class AsyncRuntime(Protocol):
    """The asyncio twin of ``SyncRuntime``."""

    def path_default(self, name: str, value: str | None) -> str:
        """Return ``value`` or the client's configured default for the path parameter ``name``."""
        ...

    async def execute(
        self, request: dict[str, Any], parse: Callable[..., object], options: RequestOptions | None
    ) -> object:
        """Send ``request`` (``_get_kwargs`` output), raise typed errors, return ``parse(client=, response=)``."""
        ...

    def unexpected(self, parsed: object) -> Exception:
        """The error to raise when a success answer did not parse into the documented type."""
        ...

    def paginate(
        self,
        request: Callable[[str | None], dict[str, Any]],
        parse: Callable[..., object],
        options: RequestOptions | None,
        max_items: int | None,
        item_type: type[ItemT],
    ) -> AsyncIterator[ItemT]:
        """Lazily yield the ``data`` items of every page; ``request(after)`` builds each page's request."""
        ...


__all__ = [
    "AsyncRuntime",
    "File",
    "FileTypes",
    "RequestFiles",
    "RequestOptions",
    "Response",
    "SyncRuntime",
    "redacted_repr",
]
