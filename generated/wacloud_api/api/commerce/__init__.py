"""Namespace for the ``commerce`` API area: ``Commerce`` (sync) and ``AsyncCommerce`` (asyncio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from ...models.commerce_settings_list import CommerceSettingsList
from ...models.graph_error_response import GraphErrorResponse
from ...models.product_catalog_list import ProductCatalogList
from ...models.success_response import SuccessResponse
from ...types import AsyncRuntime, RequestOptions, SyncRuntime
from . import connect_commerce_catalog as _connect_commerce_catalog
from . import get_commerce_settings as _get_commerce_settings
from . import list_commerce_catalogs as _list_commerce_catalogs
from . import update_commerce_settings as _update_commerce_settings

__all__ = ["AsyncCommerce", "Commerce"]


class Commerce:
    """Operations of the ``commerce`` area. Reach it as ``client.commerce``."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get_settings(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CommerceSettingsList:
        """Retrieve a phone number's commerce settings.

        Returns whether the shopping cart is enabled and whether the catalog (storefront icon) is shown
        to customers for the business phone number. Needs `whatsapp_business_management`.

        ``GET /{phone_number_id}/whatsapp_commerce_settings``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.get_settings()``
        """
        parsed = self._runtime.execute(
            _get_commerce_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _get_commerce_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, CommerceSettingsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def update_settings(
        self,
        *,
        is_cart_enabled: bool | None = None,
        is_catalog_visible: bool | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Change a phone number's commerce settings.

        Enables or disables the shopping cart and shows or hides the catalog for the business phone
        number. Meta takes both settings as query parameters (no body); send either or both. Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/whatsapp_commerce_settings``

        Args:
            is_cart_enabled: Whether customers can add products to a cart and send it as an order.
            is_catalog_visible: Whether the catalog (storefront icon and catalog button) is shown to customers.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.update_settings()``
        """
        parsed = self._runtime.execute(
            _update_commerce_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                is_cart_enabled=is_cart_enabled,
                is_catalog_visible=is_catalog_visible,
            ),
            _update_commerce_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    def list_catalogs(
        self,
        *,
        fields: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ProductCatalogList:
        """Retrieve the product catalog connected to a WhatsApp Business Account.

        Returns the catalog connected to the account (one at most; `data` is empty without one). Ask for
        the properties you need with `fields`: Meta does not document which it returns by default
        (`id,name` is safe). Needs `catalog_management` and `whatsapp_business_management`.

        ``GET /{waba_id}/product_catalogs``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.list_catalogs()``
        """
        parsed = self._runtime.execute(
            _list_commerce_catalogs._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
            ),
            _list_commerce_catalogs._parse_response,
            request_options,
        )
        if not isinstance(parsed, ProductCatalogList):
            raise self._runtime.unexpected(parsed)
        return parsed

    def connect_catalog(
        self,
        *,
        catalog_id: str,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Connect a product catalog to a WhatsApp Business Account.

        Connects a catalog of the business (Commerce Manager) to the account, for catalog, product and
        multi-product messages. Meta takes the catalog id as a query parameter. Needs
        `catalog_management` and `whatsapp_business_management`.

        ``POST /{waba_id}/product_catalogs``

        Args:
            catalog_id: The catalog to connect (a Commerce Manager catalog id).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.connect_catalog()``
        """
        parsed = self._runtime.execute(
            _connect_commerce_catalog._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                catalog_id=catalog_id,
            ),
            _connect_commerce_catalog._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed


class AsyncCommerce:
    """Operations of the ``commerce`` area (asyncio). Reach it as ``client.commerce``."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get_settings(
        self,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CommerceSettingsList:
        """Retrieve a phone number's commerce settings.

        Returns whether the shopping cart is enabled and whether the catalog (storefront icon) is shown
        to customers for the business phone number. Needs `whatsapp_business_management`.

        ``GET /{phone_number_id}/whatsapp_commerce_settings``

        Args:
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.get_settings()``
        """
        parsed = await self._runtime.execute(
            _get_commerce_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
            ),
            _get_commerce_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, CommerceSettingsList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def update_settings(
        self,
        *,
        is_cart_enabled: bool | None = None,
        is_catalog_visible: bool | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Change a phone number's commerce settings.

        Enables or disables the shopping cart and shows or hides the catalog for the business phone
        number. Meta takes both settings as query parameters (no body); send either or both. Needs
        `whatsapp_business_management`.

        ``POST /{phone_number_id}/whatsapp_commerce_settings``

        Args:
            is_cart_enabled: Whether customers can add products to a cart and send it as an order.
            is_catalog_visible: Whether the catalog (storefront icon and catalog button) is shown to customers.
            phone_number_id: Overrides the client's configured phone_number_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.update_settings()``
        """
        parsed = await self._runtime.execute(
            _update_commerce_settings._get_kwargs(
                self._runtime.path_default("phone_number_id", phone_number_id),
                is_cart_enabled=is_cart_enabled,
                is_catalog_visible=is_catalog_visible,
            ),
            _update_commerce_settings._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def list_catalogs(
        self,
        *,
        fields: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ProductCatalogList:
        """Retrieve the product catalog connected to a WhatsApp Business Account.

        Returns the catalog connected to the account (one at most; `data` is empty without one). Ask for
        the properties you need with `fields`: Meta does not document which it returns by default
        (`id,name` is safe). Needs `catalog_management` and `whatsapp_business_management`.

        ``GET /{waba_id}/product_catalogs``

        Args:
            fields: Comma-separated list of fields to return (Graph field selection), e.g. `id,name`.
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.list_catalogs()``
        """
        parsed = await self._runtime.execute(
            _list_commerce_catalogs._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                fields=fields,
            ),
            _list_commerce_catalogs._parse_response,
            request_options,
        )
        if not isinstance(parsed, ProductCatalogList):
            raise self._runtime.unexpected(parsed)
        return parsed

    async def connect_catalog(
        self,
        *,
        catalog_id: str,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Connect a product catalog to a WhatsApp Business Account.

        Connects a catalog of the business (Commerce Manager) to the account, for catalog, product and
        multi-product messages. Meta takes the catalog id as a query parameter. Needs
        `catalog_management` and `whatsapp_business_management`.

        ``POST /{waba_id}/product_catalogs``

        Args:
            catalog_id: The catalog to connect (a Commerce Manager catalog id).
            waba_id: Overrides the client's configured waba_id for this call.
            request_options: Per-call timeout, retries and extra headers.

        Example:
            ``client.commerce.connect_catalog()``
        """
        parsed = await self._runtime.execute(
            _connect_commerce_catalog._get_kwargs(
                self._runtime.path_default("waba_id", waba_id),
                catalog_id=catalog_id,
            ),
            _connect_commerce_catalog._parse_response,
            request_options,
        )
        if not isinstance(parsed, SuccessResponse):
            raise self._runtime.unexpected(parsed)
        return parsed
