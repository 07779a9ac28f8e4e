"""Decoding webhook bodies: msgspec's JSON decoder when the ``speedups`` extra is installed, else ``json.loads``.

msgspec decodes a webhook body in about half the time of ``json.loads`` and builds the same objects (dicts, lists,
strings, exact integers of any size, floats, booleans, ``None``). Whatever it refuses (NaN and Infinity, a UTF-8
BOM, lone surrogate escapes, numbers past the float range, and every malformed body) is handed to ``json.loads``,
so what decodes, to what, and which error a bad body raises never depend on the extra.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads"]


def _stdlib(data: bytes | bytearray | str) -> Any:
    return json.loads(data)


def _fast_decoder() -> Callable[[bytes | bytearray | str], Any]:
    try:
        import msgspec
    except ImportError:  # the `speedups` (or `server`) extra is not installed
        return _stdlib
    decode = msgspec.json.Decoder().decode
    refused = msgspec.MsgspecError

    def loads(data: bytes | bytearray | str) -> Any:
        try:
            return decode(data)
        except refused:
            return json.loads(data)  # the stdlib decides: same result, or the same error, as without the extra

    return loads


#: Decode one JSON document (bytes in any encoding ``json.loads`` detects, or text).
loads: Callable[[bytes | bytearray | str], Any] = _fast_decoder()
