"""openapi/normalize.py: each rule rewrites its construct into one the real generator reads, and nothing else."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

ROOT = Path(__file__).resolve().parents[2]
REF = "#/components/schemas/"


def _load_normalize() -> ModuleType:
    found = importlib.util.spec_from_file_location("pydo_normalize_under_test", ROOT / "openapi" / "normalize.py")
    assert found
    assert found.loader
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


normalize = _load_normalize()


def _spec(schemas: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """A one-operation spec (POST /v2/things, operationId things_create) whose JSON request body is body."""
    return {
        "openapi": "3.0.0",
        "info": {"title": "fragment", "version": "1"},
        "paths": {
            "/v2/things": {
                "post": {
                    "operationId": "things_create",
                    "tags": ["Things"],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
        "components": {"schemas": schemas},
    }


def _problems(spec: dict[str, Any]) -> str:
    """What the real generator, with the project's config, cannot read in spec ("" when it reads all of it)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "openapi" / "config.yaml"),
        MetaType.NONE,
        Path("fragment.yaml"),
        "utf-8",
        overwrite=True,
        output_path=None,
    )
    parsed = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    assert isinstance(parsed, GeneratorData), parsed
    collections = parsed.endpoint_collections_by_tag.values()
    errors = [*parsed.errors, *(error for collection in collections for error in collection.parse_errors)]
    problems = [" ".join(f"{error.header or ''} {error.detail or ''}".split()) for error in errors]
    if "things_create" not in {str(e.name) for collection in collections for e in collection.endpoints}:
        problems.append("things_create not generated")
    return "; ".join(problems)


def _applied(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """normalize, checking on the way that it left its input alone and that a second pass changes nothing."""
    before = copy.deepcopy(spec)
    normalised, lines = normalize.normalize(spec)
    assert spec == before
    assert normalize.normalize(normalised) == (normalised, [])
    return normalised, lines


def test_annotated_non_object_reference_becomes_the_reference_with_its_annotations_beside_it() -> None:
    tags = {"type": "array", "items": {"type": "string"}, "nullable": True}
    annotated = {"allOf": [{"$ref": REF + "tags"}, {"description": "Tags to allow.", "example": ["web"]}]}
    spec = _spec({"tags": tags}, {"type": "object", "properties": {"tags": annotated}})
    assert "Cannot take allOf a non-object" in _problems(spec)

    normalised, lines = _applied(spec)

    schema = normalised["paths"]["/v2/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["tags"] == {
        "allOf": [{"$ref": REF + "tags"}],
        "description": "Tags to allow.",
        "example": ["web"],
    }
    assert lines == [
        "normalised /paths/~1v2~1things/post/requestBody/content/application~1json/schema/properties/tags: "
        "annotated_non_object_reference: allOf [tags, {description, example}] -> allOf [tags] with description, example"
    ]
    assert _problems(normalised) == ""


def test_annotated_non_object_reference_leaves_object_references_and_allof_with_structure_alone() -> None:
    base = {"type": "object", "properties": {"id": {"type": "string"}}}
    label = {"type": "string"}
    body = {
        "type": "object",
        "properties": {
            "annotated_model": {"allOf": [{"$ref": REF + "base"}, {"description": "a model: the generator merges it"}]},
            "constrained": {"allOf": [{"$ref": REF + "label"}, {"type": "string", "maxLength": 3}]},
        },
    }
    spec = _spec({"base": base, "label": label}, body)

    normalised, lines = _applied(spec)

    assert (normalised, lines) == (spec, [])


def test_single_reference_alias_gets_its_own_keywords_as_a_second_member() -> None:
    base = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "labels": {"type": "object", "nullable": True}},
    }
    alias = {"type": "object", "allOf": [{"$ref": REF + "base"}], "required": ["name"]}
    spec = _spec({"base": base, "pool_update": alias}, {"$ref": REF + "pool_update"})
    # base processed twice: its nullable `labels` object (a union) registers its model twice
    assert "Invalid property in union" in _problems(spec)

    normalised, lines = _applied(spec)

    assert normalised["components"]["schemas"]["pool_update"] == {
        "type": "object",
        "allOf": [{"$ref": REF + "base"}, {"type": "object", "required": ["name"]}],
    }
    assert lines == [
        "normalised /components/schemas/pool_update: single_reference_alias: "
        "allOf [base] -> allOf [base, {required, type}] (moved: required)"
    ]
    assert _problems(normalised) == ""


