from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.phone_number import PhoneNumber
from ...types import Response, quote_path


def _get_kwargs(
    phone_number_id: str,
    *,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(phone_number_id))}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | PhoneNumber:
    if response.status_code == 200:
        response_200 = PhoneNumber.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | PhoneNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | PhoneNumber]:
    """Retrieve a business phone number

     Returns one business phone number. Without `fields` Meta returns `id`, `display_phone_number`,
    `verified_name` and `quality_rating`. Other fields: `code_verification_status`, `platform_type`,
    `throughput`, `name_status`, `new_display_name`, `new_name_status`, `status`,
    `messaging_limit_tier`,
    `is_official_business_account`, `account_mode`, `certificate`, `new_certificate`,
    `last_onboarded_time`,
    `is_pin_enabled`, `search_visibility`, `webhook_configuration`, `health_status` (can this number
    send
    messages, and what blocks it), `conversational_automation` (ice breakers and commands),
    `is_on_biz_app`
    (a coexistence number, also used in the WhatsApp Business app) and, from v24.0,
    `whatsapp_business_manager_messaging_limit` (the owning portfolio's messaging limit).
    Needs `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PhoneNumber]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | PhoneNumber | None:
    """Retrieve a business phone number

     Returns one business phone number. Without `fields` Meta returns `id`, `display_phone_number`,
    `verified_name` and `quality_rating`. Other fields: `code_verification_status`, `platform_type`,
    `throughput`, `name_status`, `new_display_name`, `new_name_status`, `status`,
    `messaging_limit_tier`,
    `is_official_business_account`, `account_mode`, `certificate`, `new_certificate`,
    `last_onboarded_time`,
    `is_pin_enabled`, `search_visibility`, `webhook_configuration`, `health_status` (can this number
    send
    messages, and what blocks it), `conversational_automation` (ice breakers and commands),
    `is_on_biz_app`
    (a coexistence number, also used in the WhatsApp Business app) and, from v24.0,
    `whatsapp_business_manager_messaging_limit` (the owning portfolio's messaging limit).
    Needs `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PhoneNumber
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> Response[GraphErrorResponse | PhoneNumber]:
    """Retrieve a business phone number

     Returns one business phone number. Without `fields` Meta returns `id`, `display_phone_number`,
    `verified_name` and `quality_rating`. Other fields: `code_verification_status`, `platform_type`,
    `throughput`, `name_status`, `new_display_name`, `new_name_status`, `status`,
    `messaging_limit_tier`,
    `is_official_business_account`, `account_mode`, `certificate`, `new_certificate`,
    `last_onboarded_time`,
    `is_pin_enabled`, `search_visibility`, `webhook_configuration`, `health_status` (can this number
    send
    messages, and what blocks it), `conversational_automation` (ice breakers and commands),
    `is_on_biz_app`
    (a coexistence number, also used in the WhatsApp Business app) and, from v24.0,
    `whatsapp_business_manager_messaging_limit` (the owning portfolio's messaging limit).
    Needs `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | PhoneNumber]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | None = None,
) -> GraphErrorResponse | PhoneNumber | None:
    """Retrieve a business phone number

     Returns one business phone number. Without `fields` Meta returns `id`, `display_phone_number`,
    `verified_name` and `quality_rating`. Other fields: `code_verification_status`, `platform_type`,
    `throughput`, `name_status`, `new_display_name`, `new_name_status`, `status`,
    `messaging_limit_tier`,
    `is_official_business_account`, `account_mode`, `certificate`, `new_certificate`,
    `last_onboarded_time`,
    `is_pin_enabled`, `search_visibility`, `webhook_configuration`, `health_status` (can this number
    send
    messages, and what blocks it), `conversational_automation` (ice breakers and commands),
    `is_on_biz_app`
    (a coexistence number, also used in the WhatsApp Business app) and, from v24.0,
    `whatsapp_business_manager_messaging_limit` (the owning portfolio's messaging limit).
    Needs `whatsapp_business_management` (or `whatsapp_business_messaging`).

    Args:
        phone_number_id (str): The business phone number id (WA_PHONE_NUMBER_ID), not the phone
            number itself.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | PhoneNumber
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            fields=fields,
        )
    ).parsed
