"""Write or check pydo_facade/public-api.txt: the public surface downstream packages pin (make api-lock).

    python tests/api_lock.py            # print the surface the code has now
    python tests/api_lock.py --write    # rewrite pydo_facade/public-api.txt (then say why in CHANGELOG.md)
    python tests/api_lock.py --check    # exit 1 with a unified diff when code and lock differ

One line per public thing, sorted: every name in the `__all__` of the public modules, each
callable's signature (annotations as written in the source), each class's bases, public methods,
properties and attributes (including those set in `__init__`, such as an error's `status_code`),
and the classes those attributes hold: every operation group of the clients (`Client.droplets`, a
lazy attribute) with every method's signature, generated or hand-written.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import enum
import importlib
import inspect
import re
import sys
import textwrap
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "pydo_facade" / "public-api.txt"
PACKAGE = "pydo_facade"
PACKAGES = frozenset({PACKAGE, "pydo_generated"})
"""Whose classes are followed: the facade's, and the generated operation groups it hands out."""
# The modules whose __all__ is the public API, in the order that decides a name's canonical home.
MODULES = [
    "pydo_facade",
    "pydo_facade.exceptions",
    "pydo_facade.aio",
    "pydo_facade.apps",
    "pydo_facade.pagination",
    "pydo_facade.groups",
    "pydo_facade.groups.actions",
    "pydo_facade.groups.databases",
    "pydo_facade.groups.droplets",
    "pydo_facade.groups.kubernetes",
    "pydo_facade.groups.load_balancers",
    "pydo_facade.testing",
    "pydo_facade.pytest_plugin",  # its fixture names are API: downstream tests request them by name
]
OPTIONAL = {"pydo_facade.testing", "pydo_facade.pytest_plugin"}
# Public-looking modules whose interface is not Python names: the CLI's is its command line.
NOT_API = {"pydo_facade.cli", "pydo_facade.demo"}
PROTOCOL_METHODS = {
    "__aenter__",
    "__aexit__",
    "__aiter__",
    "__anext__",
    "__call__",
    "__contains__",
    "__enter__",
    "__exit__",
    "__getitem__",
    "__iter__",
    "__len__",
    "__next__",
}
HEADER = (
    "# The public API of pydo-facade, one line per name, sorted. Written by `make api-lock` (tests/api_lock.py);\n"
    "# tests/test_public_api.py fails when the code differs. Any change here is one downstream packages see:\n"
    "# describe it in CHANGELOG.md and bump the version as semantic versioning says.\n"
)
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


