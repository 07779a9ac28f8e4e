from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.debug_token_response import DebugTokenResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    input_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["input_token"] = input_token

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/debug_token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DebugTokenResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = DebugTokenResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DebugTokenResponse | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    input_token: str,
) -> Response[DebugTokenResponse | GraphErrorResponse]:
    """Inspect an access token (validity, scopes, shared WABA ids)

     Returns metadata about `input_token`: the app and user it belongs to, whether it is valid, when it
    and
    its data access expire, its scopes and its granular scopes. After a customer finishes Embedded
    Signup,
    the `target_ids` of the `whatsapp_business_management` granular scope are the ids of the WhatsApp
    Business Accounts the customer shared with you (and `whatsapp_business_messaging` lists the ones you
    may
    message from). Authenticate with your system user access token, or an app access token
    (`wacloud.auth.debug_token` uses the app token by default).

    Args:
        input_token (str): The token to inspect, e.g. the business token returned by the Embedded
            Signup code exchange. Redacted in logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebugTokenResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        input_token=input_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    input_token: str,
) -> DebugTokenResponse | GraphErrorResponse | None:
    """Inspect an access token (validity, scopes, shared WABA ids)

     Returns metadata about `input_token`: the app and user it belongs to, whether it is valid, when it
    and
    its data access expire, its scopes and its granular scopes. After a customer finishes Embedded
    Signup,
    the `target_ids` of the `whatsapp_business_management` granular scope are the ids of the WhatsApp
    Business Accounts the customer shared with you (and `whatsapp_business_messaging` lists the ones you
    may
    message from). Authenticate with your system user access token, or an app access token
    (`wacloud.auth.debug_token` uses the app token by default).

    Args:
        input_token (str): The token to inspect, e.g. the business token returned by the Embedded
            Signup code exchange. Redacted in logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebugTokenResponse | GraphErrorResponse
    """

    return sync_detailed(
        client=client,
        input_token=input_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    input_token: str,
) -> Response[DebugTokenResponse | GraphErrorResponse]:
    """Inspect an access token (validity, scopes, shared WABA ids)

     Returns metadata about `input_token`: the app and user it belongs to, whether it is valid, when it
    and
    its data access expire, its scopes and its granular scopes. After a customer finishes Embedded
    Signup,
    the `target_ids` of the `whatsapp_business_management` granular scope are the ids of the WhatsApp
    Business Accounts the customer shared with you (and `whatsapp_business_messaging` lists the ones you
    may
    message from). Authenticate with your system user access token, or an app access token
    (`wacloud.auth.debug_token` uses the app token by default).

    Args:
        input_token (str): The token to inspect, e.g. the business token returned by the Embedded
            Signup code exchange. Redacted in logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebugTokenResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        input_token=input_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    input_token: str,
) -> DebugTokenResponse | GraphErrorResponse | None:
    """Inspect an access token (validity, scopes, shared WABA ids)

     Returns metadata about `input_token`: the app and user it belongs to, whether it is valid, when it
    and
    its data access expire, its scopes and its granular scopes. After a customer finishes Embedded
    Signup,
    the `target_ids` of the `whatsapp_business_management` granular scope are the ids of the WhatsApp
    Business Accounts the customer shared with you (and `whatsapp_business_messaging` lists the ones you
    may
    message from). Authenticate with your system user access token, or an app access token
    (`wacloud.auth.debug_token` uses the app token by default).

    Args:
        input_token (str): The token to inspect, e.g. the business token returned by the Embedded
            Signup code exchange. Redacted in logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebugTokenResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            input_token=input_token,
        )
    ).parsed
