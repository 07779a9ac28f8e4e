"""Carry what openapi-python-client drops into the generated endpoint modules: operation servers and auth schemes.

The generator ignores `servers` on an operation or path item, and every security scheme looks alike to it. For
each operation that declares another server (template archival on api.facebook.com, the unversioned token
exchange) or an HTTP auth scheme other than bearer (`Authorization: OAuth …` of the resumable upload API), this
adds `"server": <url>` and/or `"auth_scheme": <scheme>` to the request its `_get_kwargs` builds; the wrapper's
runtime (wrapper/wacloud/_runtime.py) honours both. `make generate` and `make check-generated` run it right after
the generator, so generated/ stays exactly what `make generate` writes.

usage: python generator/operation_overrides.py <bundled spec> <generated package dir>
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

_METHODS = ("get", "put", "post", "patch", "delete")


def overrides(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, str]]:
    """``{(tag, operationId): {"server": url, "auth_scheme": scheme}}`` for every operation that needs one."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    found: dict[tuple[str, str], dict[str, str]] = {}
    for item in spec["paths"].values():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            extra: dict[str, str] = {}
            servers = operation.get("servers") or item.get("servers")
            if servers:
                extra["server"] = servers[0]["url"]
            for requirement in operation.get("security") or []:
                for name in requirement:
                    scheme = schemes.get(name, {})
                    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() != "bearer":
                        extra["auth_scheme"] = scheme["scheme"]
            if extra:
                found[(operation["tags"][0], operation["operationId"])] = extra
    return found


def apply(spec_path: Path, package: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    for (tag, operation_id), extra in sorted(overrides(spec).items()):
        module = package / "api" / tag / f"{operation_id}.py"
        source = module.read_text(encoding="utf-8")
        anchor = next(
            (line for line in source.splitlines(keepends=True) if line.startswith('        "method": ')), None
        )
        if anchor is None or source.count(anchor) != 1:
            raise SystemExit(f'{module}: no unique `"method": ` line in _get_kwargs to extend')
        added = "".join(f'        "{key}": "{value}",\n' for key, value in sorted(extra.items()))
        module.write_text(source.replace(anchor, anchor + added, 1), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    apply(Path(sys.argv[1]), Path(sys.argv[2]))
