from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.flow_json_upload_request import FlowJsonUploadRequest
from ...models.flow_json_upload_response import FlowJsonUploadResponse
from ...models.graph_error_response import GraphErrorResponse
from ...types import Response, quote_path


def _get_kwargs(
    flow_id: str,
    *,
    body: FlowJsonUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/{quote_path(str(flow_id))}/assets",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowJsonUploadResponse | GraphErrorResponse:
    if response.status_code == 200:
        response_200 = FlowJsonUploadResponse.from_dict(response.json())

        return response_200

    response_default = GraphErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowJsonUploadResponse | GraphErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowJsonUploadRequest,
) -> Response[FlowJsonUploadResponse | GraphErrorResponse]:
    """Upload a Flow's Flow JSON

     Replaces the Flow JSON of a draft Flow with the uploaded file (multipart/form-data, `file` named
    e.g.
    `flow.json`, `asset_type` `FLOW_JSON`; at most 10 MB). The answer lists the validation errors of the
    new
    Flow JSON, each with its position in the file; a Flow with errors cannot be published. Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        body (FlowJsonUploadRequest): A Flow JSON file upload (multipart/form-data). Example:
            {'name': 'flow.json', 'asset_type': 'FLOW_JSON'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowJsonUploadResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowJsonUploadRequest,
) -> FlowJsonUploadResponse | GraphErrorResponse | None:
    """Upload a Flow's Flow JSON

     Replaces the Flow JSON of a draft Flow with the uploaded file (multipart/form-data, `file` named
    e.g.
    `flow.json`, `asset_type` `FLOW_JSON`; at most 10 MB). The answer lists the validation errors of the
    new
    Flow JSON, each with its position in the file; a Flow with errors cannot be published. Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        body (FlowJsonUploadRequest): A Flow JSON file upload (multipart/form-data). Example:
            {'name': 'flow.json', 'asset_type': 'FLOW_JSON'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowJsonUploadResponse | GraphErrorResponse
    """

    return sync_detailed(
        flow_id=flow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowJsonUploadRequest,
) -> Response[FlowJsonUploadResponse | GraphErrorResponse]:
    """Upload a Flow's Flow JSON

     Replaces the Flow JSON of a draft Flow with the uploaded file (multipart/form-data, `file` named
    e.g.
    `flow.json`, `asset_type` `FLOW_JSON`; at most 10 MB). The answer lists the validation errors of the
    new
    Flow JSON, each with its position in the file; a Flow with errors cannot be published. Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        body (FlowJsonUploadRequest): A Flow JSON file upload (multipart/form-data). Example:
            {'name': 'flow.json', 'asset_type': 'FLOW_JSON'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowJsonUploadResponse | GraphErrorResponse]
    """

    kwargs = _get_kwargs(
        flow_id=flow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    flow_id: str,
    *,
    client: AuthenticatedClient,
    body: FlowJsonUploadRequest,
) -> FlowJsonUploadResponse | GraphErrorResponse | None:
    """Upload a Flow's Flow JSON

     Replaces the Flow JSON of a draft Flow with the uploaded file (multipart/form-data, `file` named
    e.g.
    `flow.json`, `asset_type` `FLOW_JSON`; at most 10 MB). The answer lists the validation errors of the
    new
    Flow JSON, each with its position in the file; a Flow with errors cannot be published. Needs
    `whatsapp_business_management`.

    Args:
        flow_id (str): A Flow id (the `id` returned when the Flow was created or listed).
        body (FlowJsonUploadRequest): A Flow JSON file upload (multipart/form-data). Example:
            {'name': 'flow.json', 'asset_type': 'FLOW_JSON'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowJsonUploadResponse | GraphErrorResponse
    """

    return (
        await asyncio_detailed(
            flow_id=flow_id,
            client=client,
            body=body,
        )
    ).parsed
