"""``client.flows``: the generated namespace plus uploading a Flow JSON (a ``wacloud.flows.FlowJSON``) directly."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from wacloud_api.api.flows import Flows as _GeneratedFlows
from wacloud_api.models import FlowCreateRequest, FlowCreateResponse, FlowJsonUploadRequest, FlowJsonUploadResponse
from wacloud_api.models.flow_create_request_categories_item import FlowCreateRequestCategoriesItem
from wacloud_api.types import File, RequestOptions

from ._errors import InvalidArgumentError
from .flows._flow_json import FlowJSON

__all__ = ["Flows"]

FlowJSONInput = FlowJSON | Mapping[str, Any] | str


def flow_json_text(flow_json: FlowJSONInput) -> str:
    """The Flow JSON as the text Meta takes; a ``FlowJSON`` is validated first (``FlowJSONError`` if invalid)."""
    if isinstance(flow_json, FlowJSON):
        return flow_json.to_json()
    if isinstance(flow_json, Mapping):
        return json.dumps(flow_json, ensure_ascii=False)
    if isinstance(flow_json, str):
        try:
            parsed = json.loads(flow_json)
        except ValueError as error:
            raise InvalidArgumentError(f"flow_json is not JSON: {error}") from None
        if not isinstance(parsed, dict):
            raise InvalidArgumentError("flow_json must be a JSON object with 'version' and 'screens'.")
        return flow_json
    raise InvalidArgumentError(
        f"flow_json must be a FlowJSON, a mapping or a JSON string, got {type(flow_json).__name__}."
    )


def upload_request(flow_json: FlowJSONInput) -> FlowJsonUploadRequest:
    """The multipart body of ``POST /{flow_id}/assets`` for this Flow JSON (``flow.json``, ``FLOW_JSON``)."""
    payload = io.BytesIO(flow_json_text(flow_json).encode("utf-8"))
    return FlowJsonUploadRequest(
        file=File(payload=payload, file_name="flow.json", mime_type="application/json"), name="flow.json"
    )


def create_request(
    name: str,
    flow_json: FlowJSONInput,
    categories: Sequence[FlowCreateRequestCategoriesItem],
    endpoint_uri: str | None,
    publish: bool,
) -> FlowCreateRequest:
    """The body of ``POST /{waba_id}/flows`` creating a Flow with its Flow JSON inline."""
    if not name or not name.strip():
        raise InvalidArgumentError("name must be the Flow's non-empty name (unique in the WhatsApp Business Account).")
    if isinstance(categories, str) or not categories:
        raise InvalidArgumentError("categories must be a list with at least one category, e.g. ['SIGN_UP'].")
    # endpoint_uri is passed only when set: an unset optional field must stay out of the body.
    optional: dict[str, Any] = {} if endpoint_uri is None else {"endpoint_uri": endpoint_uri}
    return FlowCreateRequest(
        name=name, categories=list(categories), flow_json=flow_json_text(flow_json), publish=publish, **optional
    )


class Flows(_GeneratedFlows):
    """``client.flows``: Flows and their Flow JSON; create, upload, publish, deprecate."""

    def upload_flow_json(
        self, flow_id: str, flow_json: FlowJSONInput, *, request_options: RequestOptions | None = None
    ) -> FlowJsonUploadResponse:
        """Replace a draft Flow's Flow JSON (validated first when a ``FlowJSON``). Example: ``client.flows.upload_flow_json(flow_id, flow)``

        The answer lists Meta's ``validation_errors`` (empty when Meta accepts the Flow JSON).
        """
        return self.upload_json(flow_id, body=upload_request(flow_json), request_options=request_options)

    def create_with_flow_json(
        self,
        name: str,
        flow_json: FlowJSONInput,
        *,
        categories: Sequence[FlowCreateRequestCategoriesItem] = ("OTHER",),
        endpoint_uri: str | None = None,
        publish: bool = False,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> FlowCreateResponse:
        """Create a Flow with its Flow JSON in one call (``publish=True`` publishes it). Example: ``client.flows.create_with_flow_json("Sign up", flow, categories=["SIGN_UP"])``"""
        body = create_request(name, flow_json, categories, endpoint_uri, publish)
        return self.create(body=body, waba_id=waba_id, request_options=request_options)
