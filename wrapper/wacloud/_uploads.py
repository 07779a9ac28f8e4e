"""``client.uploads``: Graph's resumable upload API, plus ``upload_file`` that does the whole exchange.

``upload_file`` opens a session (``POST /{app_id}/uploads``), sends the bytes (``POST /{upload_session_id}`` with
``Authorization: OAuth …`` and ``file_offset``), and after an interruption (a dropped connection, a timeout, a
transient 5xx) asks Graph how far it got (``GET /{upload_session_id}``) and sends the rest from there. It returns
the file handle ``h`` that template media headers (``example.header_handle``) and profile pictures
(``profile_picture_handle``) take.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qs, quote

from wacloud_api.api.uploads import Uploads as _GeneratedUploads
from wacloud_api.api.uploads import get_upload_session as _get_session
from wacloud_api.api.uploads import send_upload_bytes as _send_bytes
from wacloud_api.models import UploadedFileHandle, UploadSessionStatus
from wacloud_api.types import File, RequestOptions

from . import _runtime as _runtime_impl
from ._errors import (
    ApiError,
    ConfigurationError,
    ConnectionError,
    InvalidArgumentError,
    TimeoutError,
    UnexpectedResponseError,
)
from ._media import MediaSource, Progress

__all__ = ["UPLOAD_FILE_TYPES", "UploadSource", "Uploads"]

#: What ``upload_file`` accepts: a filesystem path, raw bytes, or a binary file object (seekable to resume).
UploadSource = MediaSource
#: The MIME types Graph's resumable upload API accepts.
UPLOAD_FILE_TYPES = frozenset({"application/pdf", "image/jpeg", "image/jpg", "image/png", "video/mp4"})
CHUNK_SIZE = 64 * 1024


@dataclass(slots=True)
class _Source:
    """The file being uploaded: where its bytes start, how many there are, and what they are."""

    file: IO[bytes]
    start: int
    length: int
    name: str
    file_type: str
    owned: bool

    def close(self) -> None:
        if self.owned:
            self.file.close()


def open_source(source: UploadSource, file_name: str | None, file_type: str | None) -> _Source:
    """Open ``source`` and find its length, name and MIME type; refuse what Graph would refuse, before any call."""
    owned = False
    if isinstance(source, bytes | bytearray):
        file: IO[bytes] = io.BytesIO(bytes(source))
        name = file_name or "upload"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise InvalidArgumentError(f"Cannot upload {str(path)!r}: no such file.")
        file, owned, name = path.open("rb"), True, file_name or path.name
    elif hasattr(source, "read") and hasattr(source, "seek"):
        file = source
        name = file_name or Path(str(getattr(source, "name", "upload"))).name
    else:
        raise InvalidArgumentError(
            f"upload_file() takes a path, bytes or a seekable binary file, got {type(source).__name__}."
        )
    try:
        start = file.tell()
        length = file.seek(0, io.SEEK_END) - start
        file.seek(start)
    except (OSError, ValueError) as exc:
        if owned:
            file.close()
        raise InvalidArgumentError("upload_file() needs a seekable file (to resume after an interruption).") from exc
    kind = file_type or mimetypes.guess_type(name)[0] or _sniff(file, start)
    problem = None
    if length <= 0:
        problem = "the file is empty: file_length must be at least 1 byte."
    elif kind not in UPLOAD_FILE_TYPES:
        allowed = ", ".join(sorted(UPLOAD_FILE_TYPES))
        problem = f"file_type {kind!r} is not accepted by Graph's resumable upload API; use one of {allowed}."
    if problem:
        if owned:
            file.close()
        raise InvalidArgumentError(f"Cannot upload {name!r}: {problem}")
    assert kind is not None
    return _Source(file, start, length, name, kind, owned)


_SIGNATURES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"%PDF-", "application/pdf"))


def _sniff(file: IO[bytes], start: int) -> str | None:
    """The MIME type of bytes without a name, from the signatures of the five types Graph accepts."""
    head = file.read(12)
    file.seek(start)
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return "video/mp4" if head[4:8] == b"ftyp" else None


def split_session_id(session_id: str) -> tuple[str, str | None]:
    """``upload:…?sig=…`` → (``upload:…``, ``sig``): Graph returns the signature as a query string on the id."""
    node, _, query = session_id.partition("?")
    if not node.startswith("upload:"):
        raise InvalidArgumentError(f"An upload session id starts with 'upload:', got {session_id!r}.")
    signature = parse_qs(query).get("sig")
    return node, signature[0] if signature else None


def _session_url(request: dict[str, Any], node: str) -> dict[str, Any]:
    # Graph's docs (and curl) send the session id as is (`/upload:MTph…=`, base64 characters included); the
    # generated path would percent-encode its colon and padding.
    request["url"] = "/" + quote(node, safe=":=+/")
    return request


def _chunks(source: _Source, offset: int, progress: Progress | None) -> Iterator[bytes]:
    sent = offset
    source.file.seek(source.start + offset)
    while sent < source.length:
        chunk = source.file.read(min(CHUNK_SIZE, source.length - sent))
        if not chunk:
            raise InvalidArgumentError(f"The file ended after {sent} of its {source.length} bytes (file_length).")
        sent += len(chunk)
        if progress is not None:
            progress(sent, source.length)
        yield chunk


class _AsyncChunks:
    """The same chunks as an async iterable: what ``httpx.AsyncClient`` streams."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def bytes_request(
    runtime: object, node: str, sig: str | None, source: _Source, offset: int, progress: Progress | None
) -> dict[str, Any]:
    """``POST /{upload_session_id}`` sending the file from ``offset``, streamed (async-iterable for the async client)."""
    if not 0 <= offset <= source.length:
        raise InvalidArgumentError(
            f"file_offset {offset} is past file_length ({source.length} bytes): this session is not for this file."
        )
    optional = {} if sig is None else {"sig": sig}
    request = _send_bytes._get_kwargs(node, body=File(payload=io.BytesIO()), file_offset=offset, **optional)
    chunks = _chunks(source, offset, progress)
    request["content"] = _AsyncChunks(chunks) if isinstance(runtime, _runtime_impl.AsyncRuntime) else chunks
    request["headers"]["Content-Length"] = str(source.length - offset)
    return _session_url(request, node)


