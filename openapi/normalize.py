"""Rewrite, in memory, the spec constructs openapi-python-client cannot read (applied by generate.py).

Each rule is one function: it takes the whole spec (a dict it may change in place) and returns
(where, what) for every rewrite it made, `where` being a JSON pointer (RFC 6901) into the spec as
the rules before it left it. The rules keep the spec's meaning: they move keywords the generator
ignores or mishandles to places it reads, and never drop a constraint the API checks (a title is
documentation). They look for constructs, not names, so they apply to a spec update as they do to
the pinned spec. `normalize` runs them in order on a copy:

    normalised, applied = normalize(spec)   # applied: sorted report lines, one per rewrite
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from openapi_python_client.strings import pascal_case

__all__ = ["RULES", "normalize"]

Schema = dict[str, Any]
Rewrite = tuple[str, str]
Rule = Callable[[dict[str, Any]], list[Rewrite]]

COMPONENTS = "#/components/schemas/"
# Keywords that give a schema its shape: an allOf member holding any of them is not a bare annotation.
STRUCTURE = frozenset(
    {"$ref", "type", "properties", "required", "items", "allOf", "oneOf", "anyOf", "not", "additionalProperties",
     "enum", "nullable", "discriminator"}
)  # fmt: skip
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) to the spec location named by parts."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def _component_name(ref: object) -> str | None:
    """The component schema a local $ref names, or None for anything else."""
    if isinstance(ref, str) and ref.startswith(COMPONENTS):
        return ref[len(COMPONENTS) :]
    return None


def _nested(schema: Schema) -> Iterator[tuple[tuple[object, ...], Any]]:
    """The subschemas directly inside a schema, each with its path relative to it."""
    for name, value in (schema.get("properties") or {}).items():
        yield ("properties", name), value
    for key in ("items", "additionalProperties", "not"):
        if key in schema:
            yield (key,), schema[key]
    for key in ("allOf", "oneOf", "anyOf"):
        for index, value in enumerate(schema.get(key) or []):
            yield (key, index), value


def _walk(schema: Any, path: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], Schema]]:
    """Every schema object at or below schema (depth first, in document order), with its path."""
    if not isinstance(schema, dict):
        return
    yield path, schema
    for relative, value in _nested(schema):
        yield from _walk(value, path + relative)


def _content_schemas(holder: Any, path: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], Any]]:
    """The schemas of a request body, response, parameter or header object."""
    if not isinstance(holder, dict):
        return
    if "schema" in holder:
        yield (*path, "schema"), holder["schema"]
    for media, content in (holder.get("content") or {}).items():
        if isinstance(content, dict) and "schema" in content:
            yield (*path, "content", media, "schema"), content["schema"]
    for name, header in (holder.get("headers") or {}).items():
        yield from _content_schemas(header, (*path, "headers", name))


def _top_schemas(spec: dict[str, Any]) -> Iterator[tuple[tuple[object, ...], Any]]:
    """The root of every schema tree in the spec: components first, then each operation's."""
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield ("components", "schemas", name), schema
    for section in ("parameters", "requestBodies", "responses", "headers"):
        for name, holder in (components.get(section) or {}).items():
            yield from _content_schemas(holder, ("components", section, name))
    for route, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for index, parameter in enumerate(item.get("parameters") or []):
            yield from _content_schemas(parameter, ("paths", route, "parameters", index))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            base = ("paths", route, method)
            for index, parameter in enumerate(operation.get("parameters") or []):
                yield from _content_schemas(parameter, (*base, "parameters", index))
            yield from _content_schemas(operation.get("requestBody"), (*base, "requestBody"))
            for status, response in (operation.get("responses") or {}).items():
                yield from _content_schemas(response, (*base, "responses", status))


def _schemas(spec: dict[str, Any]) -> Iterator[tuple[tuple[object, ...], Schema]]:
    """Every schema object in the spec (a snapshot: rules may change the spec while iterating)."""
    found: list[tuple[tuple[object, ...], Schema]] = []
    for path, schema in _top_schemas(spec):
        found.extend(_walk(schema, path))
    return iter(found)


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    """The schema itself, or the component schema its $ref chain ends at (None when it dangles)."""
    seen: set[str] = set()
    components = (spec.get("components") or {}).get("schemas") or {}
    while isinstance(schema, dict) and "$ref" in schema:
        name = _component_name(schema["$ref"])
        if name is None or name in seen:
            return None
        seen.add(name)
        schema = components.get(name)
    return schema


