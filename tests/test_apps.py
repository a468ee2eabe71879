"""apps.restart and apps.get_deployment through a real loopback server: the request sent, the JSON returned."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from facade_calls import TOKEN, call
from fault_server import FaultServer, respond

from pydo_facade import __version__


def test_restart_returns_the_seed_response_exactly(
    kind: str, server: FaultServer, seed_response_bytes: bytes, seed_response: dict[str, Any]
) -> None:
    server.queue(respond(200, seed_response_bytes, headers={"Content-Type": "application/json"}))
    result = call(kind, server.url, "restart", app_id="b6bdf840", body={"components": ["web"]})
    assert result == json.loads(seed_response_bytes)
    assert result["deployment"]["created_at"] == "2020-07-28T18:00:00Z"
    assert result == seed_response


def test_restart_posts_components_as_json_to_the_restart_path(kind: str, server: FaultServer) -> None:
    call(kind, server.url, "restart", "b6bdf840", body={"components": ["web", "worker"]})
    (seen,) = server.seen
    assert (seen.method, seen.path) == ("POST", "/v2/apps/b6bdf840/restart")
    assert seen.json() == {"components": ["web", "worker"]}
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["user-agent"] == f"pydo-facade/{__version__}"


def test_restart_without_body_sends_no_body(kind: str, server: FaultServer) -> None:
    call(kind, server.url, "restart", "b6bdf840")
    (seen,) = server.seen
    assert seen.body == b""
    assert seen.headers.get("content-length", "0") == "0"


def test_restart_sends_bytes_as_they_are(kind: str, server: FaultServer) -> None:
    raw = b'{"components": ["web"], "future_field": 1}'
    call(kind, server.url, "restart", "b6bdf840", body=raw)
    assert server.seen[0].body == raw
    assert server.seen[0].headers["content-type"] == "application/json"


def test_restart_sends_a_binary_file_as_it_is(kind: str, server: FaultServer) -> None:
    call(kind, server.url, "restart", "b6bdf840", body=io.BytesIO(b'{"components":["api"]}'))
    assert server.seen[0].body == b'{"components":["api"]}'


@pytest.mark.parametrize(
    ("app_id", "path"),
    [
        ("a/b", "/v2/apps/a%2Fb/restart"),
        ("../../v2/account", "/v2/apps/..%2F..%2Fv2%2Faccount/restart"),
        ("x?y=1", "/v2/apps/x%3Fy%3D1/restart"),
        ("x#frag", "/v2/apps/x%23frag/restart"),
        ("100%", "/v2/apps/100%25/restart"),
        ("...", "/v2/apps/.../restart"),
    ],
)
def test_app_id_is_sent_as_one_percent_encoded_segment(server: FaultServer, app_id: str, path: str) -> None:
    call("sync", server.url, "restart", app_id)
    assert server.seen[0].path == path


def test_new_fields_and_unknown_enum_values_pass_through_untouched(kind: str, server: FaultServer) -> None:
    body = {
        "deployment": {
            "id": "d1",
            "phase": "SOME_PHASE_FROM_THE_FUTURE",
            "created_at": "2026-01-01T00:00:00Z",
            "brand_new_field": {"nested": [1, 2.5, None, True]},
        },
        "top_level_extra": "kept",
    }
    server.queue(respond(200, body))
    assert call(kind, server.url, "restart", "a1") == body


def test_headers_keyword_merges_extra_request_headers(kind: str, server: FaultServer) -> None:
    call(kind, server.url, "restart", "a1", headers={"X-Trace": "t-1"})
    assert server.seen[0].headers["x-trace"] == "t-1"
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_get_deployment_gets_the_deployment_path_and_returns_its_json(kind: str, server: FaultServer) -> None:
    body = {"deployment": {"id": "dep/1", "phase": "ACTIVE"}}
    server.queue(respond(200, body))
    assert call(kind, server.url, "get_deployment", "app 1", "dep/1") == body
    assert (server.seen[0].method, server.seen[0].path) == ("GET", "/v2/apps/app%201/deployments/dep%2F1")


BAD_APP_IDS: list[tuple[Any, type[Exception]]] = [
    (None, TypeError),
    (123, TypeError),
    (b"id", TypeError),
    ("", ValueError),
    ("   ", ValueError),
    (".", ValueError),
    ("..", ValueError),
]


@pytest.mark.parametrize(("app_id", "error"), BAD_APP_IDS)
def test_bad_app_id_is_refused_before_anything_is_sent(
    kind: str, server: FaultServer, app_id: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="app_id"):
        call(kind, server.url, "restart", app_id)
    assert server.seen == []


@pytest.mark.parametrize(
    ("body", "error", "match"),
    [
        (42, TypeError, "body must be"),
        ("web", TypeError, "body must be"),
        (["web"], TypeError, "body must be"),
        ({"components": "web"}, TypeError, "list of component names"),
        ({"components": None}, TypeError, "list of component names"),
        ({"components": [""]}, ValueError, "non-empty strings"),
        ({"components": ["web", 7]}, ValueError, "non-empty strings"),
        ({"component": ["web"]}, ValueError, "unknown field"),
        (io.StringIO('{"components": []}'), TypeError, "binary mode"),
    ],
)
def test_bad_body_is_refused_before_anything_is_sent(
    kind: str, server: FaultServer, body: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        call(kind, server.url, "restart", "a1", body=body)
    assert server.seen == []


def test_unknown_keyword_is_a_type_error_not_silently_ignored(kind: str, server: FaultServer) -> None:
    with pytest.raises(TypeError, match="content_type"):
        call(kind, server.url, "restart", "a1", content_type="application/json")
    assert server.seen == []


@pytest.mark.parametrize("headers", [{"X-A": 1}, ["X-A"], {"Authorization": "Bearer other"}])
def test_bad_headers_are_refused_before_anything_is_sent(server: FaultServer, headers: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="headers"):
        call("sync", server.url, "restart", "a1", headers=headers)
    assert server.seen == []


@pytest.mark.parametrize(("app_id", "deployment_id"), [("a1", ""), ("", "d1"), ("a1", None), ("a1", "..")])
def test_get_deployment_refuses_bad_ids(server: FaultServer, app_id: Any, deployment_id: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        call("sync", server.url, "get_deployment", app_id, deployment_id)
    assert server.seen == []
