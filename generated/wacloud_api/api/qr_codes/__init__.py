"""Namespace for the ``qr_codes`` API area: ``QrCodes`` (sync) and ``AsyncQrCodes`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.graph_error_response import GraphErrorResponse
from ...models.qr_code import QrCode
from ...models.qr_code_create_or_update_request import QrCodeCreateOrUpdateRequest
from ...models.qr_code_list import QrCodeList
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import create_or_update_qr_code as _create_or_update_qr_code
from . import delete_qr_code as _delete_qr_code
from . import get_qr_code as _get_qr_code
from . import list_qr_codes as _list_qr_codes

__all__ = ["AsyncQrCodes", "QrCodes"]


class QrCodes:
    """Operations of the ``qr_codes`` area. Reach it as ``client.qr_codes``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        fields: str | None = None,
        code: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCodeList:
        """List the message QR codes of a phone number.

        Returns the message QR codes of the business phone number, newest first. Each has a `code`, the
        `prefilled_message` it opens a chat with and its `deep_link_url`
        (`https://wa.me/message/<code>`). Ask for an image link with
        `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Filter to one
        code with `code`. Needs `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/message_qrdls``

        Args:
            fields: Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`, and
                `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
            code: Return only the QR code with this 14-character code.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.list()``
        """
        parsed = self._runtime.execute(
            _list_qr_codes._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
                code=code,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_qr_codes._parse_response,
            request_options,
        )
        if not isinstance(parsed, QrCodeList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        code: str | None = None,
        limit: int | None = None,
        phone_number_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[QrCode]:
        """Iterate over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.
        Takes the same filters as ``list`` (``limit`` is the page size).

        Example:
            ``for item in client.qr_codes.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_qr_codes._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
                code=code,
                limit=limit,
                after=after,
            ),
            _list_qr_codes._parse_response,
            request_options,
            max_items,
            QrCode,
        )

    def create_or_update(
        self,
        *,
        body: QrCodeCreateOrUpdateRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCode:
        """Create a message QR code, or change the message of an existing one.

        Without `code`, creates a QR code (and wa.me short link) that opens a chat with the business
        pre-filled with `prefilled_message` (at most 140 characters). With `code`, changes that QR
        code's message instead. `generate_qr_image` (`SVG` or `PNG`) adds a `qr_image_url` to the
        answer. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/message_qrdls``

        Args:
            body: The request body (QrCodeCreateOrUpdateRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.create_or_update(body=QrCodeCreateOrUpdateRequest(...))``
        """
        parsed = self._runtime.execute(
            _create_or_update_qr_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _create_or_update_qr_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, QrCode):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        code: str,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCodeList:
        """Retrieve a message QR code.

        Returns one QR code, inside a one-item `data` array. Ask for an image link with
        `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Needs
        `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/message_qrdls/{code}``

        Args:
            code: The 14-character QR code (the `code` returned when it was created or listed).
            fields: Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`, and
                `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.get("...")``
        """
        parsed = self._runtime.execute(
            _get_qr_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                code,
                fields=fields,
            ),
            _get_qr_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, QrCodeList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def delete(
        self,
        code: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a message QR code.

        Deletes the QR code; its image and wa.me short link stop working. Needs
        `whatsapp_business_messaging`.

        ``DELETE /{phone_number_id}/message_qrdls/{code}``

        Args:
            code: The 14-character QR code (the `code` returned when it was created or listed).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.delete("...")``
        """
        parsed = self._runtime.execute(
            _delete_qr_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                code,
            ),
            _delete_qr_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncQrCodes:
    """Operations of the ``qr_codes`` area (asyncio). Reach it as ``client.qr_codes``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        fields: str | None = None,
        code: str | None = None,
        limit: int | None = None,
        after: str | None = None,
        before: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCodeList:
        """List the message QR codes of a phone number.

        Returns the message QR codes of the business phone number, newest first. Each has a `code`, the
        `prefilled_message` it opens a chat with and its `deep_link_url`
        (`https://wa.me/message/<code>`). Ask for an image link with
        `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Filter to one
        code with `code`. Needs `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/message_qrdls``

        Args:
            fields: Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`, and
                `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
            code: Return only the QR code with this 14-character code.
            limit: Maximum number of items per page.
            after: Cursor from `paging.cursors.after` of the previous page.
            before: Cursor from `paging.cursors.before` of the next page.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.list()``
        """
        parsed = await self._runtime.execute(
            _list_qr_codes._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
                code=code,
                limit=limit,
                after=after,
                before=before,
            ),
            _list_qr_codes._parse_response,
            request_options,
        )
        if not isinstance(parsed, QrCodeList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def iter_list(
        self,
        *,
        fields: str | None = None,
        code: str | None = None,
        limit: int | None = None,
        phone_number_id: str | None = None,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[QrCode]:
        """Iterate (``async for``) over every item of ``list``, fetching pages lazily.

        Follows ``paging.cursors.after`` while Graph reports a next page; stops after ``max_items`` items.

        Example:
            ``async for item in client.qr_codes.iter_list(max_items=100): ...``
        """
        return self._runtime.paginate(
            lambda after: _list_qr_codes._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
                code=code,
                limit=limit,
                after=after,
            ),
            _list_qr_codes._parse_response,
            request_options,
            max_items,
            QrCode,
        )

    async def create_or_update(
        self,
        *,
        body: QrCodeCreateOrUpdateRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCode:
        """Create a message QR code, or change the message of an existing one.

        Without `code`, creates a QR code (and wa.me short link) that opens a chat with the business
        pre-filled with `prefilled_message` (at most 140 characters). With `code`, changes that QR
        code's message instead. `generate_qr_image` (`SVG` or `PNG`) adds a `qr_image_url` to the
        answer. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/message_qrdls``

        Args:
            body: The request body (QrCodeCreateOrUpdateRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.create_or_update(body=QrCodeCreateOrUpdateRequest(...))``
        """
        parsed = await self._runtime.execute(
            _create_or_update_qr_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _create_or_update_qr_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, QrCode):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        code: str,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCodeList:
        """Retrieve a message QR code.

        Returns one QR code, inside a one-item `data` array. Ask for an image link with
        `fields=code,prefilled_message,deep_link_url,qr_image_url.format(SVG)` (or `PNG`). Needs
        `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/message_qrdls/{code}``

        Args:
            code: The 14-character QR code (the `code` returned when it was created or listed).
            fields: Comma-separated fields: `code`, `prefilled_message`, `deep_link_url`, and
                `qr_image_url.format(SVG)` or `qr_image_url.format(PNG)` for an image link.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.get("...")``
        """
        parsed = await self._runtime.execute(
            _get_qr_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                code,
                fields=fields,
            ),
            _get_qr_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, QrCodeList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def delete(
        self,
        code: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a message QR code.

        Deletes the QR code; its image and wa.me short link stop working. Needs
        `whatsapp_business_messaging`.

        ``DELETE /{phone_number_id}/message_qrdls/{code}``

        Args:
            code: The 14-character QR code (the `code` returned when it was created or listed).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.qr_codes.delete("...")``
        """
        parsed = await self._runtime.execute(
            _delete_qr_code._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                code,
            ),
            _delete_qr_code._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
