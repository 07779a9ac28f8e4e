from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.access_token_response import AccessTokenResponse
from ...models.exchange_access_token_grant_type import (
    ExchangeAccessTokenGrantType,
)
from ...models.graph_error_response import GraphErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    grant_type: ExchangeAccessTokenGrantType,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_grant_type: str = grant_type
    params["grant_type"] = json_grant_type

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    params["fb_exchange_token"] = fb_exchange_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "server": "https://graph.facebook.com",
        "url": "/oauth/access_token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = AccessTokenResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenResponse | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeAccessTokenGrantType,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str,
) -> Response[AccessTokenResponse | GraphErrorResponse]:
    """Exchange a short-lived token for a long-lived one

     `grant_type=fb_exchange_token` exchanges a short-lived user access token for a long-lived (about 60
    days)
    one, authenticated by the app id and app secret. This endpoint is unversioned: it lives at
    `https://graph.facebook.com/oauth/access_token`.

    Args:
        grant_type (ExchangeAccessTokenGrantType): Always `fb_exchange_token`.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str): The token to exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        client_id=client_id,
        client_secret=client_secret,
        fb_exchange_token=fb_exchange_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeAccessTokenGrantType,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str,
) -> AccessTokenResponse | GraphErrorResponse | None:
    """Exchange a short-lived token for a long-lived one

     `grant_type=fb_exchange_token` exchanges a short-lived user access token for a long-lived (about 60
    days)
    one, authenticated by the app id and app secret. This endpoint is unversioned: it lives at
    `https://graph.facebook.com/oauth/access_token`.

    Args:
        grant_type (ExchangeAccessTokenGrantType): Always `fb_exchange_token`.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str): The token to exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse | GraphErrorResponse
    """

    return sync_detailed(
        client=client,
        grant_type=grant_type,
        client_id=client_id,
        client_secret=client_secret,
        fb_exchange_token=fb_exchange_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeAccessTokenGrantType,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str,
) -> Response[AccessTokenResponse | GraphErrorResponse]:
    """Exchange a short-lived token for a long-lived one

     `grant_type=fb_exchange_token` exchanges a short-lived user access token for a long-lived (about 60
    days)
    one, authenticated by the app id and app secret. This endpoint is unversioned: it lives at
    `https://graph.facebook.com/oauth/access_token`.

    Args:
        grant_type (ExchangeAccessTokenGrantType): Always `fb_exchange_token`.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str): The token to exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        client_id=client_id,
        client_secret=client_secret,
        fb_exchange_token=fb_exchange_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeAccessTokenGrantType,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str,
) -> AccessTokenResponse | GraphErrorResponse | None:
    """Exchange a short-lived token for a long-lived one

     `grant_type=fb_exchange_token` exchanges a short-lived user access token for a long-lived (about 60
    days)
    one, authenticated by the app id and app secret. This endpoint is unversioned: it lives at
    `https://graph.facebook.com/oauth/access_token`.

    Args:
        grant_type (ExchangeAccessTokenGrantType): Always `fb_exchange_token`.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str): The token to exchange.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            fb_exchange_token=fb_exchange_token,
        )
    ).parsed
