"""The generated request builders (_get_kwargs) take plain values and build each request as the spec says."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from pydo_generated.types import UNSET

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _load_generate() -> ModuleType:
    found = importlib.util.spec_from_file_location("pydo_generate_for_builders", ROOT / "openapi" / "generate.py")
    assert found
    assert found.loader
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


generate = _load_generate()


def _module_name(method: str, path: str, operation: dict[str, Any]) -> str:
    """The generated endpoint module of a spec operation, where generate.py expects it."""
    return "pydo_generated.api." + generate.module_path(method, path, operation).removesuffix(".py").replace("/", ".")


def _module(method: str, path: str, operation: dict[str, Any]) -> ModuleType:
    return importlib.import_module(_module_name(method, path, operation))


def _builder(module: str) -> Any:
    """The _get_kwargs of pydo_generated.api.<module> ("<tag>.<operation>")."""
    return importlib.import_module(f"pydo_generated.api.{module}")._get_kwargs


def _spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS and isinstance(operation, dict) and "operationId" in operation
    ]


def _request_body(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    while isinstance(body, dict) and "$ref" in body:
        body = spec["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[1]]
    return body


# --- every operation ---------------------------------------------------------------------------


def test_every_operation_has_a_builder_for_its_method_and_path(openapi_spec: dict[str, Any]) -> None:
    operations = _spec_operations(openapi_spec)
    assert len(operations) > 600
    problems: list[str] = []
    for method, path, operation in operations:
        operation_id = operation["operationId"]
        try:
            build = _module(method, path, operation)._get_kwargs
        except (ImportError, AttributeError) as error:
            problems.append(f"{operation_id}: {error}")
            continue
        names = re.findall(r"\{([^}]+)\}", path)
        values = [f"v{index}/{name}?" for index, name in enumerate(names)]  # each must come back quoted
        expected_url = path
        for name, value in zip(names, values, strict=True):
            expected_url = expected_url.replace("{" + name + "}", quote(value, safe=""))
        body = _request_body(openapi_spec, operation)
        payload = {"from": operation_id}
        built = build(*values, body=payload) if body else build(*values)
        checks = {
            "method": built.get("method") == method,
            "url": built.get("url") == expected_url,
            "json": (built.get("json") is payload) if body else ("json" not in built and "content" not in built),
            "content type": not body or built["headers"].get("Content-Type") == next(iter(body["content"])),
        }
        if failed := [name for name, ok in checks.items() if not ok]:
            problems.append(f"{operation_id} ({method.upper()} {path}): wrong {', '.join(failed)} in {built}")
    assert problems == []


def test_params_and_headers_keys_appear_only_when_the_operation_has_them(openapi_spec: dict[str, Any]) -> None:
    problems: list[str] = []
    for method, path, operation in _spec_operations(openapi_spec):
        where = {parameter.get("in") for parameter in operation.get("parameters", []) if isinstance(parameter, dict)}
        where |= {
            openapi_spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]["in"]
            for p in operation.get("parameters", [])
            if "$ref" in p
        }
        values = re.findall(r"\{([^}]+)\}", path)
        built = _module(method, path, operation)._get_kwargs(*values)
        if ("params" in built) != ("query" in where):
            problems.append(f"{operation['operationId']}: params {'present' if 'params' in built else 'missing'}")
        if ("headers" in built) != ("header" in where or "requestBody" in operation):
            problems.append(f"{operation['operationId']}: headers {'present' if 'headers' in built else 'missing'}")
    assert problems == []


# --- query parameters --------------------------------------------------------------------------


def test_droplets_list_sends_plain_values_with_the_spec_defaults() -> None:
    built = _builder("droplets.droplets_list")(type_="droplets", tag_name="web")
    assert built == {
        "method": "get",
        "url": "/v2/droplets",
        "params": {"per_page": 20, "page": 1, "type": "droplets", "tag_name": "web"},
    }


def test_unset_and_none_query_values_are_left_out() -> None:
    built = _builder("droplets.droplets_list")(per_page=None, page=UNSET, name=None)
    assert built["params"] == {}


def test_an_enum_default_is_its_string_value() -> None:
    parameter = inspect.signature(_builder("apps.apps_get_logs")).parameters["type_"]
    assert parameter.default == "UNSPECIFIED"
    assert type(parameter.default) is str
    built = _builder("apps.apps_get_logs")("a1", "d1", "web", follow=True)
    assert built["params"] == {"type": "UNSPECIFIED", "follow": True}


def test_a_list_query_value_repeats_the_key() -> None:
    built = _builder("apps.apps_list_deployments")("a1", deployment_types=["A", "B"])
    assert built["params"]["deployment_types"] == ["A", "B"]
    url = httpx.Request(built["method"], "https://api.example.test" + built["url"], params=built["params"]).url
    assert url.params.get_list("deployment_types") == ["A", "B"]
    assert "deployment_types=A&deployment_types=B" in url.query.decode()


def test_a_bool_query_value_is_sent_as_true_or_false() -> None:
    built = _builder("apps.apps_get_logs")("a1", "d1", "web", follow=False)
    assert built["params"]["follow"] is False
    url = httpx.Request(built["method"], "https://api.example.test" + built["url"], params=built["params"]).url
    assert url.params["follow"] == "false"


def test_path_values_are_percent_encoded_as_one_segment() -> None:
    built = _builder("apps.apps_get_deployment")(app_id="a/b?c", deployment_id="100%")
    assert built["url"] == "/v2/apps/a%2Fb%3Fc/deployments/100%25"


# --- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "sent"), [(True, "true"), (False, "false"), ("true", "true"), (1, "1")])
def test_x_dangerous_header_is_sent_as_text(value: object, sent: str) -> None:
    built = _builder("droplets.droplets_destroy_with_associated_resources_dangerous")(3164444, x_dangerous=value)
    assert built["headers"] == {"X-Dangerous": sent}
    assert built["url"] == "/v2/droplets/3164444/destroy_with_associated_resources/dangerous"


def test_unset_and_none_headers_are_left_out() -> None:
    assert _builder("droplets.droplets_destroy_with_associated_resources_dangerous")(1)["headers"] == {}
    assert (
        _builder("droplets.droplets_destroy_with_associated_resources_dangerous")(1, x_dangerous=None)["headers"] == {}
    )


def test_a_content_type_header_parameter_overrides_the_bodys_content_type() -> None:
    built = _builder("apps.apps_create")(body=b"spec: {}", accept="application/yaml", content_type="application/yaml")
    assert built["headers"] == {"Content-Type": "application/yaml", "Accept": "application/yaml"}
    assert built["content"] == b"spec: {}"


# --- bodies ------------------------------------------------------------------------------------


def test_a_json_body_goes_unchanged_as_json() -> None:
    body = {"components": ["web"], "future_field": {"nested": [1, None]}}
    built = _builder("apps.apps_restart")("a1", body=body)
    assert built["json"] is body
    assert "content" not in built
    assert built["headers"] == {"Content-Type": "application/json"}


@pytest.mark.parametrize("raw", [b'{"components": ["web"]}', bytearray(b'{"components": ["web"]}')])
def test_a_bytes_body_goes_as_content(raw: bytes | bytearray) -> None:
    built = _builder("apps.apps_restart")("a1", body=raw)
    assert built["content"] == b'{"components": ["web"]}'
    assert type(built["content"]) is bytes
    assert "json" not in built


def test_no_body_sends_nothing_but_keeps_the_content_type() -> None:
    # The facade builds restart without a body and sends its own, so the header comes from the builder.
    built = _builder("apps.apps_restart")(app_id="a1")
    assert built == {"method": "post", "url": "/v2/apps/a1/restart", "headers": {"Content-Type": "application/json"}}


def test_an_octet_stream_body_is_labelled_as_such() -> None:
    built = _builder("batch_inference.inference_upload_batch_file")(body=b"\x00\x01")
    assert built["headers"] == {"Content-Type": "application/octet-stream"}
    assert built["content"] == b"\x00\x01"


def test_a_list_body_goes_as_json() -> None:
    built = _builder("apps.apps_restart")("a1", body=[1, 2])
    assert built["json"] == [1, 2]


def test_the_facades_calls_keep_working() -> None:
    # pydo_facade/apps.py calls these two by keyword.
    assert _builder("apps.apps_restart")(app_id="a1")["url"] == "/v2/apps/a1/restart"
    built = _builder("apps.apps_get_deployment")(app_id="a1", deployment_id="d1")
    assert built == {"method": "get", "url": "/v2/apps/a1/deployments/d1"}


# --- imports -----------------------------------------------------------------------------------

PROBE = """
import importlib, json, sys
modules = json.loads(sys.argv[1])
for name in modules:
    importlib.import_module(name)
