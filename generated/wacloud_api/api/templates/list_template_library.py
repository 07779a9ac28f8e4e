from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.library_template_list import LibraryTemplateList
from ...types import Response


def _get_kwargs(
    *,
    limit: int | None = None,
    after: str | None = None,
    search: str | None = None,
    topic: str | None = None,
    usecase: str | None = None,
    industry: str | None = None,
    language: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["search"] = search

    params["topic"] = topic

    params["usecase"] = usecase

    params["industry"] = industry

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/message_template_library",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | LibraryTemplateList:
    if response.status_code == 200:
        response_200 = LibraryTemplateList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | LibraryTemplateList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    search: str | None = None,
    topic: str | None = None,
    usecase: str | None = None,
    industry: str | None = None,
    language: str | None = None,
) -> Response[GraphErrorResponse | LibraryTemplateList]:
    """Browse the Template Library

     Lists Meta's pre-approved utility and authentication templates, filtered by text, topic, use case,
    industry or language. Create one in your WABA with `library_template_name` (and its button and body
    inputs) on `POST /{waba_id}/message_templates`; such templates are approved at once.

    Args:
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        search (str | None): Text the template name, body or header contains.
        topic (str | None): Topic, e.g. `PAYMENTS`, `ORDER_MANAGEMENT`, `ACCOUNT_UPDATES`.
        usecase (str | None): Use case, e.g. `PAYMENT_REMINDER`, `SHIPMENT_CONFIRMATION`.
        industry (str | None): Industry, e.g. `E_COMMERCE`, `FINANCIAL_SERVICES`.
        language (str | None): Language code, e.g. `en_US`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | LibraryTemplateList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        search=search,
        topic=topic,
        usecase=usecase,
        industry=industry,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    search: str | None = None,
    topic: str | None = None,
    usecase: str | None = None,
    industry: str | None = None,
    language: str | None = None,
) -> GraphErrorResponse | LibraryTemplateList | None:
    """Browse the Template Library

     Lists Meta's pre-approved utility and authentication templates, filtered by text, topic, use case,
    industry or language. Create one in your WABA with `library_template_name` (and its button and body
    inputs) on `POST /{waba_id}/message_templates`; such templates are approved at once.

    Args:
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        search (str | None): Text the template name, body or header contains.
        topic (str | None): Topic, e.g. `PAYMENTS`, `ORDER_MANAGEMENT`, `ACCOUNT_UPDATES`.
        usecase (str | None): Use case, e.g. `PAYMENT_REMINDER`, `SHIPMENT_CONFIRMATION`.
        industry (str | None): Industry, e.g. `E_COMMERCE`, `FINANCIAL_SERVICES`.
        language (str | None): Language code, e.g. `en_US`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | LibraryTemplateList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        search=search,
        topic=topic,
        usecase=usecase,
        industry=industry,
        language=language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    search: str | None = None,
    topic: str | None = None,
    usecase: str | None = None,
    industry: str | None = None,
    language: str | None = None,
) -> Response[GraphErrorResponse | LibraryTemplateList]:
    """Browse the Template Library

     Lists Meta's pre-approved utility and authentication templates, filtered by text, topic, use case,
    industry or language. Create one in your WABA with `library_template_name` (and its button and body
    inputs) on `POST /{waba_id}/message_templates`; such templates are approved at once.

    Args:
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        search (str | None): Text the template name, body or header contains.
        topic (str | None): Topic, e.g. `PAYMENTS`, `ORDER_MANAGEMENT`, `ACCOUNT_UPDATES`.
        usecase (str | None): Use case, e.g. `PAYMENT_REMINDER`, `SHIPMENT_CONFIRMATION`.
        industry (str | None): Industry, e.g. `E_COMMERCE`, `FINANCIAL_SERVICES`.
        language (str | None): Language code, e.g. `en_US`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | LibraryTemplateList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        search=search,
        topic=topic,
        usecase=usecase,
        industry=industry,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | None = None,
    after: str | None = None,
    search: str | None = None,
    topic: str | None = None,
    usecase: str | None = None,
    industry: str | None = None,
    language: str | None = None,
) -> GraphErrorResponse | LibraryTemplateList | None:
    """Browse the Template Library

     Lists Meta's pre-approved utility and authentication templates, filtered by text, topic, use case,
    industry or language. Create one in your WABA with `library_template_name` (and its button and body
    inputs) on `POST /{waba_id}/message_templates`; such templates are approved at once.

    Args:
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        search (str | None): Text the template name, body or header contains.
        topic (str | None): Topic, e.g. `PAYMENTS`, `ORDER_MANAGEMENT`, `ACCOUNT_UPDATES`.
        usecase (str | None): Use case, e.g. `PAYMENT_REMINDER`, `SHIPMENT_CONFIRMATION`.
        industry (str | None): Industry, e.g. `E_COMMERCE`, `FINANCIAL_SERVICES`.
        language (str | None): Language code, e.g. `en_US`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | LibraryTemplateList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            search=search,
            topic=topic,
            usecase=usecase,
            industry=industry,
            language=language,
        )
    ).parsed
