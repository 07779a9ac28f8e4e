"""Recipients and per-recipient template parameters from a CSV file, for ``wacloud send bulk``.

The file has a header row. ``to`` (the recipient's phone number or WhatsApp id) is required; optional columns
fill the template's placeholders for that recipient:

* ``body_1``, ``body_2``, ... — the body's ``{{1}}``, ``{{2}}``, ... (text);
* ``body:<name>`` — a named body parameter ``{{<name>}}`` (templates created with named parameters);
* ``header_1`` — the header's text parameter.

Example::

    to,body_1,body_2
    15551234567,Jessica,SKY-1234
    +44 7700 900123,Sam,SKY-9876
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from pathlib import Path

from wacloud_api.models import (
    TemplateComponentParameters,
    TemplateContent,
    TemplateLanguage,
    TemplateMessage,
    TemplateTextParameter,
)

from ._errors import InvalidArgumentError

__all__ = ["template_recipients"]


def _components(row: dict[str, str], columns: list[str], line: int) -> list[TemplateComponentParameters]:
    body: list[TemplateTextParameter] = []
    header: list[TemplateTextParameter] = []
    for column in columns:
        value = (row.get(column) or "").strip()
        if not value:
            raise InvalidArgumentError(f"line {line}: column {column!r} is empty (every placeholder needs a value).")
        if column.startswith("body:"):
            body.append(TemplateTextParameter(text=value, parameter_name=column[5:]))
        elif column.startswith("body_"):
            body.append(TemplateTextParameter(text=value))
        else:
            header.append(TemplateTextParameter(text=value))
    components = []
    if header:
        components.append(TemplateComponentParameters(type_="header", parameters=list(header)))
    if body:
        components.append(TemplateComponentParameters(type_="body", parameters=list(body)))
    return components


def _order(column: str) -> tuple[int, int, str]:
    kind = 0 if column.startswith("header_") else 1
    suffix = column.split("_", 1)[1] if "_" in column and ":" not in column else ""
    return kind, int(suffix) if suffix.isdigit() else 10_000, column


def template_recipients(
    path: str | os.PathLike[str], name: str, language: str
) -> tuple[list[str], Callable[[str], TemplateMessage]]:
    """``(recipients, build)``: the ``to`` column in file order, and the template message for one recipient."""
    try:
        with Path(path).open(newline="", encoding="utf-8-sig") as file:
            reader = csv.DictReader(file)
            fields = [f.strip() for f in reader.fieldnames or []]
            reader.fieldnames = fields
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InvalidArgumentError(f"Cannot read the recipients file {os.fspath(path)!r}: {exc}.") from exc
    if "to" not in fields:
        raise InvalidArgumentError(
            f"The recipients file {os.fspath(path)!r} needs a header row with a `to` column "
            "(optional: body_1, body_2, ..., body:<name>, header_1)."
        )
    unknown = [f for f in fields if f != "to" and not f.startswith(("body_", "body:", "header_"))]
    if unknown:
        raise InvalidArgumentError(
            f"Unknown column(s) {', '.join(map(repr, unknown))} in {os.fspath(path)!r}: "
            "use to, body_1, body_2, ..., body:<name>, header_1."
        )
    columns = sorted((f for f in fields if f != "to"), key=_order)
    by_recipient: dict[str, tuple[int, dict[str, str]]] = {}
    recipients: list[str] = []
    for line, row in enumerate(rows, start=2):
        to = (row.get("to") or "").strip()
        if not to:
            raise InvalidArgumentError(f"line {line} of {os.fspath(path)!r} has no recipient in the `to` column.")
        recipients.append(to)
        by_recipient.setdefault(to, (line, row))

    def build(to: str) -> TemplateMessage:
        line, row = by_recipient[to]
        components = _components(row, columns, line)
        return TemplateMessage(
            to=to,
            template=TemplateContent(
                name=name, language=TemplateLanguage(code=language), components=components or None
            ),
        )

    return recipients, build
