"""The same call through pydo 0.44.0 and through pydo_facade puts the same request on the wire.

Both clients talk to one loopback TLS server that records each request (pydo's azure-core refuses to send
a bearer token over plain http, even to loopback). Compared: the method, the path as sent (its bytes),
the query parameters as a multiset, the JSON body (parsed) and the Content-Type. Where pydo differs on
purpose of ours (a bug of pydo's), the test asserts the difference and says why.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import ssl
import urllib.parse
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pydo
import pydo.aio
import pytest
import trustme
from azure.core.exceptions import DecodeError
from facade_calls import TOKEN
from fault_server import FaultServer, Seen, respond
from pydo_generated.groups import GROUPS

from pydo_facade import AsyncClient, Client, ResourceNotFoundError


@dataclass(frozen=True)
class Case:
    """One call, made the same way on both clients."""

    group: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    pydo_has_it: bool = True

    def __str__(self) -> str:
        return f"{self.group}.{self.method}"

    def call(self, client: Any) -> Any:
        return getattr(getattr(client, self.group), self.method)(*self.args, **self.kwargs)


CASES = [
    Case("account", "get"),
    Case("actions", "list", kwargs={"page": 2}),
    Case("addons", "patch_plan", ("res-1",), {"body": {"plan_slug": "pro"}}),
    Case(
        "agent_inference", "create_chat_completion", kwargs={"body": {"messages": [{"role": "user", "content": "hi"}]}}
    ),
    Case(
        "apps",
        "get_job_invocation_logs",
        ("app-1", "nightly", "inv-1"),
        {"type": "JOB_INVOCATION", "follow": True, "tail_lines": "100"},
    ),
    Case("autoscalepools", "list_members", ("pool-1",), {"per_page": 5}),
    Case("balance", "get"),
    Case("billing_history", "list"),
    # pydo takes date objects here (and refuses strings that are no dates): sent as YYYY-MM-DD by both.
    Case("billing_insights", "list", ("do:team:1", datetime.date(2025, 1, 1), datetime.date(2025, 1, 31)), {"page": 2}),
    Case("byoip_prefixes", "list_resources", ("pfx-1",), {"page": 3}),
    Case("cdn", "update_endpoints", ("cdn-1",), {"body": {"ttl": 3600}}),
    Case("certificates", "list", kwargs={"name": "web-cert"}),
    Case("databases", "update_user", ("db-1", "doadmin"), {"body": {"settings": {"acl": []}}}),
    Case("dedicated_inferences", "list_accelerators", ("di-1",), {"slug": "gpu-h100x1"}),
    Case("domains", "list_records", ("example.com",), {"name": "www.example.com", "type": "A"}),
    Case("droplet_actions", "post", (3164444,), {"body": {"type": "reboot"}}),
    Case("droplets", "list", kwargs={"tag_name": "web"}),
    Case("firewalls", "update", ("fw-1",), {"body": {"name": "fw"}}),
    Case("floating_ips", "list", kwargs={"page": 2}, pydo_has_it=False),
    Case("floating_ips_action", "post", ("203.0.113.1",), {"body": {"type": "unassign"}}, pydo_has_it=False),
    Case("functions", "update_trigger", ("ns-1", "trig"), {"body": {"is_enabled": False}}),
    Case("functions_access_key", "update", ("ns-1", "key-1"), {"body": {"name": "k"}}),
    Case("genai", "list_agents_by_workspace", ("ws-1",), {"only_deployed": True, "page": 2}),
    Case("image_actions", "post", (7555620,), {"body": {"type": "convert"}}),
    Case("images", "update", (7555620,), {"body": {"name": "new"}}),
    Case("inference", "list_batches", kwargs={"after": "batch-1", "limit": 5}),
    Case("invoices", "get_by_uuid", ("inv-1",), {"per_page": 5}),
    Case("kubernetes", "get_kubeconfig", ("k8s-1",), {"expiry_seconds": 300}),
    Case("load_balancers", "update", ("lb-1",), {"body": {"name": "lb"}}),
    Case(
        "monitoring",
        "get_app_cpu_percentage_metrics",
        kwargs={"app_id": "app-1", "start": "1700000000", "end": "1700003600", "app_component": "web"},
    ),
    Case("nfs", "list_access_points", ("share-1",), {"status": "ACTIVE"}),
    Case("one_clicks", "list", kwargs={"type": "kubernetes"}),
    Case("organizations", "create_team", kwargs={"body": {"name": "team"}}),
    Case("partner_attachments", "list_remote_routes", ("pa-1",), {"page": 2}),
    Case("projects", "list_resources", ("proj-1",), {"per_page": 50}),
    Case("regions", "list"),
    Case("registries", "list_repositories_v2", ("reg",), {"page_token": "tok en", "per_page": 10}),
    Case("registry", "list_repositories_v2", ("reg",), {"page_token": "a+b&c"}),
    Case("reserved_ips", "list", kwargs={"per_page": 200}),
    Case("reserved_ips_actions", "post", ("203.0.113.2",), {"body": {"type": "assign", "droplet_id": 1}}),
    Case("reserved_ipv6", "list"),
    Case("reserved_ipv6_actions", "post", ("2001:db8::1",), {"body": {"type": "unassign"}}),
    Case("security", "get_scan", ("scan-1",), {"severity": "HIGH", "type": "CSPM"}),
    Case("sizes", "list", kwargs={"page": 2}),
    Case("snapshots", "list", kwargs={"resource_type": "droplet"}),
    Case("spaces_key", "update", ("AKIA 1/2",), {"body": {"name": "k"}}),
    Case("ssh_keys", "update", (512189,), {"body": {"name": "laptop"}}),
    Case(
        "tags",
        "unassign_resources",
        ("web",),
        {"body": {"resources": [{"resource_id": "1", "resource_type": "droplet"}]}},
    ),
    Case("uptime", "list_alerts", ("check-1",), {"page": 2}),
    Case("vector_databases", "update_tags", ("vdb-1",), {"body": {"tags": ["a"]}}),
    Case("volume_actions", "post_by_id", ("vol-1",), {"body": {"type": "attach", "droplet_id": 1}, "per_page": 5}),
    Case("volume_snapshots", "list", ("vol-1",)),
    Case("volumes", "list", kwargs={"name": "data", "region": "nyc1"}),
    Case("vpc_peerings", "patch", ("peer-1",), {"body": {"name": "p"}}),
    Case("vpcnatgateways", "update", ("nat-1",), {"body": {"name": "n"}}),
    Case("vpcs", "list_members", ("vpc-1",), {"resource_type": "droplet"}),
]
"""One operation of every group, with a path parameter, query parameters or a body where the group has one."""

FLOATING_IP_REQUESTS = {
    "floating_ips.list": ("GET", "/v2/floating_ips", [("page", "2"), ("per_page", "20")]),
    "floating_ips_action.post": ("POST", "/v2/floating_ips/203.0.113.1/actions", []),
}
"""What the facade sends for the two floating-IP cases: pydo 0.44 has no floating-IP groups to compare with."""


@dataclass(frozen=True)
class Request:
    """What the comparison looks at in one recorded request."""

    method: str
    path: str
    query: list[tuple[str, str]]
    body: Any
    content_type: str | None

    @classmethod
    def of(cls, seen: Seen) -> Request:
        path, _, query = seen.path.partition("?")
        content_type = seen.headers.get("content-type")
        body: Any = seen.body or None
        if seen.body and content_type == "application/json":
            body = json.loads(seen.body)
        return cls(seen.method, path, sorted(urllib.parse.parse_qsl(query, keep_blank_values=True)), body, content_type)


def assert_same_request(theirs: Seen, ours: Seen) -> None:
    pydo_request, facade_request = Request.of(theirs), Request.of(ours)
    if not theirs.body:
        # On purpose: pydo sends no Content-Type on a request without a body, the bug that makes its
        # projects.delete fail; the facade sends application/json on every request.
        assert pydo_request.content_type is None
        assert facade_request.content_type == "application/json"
        facade_request = replace(facade_request, content_type=None)
    assert facade_request == pydo_request


# --- the clients -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def tls_server(ca: trustme.CA) -> FaultServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return FaultServer(tls=context)


def pydo_client(ca_file: str, endpoint: str, inference: str, agent: str) -> Any:
    return pydo.Client(
        TOKEN,
        endpoint=endpoint,
        inference_endpoint=inference,
        agent_endpoint=agent,
        connection_verify=ca_file,
        retry_total=0,
    )


@dataclass
class Wire:
    """A recording server, and pydo and the facade both pointed at it (every endpoint of both)."""

    server: FaultServer
    pydo: Any
    facade: Client
    ca_file: str

    def sent(self, call: Any, client: Any) -> Seen:
        """The one request `call(client)` sent (whatever the call then returned or raised)."""
        before = len(self.server.seen)
        with contextlib.suppress(Exception):  # pydo fails on some answers of this server; the request matters here
            call(client)
        assert len(self.server.seen) == before + 1, "the call sent no request, or more than one"
        return self.server.seen[-1]

    def both(self, call: Any) -> tuple[Seen, Seen]:
        return self.sent(call, self.pydo), self.sent(call, self.facade)


@pytest.fixture(scope="module")
def wire(ca: trustme.CA, ca_file: str) -> Iterator[Wire]:
    with tls_server(ca) as server:
        url = server.url
        theirs = pydo_client(ca_file, url, url, url)
        ours = Client(
            TOKEN, endpoint=url, inference_endpoint=url, agent_endpoint=url, connection_verify=ca_file, retry_total=0
        )
        yield Wire(server, theirs, ours, ca_file)
        ours.close()
        theirs.close()


# --- one operation of every group ----------------------------------------------------------


def test_the_table_has_one_operation_of_every_group() -> None:
    assert sorted(case.group for case in CASES) == sorted(GROUPS)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_facade_sends_what_pydo_sends(case: Case, wire: Wire) -> None:
    if not case.pydo_has_it:
        method, path, query = FLOATING_IP_REQUESTS[str(case)]
        sent = Request.of(wire.sent(case.call, wire.facade))
        assert (sent.method, sent.path, sent.query) == (method, path, query)
        return
    assert_same_request(*wire.both(case.call))


def test_the_async_client_sends_what_pydo_aio_sends(wire: Wire) -> None:
    # Both send through aiohttp, which writes some reserved characters of a path unescaped (':' '@'):
    # the same bytes from both, and what the sync clients escape.
    async def sent(call: Any, client: Any) -> Seen:
        before = len(wire.server.seen)
        with contextlib.suppress(Exception):  # as in Wire.sent: only the request matters
            await call(client)
        assert len(wire.server.seen) == before + 1, "the call sent no request, or more than one"
        return wire.server.seen[-1]

    async def main() -> list[tuple[Seen, Seen]]:
        url = wire.server.url
        endpoints = {
            "endpoint": url,
            "inference_endpoint": url,
            "agent_endpoint": url,
            "connection_verify": wire.ca_file,
        }
        theirs = pydo.aio.Client(TOKEN, retry_total=0, **endpoints)
        try:
            async with AsyncClient(TOKEN, retry_total=0, **endpoints) as ours:
                return [
                    (await sent(case.call, theirs), await sent(case.call, ours)) for case in CASES if case.pydo_has_it
                ]
        finally:
            await theirs.close()

    for theirs, ours in asyncio.run(main()):
        assert_same_request(theirs, ours)


# --- how values go on the wire -------------------------------------------------------------


def test_droplets_list_sends_pydos_defaults(wire: Wire) -> None:
    theirs, ours = wire.both(lambda client: client.droplets.list())
    assert_same_request(theirs, ours)
    assert Request.of(ours).query == [("page", "1"), ("per_page", "20")]


def test_a_list_value_is_exploded_into_repeated_parameters(wire: Wire) -> None:
    theirs, ours = wire.both(lambda client: client.apps.list_deployments("app-1", deployment_types=["A", "B"]))
    assert_same_request(theirs, ours)
    assert ("deployment_types", "A") in Request.of(ours).query
    assert ("deployment_types", "B") in Request.of(ours).query


def test_x_dangerous_true_is_sent_as_the_header_true(wire: Wire) -> None:
    theirs, ours = wire.both(
        lambda client: client.droplets.destroy_with_associated_resources_dangerous(3164444, x_dangerous=True)
    )
    assert_same_request(theirs, ours)
    assert theirs.headers["x-dangerous"] == ours.headers["x-dangerous"] == "true"


@pytest.mark.parametrize(
    ("group", "method", "identifier", "path"),
    [
        ("droplets", "get", 3164444, "/v2/droplets/3164444"),
        ("images", "get", 7555620, "/v2/images/7555620"),
        ("snapshots", "get", 6372321, "/v2/snapshots/6372321"),
        ("ssh_keys", "get", 512189, "/v2/account/keys/512189"),
    ],
)
def test_an_int_id_is_accepted_as_pydo_accepts_it(
    group: str, method: str, identifier: int, path: str, wire: Wire
) -> None:
    theirs, ours = wire.both(lambda client: getattr(getattr(client, group), method)(identifier))
    assert_same_request(theirs, ours)
    assert Request.of(ours).path == path


def test_a_datetime_is_sent_as_pydo_sends_it(wire: Wire) -> None:
    since = datetime.datetime(2025, 5, 1, 14, 30, 5, 120000, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    theirs, ours = wire.both(lambda client: client.kubernetes.get_status_messages("k8s-1", since=since))
    assert_same_request(theirs, ours)
    assert Request.of(ours).query == [("since", "2025-05-01T12:30:05.120Z")]


def test_a_body_of_bytes_is_sent_as_it_is(wire: Wire) -> None:
    raw = b'{"name": "web-1", "size": "s-1vcpu-1gb"}'
    theirs, ours = wire.both(lambda client: client.droplets.create(body=raw))
    assert_same_request(theirs, ours)
    assert ours.body == raw


def test_a_body_from_a_binary_file_is_sent_as_it_is(wire: Wire, tmp_path: Path) -> None:
    path = tmp_path / "droplet.json"
    path.write_bytes(b'{"name": "web-2", "region": "nyc3"}')
    seen = []
    for client in (wire.pydo, wire.facade):
        with path.open("rb") as body:
            seen.append(wire.sent(lambda c: c.droplets.create(body=body), client))
    assert_same_request(*seen)
    assert seen[1].body == path.read_bytes()


def test_inference_and_agent_operations_go_to_their_endpoints(ca: trustme.CA, ca_file: str) -> None:
    with tls_server(ca) as api, tls_server(ca) as inference, tls_server(ca) as agent:
        theirs = pydo_client(ca_file, api.url, inference.url, agent.url)
        ours = Client(
            TOKEN,
            endpoint=api.url,
            inference_endpoint=inference.url,
            agent_endpoint=agent.url,
            connection_verify=ca_file,
            retry_total=0,
        )
        with ours:
            for client in (theirs, ours):
                client.droplets.list()
                client.inference.list_models()
                client.agent_inference.create_chat_completion(body={"messages": [{"role": "user", "content": "hi"}]})
        theirs.close()
    assert [seen.path for seen in api.seen] == ["/v2/droplets?per_page=20&page=1"] * 2
    assert [seen.path for seen in inference.seen] == ["/v1/models"] * 2
    assert [seen.path for seen in agent.seen] == ["/api/v1/chat/completions?agent=true"] * 2


# --- pydo's bugs, fixed here -----------------------------------------------------------------


def test_get_kubeconfig_returns_the_yaml_text(wire: Wire) -> None:
    yaml = "apiVersion: v1\nkind: Config\nclusters: []\n"
    wire.server.queue(*[respond(200, yaml, headers={"Content-Type": "application/yaml"})] * 2)
    with pytest.raises(DecodeError):
        wire.pydo.kubernetes.get_kubeconfig("k8s-1")  # pydo decodes every answer as JSON
    assert wire.facade.kubernetes.get_kubeconfig("k8s-1") == yaml


def test_get_csv_by_uuid_returns_the_csv_text(wire: Wire) -> None:
    csv = "product,amount\nDroplets,12.34\n"
    wire.server.queue(*[respond(200, csv, headers={"Content-Type": "text/csv"})] * 2)
    with pytest.raises(ValueError, match="Expecting value"):
        wire.pydo.invoices.get_csv_by_uuid("inv-1")  # pydo decodes the CSV as JSON
    assert wire.facade.invoices.get_csv_by_uuid("inv-1") == csv


def test_get_pdf_by_uuid_returns_the_pdf_bytes(wire: Wire) -> None:
    pdf = b"%PDF-1.4\n\xe2\xe3\xcf\xd3\n%%EOF\n"
    wire.server.queue(*[respond(200, pdf, headers={"Content-Type": "application/pdf"})] * 2)
    assert not isinstance(wire.pydo.invoices.get_pdf_by_uuid("inv-1"), bytes)  # pydo: an unread byte iterator
    assert wire.facade.invoices.get_pdf_by_uuid("inv-1") == pdf


def test_projects_delete_sends_content_type_json(wire: Wire) -> None:
    wire.server.queue(respond(204), respond(204))
    theirs, ours = wire.both(lambda client: client.projects.delete("proj-1"))
    assert "content-type" not in theirs.headers  # pydo's bug
    assert ours.headers["content-type"] == "application/json"
    assert (ours.method, ours.path) == (theirs.method, theirs.path) == ("DELETE", "/v2/projects/proj-1")


def test_a_documented_404_raises_resource_not_found(wire: Wire) -> None:
    error = {"id": "not_found", "message": "The resource you requested could not be found."}
    wire.server.queue(respond(404, error), respond(404, error))
    assert wire.pydo.droplets.get(3164444) == error  # pydo returns a documented 404's body as the answer
    with pytest.raises(ResourceNotFoundError) as raised:
        wire.facade.droplets.get(3164444)
    assert raised.value.error_id == "not_found"