def status_request(node: str, sig: str | None) -> dict[str, Any]:
    optional = {} if sig is None else {"sig": sig}
    return _session_url(_get_session._get_kwargs(node, **optional), node)


def resumable(error: Exception) -> bool:
    """Whether an upload POST may have been cut short, so that asking for the offset and resuming makes sense."""
    if isinstance(error, ConnectionError | TimeoutError):
        return True
    return isinstance(error, ApiError) and (error.status_code or 0) >= 500


def _once(options: RequestOptions | None) -> RequestOptions:
    # The body is a one-shot stream: the runtime must not resend it; upload_file resumes from the offset instead.
    merged: RequestOptions = {**(options or {})}
    merged["max_retries"] = 0
    return merged


def handle_of(parsed: object) -> str:
    if not isinstance(parsed, UploadedFileHandle):
        raise UnexpectedResponseError("Graph answered the upload without a file handle (h).")
    return parsed.h


def offset_of(parsed: object) -> int:
    if not isinstance(parsed, UploadSessionStatus):
        raise UnexpectedResponseError("Graph answered the upload session without file_offset.")
    return parsed.file_offset


def app_id_of(runtime: object, app_id: str | None) -> str:
    configured = app_id or getattr(getattr(runtime, "settings", None), "app_id", None)
    if not configured:
        raise ConfigurationError("upload_file needs the Meta app id: pass app_id= or set WA_APP_ID.")
    return str(configured)


class Uploads(_GeneratedUploads):
    """``client.uploads``: resumable uploads for template header samples and profile pictures."""

    _runtime: _runtime_impl.SyncRuntime

    def upload_file(
        self,
        source: UploadSource,
        *,
        file_type: str | None = None,
        file_name: str | None = None,
        app_id: str | None = None,
        progress: Callable[[int, int | None], None] | None = None,
        max_resumes: int = 3,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Upload a path, bytes or seekable file and return its handle ``h``, resuming after interruptions.

        ``progress(bytes_sent, file_length)`` is called as the bytes stream; ``max_resumes`` bounds how often an
        interrupted upload is resumed from the offset Graph reports. ``app_id`` defaults to WA_APP_ID.

        Example: ``handle = client.uploads.upload_file("banner.jpg")``
        """
        runtime = self._runtime
        app = app_id_of(runtime, app_id)
        upload = open_source(source, file_name, file_type)
        try:
            session = self.create_session(
                app_id=app,
                file_name=upload.name,
                file_length=upload.length,
                file_type=upload.file_type,
                request_options=request_options,
            )
            node, sig = split_session_id(session.id)
            offset, resumes = 0, 0
            while True:
                request = bytes_request(runtime, node, sig, upload, offset, progress)
                try:
                    parsed = runtime.execute(request, _send_bytes._parse_response, _once(request_options))
                    return handle_of(parsed)
                except (ApiError, ConnectionError, TimeoutError) as error:
                    if not resumable(error) or resumes >= max_resumes:
                        raise
                    resumes += 1
                status = runtime.execute(status_request(node, sig), _get_session._parse_response, request_options)
                offset = offset_of(status)
        finally:
            upload.close()
