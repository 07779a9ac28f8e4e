"""Runtime dependencies the installed package declares and needs."""

from __future__ import annotations

import importlib
import importlib.metadata
import re


def _declared() -> set[str]:
    requirements = importlib.metadata.requires("wacloud") or []
    runtime = [r for r in requirements if "extra ==" not in r]
    return {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower() for r in runtime}


def test_sniffio_is_a_declared_runtime_dependency() -> None:
    # httpcore imports sniffio to detect the async library; anyio >= 4.11 no longer pulls it in.
    assert "sniffio" in _declared()
    assert {"attrs", "httpx"} <= _declared()


async def test_sniffio_is_importable_and_detects_asyncio() -> None:
    sniffio = importlib.import_module("sniffio")
    assert sniffio.current_async_library() == "asyncio"
    synchronization = importlib.import_module("httpcore._synchronization")
    assert synchronization.current_async_library() == "asyncio"
