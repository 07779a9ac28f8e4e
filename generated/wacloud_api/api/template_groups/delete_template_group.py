from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    template_group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/{quote_path(str(template_group_id))}",
    }

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
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Delete a template group

     Deletes the group; its templates are kept.

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        template_group_id=template_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
) -> GraphErrorResponse | SuccessResponse | None:
    """Delete a template group

     Deletes the group; its templates are kept.

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        template_group_id=template_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Delete a template group

     Deletes the group; its templates are kept.

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        template_group_id=template_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_group_id: str,
    *,
    client: AuthenticatedClient,
) -> GraphErrorResponse | SuccessResponse | None:
    """Delete a template group

     Deletes the group; its templates are kept.

    Args:
        template_group_id (str): A template group id (from `template_groups.create`).

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
        )
    ).parsed
