from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template import MessageTemplate
from ...types import Response, quote_path


def _get_kwargs(
    template_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(template_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplate:
    if response.status_code == 200:
        response_200 = MessageTemplate.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | MessageTemplate]:
    """Retrieve a message template

     Returns one template by id: name, language, status, category, components, quality score and, for
    rejected
    templates, the rejection reason. Use `fields` to choose what comes back. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplate]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | MessageTemplate | None:
    """Retrieve a message template

     Returns one template by id: name, language, status, category, components, quality score and, for
    rejected
    templates, the rejection reason. Use `fields` to choose what comes back. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplate
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | MessageTemplate]:
    """Retrieve a message template

     Returns one template by id: name, language, status, category, components, quality score and, for
    rejected
    templates, the rejection reason. Use `fields` to choose what comes back. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplate]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | MessageTemplate | None:
    """Retrieve a message template

     Returns one template by id: name, language, status, category, components, quality score and, for
    rejected
    templates, the rejection reason. Use `fields` to choose what comes back. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplate
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            fields=fields,
        )
    ).parsed
