"""The emulator's view of spec/: operations, path matching, and validation of request bodies.

The emulator routes and validates from the same OpenAPI file the SDK is generated from, so every operation added
to the spec is served (with its documented example) and validated without touching the emulator.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Operation", "SpecIndex", "find_spec", "validate"]

SPEC_NAME = "openapi.yaml"
_METHODS = ("get", "post", "put", "patch", "delete")


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, Any]:
    """Parse the spec once per process (emulators in tests start often). Read-only afterwards."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return document


def find_spec(start: Path | None = None) -> Path:
    """The spec shipped in the wheel, else generated/openapi.yaml (the bundled spec) above this package (a checkout)."""
    here = (start or Path(__file__)).resolve()
    bundled = here.parent / SPEC_NAME
    if bundled.is_file():
        return bundled
    for folder in (here, *here.parents):
        candidate = folder / "generated" / SPEC_NAME
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"generated/{SPEC_NAME} not found above {here}; pass spec_path= to the emulator.")


@dataclass(frozen=True, slots=True)
class Operation:
    """One spec operation, ready to match request paths."""

    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    path_params: tuple[str, ...]
    query_params: dict[str, dict[str, Any]]
    body_content: dict[str, Any]
    body_required: bool
    response_example: Any
    literal_segments: int = field(default=0)
    # The Graph node type a `/{<node>_id}` path serves (`x-graph-node`, spec/README.md), else None.
    node: str | None = None

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        return None if found is None else found.groupdict()


class SpecIndex:
    """All operations of the spec and the schemas they refer to."""

    def __init__(self, path: Path | None = None) -> None:
        self.path: Path = path or find_spec()
        self.document: dict[str, Any] = _load(self.path)
        self.operations: list[Operation] = []
        for template, item in self.document["paths"].items():
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in _METHODS:
                if method in item:
                    operation = self._operation(template, method, item[method], shared)
                    self.operations.append(dataclasses.replace(operation, node=item.get("x-graph-node")))
        # The documented example id of each Graph node, so that requests replaying the spec's examples resolve.
        self.example_nodes: dict[str, str] = {}
        for item in self.document["paths"].values():
            node = item.get("x-graph-node")
            for parameter in item.get("parameters", []) if node else ():
                example = self.resolve(parameter).get("example")
                if example is not None:
                    self.example_nodes[str(example)] = node
        # Specific templates first: more literal segments win over `/{id}` catch-alls.
        self.operations.sort(key=lambda op: -op.literal_segments)

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` pointers inside the spec."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _operation(self, template: str, method: str, spec: dict[str, Any], shared: list[Any]) -> Operation:
        params = shared + [self.resolve(p) for p in spec.get("parameters", [])]
        names = tuple(p["name"] for p in params if p["in"] == "path")
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", lambda m: f"(?P<{m.group(1)}>[^/]+)", re.escape(template)) + "$"
        ok = spec.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
        example = ok.get("example")
        if example is None and "examples" in ok:
            example = next(iter(ok["examples"].values()))["value"]
        body = spec.get("requestBody", {})
        return Operation(
            operation_id=spec["operationId"],
            method=method.upper(),
            template=template,
            pattern=re.compile(regex),
            path_params=names,
            query_params={p["name"]: p for p in params if p["in"] == "query"},
            body_content=body.get("content", {}),
            body_required=bool(body.get("required")),
            response_example=example,
            literal_segments=sum(1 for part in template.split("/") if part and not part.startswith("{")),
        )

    def candidates(self, method: str, path: str) -> list[tuple[Operation, dict[str, str]]]:
        """Every operation whose method and path template match (several for the ``/{id}`` family)."""
        found = []
        best: int | None = None
        for operation in self.operations:
            if operation.method != method:
                continue
            params = operation.match(path)
            if params is None:
                continue
            if best is not None and operation.literal_segments < best:
                break
            best = operation.literal_segments
            found.append((operation, params))
        return found


def validate(schema: Any, value: Any, index: SpecIndex, where: str = "body") -> str | None:
    """The first way ``value`` breaks ``schema`` (the subset of JSON Schema the spec uses), or ``None``."""
    schema = index.resolve(schema)
    if not isinstance(schema, dict):
        return None
    if "const" in schema and value != schema["const"]:
        return f"{where} must be {schema['const']!r}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{where} must be one of {', '.join(map(str, schema['enum']))}"
    for part in schema.get("allOf", []):
        problem = validate(part, value, index, where)
        if problem:
            return problem
    for key in ("oneOf", "anyOf"):
        if key in schema:
            problems = [validate(option, value, index, where) for option in schema[key]]
            if all(problems):
                return _best_problem(problems, where)
    kind = schema.get("type")
    if kind is not None and not _is_type(value, kind):
        return f"{where} must be of type {kind}"
    if isinstance(value, dict):
        # Properties first: a wrong `type` const rules the variant out before its missing fields are mentioned.
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                problem = validate(sub, value[name], index, f"{where}.{name}")
                if problem:
                    return problem
        for name in schema.get("required", []):
            if name not in value:
                return f"{where}.{name} is required"
        # `x-required-any` (spec/areas/messages.yaml): at least one of these properties; OpenAPI's own way to say
        # it (an `anyOf` of `required` lists) turns a model into a union in the generator.
        any_of = schema.get("x-required-any")
        if any_of and not any(name in value for name in any_of):
            return " or ".join(f"{where}.{name}" for name in any_of) + " is required"
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            return f"{where} needs at least {schema['minItems']} item(s)"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return f"{where} takes at most {schema['maxItems']} item(s)"
        for position, item in enumerate(value):
            problem = validate(schema.get("items", {}), item, index, f"{where}[{position}]")
            if problem:
                return problem
    if isinstance(value, str) and "maxLength" in schema and len(value) > schema["maxLength"]:
        return f"{where} is longer than {schema['maxLength']} characters"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return f"{where} must be >= {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return f"{where} must be <= {schema['maximum']}"
    return None


def _best_problem(problems: list[str | None], where: str) -> str:
    # Variants ruled out by their discriminator are not what the caller meant; of the rest, the one that got
    # deepest into the body is.
    found = [p for p in problems if p]
    consts: dict[str, list[str]] = {}
    for problem in found:
        location, _, rest = problem.partition(" must be '")
        if rest:
            consts.setdefault(location, []).append(rest.rstrip("'"))
    meant = [p for p in found if " must be '" not in p] or found
    deepest = max(meant, key=lambda p: p.split(" ", 1)[0].count(".") + p.split(" ", 1)[0].count("["))
    location = deepest.split(" ", 1)[0]
    shallow = location.count(".") <= where.count(".") + 1 and deepest.endswith("is required")
    discriminator = max(consts.items(), key=lambda item: len(item[1]), default=None)
    if shallow and discriminator is not None and len(discriminator[1]) > 1:
        return f"{discriminator[0]} must be one of {', '.join(discriminator[1])}"
    return deepest if location != where else f"{where} matches none of the accepted shapes"


def _is_type(value: Any, kind: str | list[str]) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    return any(checks.get(k, lambda _: True)(value) for k in kinds)
