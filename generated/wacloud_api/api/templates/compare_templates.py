from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.graph_error_response import GraphErrorResponse
from ...models.message_template_comparison import MessageTemplateComparison
from ...types import Response, quote_path


def _get_kwargs(
    template_id: str,
    *,
    template_ids: str,
    start: int,
    end: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["template_ids"] = template_ids

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(template_id))}/compare",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GraphErrorResponse | MessageTemplateComparison:
    if response.status_code == 200:
        response_200 = MessageTemplateComparison.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GraphErrorResponse | MessageTemplateComparison]:
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
    template_ids: str,
    start: int,
    end: int,
) -> Response[GraphErrorResponse | MessageTemplateComparison]:
    """Compare a template with others of the WABA

     Compares the template with one other template (`template_ids`) over a period of up to 90 days:
    relative block rate, number of sends and the top reason users blocked the business. `start` and
    `end`
    are unix seconds. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): The template to compare.
        template_ids (str): The template id to compare with, as a JSON array, e.g.
            `["954638012257287"]`.
        start (int): Start of the period, unix seconds.
        end (int): End of the period, unix seconds (at most 90 days after start).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateComparison]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        template_ids=template_ids,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient,
    template_ids: str,
    start: int,
    end: int,
) -> GraphErrorResponse | MessageTemplateComparison | None:
    """Compare a template with others of the WABA

     Compares the template with one other template (`template_ids`) over a period of up to 90 days:
    relative block rate, number of sends and the top reason users blocked the business. `start` and
    `end`
    are unix seconds. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): The template to compare.
        template_ids (str): The template id to compare with, as a JSON array, e.g.
            `["954638012257287"]`.
        start (int): Start of the period, unix seconds.
        end (int): End of the period, unix seconds (at most 90 days after start).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateComparison
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        template_ids=template_ids,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient,
    template_ids: str,
    start: int,
    end: int,
) -> Response[GraphErrorResponse | MessageTemplateComparison]:
    """Compare a template with others of the WABA

     Compares the template with one other template (`template_ids`) over a period of up to 90 days:
    relative block rate, number of sends and the top reason users blocked the business. `start` and
    `end`
    are unix seconds. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): The template to compare.
        template_ids (str): The template id to compare with, as a JSON array, e.g.
            `["954638012257287"]`.
        start (int): Start of the period, unix seconds.
        end (int): End of the period, unix seconds (at most 90 days after start).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GraphErrorResponse | MessageTemplateComparison]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        template_ids=template_ids,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient,
    template_ids: str,
    start: int,
    end: int,
) -> GraphErrorResponse | MessageTemplateComparison | None:
    """Compare a template with others of the WABA

     Compares the template with one other template (`template_ids`) over a period of up to 90 days:
    relative block rate, number of sends and the top reason users blocked the business. `start` and
    `end`
    are unix seconds. Needs the `whatsapp_business_management` permission.

    Args:
        template_id (str): The template to compare.
        template_ids (str): The template id to compare with, as a JSON array, e.g.
            `["954638012257287"]`.
        start (int): Start of the period, unix seconds.
        end (int): End of the period, unix seconds (at most 90 days after start).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GraphErrorResponse | MessageTemplateComparison
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            template_ids=template_ids,
            start=start,
            end=end,
        )
    ).parsed
