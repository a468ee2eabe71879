"""Spec-change drill: regenerate from a changed copy of the spec and prove the facade survives, or fails early.

(a) One spec carrying the changes a routine update brings (a new deployment phase, a new optional
    field in the deployment and in the restart request, a new unrelated endpoint, an unrelated
    endpoint removed), generated over the checkout's generated/: refused without --allow-breaking,
    naming the removal and leaving the output as it was; accepted with it, and the facade's apps tests
    pass against that output.
(b) apps_restart removed, (c) its path renamed: generation stops at the spec check, naming the
    facade method and the operation, before writing anything.
(d) On a small copy of the pin (the facade's own operations and two more): an added required query
    parameter and a changed default are refused, an added optional one is an accepted `~` change, and a
    removed operation is refused unless ALLOW_BREAKING=1 is in the environment.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "DigitalOcean-public.v2.yaml"
GENERATE = ROOT / "openapi" / "generate.py"
# The facade's tests for apps.restart and apps.get_deployment (loopback server, no Prism, no regeneration).
APPS_TESTS = [ROOT / "tests" / "test_apps.py"]
RESTART_PATH = "/v2/apps/{app_id}/restart"
RENAMED_RESTART_PATH = "/v2/apps/{app_id}/actions/restart"
REMOVED_PATH = "/v2/account"  # account_get: nothing the facade touches
NEW_PATH = "/v2/drill_widgets"
NEW_PHASE = "DRILL_NEW_PHASE"
NEW_DEPLOYMENT_FIELD = "drill_new_field"
NEW_RESTART_FIELD = "drill_new_option"

# Loaded by the facade's test run (-p drill_probe): records where pydo_generated came from and what passed.
PROBE_PLUGIN = """
import json, os, sys

passed = []


def pytest_runtest_logreport(report):
    if report.when == "call" and report.passed:
        passed.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    loaded = {
        name: getattr(module, "__file__", None)
        for name, module in sorted(sys.modules.items())
        if name == "pydo_generated" or name.startswith("pydo_generated.")
    }
    with open(os.environ["DRILL_PROBE_OUT"], "w", encoding="utf-8") as out:
        json.dump({"loaded": loaded, "passed": passed}, out)
"""

# Run with the facade's tests: the new phase and field reach the caller exactly, through the regenerated package.
REGENERATED_CHECKS = f'''
import json

import httpx

import pydo_generated
from pydo_facade import Client
from pydo_generated.models import AppsDeploymentPhase


def test_new_phase_is_in_the_regenerated_enum():
    assert AppsDeploymentPhase("{NEW_PHASE}").value == "{NEW_PHASE}"


def test_deployment_with_new_phase_and_field_comes_back_exactly():
    body = {{"deployment": {{"id": "d1", "phase": "{NEW_PHASE}", "{NEW_DEPLOYMENT_FIELD}": "x"}}}}
    raw = json.dumps(body).encode()

    def answer(request):
        assert request.url.path == "/v2/apps/a1/deployments/d1"
        return httpx.Response(200, content=raw, headers={{"content-type": "application/json"}})

    with httpx.Client(transport=httpx.MockTransport(answer)) as http:
        with Client("drill-token", endpoint="https://api.example.test", http_client=http) as client:
            assert client.apps.get_deployment("a1", "d1") == json.loads(raw)
'''


def _write_spec(spec: dict[str, Any], path: Path) -> Path:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(spec, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _with_schema_property(schemas: dict[str, Any], name: str, prop: str, schema: dict[str, Any]) -> dict[str, Any]:
    assert prop not in schemas[name]["properties"]
    return {**schemas[name], "properties": {**schemas[name]["properties"], prop: schema}}


def routine_update(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with the changes a routine upstream update brings (the base spec is left as it was)."""
    schemas = spec["components"]["schemas"]
    phase = schemas["apps_deployment_phase"]
    assert NEW_PHASE not in phase["enum"]
    assert schemas["apps_deployment"]["properties"]["phase"] == {"$ref": "#/components/schemas/apps_deployment_phase"}
    assert REMOVED_PATH in spec["paths"]
    assert NEW_PATH not in spec["paths"]
    new_endpoint = {
        "get": {
            "operationId": "drill_widgets_list",
            "summary": "List Drill Widgets",
            "tags": ["Drill Widgets"],
            "responses": {
                "200": {
                    "description": "The widgets.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"widgets": {"type": "array", "items": {"type": "string"}}},
                            }
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/unauthorized"},
            },
            "security": [{"bearer_auth": ["drill:read"]}],
        }
    }
    paths = {path: item for path, item in spec["paths"].items() if path != REMOVED_PATH}
    paths[NEW_PATH] = new_endpoint
    new_schemas = {
        **schemas,
        "apps_deployment_phase": {**phase, "enum": [*phase["enum"], NEW_PHASE]},
        "apps_deployment": _with_schema_property(
            schemas, "apps_deployment", NEW_DEPLOYMENT_FIELD, {"type": "string", "title": "Added by a spec update"}
        ),
        "apps_restart_request": _with_schema_property(
            schemas, "apps_restart_request", NEW_RESTART_FIELD, {"type": "boolean", "title": "Added by a spec update"}
        ),
    }
    return {**spec, "paths": paths, "components": {**spec["components"], "schemas": new_schemas}}


