"""``client.media``: the generated namespace, plus uploads from a path/bytes/file and streamed downloads.

Downloads fetch the short-lived URL from ``GET /{media_id}``. The bearer token is only ever sent to the configured
origin (Graph, or a local emulator) and to ``lookaside.fbsbx.com``; redirects are followed only to Meta's media
hosts, without the token on its CDNs (``_hosts``), and a redirect's body is never taken for the media. The bytes
are streamed to the destination in chunks and checked against the SHA-256 Graph advertised.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, BinaryIO, overload

from wacloud_api.api.media import Media as _GeneratedMedia
from wacloud_api.models import MediaUploadRequest, MediaUploadResponse
from wacloud_api.types import File, RequestOptions

from . import _runtime as _runtime_impl
from ._errors import InvalidArgumentError, MediaDownloadError
from ._hosts import media_access
from ._logging import redact_url

__all__ = ["Media", "MediaSource"]

#: What ``upload`` accepts: a filesystem path, raw bytes, or a binary file object.
MediaSource = str | os.PathLike[str] | bytes | BinaryIO
#: ``progress(bytes_done, bytes_total_or_None)``, called as an upload or download advances.
Progress = Callable[[int, int | None], None]
CHUNK_SIZE = 64 * 1024


class _ReportingReader(io.RawIOBase):
    """A read-only file wrapper that reports how much of the upload httpx has read."""

    def __init__(self, inner: IO[bytes], total: int | None, progress: Progress) -> None:
        self._inner = inner
        self._total = total
        self._progress = progress
        self._done = 0
        self.name = getattr(inner, "name", "upload")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._inner.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._done = 0 if offset == 0 and whence == io.SEEK_SET else self._done
        return self._inner.seek(offset, whence)

    def read(self, size: int = -1) -> bytes:
        chunk = self._inner.read(size)
        self._done += len(chunk)
        self._progress(self._done, self._total)
        return chunk


def _size_of(payload: IO[bytes]) -> int | None:
    try:
        position = payload.tell()
        size = payload.seek(0, io.SEEK_END) - position
        payload.seek(position)
        return size
    except (OSError, ValueError):
        return None


def build_upload(
    source: MediaSource, mime_type: str | None, filename: str | None
) -> tuple[MediaUploadRequest, IO[bytes] | None]:
    """The multipart body for ``upload`` and the file this call opened (to close afterwards), if any."""
    opened: IO[bytes] | None = None
    if isinstance(source, bytes | bytearray):
        payload: IO[bytes] = io.BytesIO(bytes(source))
        name = filename or "upload"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise InvalidArgumentError(f"Cannot upload {str(path)!r}: no such file.")
        payload = opened = path.open("rb")
        name = filename or path.name
    elif hasattr(source, "read"):
        payload = source
        name = filename or Path(str(getattr(source, "name", "upload"))).name
    else:
        raise InvalidArgumentError(f"upload() takes a path, bytes or a binary file, got {type(source).__name__}.")
    mime = mime_type or mimetypes.guess_type(name)[0]
    if not mime:
        if opened is not None:
            opened.close()
        raise InvalidArgumentError(f"Cannot tell the MIME type of {name!r}: pass mime_type=, e.g. 'image/jpeg'.")
    body = MediaUploadRequest(file=File(payload=payload, file_name=name, mime_type=mime), type_=mime)  # type: ignore[arg-type]
    return body, opened


def check_download_url(url: str, base_url: str) -> str:
    """Refuse a media URL that is neither the configured origin nor one of Meta's media hosts (see ``_hosts``)."""
    if media_access(url, base_url) is None:
        raise MediaDownloadError(
            f"Refusing to send the access token to {redact_url(url)!r}: media URLs come from Meta's media hosts "
            "(https://lookaside.fbsbx.com with the token; *.fbsbx.com, *.fbcdn.net, *.whatsapp.net without it) or "
            "the configured base_url origin (scheme, host and port)."
        )
    return url


