"""spec_values builds arguments the spec's own schemas accept: every synthesized body, every parameter value."""

from __future__ import annotations

import copy

import pytest

from .conftest import ROOT, SPEC
from .spec_values import SpecValues, load_spec

# Operations whose request schema accepts no sensible body (see SPECIAL_CASES in test_every_operation.py),
# with the one error jsonschema gives for the synthesized body.
NO_VALID_BODY = {
    "dropletActions_post_byTag": "is valid under each of",
}
# Request examples that their own schema rejects (the test sends a synthesized body instead), with why.
# Empty for the pinned spec: a spec update that adds one shows here.
REJECTED_REQUEST_EXAMPLES: dict[str, str] = {}


@pytest.fixture(scope="module")
def values() -> SpecValues:
    if not SPEC.exists():
        pytest.skip(f"{SPEC.relative_to(ROOT)} is missing: run `make spec`")
    return SpecValues(load_spec(SPEC))


def _json_body_operations(values: SpecValues) -> list[str]:
    found = []
    for op in values.operations():
        media = values.request_media(op.operation_id)
        if media is not None and media[0].endswith("json"):
            found.append(op.operation_id)
    return found


def test_every_synthesized_body_is_valid_for_its_schema(values: SpecValues) -> None:
    operations = _json_body_operations(values)
    assert len(operations) > 200
    invalid = {}
    for operation_id in operations:
        _, media, where = values.request_media(operation_id) or ("", {}, "")
        errors = values.errors(where, values.synthesize(media.get("schema") or {}, where))
        if errors:
            invalid[operation_id] = "; ".join(errors)
    assert set(invalid) == set(NO_VALID_BODY), invalid
    for operation_id, message in NO_VALID_BODY.items():
        assert message in invalid[operation_id]


def test_request_examples_rejected_by_their_schema_are_replaced_by_a_synthesized_body(values: SpecValues) -> None:
    rejected = {}
    for operation_id in _json_body_operations(values):
        choice = values.request_body(operation_id)
        if choice.example_error is not None:
            assert choice.source == "synthesized"
            rejected[operation_id] = choice.example_error
        elif values.request_example(operation_id)[0]:
            assert choice.source == "example"
    assert sorted(rejected) == sorted(REJECTED_REQUEST_EXAMPLES), rejected


def test_every_path_and_required_parameter_value_is_valid_for_its_schema(values: SpecValues) -> None:
    checked = 0
    for op in values.operations():
        for parameter in op.parameters:
            if parameter["in"] == "path" or parameter.get("required"):
                value = values.parameter_value(parameter)
                assert value is not None, (op.operation_id, parameter["name"])
                errors = values.errors(values.parameter_pointer(parameter), value)
                assert not errors, (op.operation_id, parameter["name"], value, errors)
                checked += 1
    assert checked > 700


def test_a_bad_request_example_is_reported_and_replaced(values: SpecValues) -> None:
    spec = copy.deepcopy(values.spec)
    media = spec["paths"]["/v2/tags"]["post"]["requestBody"]["content"]["application/json"]
    media["example"] = {"name": 42}
    changed = SpecValues(spec)
    choice = changed.request_body("tags_create")
    assert choice.source == "synthesized"
    assert choice.example_error is not None
    assert "42 is not of type 'string'" in choice.example_error
    where = (changed.request_media("tags_create") or ("", {}, ""))[2]
    assert not changed.errors(where, choice.value)


def test_required_names_listed_in_an_allof_member_take_their_schema_from_a_sibling(values: SpecValues) -> None:
    # kubernetes_node_pool: allOf [size, base] with `required: [name, size, count]` beside it.
    value = values.synthesize({"$ref": "#/components/schemas/kubernetes_node_pool"}, "")
    assert isinstance(value["count"], int)
    assert isinstance(value["name"], str)
    assert not values.errors("#/components/schemas/kubernetes_node_pool", value)


def test_an_anyof_of_required_names_takes_the_first_branch_with_the_sibling_schema(values: SpecValues) -> None:
    # firewalls_add_rules: allOf [firewall_rules, anyOf [{required: [inbound_rules]}, {required: [outbound_rules]}]].
    _, media, where = values.request_media("firewalls_add_rules") or ("", {}, "")
    value = values.synthesize(media["schema"], where)
    assert isinstance(value["inbound_rules"], list)
    assert not values.errors(where, value)
