"""wacloud's generator templates on property kinds and shapes the Cloud API spec does not use (yet).

A tiny spec (tests/generator/tiny_spec.yaml) goes through the same openapi-python-client command as `make
generate`; the generated package must type-check (mypy --strict) and keep the rules of generator/README.md:
`T | None = None` for optional fields, None left out on the wire, required nullable sent as null, secrets out of
reprs, no `Unset` anywhere, a `py.typed` marker.
"""

from __future__ import annotations

import datetime
import importlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ModuleType]]:
    out = tmp_path_factory.mktemp("generated")
    command = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(ROOT / "tests/generator/tiny_spec.yaml"),
        "--config",
        str(ROOT / "generator/config.yaml"),
        "--meta",
        "none",
        "--custom-template-path",
        str(ROOT / "generator/templates"),
        "--overwrite",
        "--fail-on-warning",
        "--output-path",
        str(out / "wacloud_api"),
    ]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=out, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    # Imported under another name: the real wacloud_api is already loaded in this process.
    (out / "wacloud_api").rename(out / "tiny_api")
    sys.path.insert(0, str(out))
    try:
        yield out / "tiny_api", importlib.import_module("tiny_api.models")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "tiny_api" or m.startswith("tiny_api.")]:
            del sys.modules[name]


def test_generated_code_type_checks_and_has_no_unset(generated: tuple[Path, ModuleType]) -> None:
    package, _ = generated
    assert (package / "py.typed").is_file()
    assert not [p.name for p in package.rglob("*.py") if "Unset" in p.read_text() or "UNSET" in p.read_text()]
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--config-file", os.devnull, "tiny_api"],
        capture_output=True,
        text=True,
        cwd=package.parent,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_optional_fields_default_to_none_and_are_left_out(generated: tuple[Path, ModuleType]) -> None:
    _, models = generated
    thing = models.Thing(id="1", cleared_at=None)
    assert thing.note is None and thing.day is None and thing.parts is None and thing.either is None
    assert thing.count == 3  # a default is a value: it is sent
    assert thing.to_dict() == {"id": "1", "cleared_at": None, "count": 3}  # required nullable: null is sent


def test_every_kind_round_trips(generated: tuple[Path, ModuleType]) -> None:
    _, models = generated
    wire = {
        "id": "1",
        "cleared_at": "2026-01-01",
        "note": None,
        "day": "2026-02-03",
        "at": "2026-02-03T04:05:06+00:00",
        "uid": "12345678-1234-5678-1234-567812345678",
        "mode": "slow",
        "count": 5,
        "parts": [{"name": "a"}],
        "main_part": {"name": "b"},
        "either": {"name": "c"},
    }
    thing = models.Thing.from_dict(wire)
    assert thing.day == datetime.date(2026, 2, 3)
    assert thing.at == datetime.datetime(2026, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)
    assert thing.uid == uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert thing.parts[0].name == "a" and thing.main_part.name == "b" and thing.either.name == "c"
    assert thing.note is None
    assert thing.to_dict() == {k: v for k, v in wire.items() if v is not None}  # null and absent: both left out
    assert models.Thing.from_dict({"id": "2", "cleared_at": None, "either": 7}).either == 7


def test_secret_fields_are_redacted(generated: tuple[Path, ModuleType]) -> None:
    _, models = generated
    thing = models.Thing(id="1", cleared_at=None, secret="hunter2", api_key="k-123")
    assert "hunter2" not in repr(thing) and "k-123" not in repr(thing)
    assert thing.to_dict()["secret"] == "hunter2" and thing.to_dict()["api_key"] == "k-123"


def test_optional_query_parameters_are_none_and_left_out(generated: tuple[Path, ModuleType]) -> None:
    _, models = generated
    endpoint = importlib.import_module("tiny_api.api.things.create_thing")
    body = models.Thing(id="1", cleared_at=None)
    assert endpoint._get_kwargs(body=body)["params"] == {}
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert endpoint._get_kwargs(body=body, when=when, kind="a")["params"] == {
        "when": "2026-01-01T00:00:00+00:00",
        "kind": "a",
    }