def _generate(
    spec_path: Path,
    out: Path,
    report: Path,
    *flags: str,
    surface_diff: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """generate.py generate into out; the surface diff goes beside the report (never to openapi/surface-diff.txt)."""
    surface_diff = surface_diff or report.with_name("surface-diff.txt")
    inherited = {k: v for k, v in os.environ.items() if k != "ALLOW_BREAKING"}  # the caller's choice must not leak in
    return subprocess.run(
        [sys.executable, str(GENERATE), "generate", "--spec", str(spec_path), "--out", str(out),
         "--report", str(report), "--surface-diff", str(surface_diff), *flags],
        capture_output=True, text=True, cwd=ROOT, env={**inherited, **(env or {})}, timeout=600,
    )  # fmt: skip


def _tree(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file (and "dir" for every folder) under folder."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(folder.rglob("*"))
    }


def _breaking(stderr: str) -> list[str]:
    """The changes a refused generation lists, one per line."""
    assert "would break code that calls the client" in stderr, stderr
    return [line.strip() for line in stderr.splitlines() if line.startswith("  ")]


def _refused_for_the_removal(spec_path: Path, out: Path, report: Path) -> list[str]:
    """Generating the routine update over out without --allow-breaking: refused, naming the removed endpoint,
    writing nothing but the surface diff (returned)."""
    before = _tree(out)
    started = time.monotonic()
    refused = _generate(spec_path, out, report)
    print(f"\nrefused the changed spec in {time.monotonic() - started:.1f} s")
    assert refused.returncode == 1, refused.stderr
    assert "Traceback" not in refused.stderr
    assert _breaking(refused.stderr) == ["account.get removed"], (
        "only the removal may break a call (anything else: generated/ is not what `make generate` writes, "
        "see `make check-generated`):\n" + refused.stderr
    )
    assert "make generate ALLOW_BREAKING=1" in refused.stderr
    assert _tree(out) == before, "the refused generation changed the output folder"
    assert not report.exists()
    diff = report.with_name("surface-diff.txt").read_text(encoding="utf-8").splitlines()
    assert "- account.get" in diff
    assert "+ drill.widgets_list" in diff  # pydo splits the operationId at its first "_"
    return diff


@pytest.mark.timeout(900)  # two generations of the whole spec, then the facade's apps tests
def test_routine_spec_update_is_refused_for_its_removal_then_regenerates_and_the_facade_apps_tests_pass(
    openapi_spec: dict[str, Any], tmp_path: Path
) -> None:
    missing = [str(p.relative_to(ROOT)) for p in APPS_TESTS if not p.exists()]
    assert not missing, f"the facade's apps tests are gone: {missing}; point APPS_TESTS at their new home"
    spec_path = _write_spec(routine_update(openapi_spec), tmp_path / "spec.yaml")
    out, report = tmp_path / "generated", tmp_path / "report.txt"
    # What `make generate` wrote for the pin (`make check-generated` holds it so): the surface the update changes.
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__"))
    diff = _refused_for_the_removal(spec_path, out, report)

    started = time.monotonic()
    done = _generate(spec_path, out, report, "--allow-breaking")
    generation_seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    print(f"regenerated the changed spec in {generation_seconds:.1f} s")
    assert (tmp_path / "surface-diff.txt").read_text(encoding="utf-8").splitlines() == diff

    # The changes really are in the regenerated package (else the rest proves nothing).
    package = out / "pydo_generated"
    api = {p.stem for p in (package / "api").glob("*/*.py")}
    assert "drill_widgets_list" in api
    assert "account_get" not in api
    assert {"apps_restart", "apps_get_deployment"} <= api
    models = {p.name: p.read_text(encoding="utf-8") for p in (package / "models").glob("*.py")}
    assert NEW_PHASE in models["apps_deployment_phase.py"]
    assert NEW_RESTART_FIELD in models["apps_restart_request.py"]
    # The deployment model is named after the schema's title, "An app deployment" (others embed it through allOf).
    assert "an_app_deployment.py" in [name for name, text in models.items() if NEW_DEPLOYMENT_FIELD in text]
    assert report.exists()

    # The facade, unchanged, against the regenerated package: its apps tests and the checks above.
    probe_dir = tmp_path / "probe"
    probe_dir.mkdir()
    (probe_dir / "drill_probe.py").write_text(PROBE_PLUGIN, encoding="utf-8")
    checks = probe_dir / "test_drill_regenerated.py"
    checks.write_text(textwrap.dedent(REGENERATED_CHECKS), encoding="utf-8")
    probe_out = tmp_path / "loaded.json"
    env = {
        **os.environ,
        # Ahead of the editable install's generated/ on sys.path: pydo_generated comes from the drill's output.
        "PYTHONPATH": os.pathsep.join([str(out), str(probe_dir)]),
        "DRILL_PROBE_OUT": str(probe_out),
    }
    started = time.monotonic()
    tests = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "drill_probe",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(ROOT),
            "-m",
            "not slow and not contract",
            *map(str, APPS_TESTS),
            str(checks),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    print(f"ran the facade's apps tests on the regenerated package in {time.monotonic() - started:.1f} s")
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert " passed" in tests.stdout.splitlines()[-1], tests.stdout[-2000:]

    probe = json.loads(probe_out.read_text())
    passed, loaded = probe["passed"], probe["loaded"]
    for test_file in APPS_TESTS:
        assert any(nodeid.split("::")[0].endswith(test_file.name) for nodeid in passed), f"no test of {test_file} ran"
    for check in ("test_new_phase_is_in_the_regenerated_enum", "test_deployment_with_new_phase_and_field_comes_back"):
        assert any(check in nodeid for nodeid in passed), f"{check} did not pass: {passed}"
    assert "pydo_generated.api.apps.apps_restart" in loaded
    assert "pydo_generated.api.apps.apps_get_deployment" in loaded
    elsewhere = {name: file for name, file in loaded.items() if not str(file).startswith(str(package))}
    assert not elsewhere, f"modules not from the regenerated package: {elsewhere}"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("apps_restart removed", "apps.restart needs operation apps_restart (POST /v2/apps/{app_id}/restart)"),
        ("restart path renamed", f"but the spec has it at POST {RENAMED_RESTART_PATH}"),
    ],
)
def test_spec_that_drops_or_moves_apps_restart_fails_generation_naming_the_facade_method(
    openapi_spec: dict[str, Any], tmp_path: Path, change: str, expected: str
) -> None:
    paths = dict(openapi_spec["paths"])
    restart = paths.pop(RESTART_PATH)
    assert restart["post"]["operationId"] == "apps_restart"
    if change == "restart path renamed":
        paths[RENAMED_RESTART_PATH] = restart
    spec_path = _write_spec({**openapi_spec, "paths": paths}, tmp_path / "spec.yaml")
    out, report = tmp_path / "generated", tmp_path / "report.txt"

    done = _generate(spec_path, out, report)

    assert done.returncode != 0
    assert "the spec no longer matches the facade" in done.stderr  # the check before any generation
    assert "facade method apps.restart" in done.stderr
    assert expected in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert not report.exists()
    assert not (tmp_path / "surface-diff.txt").exists()