def _is_object_model(spec: dict[str, Any], schema: Any) -> bool:
    """Whether the generator makes a model class of schema (a plain, non-nullable object)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict):
        return False
    if schema.get("nullable") or schema.get("enum") or schema.get("oneOf") or schema.get("anyOf"):
        return False
    kind = schema.get("type")
    return kind == "object" or bool(schema.get("allOf")) or (kind is None and bool(schema.get("properties")))


def _declares_inline_model(schema: Schema) -> bool:
    """Whether a schema's properties (or their items) hold an inline object or union of their own."""
    for _, value in _nested(schema):
        inner = value
        while isinstance(inner, dict) and isinstance(inner.get("items"), dict):
            inner = inner["items"]
        if not isinstance(inner, dict) or "$ref" in inner:
            continue
        if inner.get("type") == "object" or any(key in inner for key in ("properties", "allOf", "oneOf", "anyOf")):
            return True
    return False


def _names(members: list[Any]) -> str:
    """allOf members in brief: a reference by its component name, an inline schema by its keywords."""
    shown = []
    for member in members:
        if isinstance(member, dict) and "$ref" in member:
            shown.append(_component_name(member["$ref"]) or str(member["$ref"]))
        elif isinstance(member, dict):
            shown.append("{" + ", ".join(sorted(member)) + "}")
    return ", ".join(shown)


# --- the rules, in the order they run ----------------------------------------------------------


def annotated_non_object_reference(spec: dict[str, Any]) -> list[Rewrite]:
    """`allOf: [{$ref: X}, {description: ...}]` where X is not an object: the reference alone, annotations beside it.

    The idiom annotates a reference (description, example, readOnly, a tighter maxLength). The
    generator reads any allOf of two or more members as a model built by merging objects, so it fails
    with "Cannot take allOf a non-object" when X is an array, a string or a nullable object, and drops
    the schema and everything that uses it. An allOf of one reference it reads as that reference, so
    the annotation members' keywords move up beside the allOf (same meaning: allOf keywords and
    sibling keywords both apply) and only the reference stays in it.
    """
    done: list[Rewrite] = []
    for path, schema in _schemas(spec):
        members = schema.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            continue
        refs = [m for m in members if isinstance(m, dict) and "$ref" in m]
        notes = [m for m in members if isinstance(m, dict) and "$ref" not in m]
        if len(refs) != 1 or len(notes) != len(members) - 1 or _is_object_model(spec, refs[0]):
            continue
        keys = [key for note in notes for key in note]
        if any(key in STRUCTURE for key in keys) or len(set(keys)) != len(keys) or set(keys) & set(schema):
            continue  # a member with structure of its own, or keywords that would clash: not this idiom
        for note in notes:
            schema.update(note)
        schema["allOf"] = refs
        done.append((_pointer(*path), f"allOf [{_names(members)}] -> allOf [{_names(refs)}] with {', '.join(keys)}"))
    return done


def single_reference_alias(spec: dict[str, Any]) -> list[Rewrite]:
    """A component `allOf: [{$ref: M}]` (M an object model) with keywords of its own: those as a second member.

    The generator reads an allOf of one reference as M itself: it ignores the alias's own
    `required` and `properties`, and it processes M's properties a second time for the alias,
    which registers every inline model M declares twice ("Attempted to generate duplicate models"),
    so M, the alias and everything using either are dropped. With the alias's `required` and
    `properties` (or just `type: object` when M declares inline models) as a second member, the
    generator builds the alias as a model of its own from M's already-processed properties: the
    same meaning, nothing processed twice. A bare alias of a model without inline models is left
    as it is: the generator reads that one correctly.
    """
    done: list[Rewrite] = []
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        if not isinstance(schema, dict):
            continue
        members = schema.get("allOf")
        if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict)):
            continue
        if "$ref" not in members[0] or not _is_object_model(spec, members[0]):
            continue
        target = _resolve(spec, members[0])
        if not ({"properties", "required"} & set(schema) or _declares_inline_model(target)):
            continue
        own: Schema = {"type": "object"}
        for key in ("properties", "required"):
            if key in schema:
                own[key] = schema.pop(key)
        schema["allOf"] = [members[0], own]
        moved = ", ".join(key for key in own if key != "type")
        why = f"moved: {moved}" if moved else f"{_names(members)} declares inline models"
        rewrite = f"allOf [{_names(members)}] -> allOf [{_names(schema['allOf'])}] ({why})"
        done.append((_pointer("components", "schemas", name), rewrite))
    return done


