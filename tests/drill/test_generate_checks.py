"""make spec and make generate refuse bad input with one clear line, before touching generated/."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _load_generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pydo_generate_script", ROOT / "openapi" / "generate.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _load_generate()


def _spec(*operations: tuple[str, ...]) -> dict[str, Any]:
    """A spec of (operationId, method, path[, tag]) operations; the tag is "Apps" unless given."""
    paths: dict[str, Any] = {}
    for operation_id, method, path, *tag in operations:
        paths.setdefault(path, {})[method] = {"operationId": operation_id, "tags": tag or ["Apps"]}
    return {"paths": paths}


def _package(root: Path, *modules: str) -> Path:
    """A generated package holding just these api/ modules ("<tag>/<module>.py")."""
    for module in modules:
        (root / "api" / module).parent.mkdir(parents=True, exist_ok=True)
        (root / "api" / module).write_text("")
    return root


def _facade_ops() -> list[tuple[str, str, str]]:
    """Every operation the facade's own code calls (pydo_facade/_operations.py), apps_restart first."""
    found = [
        (operation_id, where.split(" ", 1)[0].lower(), where.split(" ", 1)[1])
        for operation_id, where in generate._facade_operations().values()
    ]
    return sorted(found, key=lambda op: (op[0] != "apps_restart", op[0] != "apps_get_deployment", op[0]))


FACADE_OPS = _facade_ops()


def test_spec_with_every_facade_operation_passes() -> None:
    generate.check_spec(_spec(*FACADE_OPS))


def test_spec_without_apps_restart_fails_naming_the_facade_method() -> None:
    with pytest.raises(generate.GenerationFailed, match=r"apps\.restart needs operation apps_restart"):
        generate.check_spec(_spec(*FACADE_OPS[1:]))


def test_spec_that_moves_apps_restart_fails_naming_both_paths() -> None:
    moved = _spec(("apps_restart", "post", "/v2/apps/{app_id}/restarts"), *FACADE_OPS[1:])
    with pytest.raises(generate.GenerationFailed, match=r"apps\.restart .* but the spec has it at POST /v2/apps/"):
        generate.check_spec(moved)


def test_generation_that_drops_an_apps_operation_fails_naming_it(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "api" / "apps").mkdir(parents=True)
    (package / "api" / "apps" / "apps_restart.py").write_text("")
    spec = _spec(*FACADE_OPS, ("apps_list", "get", "/v2/apps"))
    with pytest.raises(generate.GenerationFailed) as failure:
        generate.check_operations(spec, package)
    assert "apps_get_deployment" in str(failure.value)
    assert "apps_list (GET /v2/apps)" in str(failure.value)
    assert "apps_restart" not in str(failure.value).replace("apps_restart_", "")


APPS_OPS = FACADE_OPS[:2]
"""apps_restart and apps_get_deployment: the operations with modules in ALL_MODULES."""
OTHER_OPS = [
    ("droplets_list", "get", "/v2/droplets", "Droplets"),
    ("monitoring_get_appRestartCountMetrics.yml", "get", "/v2/monitoring/metrics/apps/restart_count", "Monitoring"),
    ("reservedIPs_create", "post", "/v2/reserved_ips", "Reserved IPs"),
]
ALL_MODULES = [
    "apps/apps_restart.py",
    "apps/apps_get_deployment.py",
    "droplets/droplets_list.py",
    "monitoring/monitoring_get_app_restart_count_metrics_yml.py",  # the dot is a word break
    "reserved_i_ps/reserved_i_ps_create.py",
]


def test_generation_with_a_module_for_every_operation_passes(tmp_path: Path) -> None:
    generate.check_operations(_spec(*APPS_OPS, *OTHER_OPS), _package(tmp_path, *ALL_MODULES))


@pytest.mark.parametrize("dropped", range(len(ALL_MODULES)))
def test_generation_that_drops_any_operation_fails_naming_it_and_its_module(tmp_path: Path, dropped: int) -> None:
    package = _package(tmp_path, *(m for i, m in enumerate(ALL_MODULES) if i != dropped))
    operation_id, method, path, *_ = [*APPS_OPS, *OTHER_OPS][dropped]
    with pytest.raises(generate.GenerationFailed) as failure:
        generate.check_operations(_spec(*APPS_OPS, *OTHER_OPS), package)
    message = str(failure.value)
    assert "dropped 1 operation(s);" in message
    assert f"{operation_id} ({method.upper()} {path}): no api/{ALL_MODULES[dropped]}" in message


