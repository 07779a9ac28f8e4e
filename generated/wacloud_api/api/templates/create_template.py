from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template_create_request import MessageTemplateCreateRequest
from ...models.message_template_create_response import MessageTemplateCreateResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    body: MessageTemplateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(waba_id))}/message_templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplateCreateResponse:
    if response.status_code == 200:
        response_200 = MessageTemplateCreateResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplateCreateResponse]:
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
    body: MessageTemplateCreateRequest,
) -> Response[GraphErrorResponse | MessageTemplateCreateResponse]:
    """Create a message template and submit it for review

     Creates a template in the WABA and submits it for review. The answer carries the new template id,
    its
    review status (`APPROVED`, `PENDING` or `REJECTED`) and its category, which Meta may change when
    `allow_category_change` is true. Media headers need an `example.header_handle` from the resumable
    upload
    API. A WABA can hold up to 250 templates (more once its business is verified); names are unique per
    language. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateCreateRequest): The body of `POST /{waba_id}/message_templates`:
            `components`, or for a Template Library template
            `library_template_name` with its inputs.
             Example: {'name': 'authentication_code_autofill_button', 'language': 'en_US', 'category':
            'AUTHENTICATION', 'message_send_ttl_seconds': 600, 'components': [{'type': 'BODY',
            'add_security_recommendation': True}, {'type': 'FOOTER', 'code_expiration_minutes': 10},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'ONE_TAP', 'text': 'Copy
            Code', 'autofill_text': 'Autofill', 'supported_apps': [{'package_name':
            'com.example.luckyshrub', 'signature_hash': 'K8a/AINcGX7'}]}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateCreateResponse]
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
    body: MessageTemplateCreateRequest,
) -> GraphErrorResponse | MessageTemplateCreateResponse | None:
    """Create a message template and submit it for review

     Creates a template in the WABA and submits it for review. The answer carries the new template id,
    its
    review status (`APPROVED`, `PENDING` or `REJECTED`) and its category, which Meta may change when
    `allow_category_change` is true. Media headers need an `example.header_handle` from the resumable
    upload
    API. A WABA can hold up to 250 templates (more once its business is verified); names are unique per
    language. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateCreateRequest): The body of `POST /{waba_id}/message_templates`:
            `components`, or for a Template Library template
            `library_template_name` with its inputs.
             Example: {'name': 'authentication_code_autofill_button', 'language': 'en_US', 'category':
            'AUTHENTICATION', 'message_send_ttl_seconds': 600, 'components': [{'type': 'BODY',
            'add_security_recommendation': True}, {'type': 'FOOTER', 'code_expiration_minutes': 10},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'ONE_TAP', 'text': 'Copy
            Code', 'autofill_text': 'Autofill', 'supported_apps': [{'package_name':
            'com.example.luckyshrub', 'signature_hash': 'K8a/AINcGX7'}]}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateCreateResponse
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
    body: MessageTemplateCreateRequest,
) -> Response[GraphErrorResponse | MessageTemplateCreateResponse]:
    """Create a message template and submit it for review

     Creates a template in the WABA and submits it for review. The answer carries the new template id,
    its
    review status (`APPROVED`, `PENDING` or `REJECTED`) and its category, which Meta may change when
    `allow_category_change` is true. Media headers need an `example.header_handle` from the resumable
    upload
    API. A WABA can hold up to 250 templates (more once its business is verified); names are unique per
    language. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateCreateRequest): The body of `POST /{waba_id}/message_templates`:
            `components`, or for a Template Library template
            `library_template_name` with its inputs.
             Example: {'name': 'authentication_code_autofill_button', 'language': 'en_US', 'category':
            'AUTHENTICATION', 'message_send_ttl_seconds': 600, 'components': [{'type': 'BODY',
            'add_security_recommendation': True}, {'type': 'FOOTER', 'code_expiration_minutes': 10},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'ONE_TAP', 'text': 'Copy
            Code', 'autofill_text': 'Autofill', 'supported_apps': [{'package_name':
            'com.example.luckyshrub', 'signature_hash': 'K8a/AINcGX7'}]}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateCreateResponse]
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
    body: MessageTemplateCreateRequest,
) -> GraphErrorResponse | MessageTemplateCreateResponse | None:
    """Create a message template and submit it for review

     Creates a template in the WABA and submits it for review. The answer carries the new template id,
    its
    review status (`APPROVED`, `PENDING` or `REJECTED`) and its category, which Meta may change when
    `allow_category_change` is true. Media headers need an `example.header_handle` from the resumable
    upload
    API. A WABA can hold up to 250 templates (more once its business is verified); names are unique per
    language. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        body (MessageTemplateCreateRequest): The body of `POST /{waba_id}/message_templates`:
            `components`, or for a Template Library template
            `library_template_name` with its inputs.
             Example: {'name': 'authentication_code_autofill_button', 'language': 'en_US', 'category':
            'AUTHENTICATION', 'message_send_ttl_seconds': 600, 'components': [{'type': 'BODY',
            'add_security_recommendation': True}, {'type': 'FOOTER', 'code_expiration_minutes': 10},
            {'type': 'BUTTONS', 'buttons': [{'type': 'OTP', 'otp_type': 'ONE_TAP', 'text': 'Copy
            Code', 'autofill_text': 'Autofill', 'supported_apps': [{'package_name':
            'com.example.luckyshrub', 'signature_hash': 'K8a/AINcGX7'}]}]}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateCreateResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            body=body,
        )
    ).parsed
