from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_info import GroupInfo
from ...types import Response, quote_path


def _get_kwargs(
    group_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(group_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | GroupInfo:
    if response.status_code == 200:
        response_200 = GroupInfo.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | GroupInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | GroupInfo]:
    """Get a group's information

     Returns the group. Without `fields` Meta returns only `id` and `messaging_product`; ask for
    `subject`,
    `description`, `participants`, `join_approval_mode`, `suspended`, `creation_timestamp`,
    `total_participant_count`. Participants carry `user_id` (BSUID) and, when Meta can share it,
    `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupInfo]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | GroupInfo | None:
    """Get a group's information

     Returns the group. Without `fields` Meta returns only `id` and `messaging_product`; ask for
    `subject`,
    `description`, `participants`, `join_approval_mode`, `suspended`, `creation_timestamp`,
    `total_participant_count`. Participants carry `user_id` (BSUID) and, when Meta can share it,
    `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupInfo
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | GroupInfo]:
    """Get a group's information

     Returns the group. Without `fields` Meta returns only `id` and `messaging_product`; ask for
    `subject`,
    `description`, `participants`, `join_approval_mode`, `suspended`, `creation_timestamp`,
    `total_participant_count`. Participants carry `user_id` (BSUID) and, when Meta can share it,
    `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupInfo]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | GroupInfo | None:
    """Get a group's information

     Returns the group. Without `fields` Meta returns only `id` and `messaging_product`; ask for
    `subject`,
    `description`, `participants`, `join_approval_mode`, `suspended`, `creation_timestamp`,
    `total_participant_count`. Participants carry `user_id` (BSUID) and, when Meta can share it,
    `wa_id`.

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupInfo
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            fields=fields,
        )
    ).parsed
