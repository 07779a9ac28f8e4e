from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template_upsert_request import MessageTemplateUpsertRequest
from ...models.message_template_upsert_response import MessageTemplateUpsertResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: MessageTemplateUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/upsert_message_templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplateUpsertResponse:
    if response.status_code == 200:
        response_200 = MessageTemplateUpsertResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplateUpsertResponse]:
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
    body: MessageTemplateUpsertRequest,
) -> Response[GraphErrorResponse | MessageTemplateUpsertResponse]:
    """Create or update an authentication template in several languages at once

     Bulk management of authentication templates: for each language in `languages`, updates the template
    with this name and language if it exists, else creates it. Answers one id and status per language.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateUpsertRequest): The body of `POST
            /{waba_id}/upsert_message_templates` (authentication templates). Example: {'name':
            'authentication_code_copy_code_button', 'languages': ['en_US', 'es_ES'], 'category':
            'AUTHENTICATION', 'components': [{'type': 'BODY', 'add_security_recommendation': True},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'COPY_CODE'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateUpsertResponse]
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
    body: MessageTemplateUpsertRequest,
) -> GraphErrorResponse | MessageTemplateUpsertResponse | None:
    """Create or update an authentication template in several languages at once

     Bulk management of authentication templates: for each language in `languages`, updates the template
    with this name and language if it exists, else creates it. Answers one id and status per language.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateUpsertRequest): The body of `POST
            /{waba_id}/upsert_message_templates` (authentication templates). Example: {'name':
            'authentication_code_copy_code_button', 'languages': ['en_US', 'es_ES'], 'category':
            'AUTHENTICATION', 'components': [{'type': 'BODY', 'add_security_recommendation': True},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'COPY_CODE'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateUpsertResponse
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
    body: MessageTemplateUpsertRequest,
) -> Response[GraphErrorResponse | MessageTemplateUpsertResponse]:
    """Create or update an authentication template in several languages at once

     Bulk management of authentication templates: for each language in `languages`, updates the template
    with this name and language if it exists, else creates it. Answers one id and status per language.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateUpsertRequest): The body of `POST
            /{waba_id}/upsert_message_templates` (authentication templates). Example: {'name':
            'authentication_code_copy_code_button', 'languages': ['en_US', 'es_ES'], 'category':
            'AUTHENTICATION', 'components': [{'type': 'BODY', 'add_security_recommendation': True},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'COPY_CODE'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateUpsertResponse]
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
    body: MessageTemplateUpsertRequest,
) -> GraphErrorResponse | MessageTemplateUpsertResponse | None:
    """Create or update an authentication template in several languages at once

     Bulk management of authentication templates: for each language in `languages`, updates the template
    with this name and language if it exists, else creates it. Answers one id and status per language.
    Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateUpsertRequest): The body of `POST
            /{waba_id}/upsert_message_templates` (authentication templates). Example: {'name':
            'authentication_code_copy_code_button', 'languages': ['en_US', 'es_ES'], 'category':
            'AUTHENTICATION', 'components': [{'type': 'BODY', 'add_security_recommendation': True},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'COPY_CODE'}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateUpsertResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
