from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.official_business_account_request import OfficialBusinessAccountRequest
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: OfficialBusinessAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/official_business_account",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    body: OfficialBusinessAccountRequest,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Request an Official Business Account for a number

     Requests the Official Business Account badge for the number (its display name must be approved and
    the
    business verified). Give evidence of notability with `supporting_links` (press coverage, not paid or
    promotional content). A decision takes about a week and can be appealed after 30 days. Needs
    `whatsapp_business_management`. Meta's OpenAPI file (v23.0) also describes an older form (`action`:
    `SUBMIT_APPLICATION` / `WITHDRAW_APPLICATION` / `RESUBMIT_APPLICATION`, with `application_data`);
    its
    keys can be set through the model's additional properties (`body["action"] =
    "WITHDRAW_APPLICATION"`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (OfficialBusinessAccountRequest): An Official Business Account request, as the Graph
            reference lists its fields. (Meta's OpenAPI file
            describes an older `action` / `application_data` form; Graph reports a missing field
            itself.)
             Example: {'business_website_url': 'https://www.luckyshrub.com',
            'primary_country_of_operation': 'United States', 'primary_language': 'English',
            'supporting_links': ['https://www.nytimes.com/lucky-shrub']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
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
    body: OfficialBusinessAccountRequest,
) -> GraphErrorResponse | SuccessResponse | None:
    """Request an Official Business Account for a number

     Requests the Official Business Account badge for the number (its display name must be approved and
    the
    business verified). Give evidence of notability with `supporting_links` (press coverage, not paid or
    promotional content). A decision takes about a week and can be appealed after 30 days. Needs
    `whatsapp_business_management`. Meta's OpenAPI file (v23.0) also describes an older form (`action`:
    `SUBMIT_APPLICATION` / `WITHDRAW_APPLICATION` / `RESUBMIT_APPLICATION`, with `application_data`);
    its
    keys can be set through the model's additional properties (`body["action"] =
    "WITHDRAW_APPLICATION"`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (OfficialBusinessAccountRequest): An Official Business Account request, as the Graph
            reference lists its fields. (Meta's OpenAPI file
            describes an older `action` / `application_data` form; Graph reports a missing field
            itself.)
             Example: {'business_website_url': 'https://www.luckyshrub.com',
            'primary_country_of_operation': 'United States', 'primary_language': 'English',
            'supporting_links': ['https://www.nytimes.com/lucky-shrub']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
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
    body: OfficialBusinessAccountRequest,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Request an Official Business Account for a number

     Requests the Official Business Account badge for the number (its display name must be approved and
    the
    business verified). Give evidence of notability with `supporting_links` (press coverage, not paid or
    promotional content). A decision takes about a week and can be appealed after 30 days. Needs
    `whatsapp_business_management`. Meta's OpenAPI file (v23.0) also describes an older form (`action`:
    `SUBMIT_APPLICATION` / `WITHDRAW_APPLICATION` / `RESUBMIT_APPLICATION`, with `application_data`);
    its
    keys can be set through the model's additional properties (`body["action"] =
    "WITHDRAW_APPLICATION"`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (OfficialBusinessAccountRequest): An Official Business Account request, as the Graph
            reference lists its fields. (Meta's OpenAPI file
            describes an older `action` / `application_data` form; Graph reports a missing field
            itself.)
             Example: {'business_website_url': 'https://www.luckyshrub.com',
            'primary_country_of_operation': 'United States', 'primary_language': 'English',
            'supporting_links': ['https://www.nytimes.com/lucky-shrub']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
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
    body: OfficialBusinessAccountRequest,
) -> GraphErrorResponse | SuccessResponse | None:
    """Request an Official Business Account for a number

     Requests the Official Business Account badge for the number (its display name must be approved and
    the
    business verified). Give evidence of notability with `supporting_links` (press coverage, not paid or
    promotional content). A decision takes about a week and can be appealed after 30 days. Needs
    `whatsapp_business_management`. Meta's OpenAPI file (v23.0) also describes an older form (`action`:
    `SUBMIT_APPLICATION` / `WITHDRAW_APPLICATION` / `RESUBMIT_APPLICATION`, with `application_data`);
    its
    keys can be set through the model's additional properties (`body["action"] =
    "WITHDRAW_APPLICATION"`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (OfficialBusinessAccountRequest): An Official Business Account request, as the Graph
            reference lists its fields. (Meta's OpenAPI file
            describes an older `action` / `application_data` form; Graph reports a missing field
            itself.)
             Example: {'business_website_url': 'https://www.luckyshrub.com',
            'primary_country_of_operation': 'United States', 'primary_language': 'English',
            'supporting_links': ['https://www.nytimes.com/lucky-shrub']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