from pydo_generated.api.droplets import droplets_list
from pydo_generated.api.apps import apps_get_logs, apps_restart
droplets_list._get_kwargs(type_="gpus")
apps_get_logs._get_kwargs("a", "d", "c", type_="BUILD")
apps_restart._get_kwargs("a", body={"components": []})
models = sorted(m for m in sys.modules if m.startswith("pydo_generated.models"))
print(json.dumps({"models": models, "attrs": "attrs" in sys.modules or "attr" in sys.modules}))
"""


def test_importing_every_endpoint_module_and_building_requests_imports_no_models(
    openapi_spec: dict[str, Any],
) -> None:
    names = sorted({_module_name(*operation) for operation in _spec_operations(openapi_spec)})
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(names)], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout) == {"models": [], "attrs": False}


# --- the rest of the module --------------------------------------------------------------------


def test_sync_detailed_takes_the_same_plain_values_and_sends_what_the_builder_built() -> None:
    from pydo_generated import AuthenticatedClient
    from pydo_generated.api.droplets import droplets_list

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"id": "unauthorized", "message": "no"})

    client = AuthenticatedClient(
        base_url="https://api.example.test", token="t", httpx_args={"transport": httpx.MockTransport(answer)}
    )
    with client:
        response = droplets_list.sync_detailed(client=client, type_="gpus", tag_name="web")
    assert response.status_code == 401
    (request,) = seen
    assert request.url.path == "/v2/droplets"
    assert dict(request.url.params) == {"per_page": "20", "page": "1", "tag_name": "web", "type": "gpus"}