class _Text:
    """An annotation shown exactly as written (inspect would quote a string annotation)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _annotation(value: Any) -> str:
    if isinstance(value, str):
        return value
    return ADDRESS.sub("", inspect.formatannotation(value))


def _signature(obj: Any) -> str:
    """The signature with annotations as written in the source and object addresses removed."""
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return "(...)"
    parameters = [
        p if p.annotation is p.empty else p.replace(annotation=_Text(_annotation(p.annotation)))
        for p in signature.parameters.values()
    ]
    returns = signature.return_annotation
    returns = returns if returns is signature.empty else _Text(_annotation(returns))
    return ADDRESS.sub("", str(signature.replace(parameters=parameters, return_annotation=returns)))


def _public_modules() -> list[types.ModuleType]:
    modules = []
    for name in MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as missing:
            if name not in OPTIONAL or missing.name != name:
                raise
    return modules


class Surface:
    """Collects the lines of the public API, following attributes to the classes they hold."""

    def __init__(self, modules: list[types.ModuleType]) -> None:
        self.modules = modules
        self.lines: dict[str, str] = {}
        self.canonical: dict[int, str] = {}  # id(object) -> its public name
        self.documented: set[int] = set()
        self.pending: list[tuple[str, type]] = []
        for module in modules:
            for name in self._all(module):
                obj = getattr(module, name)
                key = id(obj)
                # An object's home is the module that defines it, else the first module that exports it.
                if key not in self.canonical or getattr(obj, "__module__", None) == module.__name__:
                    self.canonical[key] = f"{module.__name__}.{name}"

    @staticmethod
    def _all(module: types.ModuleType) -> list[str]:
        names = getattr(module, "__all__", None)
        if names is None:
            raise SystemExit(f"api_lock: {module.__name__} has no __all__: every public module declares one")
        return sorted(names)

    def _add(self, qualified: str, line: str) -> None:
        self.lines[f"{qualified}\0{line}"] = line

    def _name_of(self, obj: Any) -> str:
        if id(obj) in self.canonical:
            return self.canonical[id(obj)]
        if isinstance(obj, type):
            if obj.__module__ == "builtins":
                return obj.__qualname__
            return f"{obj.__module__}.{obj.__qualname__}"
        return repr(obj)

    def collect(self) -> list[str]:
        for module in self.modules:
            self._add(module.__name__, f"module {module.__name__}")
            for name in self._all(module):
                self._export(module, name)
        while self.pending:
            qualified, cls = self.pending.pop()
            self._class(qualified, cls)
        return [self.lines[key] for key in sorted(self.lines)]

    def _export(self, module: types.ModuleType, name: str) -> None:
        obj = getattr(module, name)
        qualified = f"{module.__name__}.{name}"
        home = self.canonical[id(obj)]
        if home != qualified and (isinstance(obj, type) or callable(obj)):
            self._add(qualified, f"alias {qualified} = {home}")
        elif isinstance(obj, types.ModuleType):
            self._add(qualified, f"module {qualified}")
        elif isinstance(obj, type):
            self._class(qualified, obj)
        elif hasattr(obj, "_fixture_function_marker"):  # a pytest fixture: its name, scope and what it yields
            scope = getattr(obj._fixture_function_marker, "scope", "function")
            self._add(qualified, f"fixture {qualified}{_signature(obj._get_wrapped_function())} [scope={scope}]")
        elif inspect.isfunction(obj) or inspect.isbuiltin(obj):
            prefix = "async def" if inspect.iscoroutinefunction(obj) else "def"
            self._add(qualified, f"{prefix} {qualified}{_signature(obj)}")
        elif name == "__version__":
            self._add(qualified, f"const {qualified}: str")  # its value changes every release
        elif isinstance(obj, bool | int | float | str | bytes | types.NoneType):
            self._add(qualified, f"const {qualified}: {type(obj).__name__} = {obj!r}")
        elif callable(obj) or hasattr(obj, "__origin__") or isinstance(obj, types.UnionType):
            self._add(qualified, f"type {qualified} = {_annotation(obj)}")
        else:
            self._add(qualified, f"const {qualified}: {self._name_of(type(obj))}")

    def _class(self, qualified: str, cls: type) -> None:
        if id(cls) in self.documented:
            return
        self.documented.add(id(cls))
        self.canonical.setdefault(id(cls), qualified)
        bases = ", ".join(self._name_of(base) for base in cls.__bases__)
        kind = "enum" if issubclass(cls, enum.Enum) else "class"
        self._add(qualified, f"{kind} {qualified}({bases})")
        if issubclass(cls, enum.Enum):
            for member in cls:
                self._add(f"{qualified}.{member.name}", f"const {qualified}.{member.name} = {member.value!r}")
            return
        # What the class itself defines, and what it inherits from bases that are not public themselves
        # (a public base has its own lines; the subclass names it in its bases).
        own = [
            c
            for c in cls.__mro__
            if c is cls or (c.__module__.split(".")[0] in PACKAGES and id(c) not in self.canonical)
        ]
        if any("__init__" in c.__dict__ or "__new__" in c.__dict__ for c in own):
            self._add(f"{qualified}.__init__", f"def {qualified}.__init__{_signature(cls)}")
        seen: set[str] = set()
        for owner in own:
            # Annotated names first: a dataclass field with a default is also a class attribute.
            for name, annotation in inspect.get_annotations(owner).items():
                if name not in seen and not name.startswith("_"):
                    seen.add(name)
                    self._add(f"{qualified}.{name}", f"attr {qualified}.{name}: {_annotation(annotation)}")
                    group = _lazy_group(owner.__dict__.get(name))
                    if group is not None:  # an operation group: its methods are the API
                        self.pending.append((f"{qualified}.{name}", group))
            for name, value in owner.__dict__.items():
                if isinstance(value, types.MemberDescriptorType):
                    continue  # a __slots__ field: listed through the class's annotations
                if name in seen or not (name in PROTOCOL_METHODS or not name.startswith("_")):
                    continue
                seen.add(name)
                self._member(qualified, cls, name, value)
            for name, type_text, held in _init_attributes(owner):
                if name not in seen:
                    seen.add(name)
                    shown = f": {type_text}" if type_text else ""
                    self._add(f"{qualified}.{name}", f"attr {qualified}.{name}{shown}")
                    if isinstance(held, type) and held.__module__.split(".")[0] in PACKAGES:
                        self.pending.append((self.canonical.get(id(held), self._name_of(held)), held))

    def _member(self, qualified: str, cls: type, name: str, value: Any) -> None:
        where = f"{qualified}.{name}"
        if isinstance(value, property):
            returns = inspect.signature(value.fget).return_annotation if value.fget else inspect.Signature.empty
            shown = "" if returns is inspect.Signature.empty else f": {_annotation(returns)}"
            self._add(where, f"property {where}{shown}")
        elif isinstance(value, classmethod | staticmethod):
            kind = "classmethod" if isinstance(value, classmethod) else "staticmethod"
            self._add(where, f"{kind} {where}{_signature(getattr(cls, name))}")
        elif inspect.isfunction(value):
            prefix = "async def" if inspect.iscoroutinefunction(value) else "def"
            self._add(where, f"{prefix} {where}{_signature(value)}")
        elif isinstance(value, type):
            self._class(where, value)
        elif isinstance(value, bool | int | float | str | bytes | types.NoneType):
            self._add(where, f"const {where}: {type(value).__name__} = {value!r}")
        else:
            self._add(where, f"const {where}: {self._name_of(type(value))}")


def _lazy_group(value: Any) -> type | None:
    """The group class a client's lazy group attribute (pydo_generated.groups.LazyGroup) builds, or None."""
    from pydo_generated.groups import LazyGroup

    if not isinstance(value, LazyGroup):
        return None
    group: type = getattr(importlib.import_module(value._module), value._class)
    return group


