from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.preverified_number import PreverifiedNumber
from ...types import Response, quote_path


def _get_kwargs(
    preverified_number_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(preverified_number_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PreverifiedNumber:
    if response.status_code == 200:
        response_200 = PreverifiedNumber.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PreverifiedNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | PreverifiedNumber]:
    """Retrieve a pre-verified number

     Returns a pre-verified number with the fields asked for, e.g.
    `id,phone_number,code_verification_status,verification_expiry_time`. A verified number stays
    verified
    for 90 days. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumber]
    """

    kwargs = _get_kwargs(
        preverified_number_id=preverified_number_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | PreverifiedNumber | None:
    """Retrieve a pre-verified number

     Returns a pre-verified number with the fields asked for, e.g.
    `id,phone_number,code_verification_status,verification_expiry_time`. A verified number stays
    verified
    for 90 days. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumber
    """

    return sync_detailed(
        preverified_number_id=preverified_number_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | PreverifiedNumber]:
    """Retrieve a pre-verified number

     Returns a pre-verified number with the fields asked for, e.g.
    `id,phone_number,code_verification_status,verification_expiry_time`. A verified number stays
    verified
    for 90 days. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumber]
    """

    kwargs = _get_kwargs(
        preverified_number_id=preverified_number_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | PreverifiedNumber | None:
    """Retrieve a pre-verified number

     Returns a pre-verified number with the fields asked for, e.g.
    `id,phone_number,code_verification_status,verification_expiry_time`. A verified number stays
    verified
    for 90 days. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumber
    """

    return (
        await asyncio_detailed(
            preverified_number_id=preverified_number_id,
            client=client,
            fields=fields,
        )
    ).parsed
