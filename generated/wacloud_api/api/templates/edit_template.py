from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template_edit_request import MessageTemplateEditRequest
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    template_id: str,
    *,
    body: MessageTemplateEditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(template_id))}",
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
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageTemplateEditRequest,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Edit a message template

     Replaces a template's components, category or time-to-live. An approved template can be edited at
    most
    10 times in 30 days and once in 24 hours; rejected and paused templates without limit. Editing sends
    the
    template back to review (status `PENDING`). Name and language cannot change. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        body (MessageTemplateEditRequest): The body of `POST /{template_id}`. Give only what
            changes. Example: {'category': 'MARKETING', 'components': [{'type': 'BODY', 'text': 'Hi
            {{1}}, our Fall Sale is on!', 'example': {'body_text': [['Mark']]}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageTemplateEditRequest,
) -> GraphErrorResponse | SuccessResponse | None:
    """Edit a message template

     Replaces a template's components, category or time-to-live. An approved template can be edited at
    most
    10 times in 30 days and once in 24 hours; rejected and paused templates without limit. Editing sends
    the
    template back to review (status `PENDING`). Name and language cannot change. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        body (MessageTemplateEditRequest): The body of `POST /{template_id}`. Give only what
            changes. Example: {'category': 'MARKETING', 'components': [{'type': 'BODY', 'text': 'Hi
            {{1}}, our Fall Sale is on!', 'example': {'body_text': [['Mark']]}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageTemplateEditRequest,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Edit a message template

     Replaces a template's components, category or time-to-live. An approved template can be edited at
    most
    10 times in 30 days and once in 24 hours; rejected and paused templates without limit. Editing sends
    the
    template back to review (status `PENDING`). Name and language cannot change. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        body (MessageTemplateEditRequest): The body of `POST /{template_id}`. Give only what
            changes. Example: {'category': 'MARKETING', 'components': [{'type': 'BODY', 'text': 'Hi
            {{1}}, our Fall Sale is on!', 'example': {'body_text': [['Mark']]}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
    body: MessageTemplateEditRequest,
) -> GraphErrorResponse | SuccessResponse | None:
    """Edit a message template

     Replaces a template's components, category or time-to-live. An approved template can be edited at
    most
    10 times in 30 days and once in 24 hours; rejected and paused templates without limit. Editing sends
    the
    template back to review (status `PENDING`). Name and language cannot change. Needs the
    `whatsapp_business_management` permission.

    Args:
        template_id (str): A message template id (the `id` returned when the template was created
            or listed).
        body (MessageTemplateEditRequest): The body of `POST /{template_id}`. Give only what
            changes. Example: {'category': 'MARKETING', 'components': [{'type': 'BODY', 'text': 'Hi
            {{1}}, our Fall Sale is on!', 'example': {'body_text': [['Mark']]}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed
