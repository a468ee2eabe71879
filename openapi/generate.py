"""Generate the low-level client into generated/ and check it (make generate, make check-generated).

Reads the bundled spec as the generator would, rewrites in memory the constructs
the generator cannot read (openapi/normalize.py; the spec file is left as it is),
runs the pinned openapi-python-client on the result into a temporary folder,
writes the sorted generation report (each rewrite and each thing still skipped),
checks that every operation of the spec has its module, and only then replaces
generated/pydo_generated, so a failed run never leaves a half-written generated/.

    python openapi/generate.py generate            # write generated/ and the report
    python openapi/generate.py check               # fail with the differing files
    python openapi/generate.py generate --spec S --out DIR --report R   # used by the drill tests
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import functools
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = "pydo_generated"
DEFAULT_SPEC = HERE / "DigitalOcean-public.v2.yaml"
DEFAULT_OUT = ROOT / "generated"
DEFAULT_REPORT = HERE / "generation-report.txt"
DEFAULT_SURFACE_DIFF = HERE / "surface-diff.txt"
SURFACE = "surface.json"
"""generated/surface.json: every client.<group>.<method> with its signature, what the surface diff compares."""
REFERENCE = "REFERENCE.md"
"""generated/REFERENCE.md: the API reference, one line per method."""
OPERATIONS_FILE = ROOT / "pydo_facade" / "_operations.py"
ADDRESS = re.compile(r" at 0x[0-9a-f]+")
ENDPOINT = re.compile(r"WARNING parsing (\w+) (\S+) within (\S+?)\.( Endpoint will not be generated\.)?$")
SCHEMA = re.compile(r"Unable to (?:parse|process) schema (\S+?):?$")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")  # the generator's, in its order


class GenerationFailed(Exception):
    """A generation that must not replace generated/."""


def _load(name: str) -> ModuleType:
    """A module of this folder, loaded from beside this script (it is no package, and sys.path stays as it is)."""
    found = importlib.util.spec_from_file_location(f"pydo_{name}", HERE / f"{name}.py")
    assert found is not None
    assert found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[found.name] = module  # dataclasses look their module up while the class is made
    found.loader.exec_module(module)
    return module


normalize = _load("normalize")
surface = _load("surface")
fake_spec = _load("fake_spec")


def _facade_operations() -> dict[str, tuple[str, str]]:
    """The facade's own list of the operations it calls, read without importing the facade."""
    namespace: dict[str, Any] = {}
    exec(compile(OPERATIONS_FILE.read_text(), str(OPERATIONS_FILE), "exec"), namespace)
    operations: dict[str, tuple[str, str]] = namespace["OPERATIONS"]
    return operations


@functools.cache
def _field_prefix() -> str:
    """The prefix the generator gives a name that is not an identifier once snake_cased (config.yaml's, or its own)."""
    from openapi_python_client.config import ConfigFile

    return str(ConfigFile.load_from_path(HERE / "config.yaml").field_prefix)


def _snake(name: str) -> str:
    """openapi-python-client's module name for an operationId.

    apps_restart stays apps_restart; monitoring_get_appRestartCountMetrics.yml becomes
    monitoring_get_app_restart_count_metrics_yml (the dot is a word break); a Python keyword
    gets a trailing underscore, and a name that is still no identifier the field prefix.
    """
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, _field_prefix()))


def module_path(method: str, path: str, operation: dict[str, Any]) -> str:
    """Where the generator writes an operation's module: "<tag>/<module>.py" under the package's api/.

    The folder is the operation's first tag (or "default"), the module its operationId (or, without
    one, the name the generator makes from method and path), both as the generator spells them.
    """
    from openapi_python_client.parser.openapi import generate_operation_id
    from openapi_python_client.schema.untrusted_string import UntrustedString
    from openapi_python_client.strings import PythonIdentifier

    tags = operation.get("tags") or ["default"]
    if "operationId" in operation:
        name = _snake(str(operation["operationId"]))
    else:
        name = str(generate_operation_id(path=UntrustedString(path), method=method, prefix=_field_prefix()))
    return f"{PythonIdentifier(str(tags[0]), prefix='tag')}/{name}.py"