def test_single_reference_alias_of_a_model_with_inline_models_becomes_a_model_of_its_own() -> None:
    base = {"type": "object", "properties": {"labels": {"type": "object", "nullable": True}}}
    spec = _spec({"base": base, "alias": {"allOf": [{"$ref": REF + "base"}]}}, {"$ref": REF + "alias"})
    assert "Invalid property in union" in _problems(spec)

    normalised, lines = _applied(spec)

    assert normalised["components"]["schemas"]["alias"] == {"allOf": [{"$ref": REF + "base"}, {"type": "object"}]}
    assert lines == [
        "normalised /components/schemas/alias: single_reference_alias: "
        "allOf [base] -> allOf [base, {type}] (base declares inline models)"
    ]
    assert _problems(normalised) == ""


def test_single_reference_alias_leaves_a_bare_alias_of_a_model_without_inline_models_alone() -> None:
    base = {"type": "object", "properties": {"name": {"type": "string"}}}
    spec = _spec(
        {"base": base, "alias": {"type": "object", "allOf": [{"$ref": REF + "base"}]}}, {"$ref": REF + "alias"}
    )

    assert _applied(spec) == (spec, [])


def test_inline_union_member_to_component_hoists_a_member_that_takes_allof_from_a_model() -> None:
    base = {"type": "object", "properties": {"name": {"type": "string"}}}
    by_id = {
        "title": "Assign by ID",
        "allOf": [{"type": "object", "properties": {"ids": {"type": "array", "items": {"type": "integer"}}}},
                  {"$ref": REF + "base"}],
        "required": ["ids"],
    }  # fmt: skip
    by_tag = {"type": "object", "properties": {"tag": {"type": "string"}}, "required": ["tag"]}
    spec = _spec({"base": base, "thing_create": {"oneOf": [by_id, by_tag]}}, {"$ref": REF + "thing_create"})
    # the member is built before base's properties are known ("Reference ... in allOf was not processed")
    assert "Invalid property in union" in _problems(spec)

    normalised, lines = _applied(spec)

    schemas = normalised["components"]["schemas"]
    assert schemas["thing_create"] == {"oneOf": [{"$ref": REF + "thing_create_oneOf_0"}, by_tag]}
    assert schemas["thing_create_oneOf_0"] == by_id
    assert lines == [
        "normalised /components/schemas/thing_create/oneOf/0: inline_union_member_to_component: "
        "-> $ref #/components/schemas/thing_create_oneOf_0"
    ]
    assert _problems(normalised) == ""


def test_inline_union_member_to_component_hoists_a_member_with_an_inline_object_property() -> None:
    name = {"title": "Name", "type": "object", "properties": {"name": {"type": "string"}}}
    bgp = {"title": "BGP", "type": "object", "properties": {"bgp": {"type": "object", "properties": {}}}}
    spec = _spec({"attachment_update": {"anyOf": [name, bgp]}}, {"$ref": REF + "attachment_update"})
    assert 'duplicate models with name "BGPBgp"' in _problems(spec)

    normalised, lines = _applied(spec)

    schemas = normalised["components"]["schemas"]
    assert schemas["attachment_update"] == {"anyOf": [name, {"$ref": REF + "attachment_update_anyOf_1"}]}
    assert schemas["attachment_update_anyOf_1"] == bgp
    assert len(lines) == 1
    assert _problems(normalised) == ""


def test_inline_union_member_to_component_leaves_a_union_of_one_member_alone() -> None:
    only = {"type": "object", "properties": {"bgp": {"type": "object", "properties": {}}}}
    spec = _spec({"attachment_update": {"anyOf": [only]}}, {"$ref": REF + "attachment_update"})

    assert _applied(spec) == (spec, [])


