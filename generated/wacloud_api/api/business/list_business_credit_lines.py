from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.credit_line_list import CreditLineList
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(business_id))}/extendedcredits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditLineList | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = CreditLineList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditLineList | GraphErrorResponse]:
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
    fields: str | None = None,
) -> Response[CreditLineList | GraphErrorResponse]:
    """List the business's credit lines

     Returns the credit lines (extended credits) of the business portfolio; ask for
    `fields=id,legal_entity_name`. A solution partner shares a credit line with each onboarded client
    with
    `share_credit_line`. Needs `business_management` and a system user with the Admin or Financial
    Editor
    role.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditLineList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> CreditLineList | GraphErrorResponse | None:
    """List the business's credit lines

     Returns the credit lines (extended credits) of the business portfolio; ask for
    `fields=id,legal_entity_name`. A solution partner shares a credit line with each onboarded client
    with
    `share_credit_line`. Needs `business_management` and a system user with the Admin or Financial
    Editor
    role.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditLineList | GraphErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[CreditLineList | GraphErrorResponse]:
    """List the business's credit lines

     Returns the credit lines (extended credits) of the business portfolio; ask for
    `fields=id,legal_entity_name`. A solution partner shares a credit line with each onboarded client
    with
    `share_credit_line`. Needs `business_management` and a system user with the Admin or Financial
    Editor
    role.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditLineList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> CreditLineList | GraphErrorResponse | None:
    """List the business's credit lines

     Returns the credit lines (extended credits) of the business portfolio; ask for
    `fields=id,legal_entity_name`. A solution partner shares a credit line with each onboarded client
    with
    `share_credit_line`. Needs `business_management` and a system user with the Admin or Financial
    Editor
    role.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditLineList | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            fields=fields,
        )
    ).parsed