def _init_attributes(cls: type) -> Iterator[tuple[str, str, Any]]:
    """(name, type as written, the class it holds or None) for each public `self.X = ...` in cls.__init__."""
    init = cls.__dict__.get("__init__")
    if not inspect.isfunction(init):
        return
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
    except (OSError, TypeError, SyntaxError):
        return
    parameters = inspect.signature(init).parameters
    namespace = sys.modules[cls.__module__].__dict__
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign):
            targets, annotation, value = [node.target], ast.unparse(node.annotation), node.value
        elif isinstance(node, ast.Assign):
            targets, annotation, value = node.targets, "", node.value
        else:
            continue
        for target in targets:
            if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)):
                continue
            if target.value.id != "self" or target.attr.startswith("_"):
                continue
            held = None
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name | ast.Attribute):
                held = _resolve(ast.unparse(value.func), namespace)
            if not annotation and isinstance(value, ast.Name) and value.id in parameters:
                parameter = parameters[value.id]
                annotation = "" if parameter.annotation is parameter.empty else _annotation(parameter.annotation)
            if not annotation and isinstance(held, type):
                annotation = held.__qualname__
            elif not annotation and callable(held):
                returns = inspect.signature(held).return_annotation
                annotation = "" if returns is inspect.Signature.empty else _annotation(returns)
            yield target.attr, annotation, held if isinstance(held, type) else None


def _resolve(dotted: str, namespace: dict[str, Any]) -> Any:
    parts = dotted.split(".")
    obj = namespace.get(parts[0])
    for part in parts[1:]:
        obj = getattr(obj, part, None)
    return obj


def render() -> str:
    """The lock file's text for the code as it is now."""
    return HEADER + "\n".join(Surface(_public_modules()).collect()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help=f"rewrite {LOCK.relative_to(ROOT)}")
    mode.add_argument("--check", action="store_true", help="exit 1 with a diff when code and lock differ")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        LOCK.write_text(text, encoding="utf-8")
        print(f"api-lock: wrote {LOCK.relative_to(ROOT)} ({text.count(chr(10)) - HEADER.count(chr(10))} lines)")
        return 0
    if args.check:
        locked = LOCK.read_text(encoding="utf-8") if LOCK.exists() else ""
        if locked == text:
            return 0
        diff = difflib.unified_diff(
            locked.splitlines(keepends=True),
            text.splitlines(keepends=True),
            f"{LOCK.relative_to(ROOT)} (locked)",
            "the code now",
        )
        sys.stdout.writelines(diff)
        print("The public API differs from the lock: run `make api-lock` and describe the change in CHANGELOG.md.")
        return 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
