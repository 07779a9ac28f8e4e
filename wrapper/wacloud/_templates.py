"""``client.templates``: the generated template management namespace plus media-aware creation and bulk delete.

``create_with_media`` uploads the header sample (and each carousel card's) with the resumable upload API and puts
the handles where Meta expects them (``example.header_handle``), so a media-header template is one call.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from wacloud_api.api.templates import Templates as _GeneratedTemplates
from wacloud_api.models import (
    MessageTemplateComparison,
    MessageTemplateCreateRequest,
    MessageTemplateCreateResponse,
    SuccessResponse,
)
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError
from ._uploads import Uploads, UploadSource

__all__ = ["Templates"]

_MEDIA_FORMATS = frozenset({"IMAGE", "VIDEO", "GIF", "DOCUMENT"})


def media_slots(template: MessageTemplateCreateRequest) -> tuple[bool, int]:
    """Whether the template has a media header, and how many carousel cards (each with a media header) it has."""
    data = template.to_dict()
    components = data.get("components", [])
    header = any(c.get("type") == "HEADER" and c.get("format") in _MEDIA_FORMATS for c in components)
    cards = next((len(c["cards"]) for c in components if c.get("type") == "CAROUSEL"), 0)
    return header, cards


def with_handles(
    template: MessageTemplateCreateRequest, header: str | None, cards: Sequence[str]
) -> MessageTemplateCreateRequest:
    """A copy of ``template`` whose media headers carry these upload handles."""
    data = template.to_dict()
    for component in data.get("components", []):
        if header is not None and component.get("type") == "HEADER" and component.get("format") in _MEDIA_FORMATS:
            component["example"] = {"header_handle": [header]}
        if component.get("type") == "CAROUSEL":
            for card, handle in zip(component["cards"], cards, strict=True):
                for part in card["components"]:
                    if part.get("type") == "HEADER":
                        part["example"] = {"header_handle": [handle]}
    return MessageTemplateCreateRequest.from_dict(data)


def check_media(template: MessageTemplateCreateRequest, header: object, card_headers: Sequence[object]) -> None:
    has_header, cards = media_slots(template)
    if header is not None and not has_header:
        raise InvalidArgumentError("header=: the template has no IMAGE, VIDEO, GIF or DOCUMENT header to fill.")
    if card_headers and len(card_headers) != cards:
        raise InvalidArgumentError(
            f"card_headers=: the template's carousel has {cards} card(s), {len(card_headers)} header file(s) given."
        )


def hsm_ids_query(template_ids: Sequence[str]) -> str:
    """``hsm_ids`` as Graph reads it: a JSON array of up to 100 template ids."""
    ids = [str(i) for i in template_ids]
    if not 1 <= len(ids) <= 100:
        raise InvalidArgumentError(f"hsm_ids: delete 1 to 100 templates at once, got {len(ids)}.")
    if not all(i.isdigit() for i in ids):
        raise InvalidArgumentError("hsm_ids: template ids are numeric strings.")
    return json.dumps(ids, separators=(",", ":"))


def comparison_period(start: datetime | int, end: datetime | int) -> tuple[int, int]:
    """``start`` and ``end`` as unix seconds, at most 90 days apart (Meta's limit for comparisons)."""
    begin, finish = (int(v.timestamp()) if isinstance(v, datetime) else int(v) for v in (start, end))
    if not 0 < finish - begin <= 90 * 86400:
        raise InvalidArgumentError("start/end: the comparison period ends after it starts and spans at most 90 days.")
    return begin, finish


class Templates(_GeneratedTemplates):
    """``client.templates``: create (with media upload), list, edit, delete, archive, compare, the library."""

    def create_with_media(
        self,
        template: MessageTemplateCreateRequest,
        *,
        header: UploadSource | None = None,
        card_headers: Sequence[UploadSource] = (),
        app_id: str | None = None,
        waba_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateCreateResponse:
        """Upload the header sample (and each carousel card's), then create the template with their handles.

        Example: ``client.templates.create_with_media(template, header="banner.jpg")``
        """
        check_media(template, header, card_headers)
        uploads = Uploads(self._runtime)
        handle = None
        if header is not None:
            handle = uploads.upload_file(header, app_id=app_id, request_options=request_options)
        handles = []
        for card_header in card_headers:
            handles.append(uploads.upload_file(card_header, app_id=app_id, request_options=request_options))
        body = with_handles(template, handle, handles) if handle is not None or handles else template
        return self.create(body=body, waba_id=waba_id, request_options=request_options)

    def compare_with(
        self,
        template_id: str,
        other_template_id: str,
        *,
        start: datetime | int,
        end: datetime | int,
        request_options: RequestOptions | None = None,
    ) -> MessageTemplateComparison:
        """Compare two templates' block rate, sends and top block reason over up to 90 days.

        Example: ``client.templates.compare_with("1924084211297547", "954638012257287", start=since, end=until)``
        """
        begin, finish = comparison_period(start, end)
        others = json.dumps([str(other_template_id)])
        return self.compare(template_id, template_ids=others, start=begin, end=finish, request_options=request_options)

    def delete_by_ids(
        self, template_ids: Sequence[str], *, waba_id: str | None = None, request_options: RequestOptions | None = None
    ) -> SuccessResponse:
        """Delete up to 100 templates by id (``hsm_ids``). Example: ``client.templates.delete_by_ids(["1407680676729941"])``"""
        return self.delete(hsm_ids=hsm_ids_query(template_ids), waba_id=waba_id, request_options=request_options)