def test_a_module_in_another_tag_folder_does_not_count(tmp_path: Path) -> None:
    package = _package(tmp_path, *ALL_MODULES[:2], "default/droplets_list.py")
    with pytest.raises(generate.GenerationFailed, match=r"droplets_list \(GET /v2/droplets\): no api/droplets/"):
        generate.check_operations(_spec(*APPS_OPS, OTHER_OPS[0]), package)


def test_two_operations_that_would_share_a_module_fail(tmp_path: Path) -> None:
    spec = _spec(*APPS_OPS, ("droplets_list", "get", "/v2/droplets", "Droplets"),
                 ("dropletsList", "get", "/v2/droplets/all", "Droplets"))  # fmt: skip
    package = _package(tmp_path, *ALL_MODULES[:3])
    with pytest.raises(generate.GenerationFailed, match=r"would share one module, api/droplets/droplets_list\.py"):
        generate.check_operations(spec, package)


def test_an_operation_without_operation_id_needs_the_module_the_generator_names_after_its_path(tmp_path: Path) -> None:
    spec = _spec(*APPS_OPS)
    spec["paths"]["/v2/widgets/{widget_id}"] = {"get": {}}
    with pytest.raises(generate.GenerationFailed, match=r"no operationId \(GET /v2/widgets/\{widget_id\}\): no api/"):
        generate.check_operations(spec, _package(tmp_path, *ALL_MODULES[:2]))
    generate.check_operations(spec, _package(tmp_path, "default/get_v2_widgets_widget_id.py"))


def _unreadable() -> str:
    """A spec with every operation the facade calls, and one the generator cannot read (widgets_create)."""
    paths: dict[str, Any] = {}
    for operation_id, method, path in FACADE_OPS:
        parameters = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in re.findall(r"{([^}]+)}", path)
        ]
        operation = {"operationId": operation_id, "tags": ["Apps"], "responses": {"200": {"description": "ok"}}}
        paths.setdefault(path, {})[method] = {**operation, "parameters": parameters}
    paths["/v2/widgets"] = {
        "post": {
            "operationId": "widgets_create",
            "tags": ["Widgets"],
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/no_such_schema"}}}
            },
            "responses": {"204": {"description": "created"}},
        }
    }
    info = {"title": "A spec the generator cannot fully read", "version": "1"}
    return yaml.safe_dump({"openapi": "3.0.0", "info": info, "paths": paths}, sort_keys=False)


UNREADABLE = _unreadable()


