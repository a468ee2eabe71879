"""The pydo-compatible surface: every operation of the spec as client.<group>.<method>, with pydo's names.

Used by openapi/generate.py at `make generate`:
  - `surface(project, spec)` reads the operations as openapi-python-client parsed them (for the request
    builders' parameter names) and as the spec states them (names, defaults, servers, answers);
  - `render(project, groups)` writes generated/pydo_generated/groups/ from this folder's templates;
  - `surface_json(groups)` and `reference(groups)` give the machine-readable surface and the reference
    that ship in generated/; `diff(old, new)` says what a regeneration added, removed or changed.

Names follow pydo 0.44 (AutoRest): the operationId splits at its first "_" into group and method, each
snake_cased so that an uppercase run stays one word (`reservedIPv6Actions_post` ->
reserved_ipv6_actions.post), an uppercase run before a capitalised word splits from it (`CPUPercentage`
-> cpu_percentage), a dot is a word break (`Metrics.yml` -> metrics_yml) and a trailing `_<n>p` keeps
its digits with the word before (`time_50p` -> time50_p). tests/test_pydo_compatibility.py holds these
rules against every name pydo 0.44.0 has.
"""

from __future__ import annotations

import ast
import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

INFERENCE_SERVER = "https://inference.do-ai.run"
_TEXT_TYPES = re.compile(r"^(text/|application/(yaml|x-yaml|csv)$)")
_JSON_TYPES = re.compile(r"^application/(.+\+)?json$")


def snake(name: str) -> str:
    """pydo's snake_case of one part of an operationId.

    >>> [snake(n) for n in ("dropletActions", "post_byTag", "reservedIPv6Actions", "get_appCPUPercentageMetrics")]
    ['droplet_actions', 'post_by_tag', 'reserved_ipv6_actions', 'get_app_cpu_percentage_metrics']
    >>> snake("get_appRestartCountMetrics.yml"), snake("get_lb_droplets_http_response_time_50p")
    ('get_app_restart_count_metrics_yml', 'get_lb_droplets_http_response_time50_p')
    """
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z]{2,})", "_", name)
    name = name.replace(".", "_")
    name = re.sub(r"_(\d+)p$", r"\1_p", name)
    return name.lower()


def pydo_name(operation_id: str) -> tuple[str, str]:
    """(group, method) of an operationId, as pydo names them."""
    prefix, _, rest = operation_id.partition("_")
    return snake(prefix), snake(rest)


def parameter_name(name: str) -> str:
    """pydo's keyword for a parameter: snake_case, a Python keyword suffixed with `_parameter`."""
    python = re.sub(r"[^0-9a-zA-Z]+", "_", snake(name)).strip("_").lower()
    return f"{python}_parameter" if keyword.iskeyword(python) else python


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def _literal(value: object) -> str:
    """Python source for a spec value (a default), checked to read back as the same value."""
    source = repr(value)
    if ast.literal_eval(source) != value:  # pragma: no cover - repr of JSON values always reads back
        raise ValueError(f"cannot write {value!r} as a literal")
    return source


