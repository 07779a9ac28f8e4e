from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.add_preverified_number_request import AddPreverifiedNumberRequest
from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    body: AddPreverifiedNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(business_id))}/add_phone_numbers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | IdResponse:
    if response.status_code == 200:
        response_200 = IdResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | IdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: AddPreverifiedNumberRequest,
) -> Response[GraphErrorResponse | IdResponse]:
    """Add a number to the business's pool of pre-verified numbers

     Adds a phone number to the partner's pool of pre-verified numbers, which customers can then pick in
    Embedded Signup without verifying the number themselves. Returns the pre-verified number id; verify
    it
    with `preverified_numbers.request_code` and `verify_code`. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (AddPreverifiedNumberRequest): The number to add to the pre-verified pool. Example:
            {'phone_number': '+16315551000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: AddPreverifiedNumberRequest,
) -> GraphErrorResponse | IdResponse | None:
    """Add a number to the business's pool of pre-verified numbers

     Adds a phone number to the partner's pool of pre-verified numbers, which customers can then pick in
    Embedded Signup without verifying the number themselves. Returns the pre-verified number id; verify
    it
    with `preverified_numbers.request_code` and `verify_code`. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (AddPreverifiedNumberRequest): The number to add to the pre-verified pool. Example:
            {'phone_number': '+16315551000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: AddPreverifiedNumberRequest,
) -> Response[GraphErrorResponse | IdResponse]:
    """Add a number to the business's pool of pre-verified numbers

     Adds a phone number to the partner's pool of pre-verified numbers, which customers can then pick in
    Embedded Signup without verifying the number themselves. Returns the pre-verified number id; verify
    it
    with `preverified_numbers.request_code` and `verify_code`. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (AddPreverifiedNumberRequest): The number to add to the pre-verified pool. Example:
            {'phone_number': '+16315551000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: AddPreverifiedNumberRequest,
) -> GraphErrorResponse | IdResponse | None:
    """Add a number to the business's pool of pre-verified numbers

     Adds a phone number to the partner's pool of pre-verified numbers, which customers can then pick in
    Embedded Signup without verifying the number themselves. Returns the pre-verified number id; verify
    it
    with `preverified_numbers.request_code` and `verify_code`. Needs `whatsapp_business_management`.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (AddPreverifiedNumberRequest): The number to add to the pre-verified pool. Example:
            {'phone_number': '+16315551000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    ).parsed
