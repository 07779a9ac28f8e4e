from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.id_response import IdResponse
from ...models.template_group_create import TemplateGroupCreate
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: TemplateGroupCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/template_groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | IdResponse:
    if response.status_code == 200:
        response_200 = IdResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | IdResponse]:
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
    body: TemplateGroupCreate,
) -> Response[GraphErrorResponse | IdResponse]:
    """Create a template group

     Puts templates of the account in a group with a unique name (at most 256 characters) and returns its
    id.
    A template already in another group cannot be added. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (TemplateGroupCreate): A new template group. Example: {'name': 'Black Friday 2024',
            'whatsapp_business_templates': ['278077987957091']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: TemplateGroupCreate,
) -> GraphErrorResponse | IdResponse | None:
    """Create a template group

     Puts templates of the account in a group with a unique name (at most 256 characters) and returns its
    id.
    A template already in another group cannot be added. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (TemplateGroupCreate): A new template group. Example: {'name': 'Black Friday 2024',
            'whatsapp_business_templates': ['278077987957091']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: TemplateGroupCreate,
) -> Response[GraphErrorResponse | IdResponse]:
    """Create a template group

     Puts templates of the account in a group with a unique name (at most 256 characters) and returns its
    id.
    A template already in another group cannot be added. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (TemplateGroupCreate): A new template group. Example: {'name': 'Black Friday 2024',
            'whatsapp_business_templates': ['278077987957091']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | IdResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    body: TemplateGroupCreate,
) -> GraphErrorResponse | IdResponse | None:
    """Create a template group

     Puts templates of the account in a group with a unique name (at most 256 characters) and returns its
    id.
    A template already in another group cannot be added. Needs a system user or business token.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (TemplateGroupCreate): A new template group. Example: {'name': 'Black Friday 2024',
            'whatsapp_business_templates': ['278077987957091']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | IdResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
