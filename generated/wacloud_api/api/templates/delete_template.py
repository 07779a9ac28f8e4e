from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.success_response import SuccessResponse
from ...types import Response, quote_path


def _get_kwargs(
    waba_id: str,
    *,
    name: str | None = None,
    hsm_id: str | None = None,
    hsm_ids: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["hsm_id"] = hsm_id

    params["hsm_ids"] = hsm_ids

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/{quote_path(str(waba_id))}/message_templates",
        "params": params,
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
    waba_id: str,
    *,
    client: AuthenticatedClient,
    name: str | None = None,
    hsm_id: str | None = None,
    hsm_ids: str | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Delete message templates

     Deletes templates by name (every language version of that name, or only the one whose id is
    `hsm_id`),
    or by id: `hsm_ids` deletes up to 100 templates at once (a JSON array of ids, e.g.
    `["1407680676729941"]`;
    `name` is then not needed). A deleted name cannot be reused for 30 days. Messages already sent stay
    deliverable for 30 days. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        name (str | None): Name of the template to delete (not needed with `hsm_ids`).
        hsm_id (str | None): Template id: delete only this language version of `name`.
        hsm_ids (str | None): Up to 100 template ids as a JSON array, e.g.
            `["1407680676729941","1234567890"]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        name=name,
        hsm_id=hsm_id,
        hsm_ids=hsm_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    name: str | None = None,
    hsm_id: str | None = None,
    hsm_ids: str | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Delete message templates

     Deletes templates by name (every language version of that name, or only the one whose id is
    `hsm_id`),
    or by id: `hsm_ids` deletes up to 100 templates at once (a JSON array of ids, e.g.
    `["1407680676729941"]`;
    `name` is then not needed). A deleted name cannot be reused for 30 days. Messages already sent stay
    deliverable for 30 days. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        name (str | None): Name of the template to delete (not needed with `hsm_ids`).
        hsm_id (str | None): Template id: delete only this language version of `name`.
        hsm_ids (str | None): Up to 100 template ids as a JSON array, e.g.
            `["1407680676729941","1234567890"]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return sync_detailed(
        waba_id=waba_id,
        client=client,
        name=name,
        hsm_id=hsm_id,
        hsm_ids=hsm_ids,
    ).parsed


async def asyncio_detailed(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    name: str | None = None,
    hsm_id: str | None = None,
    hsm_ids: str | None = None,
) -> Response[GraphErrorResponse | SuccessResponse]:
    """Delete message templates

     Deletes templates by name (every language version of that name, or only the one whose id is
    `hsm_id`),
    or by id: `hsm_ids` deletes up to 100 templates at once (a JSON array of ids, e.g.
    `["1407680676729941"]`;
    `name` is then not needed). A deleted name cannot be reused for 30 days. Messages already sent stay
    deliverable for 30 days. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        name (str | None): Name of the template to delete (not needed with `hsm_ids`).
        hsm_id (str | None): Template id: delete only this language version of `name`.
        hsm_ids (str | None): Up to 100 template ids as a JSON array, e.g.
            `["1407680676729941","1234567890"]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | SuccessResponse]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        name=name,
        hsm_id=hsm_id,
        hsm_ids=hsm_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    waba_id: str,
    *,
    client: AuthenticatedClient,
    name: str | None = None,
    hsm_id: str | None = None,
    hsm_ids: str | None = None,
) -> GraphErrorResponse | SuccessResponse | None:
    """Delete message templates

     Deletes templates by name (every language version of that name, or only the one whose id is
    `hsm_id`),
    or by id: `hsm_ids` deletes up to 100 templates at once (a JSON array of ids, e.g.
    `["1407680676729941"]`;
    `name` is then not needed). A deleted name cannot be reused for 30 days. Messages already sent stay
    deliverable for 30 days. Needs the `whatsapp_business_management` permission.

    Args:
        waba_id (str): The WhatsApp Business Account id (WA_BUSINESS_ACCOUNT_ID).
        name (str | None): Name of the template to delete (not needed with `hsm_ids`).
        hsm_id (str | None): Template id: delete only this language version of `name`.
        hsm_ids (str | None): Up to 100 template ids as a JSON array, e.g.
            `["1407680676729941","1234567890"]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | SuccessResponse
    """

    return (
        await asyncio_detailed(
            waba_id=waba_id,
            client=client,
            name=name,
            hsm_id=hsm_id,
            hsm_ids=hsm_ids,
        )
    ).parsed