# --- (d) what the surface diff refuses, on a small copy of the pin ------------------------------------------

SMALL = {
    "/v2/droplets": "get",  # droplets_list: keyword parameters with defaults (per_page=20, page=1)
    REMOVED_PATH: "get",
    RESTART_PATH: "post",
    "/v2/apps/{app_id}/deployments/{deployment_id}": "get",
    # and every other operation the facade's own code calls (pydo_facade/_operations.py needs them)
    "/v2/actions/{action_id}": "get",
    "/v2/droplets/{droplet_id}": "get",
    "/v2/databases/{database_cluster_uuid}": "get",
    "/v2/kubernetes/clusters/{cluster_id}": "get",
    "/v2/load_balancers/{lb_id}": "get",
    "/v2/nfs/{nfs_id}": "get",
    "/v2/nfs/snapshots/{nfs_snapshot_id}": "get",
}


def _references(node: Any, components: dict[str, Any], found: set[str]) -> None:
    """Every "#/components/..." reference reachable from node, into found."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/") and ref not in found:
            found.add(ref)
            kind, name = ref.removeprefix("#/components/").split("/", 1)
            _references(components[kind][name.replace("~1", "/").replace("~0", "~")], components, found)
        for value in node.values():
            _references(value, components, found)
    elif isinstance(node, list):
        for value in node:
            _references(value, components, found)


def small_copy(spec: dict[str, Any]) -> dict[str, Any]:
    """The pin with only the SMALL operations and the components they reach (it generates in seconds)."""
    paths = {path: {method: spec["paths"][path][method]} for path, method in SMALL.items()}
    found: set[str] = set()
    _references(paths, spec["components"], found)
    components: dict[str, Any] = {"securitySchemes": spec["components"]["securitySchemes"]}
    for ref in sorted(found):
        kind, name = ref.removeprefix("#/components/").split("/", 1)
        components.setdefault(kind, {})[name] = spec["components"][kind][name]
    kept = {key: value for key, value in spec.items() if key not in ("paths", "components", "x-tagGroups")}
    return {**kept, "paths": paths, "components": components}


def _with_droplets_list_parameters(spec: dict[str, Any], change: Any) -> dict[str, Any]:
    """spec with droplets_list's parameter list replaced by change(parameters, components)."""
    operation = spec["paths"]["/v2/droplets"]["get"]
    parameters = change(list(operation["parameters"]), spec["components"]["parameters"])
    paths = {**spec["paths"], "/v2/droplets": {"get": {**operation, "parameters": parameters}}}
    return {**spec, "paths": paths}