def _operations(spec: dict[str, Any]) -> dict[str, str]:
    """operationId -> "METHOD /path" for every operation in the spec."""
    found: dict[str, str] = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = f"{method.upper()} {path}"
    return found


def check_spec(spec: dict[str, Any]) -> None:
    """Before generating: every operation the facade calls is in the spec, at the method and path it expects."""
    in_spec = _operations(spec)
    problems: list[str] = []
    for method, (operation_id, where) in sorted(_facade_operations().items()):
        if operation_id not in in_spec:
            problems.append(
                f"facade method {method} needs operation {operation_id} ({where}), which the spec no longer has"
            )
        elif in_spec[operation_id] != where:
            problems.append(
                f"facade method {method} needs operation {operation_id} at {where}, "
                f"but the spec has it at {in_spec[operation_id]}"
            )
    if problems:
        raise GenerationFailed("the spec no longer matches the facade:\n  " + "\n  ".join(problems))


def _operation_modules(spec: dict[str, Any]) -> dict[str, list[str]]:
    """ "<tag>/<module>.py" -> the operations ("operationId (METHOD /path)") the generator writes there."""
    modules: dict[str, list[str]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                where = f"{operation.get('operationId', 'no operationId')} ({method.upper()} {path})"
                modules.setdefault(module_path(method, path, operation), []).append(where)
    return modules


def _report_lines(errors: list[Any]) -> list[str]:
    """One sorted line per generator warning: what was skipped and why."""
    lines: set[str] = set()
    for error in errors:
        header = " ".join(ADDRESS.sub("", str(error.header or "")).split())
        detail = " ".join(ADDRESS.sub("", str(error.detail or "")).split())
        detail = detail.replace("Unable to parse this part of your OpenAPI document: : ", "")
        detail, _, removed = detail.partition(" Failure to process schema has resulted in the removal of:")
        if removed.strip():  # the generator lists these in set order: sort them for a stable report
            detail += "; removed: " + " ".join(sorted(removed.split()))
        if match := ENDPOINT.match(header):
            method, path, tag, dropped = match.groups()
            what = "endpoint not generated" if dropped else "generated without part"
            lines.add(f"endpoint {method} {path} [{tag}]: {what}: {detail}")
        elif match := SCHEMA.match(header):
            lines.add(f"schema {match.group(1)}: not generated: {detail}")
        else:
            lines.add(f"{header}: {detail}" if detail else header)
    return sorted(lines)


def _patch_untrusted_string() -> None:
    """Make the generator's warnings print the spec's text instead of an object address."""
    from openapi_python_client.schema.untrusted_string import UntrustedString

    def _show(self: UntrustedString) -> str:
        return repr(self.get_untrusted_value())

    UntrustedString.__repr__ = _show  # type: ignore[method-assign]
    UntrustedString.__str__ = _show  # type: ignore[method-assign]


def read_document(spec_path: Path) -> dict[str, Any]:
    """The spec as openapi-python-client reads it (ruamel's YAML 1.2 safe loader, or JSON), before normalising."""
    from openapi_python_client import _load_yaml_or_json
    from openapi_python_client.parser.errors import GeneratorError

    content_type = "application/json" if spec_path.suffix == ".json" else None
    document = _load_yaml_or_json(spec_path.read_bytes(), content_type)
    if isinstance(document, GeneratorError):
        raise GenerationFailed(f"openapi-python-client cannot read {spec_path}: {document.header}")
    return document


def run_generator(
    spec_path: Path,
    workdir: Path,
    document: dict[str, Any],
    spec: dict[str, Any],
    check_surface: Callable[[list[Any]], None] = lambda groups: None,
) -> tuple[Path, list[str], list[Any]]:
    """Generate document (the normalised spec) into workdir/pydo_generated, with the operation groups of the
    pydo surface (openapi/surface.py); return the package, the report lines and the groups.

    check_surface sees the groups once the spec is parsed, before anything is written or formatted, so a
    refused surface change costs only the parse.
    """
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    _patch_untrusted_string()
    # The post-hooks call the pinned ruff installed beside this interpreter.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml"),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=workdir / PACKAGE,
    )
    groups: list[Any] = []

    class SurfaceProject(Project):
        """The stock project, which also renders the operation groups (before the ruff post-hooks run)."""

        def _build_api(self) -> None:
            super()._build_api()
            surface.render(self, groups)

    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        # What openapi_python_client.generate does once it has read the file, on the normalised document.
        openapi = GeneratorData.from_dict(document, config=config)
        if isinstance(openapi, GeneratorError):
            errors = [openapi]
        else:
            project = SurfaceProject(openapi=openapi, custom_template_path=HERE / "templates", config=config)
            groups.extend(surface.surface(project, spec))
            check_surface(groups)
            errors = list(project.build())
    # A skipped post-hook (ruff missing) would leave unformatted output: as fatal as a failed one.
    fatal = [e for e in errors if e.level.value == "ERROR" or e.header == "Skipping Integration"]
    if fatal or not (workdir / PACKAGE / "__init__.py").exists():
        messages = "; ".join(f"{e.header} {e.detail or ''}".strip() for e in fatal) or captured.getvalue()
        raise GenerationFailed(f"openapi-python-client failed: {messages}")
    (workdir / PACKAGE / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    return workdir / PACKAGE, _report_lines(errors), groups


def check_operations(spec: dict[str, Any], package: Path, report: list[str] | None = None) -> None:
    """After generating: every operation of the spec has its own module, where the generator names it.

    The failure lists the missing modules, then the report lines in which the generator said why.
    """
    problems: list[str] = []
    for module, operations in sorted(_operation_modules(spec).items()):
        if len(operations) > 1:
            problems.append(f"{', '.join(sorted(operations))} would share one module, api/{module}")
        elif not (package / "api" / module).is_file():
            problems.append(f"{operations[0]}: no api/{module}")
    if problems:
        reasons = [line for line in report or [] if ": endpoint not generated: " in line]
        raise GenerationFailed(
            f"the generator dropped {len(problems)} operation(s); every operation must generate "
            "(a construct the generator cannot read needs a rule in openapi/normalize.py):\n  "
            + "\n  ".join(problems + reasons)
        )


def check_lazy_imports(package: Path) -> None:
    """The custom templates import models only where used: fail if a name is used where it is not imported."""
    found = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "check", "--isolated", "--no-cache", "--select", "TC004,F821",
         "--output-format", "concise", "--quiet", str(package)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if found.returncode != 0:
        raise GenerationFailed("the templates left names unimported at run time:\n" + found.stdout.strip())


def _pin() -> str:
    """The spec pin in one phrase, from openapi/spec.lock ("commit 7c1300c4..., sha256 3d7ed250...")."""
    lock = HERE / "spec.lock"
    lines = lock.read_text(encoding="utf-8").splitlines()
    fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition("=") for line in lines if "=" in line)}
    commit, digest = fields.get("commit", "?"), fields.get("sha256", "?")
    return f"{fields.get('repository', 'upstream')} commit {commit[:12]}, sha256 {digest[:12]}"


