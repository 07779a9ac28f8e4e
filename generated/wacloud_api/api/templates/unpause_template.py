from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template_unpause_response import MessageTemplateUnpauseResponse
from ...types import Response, quote_path


def _get_kwargs(
    template_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(template_id))}/unpause",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplateUnpauseResponse:
    if response.status_code == 200:
        response_200 = MessageTemplateUnpauseResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplateUnpauseResponse]:
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
) -> Response[GraphErrorResponse | MessageTemplateUnpauseResponse]:
    """Unpause a paused template

     Resumes a template Meta paused for low quality (status `PAUSED`), when the pause allows it. Answers
    whether it worked and, if not, why. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): A paused template id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateUnpauseResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> GraphErrorResponse | MessageTemplateUnpauseResponse | None:
    """Unpause a paused template

     Resumes a template Meta paused for low quality (status `PAUSED`), when the pause allows it. Answers
    whether it worked and, if not, why. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): A paused template id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateUnpauseResponse
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GraphErrorResponse | MessageTemplateUnpauseResponse]:
    """Unpause a paused template

     Resumes a template Meta paused for low quality (status `PAUSED`), when the pause allows it. Answers
    whether it worked and, if not, why. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): A paused template id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateUnpauseResponse]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
) -> GraphErrorResponse | MessageTemplateUnpauseResponse | None:
    """Unpause a paused template

     Resumes a template Meta paused for low quality (status `PAUSED`), when the pause allows it. Answers
    whether it worked and, if not, why. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): A paused template id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateUnpauseResponse
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
        )
    ).parsed
