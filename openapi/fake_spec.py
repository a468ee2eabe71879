"""The compact description of the spec that FakeDigitalOcean serves from: generated/pydo_generated/fake_spec.json.

Written by openapi/generate.py (`make generate`) beside the generated client, so it ships in the wheel and
`make check-generated` compares it with the rest of the package. The raw bundle is 3 MB of YAML with the prose
of the reference documentation; this keeps only what a fake needs to route, validate and answer:

    {"spec": "<pin>",
     "operations": [{"id": operationId, "name": "droplets.list", "method": "GET", "path": "/v2/droplets",
                     "parameters": [{"name", "in", "required", "schema"}],
                     "body": {"media", "required", "schema"},                  (when it takes one)
                     "success": [{"status", "media", "example", "schema"}],   (media, example, schema when set)
                     "errors": {"404": "<key of responses>", ...},
                     "auth": false}],                                          (only when it needs no token)
     "responses": {"<key>": {"example", "schema"}},      the documented error answers, each once
     "components": {"schemas": {...}}}                    only the schemas referenced, $refs kept

Schemas keep what validation and example building read (types, formats, enums, bounds, required,
nullable, readOnly, writeOnly, examples, defaults, discriminators, $ref) and lose their prose
(description, title, x-* extensions). Examples are the spec's own (`example`, else the first of `examples`),
unchecked here: the fake checks each one against its schema before sending it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
FILE = "fake_spec.json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The parts of a schema object that are prose or tooling hints: nothing a validator or an example reads.
_DROPPED = frozenset({"description", "title", "externalDocs", "xml", "deprecated"})
_SCHEMA_MAPS = ("properties",)
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf")
_SCHEMA_ONES = ("items", "not", "additionalProperties")


class _JsonLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """YAML as a JSON reader of the spec sees it: a timestamp stays the string it is written as."""


_JsonLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _pydo_name() -> Callable[[str], tuple[str, str]]:
    """openapi/surface.py's pydo_name (the module generate.py loaded, else loaded from beside this file)."""
    module = sys.modules.get("pydo_surface")
    if module is None:
        found = importlib.util.spec_from_file_location("pydo_surface", HERE / "surface.py")
        assert found is not None
        assert found.loader is not None
        module = importlib.util.module_from_spec(found)
        sys.modules[found.name] = module
        found.loader.exec_module(module)
    pydo_name: Callable[[str], tuple[str, str]] = module.pydo_name
    return pydo_name


