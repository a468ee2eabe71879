"""pydo 0.44.0, introspected: every pydo method of the pin is here with pydo's name and parameters.

pydo is a dev-only dependency (requirements-dev.txt pins it for these tests and the wire tests);
pydo_facade never imports it. pydo builds one object per group on its Client; a method is a public
callable member of a group whose class name ends with "Operations".
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import pydoc
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydo
import pydo.aio
import pydo.operations._operations as pydo_builders
import pytest
from fault_server import closed_port_url
from pydo_generated.groups import GROUPS
from pydo_generated.groups._base import Operation

from pydo_facade import AsyncClient, Client
from pydo_facade._pydo import CALL_KEYWORDS, CLIENT_KEYWORDS, NOT_IN_PIN, PARAMETERS_NOT_IN_PIN

ROOT = Path(__file__).resolve().parents[1]
FLOATING_IPS = [
    "floating_ips.create",
    "floating_ips.delete",
    "floating_ips.get",
    "floating_ips.list",
    "floating_ips_action.get",
    "floating_ips_action.list",
    "floating_ips_action.post",
]
"""The deprecated floating-IP operations: in the pinned spec, absent from pydo 0.44."""

MONITORING_EXCEPTIONS = {
    "monitoring_get_appRestartCountMetrics.yml": "get_app_restart_count_metrics_yml",
    "monitoring_get_droplet_autoscale_current_cpu_utilization.yml": "get_droplet_autoscale_current_cpu_utilization_yml",
    "monitoring_get_lb_droplets_http_response_time_50p": "get_lb_droplets_http_response_time50_p",
    "monitoring_get_lb_droplets_http_response_time_95p": "get_lb_droplets_http_response_time95_p",
    "monitoring_get_lb_droplets_http_response_time_99p": "get_lb_droplets_http_response_time99_p",
    "monitoring_get_lb_droplets_http_session_duration_50p": "get_lb_droplets_http_session_duration50_p",
    "monitoring_get_lb_droplets_http_session_duration_95p": "get_lb_droplets_http_session_duration95_p",
}
"""operationIds whose pydo names a plain camelCase split does not give (a `.yml` suffix, a `_<n>p` percentile)."""

Signature = list[tuple[str, str, Any]]


# --- pydo's surface and ours -------------------------------------------------------------------


def pydo_groups(client: Any) -> dict[str, Any]:
    """A pydo client's operation groups: the attributes whose class name ends with "Operations"."""
    groups = {}
    for name in dir(client):
        if not name.startswith("_"):
            value = getattr(client, name)
            if type(value).__name__.endswith("Operations"):
                groups[name] = value
    return groups


def pydo_methods(client: Any) -> dict[str, Callable[..., Any]]:
    """Every pydo method as "<group>.<method>" -> the bound method (images.generations is an object, not one)."""
    methods = {}
    for group_name, group in pydo_groups(client).items():
        for name in dir(group):
            if not name.startswith("_") and callable(member := getattr(group, name)):
                methods[f"{group_name}.{name}"] = member
    return methods


def signature_of(function: Callable[..., Any]) -> Signature:
    """(name, kind, default) of each parameter but self."""
    parameters = inspect.signature(inspect.unwrap(function)).parameters.values()
    return [(p.name, p.kind.name, p.default) for p in parameters if p.name != "self"]


def pydo_signature(client: Any, key: str) -> Signature:
    """A pydo method's parameters; for a method pydo wraps per instance (`(*args, **kwargs)`), its class attribute's."""
    group_name, name = key.split(".")
    group = getattr(client, group_name)
    found = signature_of(getattr(group, name))
    if any(kind == "VAR_POSITIONAL" for _, kind, _ in found):
        found = signature_of(getattr(type(group), name))
    return found


def shown(signature: Signature) -> str:
    parts = []
    for name, kind, default in signature:
        text = {"VAR_KEYWORD": f"**{name}", "KEYWORD_ONLY": f"*{name}"}.get(kind, name)
        parts.append(text if default is inspect.Parameter.empty else f"{text}={default!r}")
    return "(" + ", ".join(parts) + ")"


def facade_operations() -> dict[str, Operation]:
    """Every operation of the pin as "<group>.<method>" -> its Operation."""
    operations = {}
    for group, module in GROUPS.items():
        for name, operation in importlib.import_module(f"pydo_generated.groups.{module}").OPERATIONS.items():
            operations[f"{group}.{name}"] = operation
    return operations


