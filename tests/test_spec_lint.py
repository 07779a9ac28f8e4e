"""generator/lint_spec.py: the namespace-shadowing rule (a schema named like its tag's namespace class)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

_PATH = Path(__file__).resolve().parent.parent / "generator" / "lint_spec.py"
_SPEC = importlib.util.spec_from_file_location("lint_spec", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
lint_spec = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(lint_spec)


def _document(schema_name: str) -> dict[str, Any]:
    ok = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}}}
    operation = {"tags": ["business"], "operationId": "get_business", "responses": {"200": ok}}
    return {
        "tags": [{"name": "business"}],
        "paths": {"/{business_id}": {"x-graph-node": "business", "get": operation}},
        "components": {"schemas": {schema_name: {"type": "object", "description": "A business portfolio."}}},
    }


def test_a_schema_named_like_its_namespace_class_is_reported() -> None:
    (problem,) = lint_spec.lint(_document("Business"))
    assert "get_business" in problem and "Business" in problem


def test_a_distinct_schema_name_passes() -> None:
    assert lint_spec.lint(_document("BusinessPortfolio")) == []
