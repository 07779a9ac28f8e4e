from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.list_templates_category import ListTemplatesCategory
from ...models.list_templates_quality_score import ListTemplatesQualityScore
from ...models.message_template_list import MessageTemplateList
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    name: str | None = None,
    status: str | None = None,
    category: ListTemplatesCategory | None = None,
    language: str | None = None,
    content: str | None = None,
    name_or_content: str | None = None,
    quality_score: ListTemplatesQualityScore | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["name"] = name

    params["status"] = status

    json_category: str | None = None
    if category is not None:
        json_category = category

    params["category"] = json_category

    params["language"] = language

    params["content"] = content

    params["name_or_content"] = name_or_content

    json_quality_score: str | None = None
    if quality_score is not None:
        json_quality_score = quality_score

    params["quality_score"] = json_quality_score

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(waba_id))}/message_templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplateList:
    if response.status_code == 200:
        response_200 = MessageTemplateList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplateList]:
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
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    name: str | None = None,
    status: str | None = None,
    category: ListTemplatesCategory | None = None,
    language: str | None = None,
    content: str | None = None,
    name_or_content: str | None = None,
    quality_score: ListTemplatesQualityScore | None = None,
) -> Response[GraphErrorResponse | MessageTemplateList]:
    """List the message templates of a WhatsApp Business Account

     Returns the WABA's message templates, one page at a time, optionally filtered by name, status,
    category,
    language, body content or quality score. Follow `paging.cursors.after` for the next page. Without
    `fields`,
    Meta returns its default set (id, name, language, status, category, components and a few more).
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.
        name (str | None): Only templates whose name contains this text.
        status (str | None): Only templates in this review status: `APPROVED`, `IN_APPEAL`,
            `PENDING`, `REJECTED`,
            `PENDING_DELETION`, `DELETED`, `DISABLED`, `PAUSED`, `LIMIT_EXCEEDED` or `ARCHIVED`.
        category (ListTemplatesCategory | None): Only templates of this category.
        language (str | None): Only templates in this language (locale code, e.g. `en_US`).
        content (str | None): Only templates whose body text contains this text.
        name_or_content (str | None): Only templates whose name or body text contains this text.
        quality_score (ListTemplatesQualityScore | None): Only templates with this quality rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
        name=name,
        status=status,
        category=category,
        language=language,
        content=content,
        name_or_content=name_or_content,
        quality_score=quality_score,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    name: str | None = None,
    status: str | None = None,
    category: ListTemplatesCategory | None = None,
    language: str | None = None,
    content: str | None = None,
    name_or_content: str | None = None,
    quality_score: ListTemplatesQualityScore | None = None,
) -> GraphErrorResponse | MessageTemplateList | None:
    """List the message templates of a WhatsApp Business Account

     Returns the WABA's message templates, one page at a time, optionally filtered by name, status,
    category,
    language, body content or quality score. Follow `paging.cursors.after` for the next page. Without
    `fields`,
    Meta returns its default set (id, name, language, status, category, components and a few more).
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.
        name (str | None): Only templates whose name contains this text.
        status (str | None): Only templates in this review status: `APPROVED`, `IN_APPEAL`,
            `PENDING`, `REJECTED`,
            `PENDING_DELETION`, `DELETED`, `DISABLED`, `PAUSED`, `LIMIT_EXCEEDED` or `ARCHIVED`.
        category (ListTemplatesCategory | None): Only templates of this category.
        language (str | None): Only templates in this language (locale code, e.g. `en_US`).
        content (str | None): Only templates whose body text contains this text.
        name_or_content (str | None): Only templates whose name or body text contains this text.
        quality_score (ListTemplatesQualityScore | None): Only templates with this quality rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateList
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
        name=name,
        status=status,
        category=category,
        language=language,
        content=content,
        name_or_content=name_or_content,
        quality_score=quality_score,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    name: str | None = None,
    status: str | None = None,
    category: ListTemplatesCategory | None = None,
    language: str | None = None,
    content: str | None = None,
    name_or_content: str | None = None,
    quality_score: ListTemplatesQualityScore | None = None,
) -> Response[GraphErrorResponse | MessageTemplateList]:
    """List the message templates of a WhatsApp Business Account

     Returns the WABA's message templates, one page at a time, optionally filtered by name, status,
    category,
    language, body content or quality score. Follow `paging.cursors.after` for the next page. Without
    `fields`,
    Meta returns its default set (id, name, language, status, category, components and a few more).
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.
        name (str | None): Only templates whose name contains this text.
        status (str | None): Only templates in this review status: `APPROVED`, `IN_APPEAL`,
            `PENDING`, `REJECTED`,
            `PENDING_DELETION`, `DELETED`, `DISABLED`, `PAUSED`, `LIMIT_EXCEEDED` or `ARCHIVED`.
        category (ListTemplatesCategory | None): Only templates of this category.
        language (str | None): Only templates in this language (locale code, e.g. `en_US`).
        content (str | None): Only templates whose body text contains this text.
        name_or_content (str | None): Only templates whose name or body text contains this text.
        quality_score (ListTemplatesQualityScore | None): Only templates with this quality rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateList]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
        name=name,
        status=status,
        category=category,
        language=language,
        content=content,
        name_or_content=name_or_content,
        quality_score=quality_score,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
    name: str | None = None,
    status: str | None = None,
    category: ListTemplatesCategory | None = None,
    language: str | None = None,
    content: str | None = None,
    name_or_content: str | None = None,
    quality_score: ListTemplatesQualityScore | None = None,
) -> GraphErrorResponse | MessageTemplateList | None:
    """List the message templates of a WhatsApp Business Account

     Returns the WABA's message templates, one page at a time, optionally filtered by name, status,
    category,
    language, body content or quality score. Follow `paging.cursors.after` for the next page. Without
    `fields`,
    Meta returns its default set (id, name, language, status, category, components and a few more).
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.
        name (str | None): Only templates whose name contains this text.
        status (str | None): Only templates in this review status: `APPROVED`, `IN_APPEAL`,
            `PENDING`, `REJECTED`,
            `PENDING_DELETION`, `DELETED`, `DISABLED`, `PAUSED`, `LIMIT_EXCEEDED` or `ARCHIVED`.
        category (ListTemplatesCategory | None): Only templates of this category.
        language (str | None): Only templates in this language (locale code, e.g. `en_US`).
        content (str | None): Only templates whose body text contains this text.
        name_or_content (str | None): Only templates whose name or body text contains this text.
        quality_score (ListTemplatesQualityScore | None): Only templates with this quality rating.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateList
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
            name=name,
            status=status,
            category=category,
            language=language,
            content=content,
            name_or_content=name_or_content,
            quality_score=quality_score,
        )
    ).parsed
