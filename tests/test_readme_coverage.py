"""The README's coverage table names every operation of the spec: its namespace row lists the method or the path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "patch", "delete")


def _method_name(operation_id: str, tag: str) -> str:
    """The namespace method generated for an operation (generator/README.md: the operationId minus its tag word)."""
    padded, singular = f"_{operation_id}_", tag[:-1] if tag.endswith("s") else tag
    for word in (tag, singular):
        if f"_{word}_" in padded:
            return padded.replace(f"_{word}_", "_", 1)[1:-1]
    return operation_id


def _coverage_rows() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Coverage") : readme.index("## Performance")]
    rows: dict[str, str] = {}
    for line in table.splitlines():
        found = re.match(r"\| `([\w.]+)`", line)
        if found:
            rows[found.group(1)] = line
    return rows


def test_every_spec_operation_is_in_the_readme_coverage_table() -> None:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
    rows = _coverage_rows()
    missing = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            tag = operation["tags"][0]
            row = rows.get("wacloud.auth" if tag == "oauth" else tag, "")
            name = _method_name(operation["operationId"], tag)
            if f"`{name}`" not in row and path not in row:
                missing.append(f"{method.upper()} {path} ({tag}.{name})")
    assert not missing, "README coverage table lacks: " + ", ".join(missing)
