from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_permissions_response import CallPermissionsResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    user_wa_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_wa_id"] = user_wa_id

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(phone_number_id))}/call_permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallPermissionsResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = CallPermissionsResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallPermissionsResponse | GraphErrorResponse]:
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
    user_wa_id: str,
) -> Response[CallPermissionsResponse | GraphErrorResponse]:
    """Check whether you may call a WhatsApp user

     Returns the current call permission of a WhatsApp user (`granted`, `temporary`, `pending`, `denied`,
    `expired`, `no_permission`; open-ended) and, for each calling action (`start_call`,
    `send_call_permission_request`), whether it can be performed now and the limits that apply.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        user_wa_id (str): The WhatsApp id (phone number) of the user you want to call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPermissionsResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        user_wa_id=user_wa_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    user_wa_id: str,
) -> CallPermissionsResponse | GraphErrorResponse | None:
    """Check whether you may call a WhatsApp user

     Returns the current call permission of a WhatsApp user (`granted`, `temporary`, `pending`, `denied`,
    `expired`, `no_permission`; open-ended) and, for each calling action (`start_call`,
    `send_call_permission_request`), whether it can be performed now and the limits that apply.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        user_wa_id (str): The WhatsApp id (phone number) of the user you want to call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallPermissionsResponse | GraphErrorResponse
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        user_wa_id=user_wa_id,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    user_wa_id: str,
) -> Response[CallPermissionsResponse | GraphErrorResponse]:
    """Check whether you may call a WhatsApp user

     Returns the current call permission of a WhatsApp user (`granted`, `temporary`, `pending`, `denied`,
    `expired`, `no_permission`; open-ended) and, for each calling action (`start_call`,
    `send_call_permission_request`), whether it can be performed now and the limits that apply.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        user_wa_id (str): The WhatsApp id (phone number) of the user you want to call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPermissionsResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        user_wa_id=user_wa_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    user_wa_id: str,
) -> CallPermissionsResponse | GraphErrorResponse | None:
    """Check whether you may call a WhatsApp user

     Returns the current call permission of a WhatsApp user (`granted`, `temporary`, `pending`, `denied`,
    `expired`, `no_permission`; open-ended) and, for each calling action (`start_call`,
    `send_call_permission_request`), whether it can be performed now and the limits that apply.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        user_wa_id (str): The WhatsApp id (phone number) of the user you want to call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallPermissionsResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            user_wa_id=user_wa_id,
        )
    ).parsed
