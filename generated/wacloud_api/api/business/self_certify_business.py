from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.business_self_certify_request import BusinessSelfCertifyRequest
from ...models.business_self_certify_response import BusinessSelfCertifyResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    body: BusinessSelfCertifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(business_id))}/self_certify_whatsapp_business",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessSelfCertifyResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BusinessSelfCertifyResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessSelfCertifyResponse | GraphErrorResponse]:
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
    body: BusinessSelfCertifyRequest,
) -> Response[BusinessSelfCertifyResponse | GraphErrorResponse]:
    """Verify a client business (partner-led business verification)

     Select and Premier Solution Partners only: submits a client's business documents so that Meta
    verifies the
    client through the partner. `business_id` is the partner's own portfolio; call it with the partner's
    system
    user token (an admin of that portfolio, with `business_management`). At most 3 submissions per
    client;
    after 3 rejections the client must verify by itself. The outcome arrives as an `account_update`
    webhook
    (`PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE`, `AccountUpdate.partner_client_certification_info`),
    usually
    within minutes.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (BusinessSelfCertifyRequest): A client business's verification documents
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessSelfCertifyResponse | GraphErrorResponse]
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
    body: BusinessSelfCertifyRequest,
) -> BusinessSelfCertifyResponse | GraphErrorResponse | None:
    """Verify a client business (partner-led business verification)

     Select and Premier Solution Partners only: submits a client's business documents so that Meta
    verifies the
    client through the partner. `business_id` is the partner's own portfolio; call it with the partner's
    system
    user token (an admin of that portfolio, with `business_management`). At most 3 submissions per
    client;
    after 3 rejections the client must verify by itself. The outcome arrives as an `account_update`
    webhook
    (`PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE`, `AccountUpdate.partner_client_certification_info`),
    usually
    within minutes.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (BusinessSelfCertifyRequest): A client business's verification documents
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessSelfCertifyResponse | GraphErrorResponse
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
    body: BusinessSelfCertifyRequest,
) -> Response[BusinessSelfCertifyResponse | GraphErrorResponse]:
    """Verify a client business (partner-led business verification)

     Select and Premier Solution Partners only: submits a client's business documents so that Meta
    verifies the
    client through the partner. `business_id` is the partner's own portfolio; call it with the partner's
    system
    user token (an admin of that portfolio, with `business_management`). At most 3 submissions per
    client;
    after 3 rejections the client must verify by itself. The outcome arrives as an `account_update`
    webhook
    (`PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE`, `AccountUpdate.partner_client_certification_info`),
    usually
    within minutes.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (BusinessSelfCertifyRequest): A client business's verification documents
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessSelfCertifyResponse | GraphErrorResponse]
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
    body: BusinessSelfCertifyRequest,
) -> BusinessSelfCertifyResponse | GraphErrorResponse | None:
    """Verify a client business (partner-led business verification)

     Select and Premier Solution Partners only: submits a client's business documents so that Meta
    verifies the
    client through the partner. `business_id` is the partner's own portfolio; call it with the partner's
    system
    user token (an admin of that portfolio, with `business_management`). At most 3 submissions per
    client;
    after 3 rejections the client must verify by itself. The outcome arrives as an `account_update`
    webhook
    (`PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE`, `AccountUpdate.partner_client_certification_info`),
    usually
    within minutes.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        body (BusinessSelfCertifyRequest): A client business's verification documents
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessSelfCertifyResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    ).parsed
