from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.group_request_response import GroupRequestResponse
from ...models.update_group_request import UpdateGroupRequest
from ...types import Response, quote_path


def _get_kwargs(
    group_id: str,
    *,
    body: UpdateGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(group_id))}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | GroupRequestResponse:
    if response.status_code == 200:
        response_200 = GroupRequestResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | GroupRequestResponse]:
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
    body: UpdateGroupRequest,
) -> Response[GraphErrorResponse | GroupRequestResponse]:
    """Update a group's subject or description

     Changes the subject (up to 128 characters) and/or description (up to 2048). The outcome of each
    setting
    arrives in a `group_settings_update` webhook. The picture goes to the same path as a multipart
    upload
    (`messaging_product` and `file`: a square JPEG, at least 192x192, up to 5 MB); the generator models
    one
    request body per operation, so that variant is `client.groups.update_picture`
    (wrapper/wacloud/_groups.py).

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (UpdateGroupRequest): The settings to change; leave out what stays. Example:
            {'messaging_product': 'whatsapp', 'subject': 'Watch Enthusiasts'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupRequestResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateGroupRequest,
) -> GraphErrorResponse | GroupRequestResponse | None:
    """Update a group's subject or description

     Changes the subject (up to 128 characters) and/or description (up to 2048). The outcome of each
    setting
    arrives in a `group_settings_update` webhook. The picture goes to the same path as a multipart
    upload
    (`messaging_product` and `file`: a square JPEG, at least 192x192, up to 5 MB); the generator models
    one
    request body per operation, so that variant is `client.groups.update_picture`
    (wrapper/wacloud/_groups.py).

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (UpdateGroupRequest): The settings to change; leave out what stays. Example:
            {'messaging_product': 'whatsapp', 'subject': 'Watch Enthusiasts'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupRequestResponse
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateGroupRequest,
) -> Response[GraphErrorResponse | GroupRequestResponse]:
    """Update a group's subject or description

     Changes the subject (up to 128 characters) and/or description (up to 2048). The outcome of each
    setting
    arrives in a `group_settings_update` webhook. The picture goes to the same path as a multipart
    upload
    (`messaging_product` and `file`: a square JPEG, at least 192x192, up to 5 MB); the generator models
    one
    request body per operation, so that variant is `client.groups.update_picture`
    (wrapper/wacloud/_groups.py).

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (UpdateGroupRequest): The settings to change; leave out what stays. Example:
            {'messaging_product': 'whatsapp', 'subject': 'Watch Enthusiasts'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | GroupRequestResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateGroupRequest,
) -> GraphErrorResponse | GroupRequestResponse | None:
    """Update a group's subject or description

     Changes the subject (up to 128 characters) and/or description (up to 2048). The outcome of each
    setting
    arrives in a `group_settings_update` webhook. The picture goes to the same path as a multipart
    upload
    (`messaging_product` and `file`: a square JPEG, at least 192x192, up to 5 MB); the generator models
    one
    request body per operation, so that variant is `client.groups.update_picture`
    (wrapper/wacloud/_groups.py).

    Args:
        group_id (str): A group id (from the `group_lifecycle_update` webhook or the list of
            groups).
        body (UpdateGroupRequest): The settings to change; leave out what stays. Example:
            {'messaging_product': 'whatsapp', 'subject': 'Watch Enthusiasts'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | GroupRequestResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
