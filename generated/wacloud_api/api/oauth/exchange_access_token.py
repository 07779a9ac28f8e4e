from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.access_token_response import AccessTokenResponse
from ...models.exchange_access_token_grant_type import (
    ExchangeAccessTokenGrantType,
)
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    grant_type: ExchangeAccessTokenGrantType | None = None,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str | None = None,
    code: str | None = None,
    redirect_uri: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_grant_type: str | None = None
    if grant_type is not None:
        json_grant_type = grant_type

    params["grant_type"] = json_grant_type

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    params["fb_exchange_token"] = fb_exchange_token

    params["code"] = code

    params["redirect_uri"] = redirect_uri

    params = {k: v for k, v in params.items() if v is not None}

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
    grant_type: ExchangeAccessTokenGrantType | None = None,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str | None = None,
    code: str | None = None,
    redirect_uri: str | None = None,
) -> Response[AccessTokenResponse | GraphErrorResponse]:
    """Get an access token (token exchange, app token or Embedded Signup code exchange)

     One endpoint, three grants, each authenticated by the app id (`client_id`) and app secret
    (`client_secret`):

    - `grant_type=fb_exchange_token` with `fb_exchange_token`: exchanges a short-lived user access token
      for a long-lived one (about 60 days).
    - `grant_type=client_credentials`: returns an app access token (needed, for example, by
      `POST /{app_id}/subscriptions` and accepted by `GET /debug_token`).
    - `code` (no `grant_type`): exchanges the code Embedded Signup returns to the browser for a business
      integration system user access token of the onboarded customer. The code is valid for 30 seconds
      and can be used once.

    This endpoint is unversioned: it lives at `https://graph.facebook.com/oauth/access_token`. The query
    string carries secrets: never log this URL (wacloud redacts it).

    Args:
        grant_type (ExchangeAccessTokenGrantType | None): `fb_exchange_token` or
            `client_credentials`; omitted for the Embedded Signup `code` exchange.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str | None): With `grant_type=fb_exchange_token`: the short-lived user
            access token to exchange.
        code (str | None): The code Embedded Signup returned (valid for 30 seconds, single use).
        redirect_uri (str | None): With `code`: the redirect URI the login dialog used, when it
            used one.

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
        code=code,
        redirect_uri=redirect_uri,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeAccessTokenGrantType | None = None,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str | None = None,
    code: str | None = None,
    redirect_uri: str | None = None,
) -> AccessTokenResponse | GraphErrorResponse | None:
    """Get an access token (token exchange, app token or Embedded Signup code exchange)

     One endpoint, three grants, each authenticated by the app id (`client_id`) and app secret
    (`client_secret`):

    - `grant_type=fb_exchange_token` with `fb_exchange_token`: exchanges a short-lived user access token
      for a long-lived one (about 60 days).
    - `grant_type=client_credentials`: returns an app access token (needed, for example, by
      `POST /{app_id}/subscriptions` and accepted by `GET /debug_token`).
    - `code` (no `grant_type`): exchanges the code Embedded Signup returns to the browser for a business
      integration system user access token of the onboarded customer. The code is valid for 30 seconds
      and can be used once.

    This endpoint is unversioned: it lives at `https://graph.facebook.com/oauth/access_token`. The query
    string carries secrets: never log this URL (wacloud redacts it).

    Args:
        grant_type (ExchangeAccessTokenGrantType | None): `fb_exchange_token` or
            `client_credentials`; omitted for the Embedded Signup `code` exchange.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str | None): With `grant_type=fb_exchange_token`: the short-lived user
            access token to exchange.
        code (str | None): The code Embedded Signup returned (valid for 30 seconds, single use).
        redirect_uri (str | None): With `code`: the redirect URI the login dialog used, when it
            used one.

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
        code=code,
        redirect_uri=redirect_uri,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeAccessTokenGrantType | None = None,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str | None = None,
    code: str | None = None,
    redirect_uri: str | None = None,
) -> Response[AccessTokenResponse | GraphErrorResponse]:
    """Get an access token (token exchange, app token or Embedded Signup code exchange)

     One endpoint, three grants, each authenticated by the app id (`client_id`) and app secret
    (`client_secret`):

    - `grant_type=fb_exchange_token` with `fb_exchange_token`: exchanges a short-lived user access token
      for a long-lived one (about 60 days).
    - `grant_type=client_credentials`: returns an app access token (needed, for example, by
      `POST /{app_id}/subscriptions` and accepted by `GET /debug_token`).
    - `code` (no `grant_type`): exchanges the code Embedded Signup returns to the browser for a business
      integration system user access token of the onboarded customer. The code is valid for 30 seconds
      and can be used once.

    This endpoint is unversioned: it lives at `https://graph.facebook.com/oauth/access_token`. The query
    string carries secrets: never log this URL (wacloud redacts it).

    Args:
        grant_type (ExchangeAccessTokenGrantType | None): `fb_exchange_token` or
            `client_credentials`; omitted for the Embedded Signup `code` exchange.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str | None): With `grant_type=fb_exchange_token`: the short-lived user
            access token to exchange.
        code (str | None): The code Embedded Signup returned (valid for 30 seconds, single use).
        redirect_uri (str | None): With `code`: the redirect URI the login dialog used, when it
            used one.

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
        code=code,
        redirect_uri=redirect_uri,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    grant_type: ExchangeAccessTokenGrantType | None = None,
    client_id: str,
    client_secret: str,
    fb_exchange_token: str | None = None,
    code: str | None = None,
    redirect_uri: str | None = None,
) -> AccessTokenResponse | GraphErrorResponse | None:
    """Get an access token (token exchange, app token or Embedded Signup code exchange)

     One endpoint, three grants, each authenticated by the app id (`client_id`) and app secret
    (`client_secret`):

    - `grant_type=fb_exchange_token` with `fb_exchange_token`: exchanges a short-lived user access token
      for a long-lived one (about 60 days).
    - `grant_type=client_credentials`: returns an app access token (needed, for example, by
      `POST /{app_id}/subscriptions` and accepted by `GET /debug_token`).
    - `code` (no `grant_type`): exchanges the code Embedded Signup returns to the browser for a business
      integration system user access token of the onboarded customer. The code is valid for 30 seconds
      and can be used once.

    This endpoint is unversioned: it lives at `https://graph.facebook.com/oauth/access_token`. The query
    string carries secrets: never log this URL (wacloud redacts it).

    Args:
        grant_type (ExchangeAccessTokenGrantType | None): `fb_exchange_token` or
            `client_credentials`; omitted for the Embedded Signup `code` exchange.
        client_id (str): The Meta app id (WA_APP_ID).
        client_secret (str): The Meta app secret (WA_APP_SECRET). Never log this URL.
        fb_exchange_token (str | None): With `grant_type=fb_exchange_token`: the short-lived user
            access token to exchange.
        code (str | None): The code Embedded Signup returned (valid for 30 seconds, single use).
        redirect_uri (str | None): With `code`: the redirect URI the login dialog used, when it
            used one.

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
            code=code,
            redirect_uri=redirect_uri,
        )
    ).parsed