def _docstring(text: str) -> str:
    """A triple-quoted literal of text, escaped so that no spec text can end it or run as code."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(ch if ch == "\n" or ch.isprintable() else f"\\U{ord(ch):08x}" for ch in escaped)
    literal = f'"""{escaped}"""'
    if ast.literal_eval(literal) != text:  # pragma: no cover - the escaping above always reads back
        raise ValueError("docstring escaping failed")
    return literal


def _plain(text: str) -> str:
    return " ".join(str(text or "").split())


def _first_paragraph(text: str, limit: int = 400) -> str:
    paragraph = str(text or "").strip().split("\n\n", 1)[0]
    paragraph = _plain(re.sub(r"[`*]", "", paragraph))
    return paragraph if len(paragraph) <= limit else paragraph[: limit - 3].rsplit(" ", 1)[0] + "..."


@dataclass(frozen=True)
class Parameter:
    """One parameter of a method: pydo's name for it, the request builder's, and how it is passed."""

    name: str
    builder: str
    where: str
    """"path", "body", "query" or "header"."""
    required: bool
    annotation: str
    default: str = ""
    """Python source of the default; "" when the parameter has none (it is required)."""
    keyword_only_marker: bool = False
    """A bare `*` goes before this parameter (the first keyword-only one)."""


@dataclass
class Method:
    """One operation as client.<group>.<method>."""

    group: str
    name: str
    operation_id: str
    module: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    server: str
    returns: str
    returns_annotation: str
    accept: str = "application/json"
    parameters: list[Parameter] = field(default_factory=list)

    @property
    def constant(self) -> str:
        return f"_{self.name.upper()}"

    @property
    def path_literal(self) -> str:
        return _literal(self.path)

    @property
    def path_parameters(self) -> str:
        items = [(p.builder, p.annotation.startswith("int")) for p in self.parameters if p.where == "path"]
        return _literal(tuple(items))

    @property
    def required(self) -> str:
        names = [p.builder for p in self.parameters if p.where in ("query", "header") and p.required]
        return _literal(tuple(names)) if names else ""

    @property
    def keywords(self) -> str:
        """The method's own parameter names, for messages about the keywords it takes."""
        return _literal(tuple(p.name for p in self.parameters))

    @property
    def body(self) -> str:
        return next((p.builder for p in self.parameters if p.where == "body"), "")

    @property
    def body_required(self) -> bool:
        return any(p.where == "body" and p.required for p in self.parameters)

    @property
    def parameter_list(self) -> str:
        """The parameters as the method's `def` lists them, without `self`."""
        parts: list[str] = []
        for parameter in self.parameters:
            if parameter.keyword_only_marker:
                parts.append("*")
            text = f"{parameter.name}: {parameter.annotation}"
            parts.append(f"{text} = {parameter.default}" if parameter.default else text)
        parts.append("**kwargs: Unpack[CallOptions]")
        return ", ".join(parts)

    @property
    def arguments(self) -> str:
        """The dict the method hands its caller: the builder's name for each parameter, and its value."""
        return "{" + ", ".join(f'"{p.builder}": {p.name}' for p in self.parameters) + "}"

    def signature(self) -> str:
        """The method's signature as `inspect.signature` shows it, without `self`."""
        return f"({self.parameter_list}) -> {self.returns_annotation}"

    @property
    def docstring(self) -> str:
        lines = [_plain(self.summary) or f"{self.http_method} {self.path}", ""]
        lines.append(f"{self.http_method} {self.path} (operationId {self.operation_id}).")
        if self.server == "inference":
            lines.append(f"Sent to the client's inference_endpoint ({INFERENCE_SERVER}).")
        elif self.server == "agent":
            lines.append("Sent to the client's agent_endpoint (the agent's own URL).")
        if self.deprecated:
            lines.append("Deprecated in DigitalOcean's spec.")
        description = _first_paragraph(self.description)
        if description and description != _plain(self.summary):
            lines += ["", description]
        return _docstring("\n".join(lines) + "\n")


@dataclass
class Group:
    """One operation group: client.<name>."""

    name: str
    methods: list[Method] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)

    @property
    def module(self) -> str:
        return self.name

    @property
    def sync_class(self) -> str:
        return f"{_camel(self.name)}Operations"

    @property
    def async_class(self) -> str:
        return f"Async{_camel(self.name)}Operations"

    @property
    def uses_dates(self) -> bool:
        """Whether a method's annotations name datetime (the module then imports it for type checkers)."""
        return any("datetime." in p.annotation for m in self.methods for p in m.parameters)

    @property
    def summary(self) -> str:
        tags = ", ".join(sorted(re.sub(r"[^0-9A-Za-z ()-]", "", t) for t in self.tags))
        count = len(self.methods)
        return f"{count} operation{'s' if count != 1 else ''} ({tags})"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