class _Compactor:
    """Walks the spec's operations, keeping what the fake reads and collecting the schemas they reference."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.referenced: set[str] = set()
        self.responses: dict[str, Any] = {}

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until a node that is not one (parameters, bodies, responses, examples)."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def schema(self, node: Any) -> Any:
        """A schema without its prose; the component schemas it names are noted (their $ref stays)."""
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/components/schemas/"):
                raise ValueError(f"a schema refers to {ref}: only #/components/schemas/ references are expected")
            self.referenced.add(ref.removeprefix("#/components/schemas/").split("/", 1)[0])
            return {"$ref": ref}
        kept: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DROPPED or key.startswith("x-"):
                continue
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                kept[key] = {name: self.schema(member) for name, member in value.items()}
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                kept[key] = [self.schema(member) for member in value]
            elif key in _SCHEMA_ONES:
                kept[key] = self.schema(value)
            elif key == "discriminator" and isinstance(value, dict):
                kept[key] = {k: v for k, v in value.items() if k in ("propertyName", "mapping")}
                for target in (value.get("mapping") or {}).values():
                    self.schema({"$ref": target})
            else:
                kept[key] = value
        return kept

    def example(self, media: dict[str, Any]) -> tuple[bool, Any]:
        """(found, value): a media object's `example`, else the first of its `examples`."""
        if "example" in media:
            return True, media["example"]
        for example in (media.get("examples") or {}).values():
            resolved = self.resolve(example)
            if isinstance(resolved, dict) and "value" in resolved:
                return True, resolved["value"]
        return False, None

    def parameters(self, item: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
        declared = [self.resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
        by_key = {(p["in"], p["name"]): p for p in declared}  # an operation's own parameter wins
        kept = []
        for parameter in by_key.values():
            entry: dict[str, Any] = {"name": parameter["name"], "in": parameter["in"]}
            if parameter.get("required") or parameter["in"] == "path":
                entry["required"] = True
            entry["schema"] = self.schema(parameter.get("schema") or {})
            kept.append(entry)
        return kept

    def body(self, operation: dict[str, Any]) -> dict[str, Any] | None:
        body = self.resolve(operation.get("requestBody"))
        if not body:
            return None
        media_type, media = next(iter((body.get("content") or {}).items()))
        entry: dict[str, Any] = {"media": media_type}
        if body.get("required"):
            entry["required"] = True
        if "schema" in media:
            entry["schema"] = self.schema(media["schema"])
        return entry

    def success(self, status: str, response: Any) -> Iterator[dict[str, Any]]:
        response = self.resolve(response)
        content = response.get("content") or {}
        if not content:
            yield {"status": int(status)}
        for media_type, media in content.items():
            entry: dict[str, Any] = {"status": int(status), "media": media_type}
            found, example = self.example(media)
            if found:
                entry["example"] = example
            if "schema" in media:
                entry["schema"] = self.schema(media["schema"])
            yield entry

    def error(self, operation_id: str, status: str, response: Any) -> str:
        """The key of a documented error answer in the shared `responses` table (a component's name, when one)."""
        key = str(response["$ref"]).rsplit("/", 1)[-1] if isinstance(response, dict) and "$ref" in response else None
        key = key or f"{operation_id} {status}"
        if key not in self.responses:
            resolved = self.resolve(response)
            entry: dict[str, Any] = {}
            media = (resolved.get("content") or {}).get("application/json")
            if media is not None:
                found, example = self.example(media)
                if found:
                    entry["example"] = example
                if "schema" in media:
                    entry["schema"] = self.schema(media["schema"])
            self.responses[key] = entry
        return key

    def operation(self, path: str, method: str, item: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
        operation_id = str(node["operationId"])
        group, name = _pydo_name()(operation_id)
        entry: dict[str, Any] = {
            "id": operation_id,
            "name": f"{group}.{name}",
            "method": method.upper(),
            "path": path,
            "parameters": self.parameters(item, node),
        }
        body = self.body(node)
        if body is not None:
            entry["body"] = body
        responses = node.get("responses") or {}
        entry["success"] = [
            answer for status, response in responses.items() if str(status).startswith("2")
            for answer in self.success(str(status), response)
        ]  # fmt: skip
        entry["errors"] = {
            str(status): self.error(operation_id, str(status), response)
            for status, response in responses.items()
            if not str(status).startswith("2")
        }
        if node.get("security", self.spec.get("security")) == []:
            entry["auth"] = False
        return entry

    def components(self) -> dict[str, Any]:
        """Every schema the operations reference, and those they reference in turn, without prose."""
        schemas: dict[str, Any] = {}
        pending = sorted(self.referenced)
        while pending:
            name = pending.pop()
            if name in schemas:
                continue
            schemas[name] = self.schema(self.spec["components"]["schemas"][name])
            pending.extend(sorted(self.referenced - schemas.keys()))
        return dict(sorted(schemas.items()))


def compact(spec: dict[str, Any], pin: str) -> dict[str, Any]:
    """The compact description of a spec (see the module docstring)."""
    compactor = _Compactor(spec)
    operations = [
        compactor.operation(path, method, item, item[method])
        for path, item in spec.get("paths", {}).items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]
    components = compactor.components()
    return {
        "spec": pin,
        "operations": operations,
        "responses": dict(sorted(compactor.responses.items())),
        "components": {"schemas": components},
    }


def load(spec_path: Path) -> dict[str, Any]:
    """The bundled spec with every value JSON can carry as it is (dates and timestamps stay strings)."""
    spec: dict[str, Any] = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=_JsonLoader)
    return spec


def write(spec: dict[str, Any], package: Path, pin: str) -> Path:
    """Write the compact description of the spec (as load() reads it) into the generated package; its path."""
    target = package / FILE
    text = json.dumps(compact(spec, pin), separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    target.write_text(text + "\n", encoding="utf-8")
    return target