def test_make_generate_refuses_a_result_missing_an_operation_and_writes_nothing(tmp_path: Path) -> None:
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(UNREADABLE, encoding="utf-8")
    out, report = tmp_path / "generated", tmp_path / "report.txt"
    done = subprocess.run(
        [sys.executable, str(ROOT / "openapi" / "generate.py"), "generate",
         "--spec", str(spec_path), "--out", str(out), "--report", str(report)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert done.returncode != 0
    assert "the generator dropped 1 operation(s)" in done.stderr
    assert "widgets_create (POST /v2/widgets): no api/widgets/widgets_create.py" in done.stderr
    # ...and why, in the generator's words (the report is not written: it would describe no generated/)
    assert "endpoint POST /v2/widgets [widgets]: endpoint not generated: " in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert not report.exists()


def test_report_lines_are_sorted_and_free_of_object_addresses() -> None:
    class Level:
        value = "WARNING"

    class Err:
        level = Level()

        def __init__(self, header: str, detail: str) -> None:
            self.header, self.detail = header, detail

    lines = generate._report_lines(
        [
            Err(
                "Unable to process schema /components/schemas/b:",
                "Bad Failure to process schema "
                "has resulted in the removal of:\n/components/schemas/z\n/components/schemas/a",
            ),
            Err("WARNING parsing GET /v2/x within x. Endpoint will not be generated.", "<obj at 0x7f00ab>"),
        ]
    )
    assert lines == sorted(lines)
    assert lines[0] == "endpoint GET /v2/x [x]: endpoint not generated: <obj>"
    assert lines[1].endswith("removed: /components/schemas/a /components/schemas/z")


# --- make spec -------------------------------------------------------------------------------


def _spec_tree(tmp_path: Path, shared_text: str | None) -> Path:
    """A copy of openapi/spec.sh and spec.lock in a scratch project, with or without a ../shared spec."""
    root = tmp_path / "project"
    (root / "openapi").mkdir(parents=True)
    shutil.copy(ROOT / "openapi" / "spec.sh", root / "openapi" / "spec.sh")
    shutil.copy(ROOT / "openapi" / "spec.lock", root / "openapi" / "spec.lock")
    if shared_text is not None:
        (tmp_path / "shared" / "openapi").mkdir(parents=True)
        (tmp_path / "shared" / "openapi" / "DigitalOcean-public.v2.yaml").write_text(shared_text)
    return root


def _run_spec(root: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(root / "openapi" / "spec.sh"), "get"],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_spec_with_wrong_sha256_stops_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    root = _spec_tree(tmp_path, "openapi: 3.0.0\n")
    done = _run_spec(root)
    assert done.returncode != 0
    assert "sha256 mismatch" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (root / "openapi" / "DigitalOcean-public.v2.yaml").exists()
    assert not (root / "openapi" / "DigitalOcean-public.v2.yaml.partial").exists()


def test_spec_source_that_does_not_exist_is_named(tmp_path: Path) -> None:
    root = _spec_tree(tmp_path, None)
    done = _run_spec(root, {"SPEC_SOURCE": str(tmp_path / "nope.yaml")})
    assert done.returncode != 0
    assert "SPEC_SOURCE" in done.stderr
    assert "does not exist" in done.stderr


def test_spec_from_source_with_matching_sha256_is_installed(tmp_path: Path) -> None:
    text = "openapi: 3.0.0\n"
    root = _spec_tree(tmp_path, None)
    lock = root / "openapi" / "spec.lock"
    digest = hashlib.sha256(text.encode()).hexdigest()
    lock.write_text(
        "\n".join(f"SHA256={digest}" if line.startswith("SHA256=") else line for line in lock.read_text().splitlines())
        + "\n"
    )
    source = tmp_path / "bundle.yaml"
    source.write_text(text)
    done = _run_spec(root, {"SPEC_SOURCE": str(source)})
    assert done.returncode == 0, done.stderr
    assert (root / "openapi" / "DigitalOcean-public.v2.yaml").read_text() == text


def test_no_source_reachable_says_what_is_missing(tmp_path: Path) -> None:
    root = _spec_tree(tmp_path, None)
    # No ../shared, and a PATH without node: the fetch path must explain itself in one line.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "sed", "sha256sum", "cut", "mktemp", "rm", "dirname", "cat"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    done = _run_spec(root, {"PATH": str(bin_dir)})
    assert done.returncode != 0
    assert "node is not installed" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


ENTRY = """openapi: 3.0.0
info:
  title: A tiny upstream
  version: "1"
paths:
  /v2/ping:
    get:
      operationId: ping
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: resources/pong.yml
"""


def _tiny_upstream(tmp_path: Path, commit: str) -> Path:
    """A repository archive laid out as the upstream's (an entry file that $refs another file), served by file://."""
    upstream = tmp_path / "upstream"
    tree = upstream / "src" / f"openapi-{commit}"
    (tree / "specification" / "resources").mkdir(parents=True)
    (tree / "specification" / "DigitalOcean-public.v2.yaml").write_text(ENTRY)
    (tree / "specification" / "resources" / "pong.yml").write_text(
        "type: object\nproperties:\n  pong:\n    type: boolean\n"
    )
    (upstream / "archive").mkdir()
    with tarfile.open(upstream / "archive" / f"{commit}.tar.gz", "w:gz") as archive:
        archive.add(tree, arcname=tree.name)
    return upstream


@pytest.mark.slow
def test_update_spec_fetches_bundles_and_moves_the_pin(tmp_path: Path) -> None:
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        pytest.skip("needs the pinned @redocly/cli in ./node_modules: run `make contract-deps`")
    commit = "ab" * 20
    root = _spec_tree(tmp_path, None)
    (root / "node_modules").symlink_to(ROOT / "node_modules")
    lock = root / "openapi" / "spec.lock"
    upstream = _tiny_upstream(tmp_path, commit)
    lock.write_text(
        "\n".join(
            f"REPOSITORY=file://{upstream}" if line.startswith("REPOSITORY=") else line
            for line in lock.read_text().splitlines()
        )
        + "\n"
    )
    script = str(root / "openapi" / "spec.sh")
    updated = subprocess.run(["bash", script, "update", commit], capture_output=True, text=True, timeout=120)
    assert updated.returncode == 0, updated.stderr
    bundle = root / "openapi" / "DigitalOcean-public.v2.yaml"
    text = bundle.read_text()
    assert "resources/pong.yml" not in text
    assert "pong" in text
    digest = hashlib.sha256(bundle.read_bytes()).hexdigest()
    pinned = dict(line.split("=", 1) for line in lock.read_text().splitlines() if "=" in line and line[0] != "#")
    assert (pinned["COMMIT"], pinned["SHA256"]) == (commit, digest)

    # With no local copy and no ../shared, `make spec` fetches and bundles the pin again: byte for byte.
    bundle.unlink()
    fetched = _run_spec(root)
    assert fetched.returncode == 0, fetched.stderr
    assert hashlib.sha256(bundle.read_bytes()).hexdigest() == digest


def test_update_spec_refuses_a_commit_that_is_not_a_sha(tmp_path: Path) -> None:
    root = _spec_tree(tmp_path, None)
    done = subprocess.run(["bash", str(root / "openapi" / "spec.sh"), "update", "main"], capture_output=True, text=True)
    assert done.returncode != 0
    assert "COMMIT=<40-hex" in done.stderr


# --- the surface diff: which signature changes refuse a generation ----------------------------------------


def _surface(**methods: list[list[Any]]) -> str:
    """A surface_json() text of methods ("group__method") with these [name, kind, default] parameters."""
    entries = {
        name.replace("__", "."): {
            "operation_id": name,
            "http": "GET /v2/x",
            "signature": repr(parameters),  # differs exactly when the parameters do
            "parameters": parameters,
        }
        for name, parameters in methods.items()
    }
    return json.dumps(entries)


DROPLETS_LIST = [["per_page", "keyword", "20"], ["tag_name", "keyword", "None"]]
NFS_GET = [["nfs_id", "positional", None], ["region", "keyword", None]]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (DROPLETS_LIST, [*DROPLETS_LIST, ["name", "keyword", "None"]]),  # a new optional keyword
        (NFS_GET, [NFS_GET[0], ["region", "keyword", "None"]]),  # a required keyword became optional
        (NFS_GET, [NFS_GET[0], ["body", "positional", "None"], NFS_GET[1]]),  # a new optional body, last
        (DROPLETS_LIST, DROPLETS_LIST[::-1]),  # keywords in another order
    ],
    ids=["new optional keyword", "required became optional", "new optional body", "keywords reordered"],
)
def test_a_change_no_working_call_notices_is_listed_but_not_breaking(old: list[Any], new: list[Any]) -> None:
    changes = generate.surface.diff(_surface(droplets__list=old), _surface(droplets__list=new))
    assert (changes.added, changes.removed, changes.breaking) == ([], [], [])
    assert [line.split(":")[0] for line in changes.changed] == ["droplets.list"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (DROPLETS_LIST, [*DROPLETS_LIST, ["name", "keyword", None]]),  # a new required keyword
        (DROPLETS_LIST, [["per_page", "keyword", "50"], DROPLETS_LIST[1]]),  # a changed default
        (DROPLETS_LIST, [DROPLETS_LIST[0], ["tag_name", "keyword", None]]),  # an optional keyword became required
        (DROPLETS_LIST, DROPLETS_LIST[:1]),  # a keyword removed
        (NFS_GET, [["nfs_id", "keyword", None], NFS_GET[1]]),  # a positional became keyword-only
        ([*NFS_GET[:1], ["share_id", "positional", None]], [["share_id", "positional", None], *NFS_GET]),  # reordered
    ],
    ids=["new required", "default changed", "became required", "removed", "became keyword", "positions moved"],
)
def test_a_change_that_can_break_a_working_call_is_breaking(old: list[Any], new: list[Any]) -> None:
    changes = generate.surface.diff(_surface(droplets__list=old), _surface(droplets__list=new))
    assert [line.split(":")[0] for line in changes.breaking] == ["droplets.list"]


def test_a_removed_method_is_breaking_and_an_added_one_is_not() -> None:
    changes = generate.surface.diff(
        _surface(account__get=[], droplets__list=DROPLETS_LIST), _surface(droplets__list=DROPLETS_LIST, sizes__list=[])
    )
    assert (changes.added, changes.removed, changes.changed) == (["sizes.list"], ["account.get"], [])
    assert changes.breaking == ["account.get removed"]
    assert changes.text() == "+ sizes.list\n- account.get\n"


def test_a_first_generation_adds_everything_and_breaks_nothing() -> None:
    changes = generate.surface.diff(None, _surface(droplets__list=DROPLETS_LIST))
    assert (changes.added, changes.removed, changes.breaking) == (["droplets.list"], [], [])
