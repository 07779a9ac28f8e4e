"""``client.groups``: the generated namespace (every Groups API operation) plus the group picture upload.

The picture is the multipart variant of ``POST /{group_id}`` (Meta: "the same request structure as the Upload
Media endpoint"); the generator models one request body per operation, so the JSON settings are the generated
``update`` and the picture is ``update_picture`` here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from wacloud_api.api.groups import Groups as _GeneratedGroups
from wacloud_api.api.groups import update_group as _update_group
from wacloud_api.models import GroupRequestResponse
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError

__all__ = ["Groups"]

#: Meta's limit for a group picture ("Maximum size: 5MB"), read as MiB so a picture Meta accepts is never refused.
MAX_PICTURE_BYTES = 5 * 1024 * 1024


def picture_request(group_id: str, picture: bytes | str | Path) -> dict[str, Any]:
    """The multipart request for a group picture: a JPEG (Meta accepts no other type) of at most 5 MB."""
    if not isinstance(group_id, str) or not group_id.strip() or "/" in group_id:
        raise InvalidArgumentError("group_id must be a group id (from the group_lifecycle_update webhook).")
    if isinstance(picture, str | Path):
        path = Path(picture)
        if not path.is_file():
            raise InvalidArgumentError(f"Cannot read the group picture {str(path)!r}: no such file.")
        data = path.read_bytes()
    elif isinstance(picture, bytes):
        data = picture
    else:
        raise InvalidArgumentError("picture must be the JPEG's bytes or a path to it.")
    if not data.startswith(b"\xff\xd8\xff"):
        raise InvalidArgumentError("A group picture must be a JPEG image (square, at least 192x192).")
    if len(data) > MAX_PICTURE_BYTES:
        raise InvalidArgumentError(f"A group picture is at most 5 MB, got {len(data)} bytes.")
    return {
        "method": "post",
        "url": "/" + quote(group_id, safe=""),
        "files": {"messaging_product": (None, "whatsapp"), "file": ("group-picture.jpg", data, "image/jpeg")},
    }


def checked(parsed: object, unexpected: Exception) -> GroupRequestResponse:
    if not isinstance(parsed, GroupRequestResponse):
        raise unexpected
    return parsed


class Groups(_GeneratedGroups):
    """``client.groups``: create (asynchronous: a ``request_id``, then a ``group_lifecycle_update`` webhook), list,
    get, update subject/description/picture, delete, invite links, join requests, remove participants."""

    def update_picture(
        self, group_id: str, picture: bytes | str | Path, *, request_options: RequestOptions | None = None
    ) -> GroupRequestResponse:
        """Replace the group picture (a square JPEG, at least 192x192, up to 5 MB); the outcome arrives in a
        ``group_settings_update`` webhook (``profile_picture``).

        Example: ``client.groups.update_picture(group_id, "logo.jpg")``
        """
        request = picture_request(group_id, picture)
        parsed = self._runtime.execute(request, _update_group._parse_response, request_options)
        return checked(parsed, self._runtime.unexpected(parsed))
