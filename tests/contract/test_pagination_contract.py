"""client.paginate() against Prism serving the pinned spec: one test per pagination shape the spec has.

Prism answers every page with the spec's example (or, where the spec has none, one it builds from the
schema's examples). Each test walks a list through those answers and checks that every request passed
Prism's validation (per_page=200 included: the spec's maximum), what the requests asked for, and that the
items are the example's. Where the example's own links make a full walk impossible (a placeholder next
link, a cursor that names itself again), the walk stops with a DecodeError there instead of looping.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from pydo_facade import Client
from pydo_facade.exceptions import DecodeError

from .conftest import MARKER_PATH, PrismMock

pytestmark = pytest.mark.contract

TOKEN = "contract-test-token"  # Prism checks that a bearer token is sent, not which one
LOG_TIMEOUT = 10.0
BILLING = {"account_urn": "do:team:12345678-1234-1234-1234-123456789012", "start_date": "2025-01-01"}


def resolved(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node that is not one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def documented_example(spec: dict[str, Any], operation_id: str) -> Any:
    """The 200 answer's example as the spec documents it: on the media type, or on its schema."""
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                media = resolved(spec, resolved(spec, operation["responses"]["200"])["content"]["application/json"])
                if "example" in media:
                    return media["example"]
                if "examples" in media:
                    return resolved(spec, next(iter(media["examples"].values())))["value"]
                return resolved(spec, media["schema"]).get("example")
    raise KeyError(operation_id)


@dataclass
class Walk:
    """A client on Prism whose every request is recorded, and Prism's log since it was made."""

    prism: PrismMock
    client: Client
    sent: list[httpx.Request]
    offset: int

    def restart_log(self) -> None:
        """Check only what Prism logs from now on: after a request of the test's own, once it is all logged."""
        self._through_marker()
        self.offset = self.prism.log_path.stat().st_size

    def queries(self) -> list[dict[str, str]]:
        return [dict(parse_qsl(request.url.query.decode())) for request in self.sent]

    def paths(self) -> list[str]:
        return [request.url.path for request in self.sent]

    def _through_marker(self) -> list[str]:
        """Prism's log since the offset, up to a marker request sent now (so every earlier line is in)."""
        marker = f"{MARKER_PATH}/{uuid.uuid4()}"
        httpx.get(self.prism.url + marker, timeout=10)
        deadline = time.monotonic() + LOG_TIMEOUT
        while True:
            with self.prism.log_path.open("rb") as log:
                log.seek(self.offset)
                lines = log.read().decode("utf-8", errors="replace").splitlines()
            ends = [index for index, line in enumerate(lines) if marker in line]
            if ends:
                return lines[: ends[0]]
            if time.monotonic() > deadline:
                raise AssertionError(f"the marker request never showed in Prism's log {self.prism.log_path}")
            time.sleep(0.05)

    def exchanges(self) -> list[list[str]]:
        """Prism's log lines for each request received since the offset."""
        blocks: list[list[str]] = []
        for line in self._through_marker():
            if "[HTTP SERVER]" in line and "Request received" in line:
                blocks.append([line])
            elif blocks:
                blocks[-1].append(line)
        return blocks

    def check_validated(self) -> None:
        """Prism received exactly the requests sent, and its validator passed every one."""
        blocks = self.exchanges()
        assert len(blocks) == len(self.sent), "\n".join(line for block in blocks for line in block)
        for request, block in zip(self.sent, blocks, strict=True):
            text = "\n".join(block)
            assert f"get {request.url.raw_path.decode().partition('?')[0]} " in block[0], text
            assert "Violation:" not in text, text
            assert "The request passed the validation rules" in text, text


@pytest.fixture
def walk(prism: PrismMock) -> Iterator[Walk]:
    sent: list[httpx.Request] = []
    offset = prism.log_path.stat().st_size
    with (
        httpx.Client(trust_env=False, event_hooks={"request": [sent.append]}) as http_client,
        Client(TOKEN, endpoint=prism.url, retry_total=0, timeout=60, http_client=http_client) as client,
    ):
        yield Walk(prism, client, sent, offset)


def collect(items: Iterator[Any], into: list[Any]) -> None:
    for item in items:
        into.append(item)


def served(prism: PrismMock, path: str) -> Any:
    """What Prism answers to a plain GET of this path (its example, or the one it builds)."""
    answer = httpx.get(prism.url + path, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert answer.status_code == 200, answer.text[:500]
    return answer.json()


def test_a_v2_list_walks_prisms_ssh_keys_example(walk: Walk, openapi_spec: dict[str, Any]) -> None:
    example = documented_example(openapi_spec, "sshKeys_list")
    assert example["links"] == {}  # one page: the walk ends there
    items = list(walk.client.paginate(walk.client.ssh_keys.list))
    assert items == example["ssh_keys"]
    assert walk.paths() == ["/v2/account/keys"]
    assert walk.queries() == [{"per_page": "200", "page": "1"}]
    walk.check_validated()


def test_a_billing_list_walks_prisms_billing_insights_example(walk: Walk, openapi_spec: dict[str, Any]) -> None:
    example = documented_example(openapi_spec, "billingInsights_list")
    assert (example["current_page"], example["total_pages"]) == (1, 1)
    pages = list(walk.client.paginate(walk.client.billing_insights.list, end_date="2025-01-31", **BILLING).pages())
    assert pages == [example]
    items = [point for page in pages for point in page["data_points"]]
    assert items == example["data_points"]
    assert walk.queries() == [{"per_page": "200", "page": "1"}]
    walk.check_validated()


def test_a_genai_list_yields_prisms_agents_and_stops_at_its_placeholder_next_link(walk: Walk, prism: PrismMock) -> None:
    # The spec has no example for genai_list_agents: Prism builds one whose links are "example string".
    expected = served(prism, "/v2/gen-ai/agents")
    walk.restart_log()
    assert set(expected["meta"]) >= {"page", "pages", "total"}
    assert expected["links"]["pages"]["next"] == "example string"
    items: list[Any] = []
    with pytest.raises(DecodeError, match="names no page"):
        collect(iter(walk.client.paginate(walk.client.genai.list_agents)), items)
    assert items == expected["agents"]
    assert walk.queries() == [{"per_page": "200"}]
    walk.check_validated()


def test_a_cursor_list_follows_prisms_page_token_and_stops_when_it_repeats(
    walk: Walk, openapi_spec: dict[str, Any]
) -> None:
    example = documented_example(openapi_spec, "registries_list_repositoriesV2")
    token = dict(parse_qsl(httpx.URL(example["links"]["pages"]["next"]).query.decode()))["page_token"]
    items: list[Any] = []
    paginator = walk.client.paginate(walk.client.registries.list_repositories_v2, registry_name="example")
    with pytest.raises(DecodeError, match=f"page_token={token}"):
        collect(iter(paginator), items)
    # Prism serves the one example for every page: its next link names the same token again.
    assert items == example["repositories"] * 2
    assert walk.paths() == ["/v2/registries/example/repositoriesV2"] * 2
    assert walk.queries() == [{"per_page": "200", "page": "1"}, {"per_page": "200", "page": "1", "page_token": token}]
    walk.check_validated()
