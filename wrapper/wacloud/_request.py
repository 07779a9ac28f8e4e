"""``client.request(...)``: a typed escape hatch for Graph operations the spec does not describe (yet).

The call goes through the same runtime as every generated method (auth per attempt, retries that never repeat a
send, typed errors, logging); only the path and the parsing are the caller's. ``cast_to`` picks the result:
a generated model (``wacloud.types.PhoneNumber``: parsed with its ``from_dict``), ``dict`` (the decoded JSON
object) or ``httpx.Response`` (the raw answer, body read).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import quote

import httpx

from ._errors import InvalidArgumentError, UnexpectedResponseError

__all__ = ["FromDict", "ModelT", "QueryValue", "build_request", "parser_for"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_METHODS = frozenset({"GET", "POST", "DELETE"})  # the verbs Graph serves
#: Placeholders filled from the client's settings when ``path_params`` does not give them.
_DEFAULTED = frozenset({"phone_number_id", "waba_id"})

QueryValue = str | int | float | bool


class FromDict(Protocol):
    """A model parsed from a JSON object: every generated model in ``wacloud.types``."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


ModelT = TypeVar("ModelT", bound=FromDict)


def build_request(
    method: str,
    path: str,
    *,
    params: Mapping[str, QueryValue] | None,
    body: object,
    path_params: Mapping[str, str | int] | None,
    path_default: Callable[[str, str | None], str],
) -> dict[str, Any]:
    """The request description the runtime sends (the shape of the generated ``_get_kwargs``)."""
    verb = method.upper()
    if verb not in _METHODS:
        raise InvalidArgumentError(
            f"method must be one of {', '.join(sorted(_METHODS))} (Graph's verbs), got {method!r}."
        )
    if not path.startswith("/"):
        raise InvalidArgumentError(f"path must start with '/' (relative to the versioned Graph URL), got {path!r}.")
    given = dict(path_params or {})

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in given:
            value = str(given.pop(name)).strip()
            if not value:
                raise InvalidArgumentError(f"path_params[{name!r}] must not be empty.")
        elif name in _DEFAULTED:
            value = path_default(name, None)
        else:
            raise InvalidArgumentError(
                f"The path placeholder {{{name}}} has no value: pass path_params={{{name!r}: ...}}."
            )
        return quote(value, safe="")

    url = _PLACEHOLDER.sub(fill, path)
    if given:
        raise InvalidArgumentError(f"path_params {sorted(given)} name no placeholder in {path!r}.")
    request: dict[str, Any] = {"method": verb, "url": url}
    if params:
        request["params"] = {key: _query_value(value) for key, value in params.items()}
    if body is not None:
        request["json"] = body
    return request


def _query_value(value: QueryValue) -> str:
    # Graph reads booleans as true/false, not Python's True/False.
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def parser_for(cast_to: type[object]) -> Callable[..., object]:
    """The ``parse(client=, response=)`` function the runtime calls on a success answer."""
    if cast_to is httpx.Response:
        return lambda *, client, response: response  # noqa: ARG005  # the runtime's parse signature
    if cast_to is dict:
        return _parse_object
    from_dict = getattr(cast_to, "from_dict", None)
    if not callable(from_dict):
        raise InvalidArgumentError(
            f"cast_to must be a model from wacloud.types, dict or httpx.Response, got {cast_to!r}."
        )

    def parse(*, client: object, response: httpx.Response) -> object:
        return from_dict(_parse_object(client=client, response=response))

    return parse


def _parse_object(*, client: object, response: httpx.Response) -> dict[str, Any]:  # noqa: ARG001
    decoded = response.json()
    if not isinstance(decoded, dict):
        raise UnexpectedResponseError(
            f"Graph answered {type(decoded).__name__}, not a JSON object.", status_code=response.status_code
        )
    return decoded
