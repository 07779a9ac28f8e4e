"""Namespace for the ``uploads`` API area: ``Uploads`` (sync) and ``AsyncUploads`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from io import BytesIO
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.upload_session import UploadSession
from ...models.upload_session_status import UploadSessionStatus
from ...models.uploaded_file_handle import UploadedFileHandle
from ...types import AsyncRuntime, File, FileTypes, RequestOptions, SyncRuntime
from . import create_upload_session as _create_upload_session
from . import get_upload_session as _get_upload_session
from . import send_upload_bytes as _send_upload_bytes

__all__ = ["AsyncUploads", "Uploads"]


class Uploads:
    """Operations of the ``uploads`` area. Reach it as ``client.uploads``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def create_session(
        self,
        *,
        file_name: str,
        file_length: int,
        file_type: str,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UploadSession:
        """Start a resumable upload session.

        Opens an upload session for one file of `file_length` bytes and answers its id (`upload:…`,
        possibly followed by `?sig=…`). Accepted types: `application/pdf`, `image/jpeg`, `image/jpg`,
        `image/png` and `video/mp4`.

        ``POST /{app_id}/uploads``

        Args:
            file_name: The file name, e.g. `banner.jpg`.
            file_length: The file size in bytes.
            file_type: The MIME type: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png` or `video/mp4`.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.uploads.create_session()``
        """
        parsed = self._runtime.execute(
            _create_upload_session._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                file_name=file_name,
                file_length=file_length,
                file_type=file_type,
            ),
            _create_upload_session._parse_response,
            request_options,
        )
        if not isinstance(parsed, UploadSession):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_session(
        self,
        upload_session_id: str,
        *,
        sig: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UploadSessionStatus:
        """Read how many bytes of an upload session arrived.

        Answers the session id and `file_offset`, the number of bytes received so far: resume an
        interrupted upload by sending the bytes from there. Authenticated with `Authorization: OAuth
        <access token>`.

        ``GET /{upload_session_id}``

        Args:
            upload_session_id: The upload session id (`upload:…`) without its `?sig=` part (pass that as `sig`).
            sig: The `sig` value that followed `?sig=` in the session id, when there was one.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.uploads.get_session("...")``
        """
        parsed = self._runtime.execute(
            _get_upload_session._get_kwargs(
                upload_session_id,
                sig=sig,
            ),
            _get_upload_session._parse_response,
            request_options,
        )
        if not isinstance(parsed, UploadSessionStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    def send_bytes(
        self,
        upload_session_id: str,
        *,
        body: File,
        sig: str | None = None,
        file_offset: int,
        request_options: RequestOptions | None = None,
    ) -> UploadedFileHandle:
        """Upload the file's bytes from an offset.

        Sends the file's bytes from `file_offset` (0 for a new upload; the offset `GET` reports to
        resume an interrupted one) as the raw request body. Authenticated with `Authorization: OAuth
        <access token>`, not `Bearer`. Answers the file handle `h` once the whole file is uploaded.

        ``POST /{upload_session_id}``

        Args:
            upload_session_id: The upload session id (`upload:…`) without its `?sig=` part (pass that as `sig`).
            body: The request body (File).
            sig: The `sig` value that followed `?sig=` in the session id, when there was one.
            file_offset: The position of the first byte sent, in bytes (0 for a new upload). (sent as a header)
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.uploads.send_bytes("...", body=File(...))``
        """
        parsed = self._runtime.execute(
            _send_upload_bytes._get_kwargs(
                upload_session_id,
                body=body,
                sig=sig,
                file_offset=file_offset,
            ),
            _send_upload_bytes._parse_response,
            request_options,
        )
        if not isinstance(parsed, UploadedFileHandle):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncUploads:
    """Operations of the ``uploads`` area (asyncio). Reach it as ``client.uploads``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def create_session(
        self,
        *,
        file_name: str,
        file_length: int,
        file_type: str,
        app_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UploadSession:
        """Start a resumable upload session.

        Opens an upload session for one file of `file_length` bytes and answers its id (`upload:…`,
        possibly followed by `?sig=…`). Accepted types: `application/pdf`, `image/jpeg`, `image/jpg`,
        `image/png` and `video/mp4`.

        ``POST /{app_id}/uploads``

        Args:
            file_name: The file name, e.g. `banner.jpg`.
            file_length: The file size in bytes.
            file_type: The MIME type: `application/pdf`, `image/jpeg`, `image/jpg`, `image/png` or `video/mp4`.
            app_id: Overrides the client's configured app_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.uploads.create_session()``
        """
        parsed = await self._runtime.execute(
            _create_upload_session._get_kwargs(
                self._runtime.path_default("app_id", app_id),
                file_name=file_name,
                file_length=file_length,
                file_type=file_type,
            ),
            _create_upload_session._parse_response,
            request_options,
        )
        if not isinstance(parsed, UploadSession):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_session(
        self,
        upload_session_id: str,
        *,
        sig: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UploadSessionStatus:
        """Read how many bytes of an upload session arrived.

        Answers the session id and `file_offset`, the number of bytes received so far: resume an
        interrupted upload by sending the bytes from there. Authenticated with `Authorization: OAuth
        <access token>`.

        ``GET /{upload_session_id}``

        Args:
            upload_session_id: The upload session id (`upload:…`) without its `?sig=` part (pass that as `sig`).
            sig: The `sig` value that followed `?sig=` in the session id, when there was one.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.uploads.get_session("...")``
        """
        parsed = await self._runtime.execute(
            _get_upload_session._get_kwargs(
                upload_session_id,
                sig=sig,
            ),
            _get_upload_session._parse_response,
            request_options,
        )
        if not isinstance(parsed, UploadSessionStatus):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def send_bytes(
        self,
        upload_session_id: str,
        *,
        body: File,
        sig: str | None = None,
        file_offset: int,
        request_options: RequestOptions | None = None,
    ) -> UploadedFileHandle:
        """Upload the file's bytes from an offset.

        Sends the file's bytes from `file_offset` (0 for a new upload; the offset `GET` reports to
        resume an interrupted one) as the raw request body. Authenticated with `Authorization: OAuth
        <access token>`, not `Bearer`. Answers the file handle `h` once the whole file is uploaded.

        ``POST /{upload_session_id}``

        Args:
            upload_session_id: The upload session id (`upload:…`) without its `?sig=` part (pass that as `sig`).
            body: The request body (File).
            sig: The `sig` value that followed `?sig=` in the session id, when there was one.
            file_offset: The position of the first byte sent, in bytes (0 for a new upload). (sent as a header)
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.uploads.send_bytes("...", body=File(...))``
        """
        parsed = await self._runtime.execute(
            _send_upload_bytes._get_kwargs(
                upload_session_id,
                body=body,
                sig=sig,
                file_offset=file_offset,
            ),
            _send_upload_bytes._parse_response,
            request_options,
        )
        if not isinstance(parsed, UploadedFileHandle):
            raise self._runtime.unexpected(parsed)
        return parsed