@pytest.fixture(scope="module")
def pydo_client() -> Iterator[Any]:
    client = pydo.Client(token="x")
    yield client
    client.close()


@pytest.fixture(scope="module")
def pydo_async_client() -> Any:
    return pydo.aio.Client(token="x")  # it opens nothing until a call; nothing to close


@pytest.fixture(scope="module")
def all_pydo(pydo_client: Any) -> dict[str, Callable[..., Any]]:
    return pydo_methods(pydo_client)


@pytest.fixture(scope="module")
def ours() -> dict[str, Operation]:
    return facade_operations()


@pytest.fixture(scope="module")
def in_pin(all_pydo: dict[str, Callable[..., Any]], ours: dict[str, Operation]) -> list[str]:
    return sorted(key for key in all_pydo if key in ours)


@pytest.fixture
def client() -> Iterator[Client]:
    with Client(token="x", endpoint=closed_port_url(), retry_total=0) as running:
        yield running


def test_the_dev_venv_has_pydo_0_44_0() -> None:
    from pydo import _version

    assert _version.VERSION == "0.44.0", "requirements-dev.txt pins pydo==0.44.0: run `make install`"


# --- names and signatures ----------------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_pydo_method_of_the_pin_has_pydos_name_and_parameters(
    flavour: str, pydo_client: Any, pydo_async_client: Any, in_pin: list[str]
) -> None:
    theirs = pydo_client if flavour == "sync" else pydo_async_client
    facade: Client | AsyncClient = Client(token="x") if flavour == "sync" else AsyncClient(token="x")
    mismatches = []
    for key in in_pin:
        group_name, name = key.split(".")
        method = getattr(getattr(facade, group_name), name, None)
        if method is None:
            mismatches.append(f"{key}: missing")
            continue
        newer = PARAMETERS_NOT_IN_PIN.get(key, frozenset())
        expected = [parameter for parameter in pydo_signature(theirs, key) if parameter[0] not in newer]
        found = signature_of(method)
        if found != expected:
            mismatches.append(f"{key}: pydo {shown(expected)}, ours {shown(found)}")
        if flavour == "async" and not inspect.iscoroutinefunction(method):
            mismatches.append(f"{key}: not a coroutine function on the AsyncClient")
    assert not mismatches, f"{len(mismatches)} of {len(in_pin)} {flavour} methods differ from pydo 0.44:\n" + "\n".join(
        mismatches
    )


def test_parameters_not_in_pin_is_exactly_what_pydo_has_beyond_the_pin(pydo_client: Any, in_pin: list[str]) -> None:
    facade = Client(token="x")
    beyond: dict[str, frozenset[str]] = {}
    for key in in_pin:
        group_name, name = key.split(".")
        ours = {parameter[0] for parameter in signature_of(getattr(getattr(facade, group_name), name))}
        extra = {parameter[0] for parameter in pydo_signature(pydo_client, key)} - ours
        if extra:
            beyond[key] = frozenset(extra)
    assert beyond == PARAMETERS_NOT_IN_PIN


def test_a_pydo_keyword_beyond_the_pin_is_a_type_error_naming_the_pin(client: Client) -> None:
    with pytest.raises(TypeError, match=r"'search': pydo 0\.44 has it from a newer spec than this client's pin"):
        client.genai.list_model_catalog(search="llama")  # type: ignore[call-arg]


def test_pydo_has_652_methods_in_the_pin_and_193_beyond(
    all_pydo: dict[str, Callable[..., Any]], in_pin: list[str], ours: dict[str, Operation]
) -> None:
    assert len(ours) == 659
    assert len(in_pin) == 652
    assert len(all_pydo) - len(in_pin) == 193


def test_not_in_pin_is_exactly_pydos_methods_missing_from_the_pin(
    all_pydo: dict[str, Callable[..., Any]], ours: dict[str, Operation]
) -> None:
    missing: dict[str, set[str]] = {}
    for key in all_pydo:
        if key not in ours:
            group, name = key.split(".")
            missing.setdefault(group, set()).add(name)
    expected = {group: frozenset(names) for group, names in missing.items()}
    stale = {g: sorted(NOT_IN_PIN[g] - expected.get(g, frozenset())) for g in NOT_IN_PIN} | {
        g: sorted(expected[g] - NOT_IN_PIN.get(g, frozenset())) for g in expected
    }
    assert expected == NOT_IN_PIN, {g: names for g, names in stale.items() if names}


