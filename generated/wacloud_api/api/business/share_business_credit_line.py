from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.credit_line_allocation import CreditLineAllocation
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    extended_credit_id: str,
    *,
    waba_id: str,
    waba_currency: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["waba_id"] = waba_id

    params["waba_currency"] = waba_currency

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(extended_credit_id))}/whatsapp_credit_sharing_and_attach",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditLineAllocation | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = CreditLineAllocation.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditLineAllocation | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    waba_id: str,
    waba_currency: str,
) -> Response[CreditLineAllocation | GraphErrorResponse]:
    """Share a credit line with a client's WhatsApp Business Account

     Shares your credit line with the business that owns `waba_id` and attaches it to that WABA in the
    given
    currency, so that you pay Meta for the client's WhatsApp spend. Returns the allocation config id
    (keep
    it: revoking uses it). Needs `business_management` and the Admin or Financial Editor role.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        waba_id (str): The client's WhatsApp Business Account id.
        waba_currency (str): ISO 4217 currency of the WABA, e.g. `USD`, `EUR`, `INR`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditLineAllocation | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        extended_credit_id=extended_credit_id,
        waba_id=waba_id,
        waba_currency=waba_currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    waba_id: str,
    waba_currency: str,
) -> CreditLineAllocation | GraphErrorResponse | None:
    """Share a credit line with a client's WhatsApp Business Account

     Shares your credit line with the business that owns `waba_id` and attaches it to that WABA in the
    given
    currency, so that you pay Meta for the client's WhatsApp spend. Returns the allocation config id
    (keep
    it: revoking uses it). Needs `business_management` and the Admin or Financial Editor role.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        waba_id (str): The client's WhatsApp Business Account id.
        waba_currency (str): ISO 4217 currency of the WABA, e.g. `USD`, `EUR`, `INR`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditLineAllocation | GraphErrorResponse
    """

    return sync_detailed(
        extended_credit_id=extended_credit_id,
        client=client,
        waba_id=waba_id,
        waba_currency=waba_currency,
    ).parsed


async def asyncio_detailed(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    waba_id: str,
    waba_currency: str,
) -> Response[CreditLineAllocation | GraphErrorResponse]:
    """Share a credit line with a client's WhatsApp Business Account

     Shares your credit line with the business that owns `waba_id` and attaches it to that WABA in the
    given
    currency, so that you pay Meta for the client's WhatsApp spend. Returns the allocation config id
    (keep
    it: revoking uses it). Needs `business_management` and the Admin or Financial Editor role.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        waba_id (str): The client's WhatsApp Business Account id.
        waba_currency (str): ISO 4217 currency of the WABA, e.g. `USD`, `EUR`, `INR`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditLineAllocation | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        extended_credit_id=extended_credit_id,
        waba_id=waba_id,
        waba_currency=waba_currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extended_credit_id: str,
    *,
    client: AuthenticatedClient,
    waba_id: str,
    waba_currency: str,
) -> CreditLineAllocation | GraphErrorResponse | None:
    """Share a credit line with a client's WhatsApp Business Account

     Shares your credit line with the business that owns `waba_id` and attaches it to that WABA in the
    given
    currency, so that you pay Meta for the client's WhatsApp spend. Returns the allocation config id
    (keep
    it: revoking uses it). Needs `business_management` and the Admin or Financial Editor role.

    Args:
        extended_credit_id (str): A credit line id (from `business.list_credit_lines`).
        waba_id (str): The client's WhatsApp Business Account id.
        waba_currency (str): ISO 4217 currency of the WABA, e.g. `USD`, `EUR`, `INR`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditLineAllocation | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            extended_credit_id=extended_credit_id,
            client=client,
            waba_id=waba_id,
            waba_currency=waba_currency,
        )
    ).parsed
