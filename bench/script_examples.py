"""Writes bench/script_responses.json, the answers of the bench's script scenario, from the spec's examples.

    .venv/bin/python bench/script_examples.py    (after `make spec`; the project venv has PyYAML)

Run once, and again only to follow a spec update: the bench reads the JSON file, never the 3 MB spec, so
that its server starts at once and the bench runs without `make spec`. Each answer is the operation's
documented example (the first one where there are several); where the spec documents none (account_get),
it is assembled from the examples of the schema's properties, as a mock server does. The 204 of
volumes_delete has no body and needs no entry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
SPEC = BENCH.parent / "openapi" / "DigitalOcean-public.v2.yaml"
OUT = BENCH / "script_responses.json"
# operationId -> the media type whose example is answered.
OPERATIONS = {
    "account_get": "application/json",
    "droplets_list": "application/json",
    "apps_get": "application/json",
    "kubernetes_get_kubeconfig": "application/yaml",
    "droplets_create": "application/json",
}


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """`node` with a local $ref followed (one level at a time, as often as it takes)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def from_schema(spec: dict[str, Any], schema: Any) -> Any:
    """A value assembled from a schema's own example, else from its properties' (objects) or items' (arrays)."""
    schema = resolve(spec, schema)
    if "example" in schema:
        return schema["example"]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = from_schema(spec, part)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if "properties" in schema:
        values = {name: from_schema(spec, prop) for name, prop in schema["properties"].items()}
        return {name: value for name, value in values.items() if value is not None}
    if schema.get("type") == "array" and "items" in schema:
        item = from_schema(spec, schema["items"])
        return [] if item is None else [item]
    return None


def example(spec: dict[str, Any], operation_id: str, media: str) -> Any:
    """The documented success example of `operation_id` for `media`."""
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                status = min(code for code in operation["responses"] if code.startswith("2"))
                content = resolve(spec, operation["responses"][status])["content"][media]
                if "example" in content:
                    return content["example"]
                if "examples" in content:
                    return resolve(spec, next(iter(content["examples"].values())))["value"]
                return from_schema(spec, content["schema"])
    raise SystemExit(f"{operation_id} is not in {SPEC}")


def main() -> None:
    import yaml

    with SPEC.open() as source:
        spec = yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    answers = {operation_id: example(spec, operation_id, media) for operation_id, media in OPERATIONS.items()}
    OUT.write_text(json.dumps(answers, indent=2, sort_keys=False) + "\n")
    print(f"wrote {OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT}")


if __name__ == "__main__":
    main()
