from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.product_catalog_list import ProductCatalogList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/product_catalogs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | ProductCatalogList:
    if response.status_code == 200:
        response_200 = ProductCatalogList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | ProductCatalogList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | ProductCatalogList]:
    """Retrieve the product catalog connected to a WhatsApp Business Account

     Returns the catalog connected to the account (one at most; `data` is empty without one). Ask for the
    properties you need with `fields`: Meta does not document which it returns by default (`id,name` is
    safe).
    Needs `catalog_management` and `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | ProductCatalogList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | ProductCatalogList | None:
    """Retrieve the product catalog connected to a WhatsApp Business Account

     Returns the catalog connected to the account (one at most; `data` is empty without one). Ask for the
    properties you need with `fields`: Meta does not document which it returns by default (`id,name` is
    safe).
    Needs `catalog_management` and `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | ProductCatalogList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | ProductCatalogList]:
    """Retrieve the product catalog connected to a WhatsApp Business Account

     Returns the catalog connected to the account (one at most; `data` is empty without one). Ask for the
    properties you need with `fields`: Meta does not document which it returns by default (`id,name` is
    safe).
    Needs `catalog_management` and `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | ProductCatalogList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | ProductCatalogList | None:
    """Retrieve the product catalog connected to a WhatsApp Business Account

     Returns the catalog connected to the account (one at most; `data` is empty without one). Ask for the
    properties you need with `fields`: Meta does not document which it returns by default (`id,name` is
    safe).
    Needs `catalog_management` and `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | ProductCatalogList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            fields=fields,
        )
    ).parsed