class _Sink:
    """Where downloaded chunks go, with a running SHA-256."""

    def __init__(self, destination: str | os.PathLike[str] | BinaryIO | None) -> None:
        self.digest = hashlib.sha256()
        self.size = 0
        self.path: Path | None = None
        self._buffer: io.BytesIO | None = None
        self._file: IO[bytes]
        self._owned = False
        if destination is None:
            self._buffer = io.BytesIO()
            self._file = self._buffer
        elif isinstance(destination, str | os.PathLike):
            self.path = Path(destination)
            self._file = self.path.open("wb")
            self._owned = True
        else:
            self._file = destination

    def write(self, chunk: bytes) -> None:
        self.digest.update(chunk)
        self.size += len(chunk)
        self._file.write(chunk)

    def finish(self, expected_sha256: str | None) -> bytes | Path | int:
        if self._owned:
            self._file.close()
        actual = self.digest.hexdigest()
        if expected_sha256 and expected_sha256.lower() != actual:
            if self.path is not None:
                self.path.unlink(missing_ok=True)
            raise MediaDownloadError(f"Downloaded media SHA-256 {actual} does not match Graph's {expected_sha256}.")
        if self._buffer is not None:
            return self._buffer.getvalue()
        return self.path if self.path is not None else self.size

    def abort(self) -> None:
        if self._owned:
            self._file.close()
            if self.path is not None:
                self.path.unlink(missing_ok=True)


class Media(_GeneratedMedia):
    """``client.media``: upload, get (URL and metadata), download (streamed) and delete media."""

    _runtime: _runtime_impl.SyncRuntime

    def upload(
        self,
        file: MediaSource | None = None,
        *,
        mime_type: str | None = None,
        filename: str | None = None,
        body: MediaUploadRequest | None = None,
        progress: Progress | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MediaUploadResponse:
        """Upload a file from a path, bytes or a binary file object; returns the media id.

        The MIME type is guessed from the file name unless ``mime_type`` is given.

        Example: ``media_id = client.media.upload("invoice.pdf").id``
        """
        opened: IO[bytes] | None = None
        if body is None:
            if file is None:
                raise InvalidArgumentError("upload() needs a file (path, bytes or binary file) or body=.")
            body, opened = build_upload(file, mime_type, filename)
        if progress is not None:
            payload = body.file.payload
            body.file.payload = _ReportingReader(payload, _size_of(payload), progress)  # type: ignore[assignment]
        try:
            return super().upload(body=body, phone_number_id=phone_number_id, request_options=request_options)
        finally:
            if opened is not None:
                opened.close()

    @overload
    def download(
        self,
        media: str,
        destination: None = None,
        *,
        progress: Progress | None = None,
        request_options: RequestOptions | None = None,
    ) -> bytes: ...

    @overload
    def download(
        self,
        media: str,
        destination: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        request_options: RequestOptions | None = None,
    ) -> Path: ...

    @overload
    def download(
        self,
        media: str,
        destination: BinaryIO,
        *,
        progress: Progress | None = None,
        request_options: RequestOptions | None = None,
    ) -> int: ...

    def download(
        self,
        media: str,
        destination: str | os.PathLike[str] | BinaryIO | None = None,
        *,
        progress: Progress | None = None,
        request_options: RequestOptions | None = None,
    ) -> bytes | Path | int:
        """Download media by id (or by the URL from ``get``), streamed in chunks.

        Returns the bytes when no destination is given, the ``Path`` written for a path, or the number of bytes
        written for a file object. The SHA-256 is checked when Graph advertised one.

        Example: ``client.media.download("1479537139650973", "photo.jpg")``
        """
        expected: str | None = None
        total: int | None = None
        if "://" in media:
            url = media
        else:
            info = self.get(media, request_options=request_options)
            url, expected = info.url, info.sha256 or None
            total = info.file_size if isinstance(info.file_size, int) else None
        runtime = self._runtime
        check_download_url(url, runtime.base_url)
        response = runtime.open_media(url, request_options)
        sink = _Sink(destination)
        try:
            length = response.headers.get("content-length")
            total = total if total is not None or not (length and length.isdigit()) else int(length)
            for chunk in response.iter_bytes(CHUNK_SIZE):
                sink.write(chunk)
                if progress is not None:
                    progress(sink.size, total)
        except BaseException:
            sink.abort()
            raise
        finally:
            response.close()
        return sink.finish(expected)