@pytest.fixture(scope="module")
def small_pin(openapi_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    """The small copy of the pin, and an output folder generated from it (copy it before generating over it)."""
    work = tmp_path_factory.mktemp("small-pin")
    spec = small_copy(openapi_spec)
    done = _generate(_write_spec(spec, work / "spec.yaml"), work / "generated", work / "report.txt")
    assert done.returncode == 0, done.stderr
    names = set(json.loads((work / "generated" / "surface.json").read_text(encoding="utf-8")))
    assert {"account.get", "apps.get_deployment", "apps.restart", "droplets.list", "actions.get"} <= names
    assert len(names) == len(SMALL)
    return spec, work / "generated"


def _over_small_pin(
    small_pin: tuple[dict[str, Any], Path], tmp_path: Path, spec: dict[str, Any], env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], Path, dict[str, str]]:
    """Generate spec over a copy of the small pin's output: the result, the output folder, its files before."""
    out = tmp_path / "generated"
    shutil.copytree(small_pin[1], out)
    before = _tree(out)
    return _generate(_write_spec(spec, tmp_path / "spec.yaml"), out, tmp_path / "report.txt", env=env), out, before


def _diff_lines(tmp_path: Path) -> list[str]:
    return (tmp_path / "surface-diff.txt").read_text(encoding="utf-8").splitlines()