def test_duplicate_model_title_is_dropped_from_every_schema_that_shares_it() -> None:
    region = {"title": "Reserve to Region", "type": "object", "properties": {"region": {"type": "string"}}}
    droplet = {"title": "Assign to Droplet", "type": "object", "properties": {"droplet_id": {"type": "integer"}}}
    spec = _spec(
        {
            "ip_create": {"oneOf": [droplet, region]},
            "ipv6_create": {**region, "properties": {"region_slug": {"type": "string"}}},
        },
        {"$ref": REF + "ipv6_create"},
    )
    assert 'duplicate models with name "ReserveToRegion"' in _problems(spec)

    normalised, lines = _applied(spec)

    schemas = normalised["components"]["schemas"]
    assert "title" not in schemas["ipv6_create"]
    assert "title" not in schemas["ip_create"]["oneOf"][1]
    assert schemas["ip_create"]["oneOf"][0]["title"] == "Assign to Droplet"  # unique: kept
    assert lines == [
        "normalised /components/schemas/ip_create/oneOf/1: duplicate_model_title: "
        "title 'Reserve to Region' dropped (2 models named ReserveToRegion)",
        "normalised /components/schemas/ipv6_create: duplicate_model_title: "
        "title 'Reserve to Region' dropped (2 models named ReserveToRegion)",
    ]
    assert _problems(normalised) == ""


def test_every_rule_is_documented_and_has_a_test_here() -> None:
    tests = [name for name in globals() if name.startswith("test_")]
    for rule in normalize.RULES:
        assert rule.__doc__, f"{rule.__name__}: say which construct it rewrites and why the generator cannot read it"
        assert any(rule.__name__ in name for name in tests), f"{rule.__name__} has no test_{rule.__name__}_... here"


# --- the pinned spec ---------------------------------------------------------------------------


def _differences(left: Any, right: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The paths at which two JSON-like values differ (a key on one side only counts as a difference)."""
    if isinstance(left, dict) and isinstance(right, dict):
        found: list[tuple[str, ...]] = []
        for key in sorted(set(left) | set(right), key=str):
            if key not in left or key not in right:
                found.append((*path, str(key)))
            else:
                found.extend(_differences(left[key], right[key], (*path, str(key))))
        return found
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        return [
            d for i, (a, b) in enumerate(zip(left, right, strict=True)) for d in _differences(a, b, (*path, str(i)))
        ]
    return [] if left == right else [path]


@pytest.fixture(scope="module")
def pinned(openapi_spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    result: tuple[dict[str, Any], list[str]] = normalize.normalize(openapi_spec)
    return result


def test_normalising_the_pinned_spec_is_deterministic(
    openapi_spec: dict[str, Any], pinned: tuple[dict[str, Any], list[str]]
) -> None:
    assert normalize.normalize(openapi_spec) == pinned
    normalised, lines = pinned
    assert lines == sorted(lines)
    assert lines, "the pinned spec needs no rewrite any more: drop the rules it no longer needs"
    assert normalize.normalize(normalised) == (normalised, [])  # an already-normal spec stays as it is


def test_the_pinned_spec_changes_only_where_the_report_says(
    openapi_spec: dict[str, Any], pinned: tuple[dict[str, Any], list[str]]
) -> None:
    normalised, lines = pinned
    reported = [line.split(": ", 1)[0].removeprefix("normalised ") for line in lines]
    created = [line.rsplit("$ref " + REF, 1)[1] for line in lines if "$ref " + REF in line]

    def pointer(path: tuple[str, ...]) -> str:
        return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in path)

    unexplained = [
        pointer(path)
        for path in _differences(openapi_spec, normalised)
        if not any(pointer(path) == where or pointer(path).startswith(where + "/") for where in reported)
        and path[:3] not in {("components", "schemas", name) for name in created}
    ]
    assert unexplained == []
