from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.set_username_request import SetUsernameRequest
from ...models.username_status import UsernameStatus
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: SetUsernameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/username",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | UsernameStatus:
    if response.status_code == 200:
        response_200 = UsernameStatus.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | UsernameStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: SetUsernameRequest,
) -> Response[GraphErrorResponse | UsernameStatus]:
    """Adopt or change the business username

     Requests `username` for the phone number. `status` `approved`: visible once usernames launch;
    `reserved`: approved, not yet visible. Errors: 147001 (not available), 147002 (account not
    eligible),
    147003/147004 (link the phone number to the Facebook Page / Instagram account using that name), 100
    (invalid format).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (SetUsernameRequest): The username to adopt. Example: {'username': 'lucky.shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UsernameStatus]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: SetUsernameRequest,
) -> GraphErrorResponse | UsernameStatus | None:
    """Adopt or change the business username

     Requests `username` for the phone number. `status` `approved`: visible once usernames launch;
    `reserved`: approved, not yet visible. Errors: 147001 (not available), 147002 (account not
    eligible),
    147003/147004 (link the phone number to the Facebook Page / Instagram account using that name), 100
    (invalid format).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (SetUsernameRequest): The username to adopt. Example: {'username': 'lucky.shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UsernameStatus
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: SetUsernameRequest,
) -> Response[GraphErrorResponse | UsernameStatus]:
    """Adopt or change the business username

     Requests `username` for the phone number. `status` `approved`: visible once usernames launch;
    `reserved`: approved, not yet visible. Errors: 147001 (not available), 147002 (account not
    eligible),
    147003/147004 (link the phone number to the Facebook Page / Instagram account using that name), 100
    (invalid format).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (SetUsernameRequest): The username to adopt. Example: {'username': 'lucky.shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | UsernameStatus]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: SetUsernameRequest,
) -> GraphErrorResponse | UsernameStatus | None:
    """Adopt or change the business username

     Requests `username` for the phone number. `status` `approved`: visible once usernames launch;
    `reserved`: approved, not yet visible. Errors: 147001 (not available), 147002 (account not
    eligible),
    147003/147004 (link the phone number to the Facebook Page / Instagram account using that name), 100
    (invalid format).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (SetUsernameRequest): The username to adopt. Example: {'username': 'lucky.shrub'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | UsernameStatus
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