def inline_union_member_to_component(spec: dict[str, Any]) -> list[Rewrite]:
    """An inline object member of a component's oneOf/anyOf that has models of its own: hoisted to a component.

    The generator builds a component union's inline members while it is still reading the
    components, before any model's properties are known, and then processes them again. A member
    that takes allOf from a model fails ("Reference ... in allOf was not processed", "Invalid property
    in union"), and a member with an inline object property registers that object's model twice
    ("Attempted to generate duplicate models"). As a component of its own (named after the union and
    the member's position) the member is processed once, after the models it needs; the union
    refers to it by $ref, which means the same. A union of one member is left alone: as a union of
    one reference the generator would take it for that model and process it twice again.
    """
    done: list[Rewrite] = []
    components = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in list(components.items()):
        if not isinstance(schema, dict):
            continue
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if not isinstance(members, list) or len(members) < 2:
                continue
            for index, member in enumerate(members):
                if not isinstance(member, dict) or "$ref" in member:
                    continue
                takes_from_model = any(isinstance(m, dict) and "$ref" in m for m in member.get("allOf") or [])
                if not (takes_from_model or _declares_inline_model(member)):
                    continue
                target = f"{name}_{key}_{index}"
                while target in components:
                    target += "_"
                components[target] = member
                schema[key][index] = {"$ref": COMPONENTS + target}
                done.append((_pointer("components", "schemas", name, key, index), f"-> $ref {COMPONENTS}{target}"))
    return done


def duplicate_model_title(spec: dict[str, Any]) -> list[Rewrite]:
    """A `title` that several object schemas named only by their title share: dropped from each of them.

    The generator names a component's model, and the model of an inline member of a component's
    oneOf/anyOf, after its `title` alone. Two such schemas with one title (the spec's "Reserve to
    Region" for both reserved IPs and reserved IPv6) make the second "Attempted to generate duplicate models
    with name ...", and it is dropped with everything using it. Without the title the generator
    names each model after where it is, which is unique. A title is documentation only.
    """
    named: dict[str, list[tuple[tuple[object, ...], Schema]]] = {}
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        if not isinstance(schema, dict):
            continue
        candidates = [(("components", "schemas", name), schema)]
        for key in ("oneOf", "anyOf"):
            for index, member in enumerate(schema.get(key) or []):
                candidates.append((("components", "schemas", name, key, index), member))
        for path, candidate in candidates:
            title = candidate.get("title") if isinstance(candidate, dict) else None
            if isinstance(title, str) and "$ref" not in candidate and _is_object_model(spec, candidate):
                named.setdefault(pascal_case(title), []).append((path, candidate))
    done: list[Rewrite] = []
    for class_name, holders in named.items():
        if len(holders) < 2:
            continue
        for path, candidate in holders:
            title = candidate.pop("title")
            done.append((_pointer(*path), f"title {title!r} dropped ({len(holders)} models named {class_name})"))
    return done


RULES: tuple[Rule, ...] = (
    annotated_non_object_reference,
    single_reference_alias,
    inline_union_member_to_component,
    duplicate_model_title,
)


def normalize(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A normalised deep copy of spec, and one sorted report line per rewrite (spec itself is untouched).

    >>> normalize({"openapi": "3.0.0", "paths": {}})
    ({'openapi': '3.0.0', 'paths': {}}, [])
    """
    normalised = copy.deepcopy(spec)
    lines = [f"normalised {where}: {rule.__name__}: {what}" for rule in RULES for where, what in rule(normalised)]
    return normalised, sorted(lines)
