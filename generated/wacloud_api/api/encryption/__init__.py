"""Namespace for the ``encryption`` API area: ``Encryption`` (sync) and ``AsyncEncryption`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.business_encryption_public_key_list import BusinessEncryptionPublicKeyList
from ...models.business_encryption_public_key_update import BusinessEncryptionPublicKeyUpdate
from ...models.encrypted_message_request import EncryptedMessageRequest
from ...models.encrypted_message_response import EncryptedMessageResponse
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import get_encryption_public_key as _get_encryption_public_key
from . import send_encrypted_message as _send_encrypted_message
from . import set_encryption_public_key as _set_encryption_public_key

__all__ = ["AsyncEncryption", "Encryption"]


class Encryption:
    """Operations of the ``encryption`` area. Reach it as ``client.encryption``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def send_encrypted_message(
        self,
        *,
        body: EncryptedMessageRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EncryptedMessageResponse:
        """Send a message whose payload is end-to-end encrypted (JWE).

        Sends a message whose body (the same JSON as `POST /{phone_number_id}/messages`) is encrypted as
        a compact JWE (content encryption A128GCM or A256GCM) for Meta's key, on top of TLS. Payload
        encryption must first be enabled for the number (`phone_numbers.update_settings` with
        `payload_encryption`: your public key goes in, Meta's `cloud_encryption_key` comes back).
        Successful answers (the usual send result) are encrypted for your key; errors come back in
        clear. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/messages_encrypted``

        Args:
            body: The request body (EncryptedMessageRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.encryption.send_encrypted_message(body=EncryptedMessageRequest(...))``
        """
        parsed = self._runtime.execute(
            _send_encrypted_message._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _send_encrypted_message._parse_response,
            request_options,
        )
        if not isinstance(parsed, EncryptedMessageResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def get_public_key(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessEncryptionPublicKeyList:
        """Retrieve the business public key of a phone number.

        Returns the business public key used to encrypt WhatsApp Flows data-endpoint payloads for this
        phone number, and whether its signature is still valid (`VALID` or `MISMATCH`; on `MISMATCH`
        upload the key again). Needs `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/whatsapp_business_encryption``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.encryption.get_public_key()``
        """
        parsed = self._runtime.execute(
            _get_encryption_public_key._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _get_encryption_public_key._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessEncryptionPublicKeyList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def set_public_key(
        self,
        *,
        body: BusinessEncryptionPublicKeyUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the business public key of a phone number.

        Uploads and signs the business public key (a 2048-bit RSA key in PEM format) used to encrypt
        WhatsApp Flows data-endpoint payloads for this phone number, replacing the previous one. Meta
        documents the key as a form field (application/x-www-form-urlencoded). Needs
        `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/whatsapp_business_encryption``

        Args:
            body: The request body (BusinessEncryptionPublicKeyUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.encryption.set_public_key(body=BusinessEncryptionPublicKeyUpdate(...))``
        """
        parsed = self._runtime.execute(
            _set_encryption_public_key._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _set_encryption_public_key._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncEncryption:
    """Operations of the ``encryption`` area (asyncio). Reach it as ``client.encryption``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def send_encrypted_message(
        self,
        *,
        body: EncryptedMessageRequest,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> EncryptedMessageResponse:
        """Send a message whose payload is end-to-end encrypted (JWE).

        Sends a message whose body (the same JSON as `POST /{phone_number_id}/messages`) is encrypted as
        a compact JWE (content encryption A128GCM or A256GCM) for Meta's key, on top of TLS. Payload
        encryption must first be enabled for the number (`phone_numbers.update_settings` with
        `payload_encryption`: your public key goes in, Meta's `cloud_encryption_key` comes back).
        Successful answers (the usual send result) are encrypted for your key; errors come back in
        clear. Needs `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/messages_encrypted``

        Args:
            body: The request body (EncryptedMessageRequest).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.encryption.send_encrypted_message(body=EncryptedMessageRequest(...))``
        """
        parsed = await self._runtime.execute(
            _send_encrypted_message._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _send_encrypted_message._parse_response,
            request_options,
        )
        if not isinstance(parsed, EncryptedMessageResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def get_public_key(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> BusinessEncryptionPublicKeyList:
        """Retrieve the business public key of a phone number.

        Returns the business public key used to encrypt WhatsApp Flows data-endpoint payloads for this
        phone number, and whether its signature is still valid (`VALID` or `MISMATCH`; on `MISMATCH`
        upload the key again). Needs `whatsapp_business_messaging`.

        ``GET /{phone_number_id}/whatsapp_business_encryption``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.encryption.get_public_key()``
        """
        parsed = await self._runtime.execute(
            _get_encryption_public_key._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _get_encryption_public_key._parse_response,
            request_options,
        )
        if not isinstance(parsed, BusinessEncryptionPublicKeyList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def set_public_key(
        self,
        *,
        body: BusinessEncryptionPublicKeyUpdate,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the business public key of a phone number.

        Uploads and signs the business public key (a 2048-bit RSA key in PEM format) used to encrypt
        WhatsApp Flows data-endpoint payloads for this phone number, replacing the previous one. Meta
        documents the key as a form field (application/x-www-form-urlencoded). Needs
        `whatsapp_business_messaging`.

        ``POST /{phone_number_id}/whatsapp_business_encryption``

        Args:
            body: The request body (BusinessEncryptionPublicKeyUpdate).
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.encryption.set_public_key(body=BusinessEncryptionPublicKeyUpdate(...))``
        """
        parsed = await self._runtime.execute(
            _set_encryption_public_key._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                body=body,
            ),
            _set_encryption_public_key._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
