from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.preverified_number_verify_response import PreverifiedNumberVerifyResponse
from ...models.verification_code_submission import VerificationCodeSubmission
from ...types import Response, quote_path


def _get_kwargs(
    preverified_number_id: str,
    *,
    body: VerificationCodeSubmission,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(preverified_number_id))}/verify_code",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PreverifiedNumberVerifyResponse:
    if response.status_code == 200:
        response_200 = PreverifiedNumberVerifyResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PreverifiedNumberVerifyResponse]:
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
    body: VerificationCodeSubmission,
) -> Response[GraphErrorResponse | PreverifiedNumberVerifyResponse]:
    """Verify a pre-verified number with the code it received

     Submits the code sent by `request_code`. On success the number is verified for 90 days and can be
    offered in Embedded Signup. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        body (VerificationCodeSubmission): The verification code received. Example: {'code':
            '123830'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumberVerifyResponse]
    """

    kwargs = _get_kwargs(
        preverified_number_id=preverified_number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    body: VerificationCodeSubmission,
) -> GraphErrorResponse | PreverifiedNumberVerifyResponse | None:
    """Verify a pre-verified number with the code it received

     Submits the code sent by `request_code`. On success the number is verified for 90 days and can be
    offered in Embedded Signup. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        body (VerificationCodeSubmission): The verification code received. Example: {'code':
            '123830'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumberVerifyResponse
    """

    return sync_detailed(
        preverified_number_id=preverified_number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    body: VerificationCodeSubmission,
) -> Response[GraphErrorResponse | PreverifiedNumberVerifyResponse]:
    """Verify a pre-verified number with the code it received

     Submits the code sent by `request_code`. On success the number is verified for 90 days and can be
    offered in Embedded Signup. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        body (VerificationCodeSubmission): The verification code received. Example: {'code':
            '123830'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PreverifiedNumberVerifyResponse]
    """

    kwargs = _get_kwargs(
        preverified_number_id=preverified_number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    preverified_number_id: str,
    *,
    client: AuthenticatedClient,
    body: VerificationCodeSubmission,
) -> GraphErrorResponse | PreverifiedNumberVerifyResponse | None:
    """Verify a pre-verified number with the code it received

     Submits the code sent by `request_code`. On success the number is verified for 90 days and can be
    offered in Embedded Signup. Needs `whatsapp_business_management`.

    Args:
        preverified_number_id (str): A pre-verified number id (from
            `business.add_preverified_number`).
        body (VerificationCodeSubmission): The verification code received. Example: {'code':
            '123830'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PreverifiedNumberVerifyResponse
    """

    return (
        await asyncio_detailed(
            preverified_number_id=preverified_number_id,
            client=client,
            body=body,
        )
    ).parsed
