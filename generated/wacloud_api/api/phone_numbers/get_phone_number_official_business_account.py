from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.official_business_account_status import OfficialBusinessAccountStatus
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(phone_number_id))}/official_business_account",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | OfficialBusinessAccountStatus:
    if response.status_code == 200:
        response_200 = OfficialBusinessAccountStatus.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | OfficialBusinessAccountStatus]:
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
    fields: str | None = None,
) -> Response[GraphErrorResponse | OfficialBusinessAccountStatus]:
    """Retrieve the Official Business Account status of a number

     Returns the number's Official Business Account (blue badge) request status and Meta's message about
    it.
    Needs `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | OfficialBusinessAccountStatus]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | OfficialBusinessAccountStatus | None:
    """Retrieve the Official Business Account status of a number

     Returns the number's Official Business Account (blue badge) request status and Meta's message about
    it.
    Needs `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | OfficialBusinessAccountStatus
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | OfficialBusinessAccountStatus]:
    """Retrieve the Official Business Account status of a number

     Returns the number's Official Business Account (blue badge) request status and Meta's message about
    it.
    Needs `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | OfficialBusinessAccountStatus]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | OfficialBusinessAccountStatus | None:
    """Retrieve the Official Business Account status of a number

     Returns the number's Official Business Account (blue badge) request status and Meta's message about
    it.
    Needs `whatsapp_business_management`.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | OfficialBusinessAccountStatus
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            fields=fields,
        )
    ).parsed