_SCALARS = {"integer": "int", "boolean": "bool", "number": "float", "string": "str"}
_DATES = {"date": "str | datetime.date", "date-time": "str | datetime.datetime"}
"""pydo takes date and datetime objects for these formats (the caller sends them as pydo does), or strings."""


def _annotation(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items") or {}
        return f"list[{_SCALARS.get(items.get('type'), 'Any')}]"
    if kind == "string" and schema.get("format") in _DATES:
        return _DATES[schema["format"]]
    return _SCALARS.get(kind, "str")


def _path_annotation(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """A path parameter's annotation: `int | str` where the spec allows an integer (an image id or a slug)."""
    choices = [_resolve(spec, choice) for choice in schema.get("anyOf") or schema.get("oneOf") or [schema]]
    if any(choice.get("type") == "integer" for choice in choices):
        return "int | str"
    return _annotation(schema) if schema.get("type") == "string" else "str"


def _server(operation: dict[str, Any], item: dict[str, Any]) -> str:
    servers = operation.get("servers") or item.get("servers") or []
    url = str(servers[0].get("url", "")) if servers else ""
    if not url:
        return "api"
    if url.rstrip("/") == INFERENCE_SERVER:
        return "inference"
    if "{" in url:
        return "agent"
    return "presigned"


def _accept(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    """The Accept header for an operation: its documented success media types, and JSON (for errors)."""
    media: list[str] = []
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2"):
            media += [m for m in ((_resolve(spec, response) or {}).get("content") or {}) if m not in media]
    if "application/json" not in media:
        media.append("application/json")
    return ", ".join(media)


def _returns(spec: dict[str, Any], operation: dict[str, Any]) -> tuple[str, str]:
    """(kind, annotation) of what the documented 2xx answers hold."""
    kinds: set[str] = set()
    empty = False
    for status, response in (operation.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        content = (_resolve(spec, response) or {}).get("content") or {}
        if not content:
            empty = True
        for media in content:
            if _JSON_TYPES.match(media):
                kinds.add("json")
            elif _TEXT_TYPES.match(media):
                kinds.add("text")
            else:
                kinds.add("bytes")
    if not kinds:
        return "none", "None"
    if len(kinds) > 1:
        return "mixed", "Any"
    kind = kinds.pop()
    annotation = {"json": "dict[str, Any]", "text": "str", "bytes": "bytes"}[kind]
    return kind, f"{annotation} | None" if empty else annotation


def _declared(item: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """The parameters of an operation: its path item's, then its own."""
    return [*item.get("parameters", []), *operation.get("parameters", [])]


def _parameters(spec: dict[str, Any], path: str, operation: dict[str, Any], endpoint: Any) -> list[Parameter]:
    """pydo's parameters, in pydo's order: path (in path order), body, then the keyword-only query and headers.

    The keywords without a default come first, as in pydo; each part keeps the spec's order.
    """
    builders = {
        (where, str(prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else prop.name)): str(
            prop.python_name
        )
        for where, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        )
        for prop in props
    }
    declared = [_resolve(spec, p) for p in operation.get("parameters", [])]
    path_names = re.findall(r"{([^}]+)}", path)
    by_location: dict[str, list[dict[str, Any]]] = {"path": [], "query": [], "header": []}
    for parameter in declared:
        if parameter.get("in") in by_location:
            by_location[parameter["in"]].append(parameter)
    order = {name: index for index, name in enumerate(path_names)}
    by_location["path"].sort(key=lambda p: order.get(p["name"], len(order)))
    result: list[Parameter] = []
    for parameter in by_location["path"]:
        schema = _resolve(spec, parameter.get("schema") or {})
        annotation = _path_annotation(spec, schema)
        builder = builders[("path", parameter["name"])]
        result.append(Parameter(parameter_name(parameter["name"]), builder, "path", True, annotation))
    body = _resolve(spec, operation.get("requestBody"))
    if body:
        media = next(iter(body.get("content") or {"application/json": {}}))
        name = "body" if _JSON_TYPES.match(media) else "data"
        annotation = "Body" if name == "body" else "bytes | IO[bytes]"
        required = bool(body.get("required"))
        result.append(
            Parameter(
                name,
                "body",
                "body",
                required,
                annotation if required else f"{annotation} | None",
                "" if required else "None",
            )
        )
    keywords: list[Parameter] = []
    for where in ("query", "header"):
        for parameter in by_location[where]:
            if where == "header" and parameter["name"].lower() in ("accept", "content-type"):
                continue  # the client sets these itself, as pydo does
            schema = _resolve(spec, parameter.get("schema") or {})
            annotation = _annotation(schema)
            required = bool(parameter.get("required"))
            if "default" in schema:
                default = _literal(schema["default"])
            elif required:
                default = ""
            else:
                default, annotation = "None", f"{annotation} | None"
            builder = builders[(where, parameter["name"])]
            keywords.append(Parameter(parameter_name(parameter["name"]), builder, where, required, annotation, default))
    # pydo (AutoRest) puts the keywords without a default first, and signatures and help() show the order:
    # monitoring.get_app_cpu_percentage_metrics(*, app_id, start, end, app_component=None).
    keywords.sort(key=lambda p: bool(p.default))
    if keywords:
        keywords[0] = Parameter(**{**keywords[0].__dict__, "keyword_only_marker": True})
    return result + keywords


def surface(project: Any, spec: dict[str, Any]) -> list[Group]:
    """Every operation of the generated project as pydo's client.<group>.<method>, grouped, sorted by name."""
    from openapi_python_client import strings

    groups: dict[str, Group] = {}
    package = project.package_name
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            path = endpoint.path.get_untrusted_value()
            item = spec["paths"][path]
            operation = item[endpoint.method]
            operation_id = str(operation["operationId"])
            group_name, method_name = pydo_name(operation_id)
            module_name = strings.PythonIdentifier(endpoint.name, project.config.field_prefix)
            kind, annotation = _returns(spec, operation)
            method = Method(
                group=group_name,
                name=method_name,
                operation_id=operation_id,
                module=f"{package}.api.{tag}.{module_name}",
                http_method=endpoint.method.upper(),
                path=path,
                summary=str(operation.get("summary") or ""),
                description=str(operation.get("description") or ""),
                deprecated=bool(operation.get("deprecated")),
                server=_server(operation, item),
                returns=kind,
                returns_annotation=annotation,
                accept=_accept(spec, operation),
            )
            method.parameters = _parameters(
                spec, path, {**operation, "parameters": _declared(item, operation)}, endpoint
            )
            group = groups.setdefault(group_name, Group(group_name))
            group.methods.append(method)
            group.tags.update(str(t) for t in operation.get("tags") or [])
    for group in groups.values():
        group.methods.sort(key=lambda m: m.name)
        names = [m.name for m in group.methods]
        if len(set(names)) != len(names):
            raise ValueError(f"two operations of group {group.name} share a method name: {sorted(names)}")
    return [groups[name] for name in sorted(groups)]


def render(project: Any, groups: list[Group]) -> None:
    """Write the groups package (base, index, one module per group) into the project's package."""
    folder = Path(project.package_dir) / "groups"
    folder.mkdir(exist_ok=True)
    env = project.env
    encoding = project.config.file_encoding
    (folder / "_base.py").write_text(env.get_template("groups_base.py.jinja").render(), encoding=encoding)
    index = env.get_template("groups_init.py.jinja").render(groups=groups, package=project.package_name)
    (folder / "__init__.py").write_text(index, encoding=encoding)
    template = env.get_template("group_module.py.jinja")
    for group in groups:
        (folder / f"{group.module}.py").write_text(template.render(group=group), encoding=encoding)


def surface_json(groups: list[Group]) -> str:
    """The surface as JSON: "<group>.<method>" -> operation, method and path, signature and its parameters."""
    entries: dict[str, Any] = {}
    for group in groups:
        for method in group.methods:
            entries[f"{group.name}.{method.name}"] = {
                "operation_id": method.operation_id,
                "http": f"{method.http_method} {method.path}",
                "signature": method.signature(),
                "parameters": [
                    [p.name, "keyword" if p.where in ("query", "header") else "positional", p.default or None]
                    for p in method.parameters
                ],
            }
    return json.dumps(entries, indent=1, sort_keys=True) + "\n"


def reference(groups: list[Group], pin: str) -> str:
    """REFERENCE.md: every client.<group>.<method>(signature), its HTTP method and path, and its summary."""
    count = sum(len(g.methods) for g in groups)
    lines = [
        "# pydo-facade API reference",
        "",
        f"Generated by `make generate` from the pinned spec ({pin}); `make check-generated` keeps it current.",
        f"{count} operations in {len(groups)} groups. Every method takes `headers=` and `timeout=` too",
        "(see `CallOptions`), and is awaited on an `AsyncClient`.",
        "",
    ]
    for group in groups:
        lines += [f"## client.{group.name}", "", "| method | HTTP | summary |", "| --- | --- | --- |"]
        for method in group.methods:
            summary = _plain(method.summary).replace("|", "\\|")
            signature = method.signature().replace("|", "\\|").replace(", **kwargs: Unpack[CallOptions]", "")
            signature = signature.replace("(**kwargs: Unpack[CallOptions])", "()")
            lines.append(f"| `{method.name}{signature}` | `{method.http_method} {method.path}` | {summary} |")
        lines.append("")
    return "\n".join(lines)


@dataclass(frozen=True)
class SurfaceDiff:
    """What a regeneration changes for code that calls the client."""

    added: list[str]
    removed: list[str]
    changed: list[str]
    """"<name>: <old signature> -> <new signature>" for every changed signature."""
    breaking: list[str]
    """The removals and the changes that can break a call that works today."""

    def text(self) -> str:
        lines = [f"+ {name}" for name in self.added] + [f"- {name}" for name in self.removed]
        lines += [f"~ {change}" for change in self.changed]
        return "\n".join(lines) + ("\n" if lines else "")


def _breaks(old: list[list[Any]], new: list[list[Any]]) -> bool:
    """Whether a call that works against the old parameters may fail against the new ones."""
    old_by_name = {name: (kind, default) for name, kind, default in old}
    new_by_name = {name: (kind, default) for name, kind, default in new}
    for name, (kind, default) in old_by_name.items():
        if name not in new_by_name or new_by_name[name][0] != kind:
            return True
        if default is not None and new_by_name[name][1] != default:
            return True  # an optional parameter became required, or its default changed
        # A required parameter (default None) that became optional breaks no call: every call passes it.
    if any(name not in old_by_name and default is None for name, (kind, default) in new_by_name.items()):
        return True  # a new required parameter
    old_positional = [name for name, kind, _ in old if kind == "positional"]
    new_positional = [name for name, kind, _ in new if kind == "positional"]
    return new_positional[: len(old_positional)] != old_positional


def diff(old_json: str | None, new_json: str) -> SurfaceDiff:
    """Compare two surface_json() texts (old None: everything is added)."""
    old = json.loads(old_json) if old_json else {}
    new = json.loads(new_json)
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed, breaking = [], [f"{name} removed" for name in removed]
    for name in sorted(set(old) & set(new)):
        if old[name]["signature"] != new[name]["signature"]:
            changed.append(f"{name}: {old[name]['signature']} -> {new[name]['signature']}")
            if _breaks(old[name]["parameters"], new[name]["parameters"]):
                breaking.append(f"{name}: {old[name]['signature']} -> {new[name]['signature']}")
    return SurfaceDiff(added, removed, changed, breaking)
