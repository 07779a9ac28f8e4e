from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.list_template_previews_category import (
    ListTemplatePreviewsCategory,
)
from ...models.template_preview_list import TemplatePreviewList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    category: ListTemplatePreviewsCategory,
    button_types: str,
    languages: str | None = None,
    add_security_recommendation: bool | None = None,
    code_expiration_minutes: int | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_category: str = category
    params["category"] = json_category

    params["button_types"] = button_types

    params["languages"] = languages

    params["add_security_recommendation"] = add_security_recommendation

    params["code_expiration_minutes"] = code_expiration_minutes

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/message_template_previews",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | TemplatePreviewList:
    if response.status_code == 200:
        response_200 = TemplatePreviewList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | TemplatePreviewList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    category: ListTemplatePreviewsCategory,
    button_types: str,
    languages: str | None = None,
    add_security_recommendation: bool | None = None,
    code_expiration_minutes: int | None = None,
) -> Response[GraphErrorResponse | TemplatePreviewList]:
    """Preview authentication template texts

     Returns the text Meta would give an authentication template (body, footer, button labels) in each
    language,
    with or without the security recommendation and the expiry line, before you create it. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        category (ListTemplatePreviewsCategory): Only `AUTHENTICATION` is supported.
        button_types (str): The button type: `OTP` (the only one supported).
        languages (str | None): Comma-separated language and locale codes (all languages when
            omitted), e.g. `en_US,es_ES`.
        add_security_recommendation (bool | None): Add the "For your security, do not share this
            code." line to the body.
        code_expiration_minutes (int | None): Add a footer saying the code expires in this many
            minutes (1 to 90).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplatePreviewList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        category=category,
        button_types=button_types,
        languages=languages,
        add_security_recommendation=add_security_recommendation,
        code_expiration_minutes=code_expiration_minutes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    category: ListTemplatePreviewsCategory,
    button_types: str,
    languages: str | None = None,
    add_security_recommendation: bool | None = None,
    code_expiration_minutes: int | None = None,
) -> GraphErrorResponse | TemplatePreviewList | None:
    """Preview authentication template texts

     Returns the text Meta would give an authentication template (body, footer, button labels) in each
    language,
    with or without the security recommendation and the expiry line, before you create it. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        category (ListTemplatePreviewsCategory): Only `AUTHENTICATION` is supported.
        button_types (str): The button type: `OTP` (the only one supported).
        languages (str | None): Comma-separated language and locale codes (all languages when
            omitted), e.g. `en_US,es_ES`.
        add_security_recommendation (bool | None): Add the "For your security, do not share this
            code." line to the body.
        code_expiration_minutes (int | None): Add a footer saying the code expires in this many
            minutes (1 to 90).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplatePreviewList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        category=category,
        button_types=button_types,
        languages=languages,
        add_security_recommendation=add_security_recommendation,
        code_expiration_minutes=code_expiration_minutes,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    category: ListTemplatePreviewsCategory,
    button_types: str,
    languages: str | None = None,
    add_security_recommendation: bool | None = None,
    code_expiration_minutes: int | None = None,
) -> Response[GraphErrorResponse | TemplatePreviewList]:
    """Preview authentication template texts

     Returns the text Meta would give an authentication template (body, footer, button labels) in each
    language,
    with or without the security recommendation and the expiry line, before you create it. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        category (ListTemplatePreviewsCategory): Only `AUTHENTICATION` is supported.
        button_types (str): The button type: `OTP` (the only one supported).
        languages (str | None): Comma-separated language and locale codes (all languages when
            omitted), e.g. `en_US,es_ES`.
        add_security_recommendation (bool | None): Add the "For your security, do not share this
            code." line to the body.
        code_expiration_minutes (int | None): Add a footer saying the code expires in this many
            minutes (1 to 90).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplatePreviewList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        category=category,
        button_types=button_types,
        languages=languages,
        add_security_recommendation=add_security_recommendation,
        code_expiration_minutes=code_expiration_minutes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    category: ListTemplatePreviewsCategory,
    button_types: str,
    languages: str | None = None,
    add_security_recommendation: bool | None = None,
    code_expiration_minutes: int | None = None,
) -> GraphErrorResponse | TemplatePreviewList | None:
    """Preview authentication template texts

     Returns the text Meta would give an authentication template (body, footer, button labels) in each
    language,
    with or without the security recommendation and the expiry line, before you create it. Needs
    `whatsapp_business_management`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        category (ListTemplatePreviewsCategory): Only `AUTHENTICATION` is supported.
        button_types (str): The button type: `OTP` (the only one supported).
        languages (str | None): Comma-separated language and locale codes (all languages when
            omitted), e.g. `en_US,es_ES`.
        add_security_recommendation (bool | None): Add the "For your security, do not share this
            code." line to the body.
        code_expiration_minutes (int | None): Add a footer saying the code expires in this many
            minutes (1 to 90).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplatePreviewList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            category=category,
            button_types=button_types,
            languages=languages,
            add_security_recommendation=add_security_recommendation,
            code_expiration_minutes=code_expiration_minutes,
        )
    ).parsed
