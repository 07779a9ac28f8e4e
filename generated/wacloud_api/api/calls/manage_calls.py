from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call_accept_request import CallAcceptRequest
from ...models.call_action_response import CallActionResponse
from ...models.call_connect_request import CallConnectRequest
from ...models.call_pre_accept_request import CallPreAcceptRequest
from ...models.call_reject_request import CallRejectRequest
from ...models.call_terminate_request import CallTerminateRequest
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    body: CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(phone_number_id))}/calls",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallActionResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = CallActionResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallActionResponse | GraphErrorResponse]:
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
    body: CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest,
) -> Response[CallActionResponse | GraphErrorResponse]:
    """Place, pre-accept, accept, reject or terminate a call

     One endpoint for every call action, chosen by `action`: `connect` places a business-initiated call
    with
    an SDP offer (needs the user's call permission; error 138006 otherwise) and answers the new call id;
    `pre_accept` and `accept` answer a user-initiated call with an SDP answer; `reject` declines it;
    `terminate` ends a call in progress. The SDP must comply with RFC 8866. wacloud's
    `client.calls.connect`,
    `pre_accept`, `accept`, `reject` and `terminate` build the body for you.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest |
            CallTerminateRequest): The body of `POST /{phone_number_id}/calls`, identified by its
            required `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallActionResponse | GraphErrorResponse]
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
    body: CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest,
) -> CallActionResponse | GraphErrorResponse | None:
    """Place, pre-accept, accept, reject or terminate a call

     One endpoint for every call action, chosen by `action`: `connect` places a business-initiated call
    with
    an SDP offer (needs the user's call permission; error 138006 otherwise) and answers the new call id;
    `pre_accept` and `accept` answer a user-initiated call with an SDP answer; `reject` declines it;
    `terminate` ends a call in progress. The SDP must comply with RFC 8866. wacloud's
    `client.calls.connect`,
    `pre_accept`, `accept`, `reject` and `terminate` build the body for you.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest |
            CallTerminateRequest): The body of `POST /{phone_number_id}/calls`, identified by its
            required `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallActionResponse | GraphErrorResponse
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
    body: CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest,
) -> Response[CallActionResponse | GraphErrorResponse]:
    """Place, pre-accept, accept, reject or terminate a call

     One endpoint for every call action, chosen by `action`: `connect` places a business-initiated call
    with
    an SDP offer (needs the user's call permission; error 138006 otherwise) and answers the new call id;
    `pre_accept` and `accept` answer a user-initiated call with an SDP answer; `reject` declines it;
    `terminate` ends a call in progress. The SDP must comply with RFC 8866. wacloud's
    `client.calls.connect`,
    `pre_accept`, `accept`, `reject` and `terminate` build the body for you.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest |
            CallTerminateRequest): The body of `POST /{phone_number_id}/calls`, identified by its
            required `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallActionResponse | GraphErrorResponse]
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
    body: CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest | CallTerminateRequest,
) -> CallActionResponse | GraphErrorResponse | None:
    """Place, pre-accept, accept, reject or terminate a call

     One endpoint for every call action, chosen by `action`: `connect` places a business-initiated call
    with
    an SDP offer (needs the user's call permission; error 138006 otherwise) and answers the new call id;
    `pre_accept` and `accept` answer a user-initiated call with an SDP answer; `reject` declines it;
    `terminate` ends a call in progress. The SDP must comply with RFC 8866. wacloud's
    `client.calls.connect`,
    `pre_accept`, `accept`, `reject` and `terminate` build the body for you.

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        body (CallAcceptRequest | CallConnectRequest | CallPreAcceptRequest | CallRejectRequest |
            CallTerminateRequest): The body of `POST /{phone_number_id}/calls`, identified by its
            required `action`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallActionResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed
