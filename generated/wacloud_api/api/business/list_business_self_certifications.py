from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.business_self_certification_list import BusinessSelfCertificationList
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    business_id: str,
    *,
    end_business_id: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["end_business_id"] = end_business_id

    params["fields"] = fields

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/{quote_path(str(business_id))}/self_certified_whatsapp_business_submissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessSelfCertificationList | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = BusinessSelfCertificationList.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessSelfCertificationList | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    end_business_id: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[BusinessSelfCertificationList | GraphErrorResponse]:
    """List partner-led business verification submissions

     Returns the partner's submissions (of one client with `end_business_id`) and how each ended.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        end_business_id (str | None): Only the submissions for this client business portfolio.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessSelfCertificationList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        end_business_id=end_business_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    end_business_id: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> BusinessSelfCertificationList | GraphErrorResponse | None:
    """List partner-led business verification submissions

     Returns the partner's submissions (of one client with `end_business_id`) and how each ended.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        end_business_id (str | None): Only the submissions for this client business portfolio.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessSelfCertificationList | GraphErrorResponse
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        end_business_id=end_business_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    end_business_id: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> Response[BusinessSelfCertificationList | GraphErrorResponse]:
    """List partner-led business verification submissions

     Returns the partner's submissions (of one client with `end_business_id`) and how each ended.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        end_business_id (str | None): Only the submissions for this client business portfolio.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessSelfCertificationList | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        end_business_id=end_business_id,
        fields=fields,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    end_business_id: str | None = None,
    fields: str | None = None,
    limit: int | None = None,
    after: str | None = None,
    before: str | None = None,
) -> BusinessSelfCertificationList | GraphErrorResponse | None:
    """List partner-led business verification submissions

     Returns the partner's submissions (of one client with `end_business_id`) and how each ended.

    Args:
        business_id (str): A business portfolio (Business Manager) id.
        end_business_id (str | None): Only the submissions for this client business portfolio.
        fields (str | None): Comma-separated list of fields to return (Graph field selection),
            e.g. `id,name`.
        limit (int | None): Maximum number of items per page.
        after (str | None): Cursor from `paging.cursors.after` of the previous page.
        before (str | None): Cursor from `paging.cursors.before` of the next page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessSelfCertificationList | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            end_business_id=end_business_id,
            fields=fields,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
