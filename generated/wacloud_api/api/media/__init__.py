"""Namespace for the ``media`` API area: ``Media`` (sync) and ``AsyncMedia`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.media_info import MediaInfo
from ...models.media_upload_request import MediaUploadRequest
from ...models.media_upload_response import MediaUploadResponse
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import delete_media as _delete_media
from . import get_media as _get_media
from . import upload_media as _upload_media

__all__ = ["AsyncMedia", "Media"]


class Media:
    """Operations of the ``media`` area. Reach it as ``client.media``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def upload(
        self,
        *,
        body: MediaUploadRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MediaUploadResponse:
        """Upload a media file.

        Uploads a file (multipart/form-data) to use in messages. Uploaded media is kept for 30 days. The
        answer is the media id to send with `image.id`, `document.id`, and so on.

        ``POST /{phone_number_id}/media``

        Args:
            body: The request body (MediaUploadRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.media.upload(body=MediaUploadRequest(...))``
        """
        parsed = self._runtime.execute(
            _upload_media._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _upload_media._parse_response,
            request_options,
        )
        if not isinstance(parsed, MediaUploadResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        media_id: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MediaInfo:
        """Retrieve a media URL and metadata.

        Returns a short-lived (5 minutes) download URL with the file's MIME type, SHA-256 and size.
        Download the bytes from that URL with the same bearer token (wacloud's `media.download` does
        this, streamed).

        ``GET /{media_id}``

        Args:
            media_id: A media id returned by an upload or received in a webhook.
            phone_number_id: Only succeed if the media belongs to this business phone number.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.media.get("...")``
        """
        parsed = self._runtime.execute(
            _get_media._get_kwargs(
                media_id,
                phone_number_id=phone_number_id,
            ),
            _get_media._parse_response,
            request_options,
        )
        if not isinstance(parsed, MediaInfo):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        media_id: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete uploaded media.

        Deletes media uploaded by the business. Received media cannot be deleted.

        ``DELETE /{media_id}``

        Args:
            media_id: A media id returned by an upload or received in a webhook.
            phone_number_id: Only succeed if the media belongs to this business phone number.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.media.delete("...")``
        """
        parsed = self._runtime.execute(
            _delete_media._get_kwargs(
                media_id,
                phone_number_id=phone_number_id,
            ),
            _delete_media._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncMedia:
    """Operations of the ``media`` area (asyncio). Reach it as ``client.media``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def upload(
        self,
        *,
        body: MediaUploadRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MediaUploadResponse:
        """Upload a media file.

        Uploads a file (multipart/form-data) to use in messages. Uploaded media is kept for 30 days. The
        answer is the media id to send with `image.id`, `document.id`, and so on.

        ``POST /{phone_number_id}/media``

        Args:
            body: The request body (MediaUploadRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.media.upload(body=MediaUploadRequest(...))``
        """
        parsed = await self._runtime.execute(
            _upload_media._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _upload_media._parse_response,
            request_options,
        )
        if not isinstance(parsed, MediaUploadResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        media_id: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MediaInfo:
        """Retrieve a media URL and metadata.

        Returns a short-lived (5 minutes) download URL with the file's MIME type, SHA-256 and size.
        Download the bytes from that URL with the same bearer token (wacloud's `media.download` does
        this, streamed).

        ``GET /{media_id}``

        Args:
            media_id: A media id returned by an upload or received in a webhook.
            phone_number_id: Only succeed if the media belongs to this business phone number.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.media.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_media._get_kwargs(
                media_id,
                phone_number_id=phone_number_id,
            ),
            _get_media._parse_response,
            request_options,
        )
        if not isinstance(parsed, MediaInfo):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        media_id: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete uploaded media.

        Deletes media uploaded by the business. Received media cannot be deleted.

        ``DELETE /{media_id}``

        Args:
            media_id: A media id returned by an upload or received in a webhook.
            phone_number_id: Only succeed if the media belongs to this business phone number.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.media.delete("...")``
        """
        parsed = await self._runtime.execute(
            _delete_media._get_kwargs(
                media_id,
                phone_number_id=phone_number_id,
            ),
            _delete_media._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
