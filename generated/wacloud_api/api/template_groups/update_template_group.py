from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...models.template_group_update import TemplateGroupUpdate
from ...types import Response, quote_path


def _get_kwargs(
    template_group_id: str,
    *,
    body: TemplateGroupUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(template_group_id))}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | SuccessResponse:
    if response.status_code == 200:
        response_200 = SuccessResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | SuccessResponse]:
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
    body: TemplateGroupUpdate,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Update a template group

     Renames a group, changes its description, or adds and removes templates (all optional).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        body (TemplateGroupUpdate): Changes to a template group; what is left out stays as it is.
            Example: {'name': 'Black Friday 2025'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        template_group_id=template_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
    body: TemplateGroupUpdate,
) -> GraphErrorResponse | SuccessResponse | None:
    """Update a template group

     Renames a group, changes its description, or adds and removes templates (all optional).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        body (TemplateGroupUpdate): Changes to a template group; what is left out stays as it is.
            Example: {'name': 'Black Friday 2025'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        template_group_id=template_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
    body: TemplateGroupUpdate,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Update a template group

     Renames a group, changes its description, or adds and removes templates (all optional).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        body (TemplateGroupUpdate): Changes to a template group; what is left out stays as it is.
            Example: {'name': 'Black Friday 2025'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        template_group_id=template_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
    body: TemplateGroupUpdate,
) -> GraphErrorResponse | SuccessResponse | None:
    """Update a template group

     Renames a group, changes its description, or adds and removes templates (all optional).

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).
        body (TemplateGroupUpdate): Changes to a template group; what is left out stays as it is.
            Example: {'name': 'Black Friday 2025'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            template_group_id=template_group_id,
            client=client,
            body=body,
        )
    ).parsed
