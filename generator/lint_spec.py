"""Lint the bundled spec for what openapi-spec-validator lets through but the generator gets wrong.

- Every key of a schema object must be a JSON Schema 2020-12 / OpenAPI 3.1 keyword or an `x-` extension. A stray
  key is almost always a YAML slip: an unquoted description with a comma inside a flow mapping
  (`{description: Text, up to 60 characters}`) cuts the description and leaves `up to 60 characters` as a key.
- Graph nodes (`/{something_id}` paths, one templated segment) follow the node rule of spec/README.md: the
  parameter is named `<node>_id` and every such path declares `x-graph-node: <node>`; two paths may not declare the
  same node, so the emulator's router can tell nodes apart by what an id identifies.
- No operation takes or returns a schema named like its tag's namespace class (`business` -> `Business`): the
  generated namespace module would shadow the model it imports, and the call would fail its response check.

usage: python generator/lint_spec.py generated/openapi.yaml
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

SCHEMA_KEYWORDS = frozenset(
    {
        # core and applicator vocabularies
        "$schema",
        "$id",
        "$ref",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$defs",
        "$comment",
        "$vocabulary",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "prefixItems",
        "items",
        "contains",
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        # validation
        "type",
        "enum",
        "const",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxContains",
        "minContains",
        "maxProperties",
        "minProperties",
        "required",
        "dependentRequired",
        # meta-data, format, content
        "title",
        "description",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "examples",
        "format",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
        # OpenAPI 3.1 additions
        "discriminator",
        "xml",
        "externalDocs",
        "example",
    }
)
# Keywords whose value is a mapping of name -> schema, or a list of schemas, or one schema.
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_NODE_PATH = re.compile(r"^/\{(\w+)\}$")


def _schemas(schema: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict):
        return
    yield where, schema
    for key in _SCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _schemas(sub, f"{where}.{key}.{name}")
    for key in _SCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from _schemas(sub, f"{where}.{key}[{index}]")
    for key in _SCHEMA_ONE:
        if isinstance(schema.get(key), dict):
            yield from _schemas(schema[key], f"{where}.{key}")


def _operation_schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        yield from _schemas(schema, f"components.schemas.{name}")
    for section in ("parameters",):
        for name, item in (document.get("components", {}).get(section) or {}).items():
            yield from _schemas(item.get("schema"), f"components.{section}.{name}.schema")
    for path, item in (document.get("paths") or {}).items():
        for index, parameter in enumerate(item.get("parameters") or []):
            yield from _schemas(parameter.get("schema"), f"paths.{path}.parameters[{index}].schema")
        for method, operation in item.items():
            if not isinstance(operation, dict) or method == "parameters":
                continue
            for index, parameter in enumerate(operation.get("parameters") or []):
                yield from _schemas(parameter.get("schema"), f"paths.{path}.{method}.parameters[{index}].schema")
            for media, content in ((operation.get("requestBody") or {}).get("content") or {}).items():
                yield from _schemas(content.get("schema"), f"paths.{path}.{method}.requestBody.{media}")
            for status, response in (operation.get("responses") or {}).items():
                for media, content in (response.get("content") or {}).items():
                    yield from _schemas(content.get("schema"), f"paths.{path}.{method}.responses.{status}.{media}")


def lint(document: dict[str, Any]) -> list[str]:
    problems = []
    for where, schema in _operation_schemas(document):
        for key in schema:
            if key not in SCHEMA_KEYWORDS and not str(key).startswith("x-"):
                problems.append(
                    f"{where}: {key!r} is not a schema keyword (an unquoted description with a comma inside "
                    "{...}? quote the description)"
                )
    nodes: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        match = _NODE_PATH.match(path)
        if not match:
            continue
        parameter = match.group(1)
        node = item.get("x-graph-node")
        if not parameter.endswith("_id"):
            problems.append(f"paths.{path}: a Graph node's parameter is named <node>_id")
        if not isinstance(node, str) or not node:
            problems.append(f"paths.{path}: a Graph node path declares `x-graph-node: <node>` (spec/README.md)")
        elif node in nodes:
            problems.append(f"paths.{path}: x-graph-node {node!r} is declared by {nodes[node]} too")
        else:
            nodes[node] = path
    for operation in _operations(document):
        class_name = "".join(part.capitalize() for part in str(operation["tags"][0]).split("_"))
        if class_name in _direct_schemas(operation):
            problems.append(
                f"{operation['operationId']}: schema {class_name} is named like the namespace class of its tag "
                f"{operation['tags'][0]!r} (it would shadow the model); rename the schema"
            )
    return problems


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in (document.get("paths") or {}).values():
        for method in ("get", "post", "put", "patch", "delete"):
            if isinstance(item.get(method), dict) and item[method].get("tags"):
                yield item[method]


def _direct_schemas(operation: dict[str, Any]) -> set[str]:
    """The schema names an operation's namespace module imports: its request bodies and responses."""
    contents = [r.get("content") or {} for r in (operation.get("responses") or {}).values() if isinstance(r, dict)]
    contents.append((operation.get("requestBody") or {}).get("content") or {})
    refs = {str(media.get("schema", {}).get("$ref", "")) for content in contents for media in content.values()}
    return {ref.rsplit("/", 1)[-1] for ref in refs if ref}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    document = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    problems = lint(document)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} spec problem(s); the source files are spec/openapi.yaml and spec/areas/*.yaml",
            file=sys.stderr,
        )
        return 1
    print("spec lint: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
