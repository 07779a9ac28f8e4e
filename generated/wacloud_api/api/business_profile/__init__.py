"""Namespace for the ``business_profile`` API area: ``BusinessProfile`` (sync) and ``AsyncBusinessProfile`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.business_profile_response import BusinessProfileResponse
from ...models.business_profile_update import BusinessProfileUpdate
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...models.whats_app_business_profile import WhatsAppBusinessProfile
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import get_business_profile as _get_business_profile
from . import get_business_profile_node as _get_business_profile_node
from . import update_business_profile as _update_business_profile
from . import update_business_profile_node as _update_business_profile_node

__all__ = ["AsyncBusinessProfile", "BusinessProfile"]


class BusinessProfile:
    """Operations of the ``business_profile`` area. Reach it as ``client.business_profile``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_node(
        self,
        whatsapp_business_profile_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppBusinessProfile:
        """Retrieve a business profile by its id.

        Returns the business profile node itself (the phone-number edge, `business_profile.get`, is the
        usual way to read it). Needs `whatsapp_business_management`.

        ``GET /{whatsapp_business_profile_id}``

        Args:
            whatsapp_business_profile_id: A WhatsApp business profile id (not the phone number id).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.get_node("...")``
        """
        parsed = self._runtime.execute(
            _get_business_profile_node._get_kwargs(
                whatsapp_business_profile_id,
                fields=fields,
            ),
            _get_business_profile_node._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppBusinessProfile):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update_node(
        self,
        whatsapp_business_profile_id: str,
        *,
        body: BusinessProfileUpdate,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update a business profile by its id.

        Updates the given fields of the business profile node and leaves the others unchanged. Needs
        `whatsapp_business_management`.

        ``POST /{whatsapp_business_profile_id}``

        Args:
            whatsapp_business_profile_id: A WhatsApp business profile id (not the phone number id).
            body: The request body (BusinessProfileUpdate).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.update_node("...", body=BusinessProfileUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_business_profile_node._get_kwargs(
                whatsapp_business_profile_id,
                body=body,
            ),
            _update_business_profile_node._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessProfileResponse:
        """Retrieve the business profile of a phone number.

        Returns the business profile customers see when they open the business's profile in WhatsApp, as
        a one-item `data` list. Ask for the fields you want, e.g.
        `about,address,description,email,profile_picture_url,websites,vertical`. Needs
        `whatsapp_business_management` (or `whatsapp_business_messaging`).

        ``GET /{phone_number_id}/whatsapp_business_profile``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.get()``
        """
        parsed = self._runtime.execute(
            _get_business_profile._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_business_profile._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessProfileResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update(
        self,
        *,
        body: BusinessProfileUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update the business profile of a phone number.

        Updates the fields given and leaves the others unchanged. To change the profile picture, upload
        the image with the resumable upload API first and pass the returned handle as
        `profile_picture_handle`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/whatsapp_business_profile``

        Args:
            body: The request body (BusinessProfileUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.update(body=BusinessProfileUpdate(...))``
        """
        parsed = self._runtime.execute(
            _update_business_profile._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _update_business_profile._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncBusinessProfile:
    """Operations of the ``business_profile`` area (asyncio). Reach it as ``client.business_profile``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_node(
        self,
        whatsapp_business_profile_id: str,
        *,
        fields: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WhatsAppBusinessProfile:
        """Retrieve a business profile by its id.

        Returns the business profile node itself (the phone-number edge, `business_profile.get`, is the
        usual way to read it). Needs `whatsapp_business_management`.

        ``GET /{whatsapp_business_profile_id}``

        Args:
            whatsapp_business_profile_id: A WhatsApp business profile id (not the phone number id).
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.get_node("...")``
        """
        parsed = await self._runtime.execute(
            _get_business_profile_node._get_kwargs(
                whatsapp_business_profile_id,
                fields=fields,
            ),
            _get_business_profile_node._parse_response,
            request_options,
        )
        if not isinstance(parsed, WhatsAppBusinessProfile):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update_node(
        self,
        whatsapp_business_profile_id: str,
        *,
        body: BusinessProfileUpdate,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update a business profile by its id.

        Updates the given fields of the business profile node and leaves the others unchanged. Needs
        `whatsapp_business_management`.

        ``POST /{whatsapp_business_profile_id}``

        Args:
            whatsapp_business_profile_id: A WhatsApp business profile id (not the phone number id).
            body: The request body (BusinessProfileUpdate).
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.update_node("...", body=BusinessProfileUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_business_profile_node._get_kwargs(
                whatsapp_business_profile_id,
                body=body,
            ),
            _update_business_profile_node._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get(
        self,
        *,
        fields: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessProfileResponse:
        """Retrieve the business profile of a phone number.

        Returns the business profile customers see when they open the business's profile in WhatsApp, as
        a one-item `data` list. Ask for the fields you want, e.g.
        `about,address,description,email,profile_picture_url,websites,vertical`. Needs
        `whatsapp_business_management` (or `whatsapp_business_messaging`).

        ``GET /{phone_number_id}/whatsapp_business_profile``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.get()``
        """
        parsed = await self._runtime.execute(
            _get_business_profile._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                fields=fields,
            ),
            _get_business_profile._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessProfileResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update(
        self,
        *,
        body: BusinessProfileUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Update the business profile of a phone number.

        Updates the fields given and leaves the others unchanged. To change the profile picture, upload
        the image with the resumable upload API first and pass the returned handle as
        `profile_picture_handle`. Needs `whatsapp_business_management`.

        ``POST /{phone_number_id}/whatsapp_business_profile``

        Args:
            body: The request body (BusinessProfileUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.business_profile.update(body=BusinessProfileUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _update_business_profile._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _update_business_profile._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