def test_the_seven_floating_ip_operations_are_ours_only(
    all_pydo: dict[str, Callable[..., Any]], ours: dict[str, Operation]
) -> None:
    assert sorted(set(ours) - set(all_pydo)) == FLOATING_IPS


def _surface_module() -> ModuleType:
    """openapi/surface.py, loaded from its path (openapi/ is no package)."""
    found = importlib.util.spec_from_file_location("pydo_surface_rules", ROOT / "openapi" / "surface.py")
    assert found is not None
    assert found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[found.name] = module  # dataclasses look their module up while the class is made
    found.loader.exec_module(module)
    return module


def _pydo_request_lines() -> dict[str, tuple[str, str]]:
    """(HTTP method, path template) of every request builder of pydo's by "<group>_<method>", read from its source."""
    source = Path(pydo_builders.__file__).read_text(encoding="utf-8")
    lines = {}
    for chunk in source.split("\ndef build_")[1:]:
        url = re.search(r'_url = \(?\s*"([^"]*)"', chunk)
        method = re.search(r'method="([A-Z]+)"', chunk)
        assert url is not None
        assert method is not None
        lines[chunk[: chunk.index("_request(")]] = (method.group(1), url.group(1))
    return lines


def test_surface_naming_rules_give_every_pydo_name_from_its_operation_id(
    in_pin: list[str], ours: dict[str, Operation]
) -> None:
    surface = _surface_module()
    by_request = {(operation.method, operation.path): operation.operation_id for operation in ours.values()}
    pydo_requests = _pydo_request_lines()
    wrong, checked = [], {}
    for key in in_pin:
        request = pydo_requests[key.replace(".", "_")]
        operation_id = by_request.get(request)
        if operation_id is None:
            wrong.append(f"{key}: pydo's request {request} is no operation of the pin")
            continue
        checked[operation_id] = key
        derived = ".".join(surface.pydo_name(operation_id))
        if derived != key:
            wrong.append(f"{operation_id}: the rules give {derived}, pydo has {key}")
    assert not wrong, f"{len(wrong)} names differ:\n" + "\n".join(wrong)
    assert {operation_id: checked[operation_id] for operation_id in MONITORING_EXCEPTIONS} == {
        operation_id: f"monitoring.{name}" for operation_id, name in MONITORING_EXCEPTIONS.items()
    }


def test_parameter_name_rule_gives_pydos_keywords() -> None:
    surface = _surface_module()
    assert surface.parameter_name("X-Dangerous") == "x_dangerous"
    assert surface.parameter_name("type") == "type"
    assert surface.parameter_name("from") == "from_parameter"


# --- what introspection shows ------------------------------------------------------------------


def test_dir_of_a_client_lists_every_group(client: Client) -> None:
    assert set(GROUPS) <= set(dir(client))
    assert set(GROUPS) <= set(dir(AsyncClient(token="x")))


def test_dir_of_a_group_lists_its_methods(client: Client, ours: dict[str, Operation]) -> None:
    droplets = {key.split(".")[1] for key in ours if key.startswith("droplets.")}
    assert droplets <= set(dir(client.droplets))
    assert {"list", "get", "create", "destroy"} <= droplets


