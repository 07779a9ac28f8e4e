from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    catalog_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["catalog_id"] = catalog_id

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/product_catalogs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SuccessResponse]:
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
    catalog_id: str,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Connect a product catalog to a WhatsApp Business Account

     Connects a catalog of the business (Commerce Manager) to the account, for catalog, product and
    multi-product messages. Meta takes the catalog id as a query parameter. Needs `catalog_management`
    and
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        catalog_id (str): The catalog to connect (a Commerce Manager catalog id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        catalog_id=catalog_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    catalog_id: str,
) -> GraphErrorResponse | SuccessResponse | None:
    """Connect a product catalog to a WhatsApp Business Account

     Connects a catalog of the business (Commerce Manager) to the account, for catalog, product and
    multi-product messages. Meta takes the catalog id as a query parameter. Needs `catalog_management`
    and
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        catalog_id (str): The catalog to connect (a Commerce Manager catalog id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        catalog_id=catalog_id,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    catalog_id: str,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Connect a product catalog to a WhatsApp Business Account

     Connects a catalog of the business (Commerce Manager) to the account, for catalog, product and
    multi-product messages. Meta takes the catalog id as a query parameter. Needs `catalog_management`
    and
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        catalog_id (str): The catalog to connect (a Commerce Manager catalog id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        catalog_id=catalog_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    catalog_id: str,
) -> GraphErrorResponse | SuccessResponse | None:
    """Connect a product catalog to a WhatsApp Business Account

     Connects a catalog of the business (Commerce Manager) to the account, for catalog, product and
    multi-product messages. Meta takes the catalog id as a query parameter. Needs `catalog_management`
    and
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        catalog_id (str): The catalog to connect (a Commerce Manager catalog id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            catalog_id=catalog_id,
        )
    ).parsed
