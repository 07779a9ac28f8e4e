"""Each capability example (examples/*.py) runs end to end against its own emulator and exits 0."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CAPABILITIES = [
    "resumable_upload",
    "calls",
    "template_lifecycle",
    "carousels_and_commerce",
    "payments",
    "marketing_messages",
]


@pytest.mark.parametrize("name", CAPABILITIES)
def test_example_runs(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main() == 0
    assert capsys.readouterr().out.strip()