def test_signature_of_droplets_list_shows_pydos_defaults(client: Client) -> None:
    parameters = inspect.signature(client.droplets.list).parameters
    defaults = {name: p.default for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert defaults == {"per_page": 20, "page": 1, "tag_name": None, "name": None, "type": None}


def test_help_of_a_method_shows_the_specs_summary(client: Client) -> None:
    text = pydoc.render_doc(client.droplets.list, renderer=pydoc.plaintext)
    assert "List All Droplets" in text
    assert "GET /v2/droplets" in text


# --- pydo's keywords the facade does not take ------------------------------------------------


@pytest.fixture(scope="module")
def pydo_keywords() -> set[str]:
    """Every keyword pydo 0.44 reads: its Client's parameters, and what pydo and azure-core take from **kwargs.

    The parameters of every function of azure-core and pydo's hand-written modules, and every key read
    with .get("...") or .pop("...") anywhere in both (pydo's generated operations included).
    """
    import azure.core

    names: set[str] = set()
    read = re.compile(r"""\.(?:get|pop)\(\s*["'](\w+)["']""")
    for package in (azure.core, pydo):
        for path in Path(package.__file__).parent.rglob("*.py"):
            if "aio" in path.parts and path.name == "_operations.py":
                continue  # the async twin of pydo's generated operations reads the same keys
            text = path.read_text(encoding="utf-8")
            names |= set(read.findall(text))
            if path.name != "_operations.py":
                names |= {
                    argument.arg
                    for node in ast.walk(ast.parse(text))
                    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                    for argument in node.args.args + node.args.kwonlyargs
                }
    return names


@pytest.mark.parametrize("keyword", sorted(CLIENT_KEYWORDS))
def test_a_pydo_client_keyword_is_a_type_error_naming_the_replacement(keyword: str, pydo_keywords: set[str]) -> None:
    assert keyword in pydo_keywords, f"pydo 0.44 has no keyword {keyword!r}: drop it from CLIENT_KEYWORDS"
    for cls in (Client, AsyncClient):
        with pytest.raises(TypeError, match=re.escape(f"{keyword!r}: {CLIENT_KEYWORDS[keyword]}")):
            cls(token="x", **{keyword: object()})


@pytest.mark.parametrize("keyword", sorted(CALL_KEYWORDS))
def test_a_pydo_call_keyword_is_a_type_error_naming_the_replacement(
    keyword: str, pydo_keywords: set[str], client: Client
) -> None:
    assert keyword in pydo_keywords, f"pydo 0.44 has no per-call keyword {keyword!r}: drop it from CALL_KEYWORDS"
    with pytest.raises(TypeError, match=re.escape(f"{keyword!r}: {CALL_KEYWORDS[keyword]}")):
        client.droplets.list(**{keyword: object()})


def test_every_keyword_of_pydos_client_is_taken_or_explained() -> None:
    from pydo._client import GeneratedClient

    theirs = set(inspect.signature(pydo.Client.__init__).parameters) | set(
        inspect.signature(GeneratedClient.__init__).parameters
    )
    taken = set(inspect.signature(Client.__init__).parameters)
    assert sorted(theirs - taken - set(CLIENT_KEYWORDS) - {"self", "kwargs"}) == []


def test_every_keyword_pydos_methods_read_is_taken_or_explained() -> None:
    source = Path(pydo_builders.__file__).read_text(encoding="utf-8")
    # client, config, serializer and deserializer are the group's own constructor arguments.
    read = set(re.findall(r'kwargs\.pop\(\s*"(\w+)"', source)) - {"client", "config", "serializer", "deserializer"}
    assert read >= {"cls", "error_map", "headers", "params"}
    assert sorted(read - {"headers", "timeout"} - set(CALL_KEYWORDS)) == []


def test_the_advice_names_only_keywords_the_client_takes() -> None:
    taken = set(inspect.signature(Client.__init__).parameters)
    for advice in [*CLIENT_KEYWORDS.values(), *CALL_KEYWORDS.values()]:
        for keyword in re.findall(r"(?<!httpx\.)\bClient\((\w+)=", advice):
            assert keyword in taken, advice


# --- unknown names -----------------------------------------------------------------------------


def test_a_misspelt_method_is_an_attribute_error_suggesting_the_name(client: Client) -> None:
    with pytest.raises(AttributeError, match="did you mean list"):
        client.droplets.lst  # type: ignore[attr-defined]  # noqa: B018


def test_a_pydo_group_beyond_the_pin_is_an_attribute_error_naming_the_pin(client: Client) -> None:
    with pytest.raises(AttributeError, match=r"'harness'.*pydo 0\.44 has it from a newer spec.*7c1300c"):
        client.harness  # type: ignore[attr-defined]  # noqa: B018


def test_a_pydo_method_beyond_the_pin_is_an_attribute_error_naming_the_pin(client: Client) -> None:
    name = sorted(NOT_IN_PIN["genai"])[0]
    with pytest.raises(AttributeError, match=rf"'{name}'.*pydo 0\.44 has it from a newer spec.*7c1300c"):
        getattr(client.genai, name)