def generate_into(
    spec_path: Path, out: Path, report: Path, *, surface_diff: Path | None = None, allow_breaking: bool = False
) -> None:
    """The whole generation: temp folder, report, operation and surface checks, then an atomic swap into out.

    The surface diff (added, removed and changed methods, against the surface in `out`) is written to
    `surface_diff`; a removal or an incompatible signature change is refused unless allow_breaking.
    """
    if not spec_path.exists():
        raise GenerationFailed(f"no spec at {spec_path}: run `make spec` first")
    spec = fake_spec.load(spec_path)  # read once: the checks, the surface and the fake's description share it
    check_spec(spec)
    document, normalised = normalize.normalize(read_document(spec_path))
    old_file = out / SURFACE
    old_surface = old_file.read_text(encoding="utf-8") if old_file.exists() else None

    def check_surface(groups: list[Any]) -> None:
        changes = surface.diff(old_surface, surface.surface_json(groups))
        if surface_diff is not None:
            surface_diff.write_text(changes.text(), encoding="utf-8")
        if changes.breaking and not allow_breaking:
            raise GenerationFailed(
                f"the new spec would break code that calls the client ({len(changes.breaking)} change(s)); "
                "review them and run `make generate ALLOW_BREAKING=1` to accept:\n  " + "\n  ".join(changes.breaking)
            )

    with tempfile.TemporaryDirectory(prefix="pydo-generate-") as tmp:
        package, skipped, groups = run_generator(spec_path, Path(tmp), document, spec, check_surface)
        lines = sorted(normalised + skipped)
        check_operations(spec, package, skipped)
        check_lazy_imports(package)
        pin = _pin()
        fake_spec.write(spec, package, pin)  # FakeDigitalOcean's description of the spec
        new_surface = surface.surface_json(groups)
        out.mkdir(parents=True, exist_ok=True)
        staged = out / f".{PACKAGE}.new"
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(package, staged)
        target = out / PACKAGE
        old = out / f".{PACKAGE}.old"
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        staged.rename(target)
        shutil.rmtree(old, ignore_errors=True)
        (out / SURFACE).write_text(new_surface, encoding="utf-8")
        (out / REFERENCE).write_text(surface.reference(groups, pin), encoding="utf-8")
    report.write_text(
        "# Generation report: what openapi/normalize.py rewrote in the pinned spec before generating\n"
        "# (normalised <where>: <rule>: <what>) and what openapi-python-client still skipped, one line each, sorted.\n"
        "# Written by `make generate`; a spec update shows its effect here as a diff.\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )


def _differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, or exist on one side only, between two trees (ignoring caches)."""

    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    a, b = files(left), files(right)
    differing = sorted(a ^ b)
    differing += sorted(p for p in a & b if not filecmp.cmp(left / p, right / p, shallow=False))
    return sorted(differing)


def check(spec_path: Path) -> int:
    """Regenerate into a temporary folder and compare with generated/ and the committed report."""
    with tempfile.TemporaryDirectory(prefix="pydo-check-") as tmp:
        out, report = Path(tmp) / "generated", Path(tmp) / "report.txt"
        generate_into(spec_path, out, report, allow_breaking=True)
        differing = [f"generated/{PACKAGE}/{p}" for p in _differences(DEFAULT_OUT / PACKAGE, out / PACKAGE)]
        for name in (SURFACE, REFERENCE):
            mine = DEFAULT_OUT / name
            if not mine.exists() or mine.read_bytes() != (out / name).read_bytes():
                differing.append(f"generated/{name}")
        if not DEFAULT_REPORT.exists() or DEFAULT_REPORT.read_bytes() != report.read_bytes():
            differing.append("openapi/generation-report.txt")
    if differing:
        shown = "\n  ".join(differing[:50]) + ("\n  ..." if len(differing) > 50 else "")
        print(
            f"check-generated: {len(differing)} file(s) differ from what the pinned spec, generator and "
            f"templates produce:\n  {shown}\nRun `make generate` and commit the result (never edit generated/).",
            file=sys.stderr,
        )
        return 1
    print("check-generated: generated/ is exactly what `make generate` produces")
    return 0


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # The generator iterates sets in places; a fixed hash seed makes two runs byte-identical.
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, __file__, *(sys.argv[1:] if argv is None else argv)])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--surface-diff", type=Path, default=None, help="default: surface-diff.txt beside --report")
    parser.add_argument(
        "--allow-breaking",
        action="store_true",
        default=os.environ.get("ALLOW_BREAKING", "") not in ("", "0"),
        help="accept removed operations and incompatible signature changes (make generate ALLOW_BREAKING=1)",
    )
    args = parser.parse_args(argv)
    if args.surface_diff is None:
        args.surface_diff = args.report.parent / DEFAULT_SURFACE_DIFF.name
    try:
        if args.command == "check":
            return check(args.spec)
        generate_into(
            args.spec, args.out, args.report, surface_diff=args.surface_diff, allow_breaking=args.allow_breaking
        )
    except GenerationFailed as failure:
        print(f"generate: {failure}", file=sys.stderr)
        return 1
    changes = args.surface_diff.read_text(encoding="utf-8").splitlines() if args.surface_diff.exists() else []
    print(f"generate: wrote {args.out / PACKAGE} and {args.report}")
    print(f"generate: surface diff: {len(changes)} line(s) in {args.surface_diff}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
