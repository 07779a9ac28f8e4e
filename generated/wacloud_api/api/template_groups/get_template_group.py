from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.template_group import TemplateGroup
from ...types import Response, quote_path


def _get_kwargs(
    template_group_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(template_group_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | TemplateGroup:
    if response.status_code == 200:
        response_200 = TemplateGroup.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | TemplateGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | TemplateGroup]:
    """Retrieve a template group

     Returns a group's name, description, times, account and templates (a page of them).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateGroup]
    """

    kwargs = _get_kwargs(
        template_group_id=template_group_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | TemplateGroup | None:
    """Retrieve a template group

     Returns a group's name, description, times, account and templates (a page of them).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateGroup
    """

    return sync_detailed(
        template_group_id=template_group_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | TemplateGroup]:
    """Retrieve a template group

     Returns a group's name, description, times, account and templates (a page of them).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | TemplateGroup]
    """

    kwargs = _get_kwargs(
        template_group_id=template_group_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | TemplateGroup | None:
    """Retrieve a template group

     Returns a group's name, description, times, account and templates (a page of them).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | TemplateGroup
    """

    return (
        await asyncio_detailed(
            template_group_id=template_group_id,
            client=client,
            fields=fields,
        )
    ).parsed
