"""The compact description the fake serves from (generated/pydo_generated/fake_spec.json), and when it is read."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "DigitalOcean-public.v2.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@pytest.fixture(scope="module")
def text() -> str:
    return resources.files("pydo_generated").joinpath("fake_spec.json").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def description(text: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(text)
    return value


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "$ref" in node:
            yield str(node["$ref"])
        for key, value in node.items():
            if key not in ("example", "default", "enum"):
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def test_it_is_minified_json(text: str, description: dict[str, Any]) -> None:
    assert text == json.dumps(description, separators=(",", ":"), ensure_ascii=False) + "\n"


def test_it_is_small_next_to_the_bundle(text: str) -> None:
    size = len(text.encode())
    print(f"\nfake_spec.json: {size} bytes")
    assert size < 1_500_000
    if SPEC.exists():
        assert size < SPEC.stat().st_size / 2


def test_it_has_every_operation_of_the_spec_with_its_pydo_name(
    description: dict[str, Any], openapi_spec: dict[str, Any]
) -> None:
    in_spec = {
        node["operationId"]: (method.upper(), path)
        for path, item in openapi_spec["paths"].items()
        for method, node in item.items()
        if method in HTTP_METHODS
    }
    described = {op["id"]: (op["method"], op["path"]) for op in description["operations"]}
    assert described == in_spec
    import pydo_generated.groups
    from test_fake_every_operation import OPERATIONS

    assert pydo_generated.groups  # the generated groups name the same operations the same way
    assert {op["name"]: op["id"] for op in description["operations"]} == {
        name: operation.operation_id for name, operation in OPERATIONS.items()
    }


def test_its_components_are_exactly_the_schemas_referenced(description: dict[str, Any]) -> None:
    schemas = description["components"]["schemas"]
    reached: set[str] = set()
    pending = [*refs(description["operations"]), *refs(description["responses"])]
    while pending:
        name = pending.pop().removeprefix("#/components/schemas/").split("/", 1)[0]
        if name not in reached:
            reached.add(name)
            pending.extend(refs(schemas[name]))
    assert reached == set(schemas)


def test_its_schemas_keep_their_refs_and_lose_their_prose(description: dict[str, Any]) -> None:
    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            yield node
            for key, value in node.items():
                if key == "properties":
                    for member in value.values():
                        yield from walk(member)
                elif key not in ("example", "default", "enum"):
                    yield from walk(value)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    nodes = list(walk(description["components"]))
    assert not [n for n in nodes if "description" in n or "title" in n or any(k.startswith("x-") for k in n)]
    assert sum(1 for n in nodes if "$ref" in n) > 500


def test_it_records_examples_errors_and_bodies(description: dict[str, Any]) -> None:
    by_name = {op["name"]: op for op in description["operations"]}
    droplets = by_name["droplets.list"]
    assert droplets["success"][0]["status"] == 200
    assert "droplets" in droplets["success"][0]["example"]
    assert {"401", "429", "500", "default"} <= set(droplets["errors"])
    assert description["responses"][droplets["errors"]["401"]]["example"]["id"] == "unauthorized"
    assert by_name["droplets.create"]["body"]["media"] == "application/json"
    assert [s["media"] for s in by_name["invoices.get_pdf_by_uuid"]["success"]] == ["application/pdf"]
    assert by_name["inference.upload_batch_file"]["auth"] is False


def test_it_ships_in_the_wheel_beside_the_generated_client() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "generated/pydo_generated" in project["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "generated/pydo_generated/fake_spec.json"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 1  # not ignored: it is committed with the rest of generated/
    testing = project["project"]["optional-dependencies"]["testing"]
    assert sorted(requirement.split(">")[0] for requirement in testing) == ["jsonschema", "trustme"]


def test_import_pydo_facade_imports_neither_the_fake_nor_its_extra() -> None:
    modules = "('pydo_facade.testing', 'jsonschema', 'trustme')"
    code = f"import sys, pydo_facade; print(*(m in sys.modules for m in {modules}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False", "False"]


def test_the_description_is_read_when_a_fake_starts_and_not_before() -> None:
    code = (
        "from pydo_facade.testing import FakeDigitalOcean, _spec\n"
        "fake = FakeDigitalOcean()\n"
        "before = _spec.load_spec.cache_info().currsize\n"
        "with fake: pass\n"
        "import sys; print(before, _spec.load_spec.cache_info().currsize, 'trustme' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "1", "False"]  # and trustme only for tls=True
