from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template_archive_response import MessageTemplateArchiveResponse
from ...models.message_template_ids_request import MessageTemplateIdsRequest
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: MessageTemplateIdsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "server": "https://api.facebook.com",
        "url": f"/{quote_path(str(waba_id))}/message_templates/archive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplateArchiveResponse:
    if response.status_code == 200:
        response_200 = MessageTemplateArchiveResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplateArchiveResponse]:
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
    body: MessageTemplateIdsRequest,
) -> Response[GraphErrorResponse | MessageTemplateArchiveResponse]:
    """Archive message templates

     Archives up to 100 templates: archived templates cannot be sent and are deleted after 28 days unless
    unarchived. Only approved or rejected templates can be archived. Meta serves this endpoint on the
    unversioned host `https://api.facebook.com`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateIdsRequest): Up to 100 template ids (archive and unarchive). Example:
            {'hsm_ids': ['1387372356726668']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateArchiveResponse]
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
    body: MessageTemplateIdsRequest,
) -> GraphErrorResponse | MessageTemplateArchiveResponse | None:
    """Archive message templates

     Archives up to 100 templates: archived templates cannot be sent and are deleted after 28 days unless
    unarchived. Only approved or rejected templates can be archived. Meta serves this endpoint on the
    unversioned host `https://api.facebook.com`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateIdsRequest): Up to 100 template ids (archive and unarchive). Example:
            {'hsm_ids': ['1387372356726668']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateArchiveResponse
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
    body: MessageTemplateIdsRequest,
) -> Response[GraphErrorResponse | MessageTemplateArchiveResponse]:
    """Archive message templates

     Archives up to 100 templates: archived templates cannot be sent and are deleted after 28 days unless
    unarchived. Only approved or rejected templates can be archived. Meta serves this endpoint on the
    unversioned host `https://api.facebook.com`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateIdsRequest): Up to 100 template ids (archive and unarchive). Example:
            {'hsm_ids': ['1387372356726668']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateArchiveResponse]
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
    body: MessageTemplateIdsRequest,
) -> GraphErrorResponse | MessageTemplateArchiveResponse | None:
    """Archive message templates

     Archives up to 100 templates: archived templates cannot be sent and are deleted after 28 days unless
    unarchived. Only approved or rejected templates can be archived. Meta serves this endpoint on the
    unversioned host `https://api.facebook.com`.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateIdsRequest): Up to 100 template ids (archive and unarchive). Example:
            {'hsm_ids': ['1387372356726668']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateArchiveResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