def test_an_added_required_query_parameter_is_refused_as_breaking(
    small_pin: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    required = {"name": "drill_required", "in": "query", "required": True, "schema": {"type": "string"}}
    spec = _with_droplets_list_parameters(small_pin[0], lambda parameters, _: [*parameters, required])

    done, out, before = _over_small_pin(small_pin, tmp_path, spec)

    assert done.returncode == 1, done.stderr
    [change] = _breaking(done.stderr)
    assert change.startswith("droplets.list: (*, ")
    assert "drill_required: str," in change.split(" -> (", 1)[1]
    assert _tree(out) == before
    assert [line[:16] for line in _diff_lines(tmp_path)] == ["~ droplets.list:"]


def test_an_added_optional_query_parameter_is_an_accepted_change(
    small_pin: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    optional = {"name": "drill_optional", "in": "query", "required": False, "schema": {"type": "string"}}
    spec = _with_droplets_list_parameters(small_pin[0], lambda parameters, _: [*parameters, optional])

    done, out, _ = _over_small_pin(small_pin, tmp_path, spec)

    assert done.returncode == 0, done.stderr
    [line] = _diff_lines(tmp_path)
    assert line.startswith("~ droplets.list: ")
    assert "drill_optional" not in line.split(" -> (", 1)[0]
    assert "drill_optional: str | None = None" in line.split(" -> (", 1)[1]
    surface = json.loads((out / "surface.json").read_text(encoding="utf-8"))
    assert ["drill_optional", "keyword", "None"] in surface["droplets.list"]["parameters"]


def test_a_changed_parameter_default_is_refused(small_pin: tuple[dict[str, Any], Path], tmp_path: Path) -> None:
    def per_page_50(parameters: list[Any], components: dict[str, Any]) -> list[Any]:
        ref = {"$ref": "#/components/parameters/per_page"}
        per_page = components["per_page"]
        assert per_page["schema"]["default"] == 20
        inline = {**per_page, "schema": {**per_page["schema"], "default": 50}}
        return [inline if parameter == ref else parameter for parameter in parameters]

    done, out, before = _over_small_pin(small_pin, tmp_path, _with_droplets_list_parameters(small_pin[0], per_page_50))

    assert done.returncode == 1, done.stderr
    [change] = _breaking(done.stderr)
    assert change.startswith("droplets.list: (*, per_page: int = 20, ")
    assert " -> (*, per_page: int = 50, " in change
    assert _tree(out) == before


def test_a_removed_operation_is_refused_and_allow_breaking_in_the_environment_accepts_it(
    small_pin: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    spec = {**small_pin[0], "paths": {p: item for p, item in small_pin[0]["paths"].items() if p != REMOVED_PATH}}

    refused, out, before = _over_small_pin(small_pin, tmp_path, spec)

    assert refused.returncode == 1, refused.stderr
    assert _breaking(refused.stderr) == ["account.get removed"]
    assert _tree(out) == before
    assert _diff_lines(tmp_path) == ["- account.get"]

    # As `make generate ALLOW_BREAKING=1` runs it: the variable in the environment, no flag.
    accepted = _generate(tmp_path / "spec.yaml", out, tmp_path / "report.txt", env={"ALLOW_BREAKING": "1"})

    assert accepted.returncode == 0, accepted.stderr
    assert _diff_lines(tmp_path) == ["- account.get"]
    assert "account.get" not in json.loads((out / "surface.json").read_text(encoding="utf-8"))
    assert not (out / "pydo_generated" / "api" / "account").exists()
