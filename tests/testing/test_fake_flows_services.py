"""The service families of FakeDigitalOcean through the real clients (sync, async over aiohttp and over httpx).

Domains and records, projects, firewalls, load balancers, Kubernetes clusters and database clusters: what is
created is listed (page by page), fetched, changed and deleted, then 404s; polled statuses advance one step per
GET, so the facade's waiters finish, or fail as documented when a status is scripted to fail.
"""

from __future__ import annotations

from typing import Any

import pytest
from facade_calls import open_client, run

from pydo_facade import AsyncClient, Client
from pydo_facade.exceptions import HttpResponseError, ResourceNotFoundError, WaitFailedError, WaitTimeoutError
from pydo_facade.pagination import AsyncPaginator, Paginator
from pydo_facade.testing import FakeDigitalOcean


def _client(kind: str, fake: FakeDigitalOcean) -> Client | AsyncClient:
    return open_client(kind, fake.token, endpoint=fake.url, retry_total=0)


def _items(paginator: Paginator | AsyncPaginator) -> Any:
    """Every item of a paginated list (a coroutine of them for an async client)."""
    if isinstance(paginator, AsyncPaginator):

        async def collect() -> list[Any]:
            return [item async for item in paginator]

        return collect()
    return list(paginator)


def _page_count(paginator: Paginator | AsyncPaginator) -> Any:
    """How many pages the list was sent in (a coroutine of it for an async client)."""
    if isinstance(paginator, AsyncPaginator):

        async def count() -> int:
            return len([page async for page in paginator.pages()])

        return count()
    return len(list(paginator.pages()))


def _not_found(kind: str, fake: FakeDigitalOcean, use: Any) -> None:
    with pytest.raises(ResourceNotFoundError):
        run(_client(kind, fake), use)


# --- domains and records -------------------------------------------------------------------------------------


def test_domain_and_record_flow(kind: str, fake: FakeDigitalOcean) -> None:
    def arrange(client: Any) -> Any:
        for name in ("a.example.com", "b.example.com"):
            fake.add_domain(name)
        return client.domains.create({"name": "example.com", "ip_address": "192.0.2.10"})

    created = run(_client(kind, fake), arrange)
    assert created["domain"] == {"name": "example.com", "ttl": 1800, "zone_file": None}

    got = run(_client(kind, fake), lambda c: c.domains.get("example.com"))
    assert "example.com. 1800 IN A 192.0.2.10" in got["domain"]["zone_file"]
    names = run(_client(kind, fake), lambda c: _items(c.paginate(c.domains.list, per_page=2)))
    assert [domain["name"] for domain in names] == ["a.example.com", "b.example.com", "example.com"]
    assert run(_client(kind, fake), lambda c: _page_count(c.paginate(c.domains.list, per_page=2))) == 2

    record = run(
        _client(kind, fake),
        lambda c: c.domains.create_record("example.com", {"type": "CNAME", "name": "www", "data": "@", "ttl": 600}),
    )["domain_record"]
    assert (record["type"], record["name"], record["data"], record["ttl"]) == ("CNAME", "www", "@", 600)
    records = run(
        _client(kind, fake), lambda c: _items(c.paginate(c.domains.list_records, domain_name="example.com", per_page=2))
    )
    assert [(r["type"], r["name"]) for r in records] == [("NS", "@")] * 3 + [("A", "@"), ("CNAME", "www")]
    by_type = run(_client(kind, fake), lambda c: c.domains.list_records("example.com", type="NS"))
    assert [r["data"] for r in by_type["domain_records"]] == [f"ns{n}.digitalocean.com" for n in (1, 2, 3)]
    by_name = run(_client(kind, fake), lambda c: c.domains.list_records("example.com", name="www.example.com"))
    assert [r["id"] for r in by_name["domain_records"]] == [record["id"]]

    record_id = record["id"]
    got_record = run(_client(kind, fake), lambda c: c.domains.get_record("example.com", record_id))
    assert got_record["domain_record"] == record
    updated = run(
        _client(kind, fake),
        lambda c: c.domains.update_record("example.com", record_id, {"type": "CNAME", "name": "w3"}),
    )
    assert (updated["domain_record"]["name"], updated["domain_record"]["ttl"]) == ("w3", 600)
    patched = run(
        _client(kind, fake), lambda c: c.domains.patch_record("example.com", record_id, {"type": "CNAME", "ttl": 3600})
    )
    assert (patched["domain_record"]["name"], patched["domain_record"]["ttl"]) == ("w3", 3600)
    run(_client(kind, fake), lambda c: c.domains.delete_record("example.com", record_id))
    _not_found(kind, fake, lambda c: c.domains.get_record("example.com", record_id))

    run(_client(kind, fake), lambda c: c.domains.delete("example.com"))
    _not_found(kind, fake, lambda c: c.domains.get("example.com"))
    _not_found(kind, fake, lambda c: c.domains.list_records("example.com"))
    left = run(_client(kind, fake), lambda c: c.domains.list())
    assert [domain["name"] for domain in left["domains"]] == ["a.example.com", "b.example.com"]


def test_a_domain_that_exists_cannot_be_created_again(fake: FakeDigitalOcean) -> None:
    fake.add_domain("example.com")
    with Client(fake.token, endpoint=fake.url, retry_total=0) as client, pytest.raises(HttpResponseError) as refused:
        client.domains.create({"name": "example.com"})
    assert refused.value.status_code == 422


# --- projects ------------------------------------------------------------------------------------------------


def test_project_flow(kind: str, fake: FakeDigitalOcean) -> None:
    body = {"name": "web", "purpose": "Web Application", "environment": "Production"}
    project = run(_client(kind, fake), lambda c: c.projects.create(body))["project"]
    assert (project["name"], project["environment"], project["is_default"]) == ("web", "Production", False)
    project_id = project["id"]
    assert run(_client(kind, fake), lambda c: c.projects.get(project_id))["project"] == project
    fake.add_project("api")
    listed = run(_client(kind, fake), lambda c: _items(c.paginate(c.projects.list, per_page=2)))
    assert [p["name"] for p in listed] == ["Default", "web", "api"]

    updated = run(
        _client(kind, fake),
        lambda c: c.projects.update(project_id, {**body, "description": "the site", "is_default": False}),
    )
    assert updated["project"]["description"] == "the site"
    patched = run(_client(kind, fake), lambda c: c.projects.patch(project_id, {"name": "site"}))
    assert (patched["project"]["name"], patched["project"]["description"]) == ("site", "the site")

    urns = ["do:domain:example.com", "do:droplet:42"]
    assigned = run(_client(kind, fake), lambda c: c.projects.assign_resources(project_id, {"resources": urns}))
    assert [entry["urn"] for entry in assigned["resources"]] == urns
    assert assigned["resources"][0]["links"]["self"] == f"{fake.url}/v2/domains/example.com"
    with pytest.raises(HttpResponseError) as not_empty:
        run(_client(kind, fake), lambda c: c.projects.delete(project_id))
    assert not_empty.value.status_code == 412

    run(_client(kind, fake), lambda c: c.projects.assign_resources_default({"resources": urns}))
    left = run(_client(kind, fake), lambda c: c.projects.list_resources(project_id))
    assert left["resources"] == []
    moved = run(_client(kind, fake), lambda c: c.projects.list_resources_default())
    assert [entry["urn"] for entry in moved["resources"]] == urns
    run(_client(kind, fake), lambda c: c.projects.delete(project_id))
    _not_found(kind, fake, lambda c: c.projects.get(project_id))


def test_the_default_project_moves_and_cannot_be_deleted(fake: FakeDigitalOcean) -> None:
    other = fake.add_project("other")
    with Client(fake.token, endpoint=fake.url, retry_total=0) as client:
        default = client.projects.get_default()["project"]
        assert (default["name"], default["is_default"]) == ("Default", True)
        with pytest.raises(HttpResponseError) as refused:
            client.projects.delete(default["id"])
        assert refused.value.status_code == 400
        client.projects.patch(other["id"], {"is_default": True})
        assert client.projects.get_default()["project"]["id"] == other["id"]
        assert client.projects.get(default["id"])["project"]["is_default"] is False
        client.projects.delete(default["id"])  # no longer the default, and empty


# --- firewalls -----------------------------------------------------------------------------------------------


def test_firewall_flow(kind: str, fake: FakeDigitalOcean) -> None:
    ssh = {"protocol": "tcp", "ports": "22", "sources": {"addresses": ["0.0.0.0/0"]}}
    body = {"name": "web", "inbound_rules": [ssh], "droplet_ids": [8043964]}
    created = run(_client(kind, fake), lambda c: c.firewalls.create(body))["firewall"]
    assert (created["status"], created["pending_changes"][0]["droplet_id"]) == ("waiting", 8043964)
    firewall_id = created["id"]
    got = run(_client(kind, fake), lambda c: c.firewalls.get(firewall_id))["firewall"]
    assert (got["status"], got["pending_changes"], got["inbound_rules"]) == ("succeeded", [], [ssh])
    fake.add_firewall("db")
    fake.add_firewall("cache")
    listed = run(_client(kind, fake), lambda c: _items(c.paginate(c.firewalls.list, per_page=2)))
    assert [firewall["name"] for firewall in listed] == ["web", "db", "cache"]

    http = {"protocol": "tcp", "ports": "80", "sources": {"addresses": ["0.0.0.0/0"]}}

    run(
        _client(kind, fake),
        lambda c: c.firewalls.add_rules(firewall_id, {"inbound_rules": [http]}),
        lambda c: c.firewalls.add_tags(firewall_id, {"tags": ["web"]}),
        lambda c: c.firewalls.assign_droplets(firewall_id, {"droplet_ids": [49696269]}),
        lambda c: c.firewalls.delete_rules(firewall_id, {"inbound_rules": [ssh]}),
        lambda c: c.firewalls.delete_droplets(firewall_id, {"droplet_ids": [8043964]}),
    )
    changed = run(_client(kind, fake), lambda c: c.firewalls.get(firewall_id))["firewall"]
    assert (changed["inbound_rules"], changed["tags"], changed["droplet_ids"]) == ([http], ["web"], [49696269])
    replacement = {"name": "web-2", "inbound_rules": [http], "tags": []}
    firewall = run(_client(kind, fake), lambda c: c.firewalls.update(firewall_id, replacement))["firewall"]
    assert (firewall["name"], firewall["inbound_rules"], firewall["outbound_rules"]) == ("web-2", [http], [])
    assert (firewall["tags"], firewall["droplet_ids"], firewall["status"]) == ([], [], "waiting")
    run(_client(kind, fake), lambda c: c.firewalls.delete(firewall_id))
    _not_found(kind, fake, lambda c: c.firewalls.get(firewall_id))


# --- load balancers ------------------------------------------------------------------------------------------


LB_BODY = {
    "name": "web-lb",
    "region": "ams3",
    "forwarding_rules": [{"entry_protocol": "http", "entry_port": 80, "target_protocol": "http", "target_port": 8080}],
    "droplet_ids": [3164444],
}


def test_load_balancer_flow(kind: str, fake: FakeDigitalOcean) -> None:
    created = run(_client(kind, fake), lambda c: c.load_balancers.create(LB_BODY))["load_balancer"]
    assert (created["status"], created["name"], created["region"]["slug"]) == ("new", "web-lb", "ams3")
    lb_id = created["id"]
    active = run(_client(kind, fake), lambda c: c.load_balancers.wait_until_active(lb_id, poll_interval=0))
    assert (active["id"], active["status"]) == (lb_id, "active")
    fake.add_load_balancer("second")
    fake.add_load_balancer("third")
    listed = run(_client(kind, fake), lambda c: _items(c.paginate(c.load_balancers.list, per_page=2)))
    assert [lb["name"] for lb in listed] == ["web-lb", "second", "third"]
    updated = run(_client(kind, fake), lambda c: c.load_balancers.update(lb_id, {**LB_BODY, "name": "renamed"}))
    assert (updated["load_balancer"]["name"], updated["load_balancer"]["status"]) == ("renamed", "active")
    assert run(_client(kind, fake), lambda c: c.load_balancers.get(lb_id))["load_balancer"]["name"] == "renamed"
    run(_client(kind, fake), lambda c: c.load_balancers.delete(lb_id))
    _not_found(kind, fake, lambda c: c.load_balancers.get(lb_id))


def test_a_scripted_errored_load_balancer_fails_the_wait(kind: str, fake: FakeDigitalOcean) -> None:
    fake.script_load_balancers(["new", "new", "errored"])

    created = run(_client(kind, fake), lambda c: c.load_balancers.create(LB_BODY))["load_balancer"]
    with pytest.raises(WaitFailedError) as failed:
        run(_client(kind, fake), lambda c: c.load_balancers.wait_until_active(created["id"], poll_interval=0))
    assert failed.value.resource["status"] == "errored"


# --- Kubernetes ----------------------------------------------------------------------------------------------


K8S_BODY = {
    "name": "prod",
    "region": "nyc1",
    "version": "1.31.1-do.0",
    "node_pools": [{"size": "s-2vcpu-4gb", "count": 2, "name": "workers"}],
}


def test_kubernetes_cluster_flow(kind: str, fake: FakeDigitalOcean) -> None:
    created = run(_client(kind, fake), lambda c: c.kubernetes.create_cluster(K8S_BODY))["kubernetes_cluster"]
    assert (created["status"]["state"], created["endpoint"]) == ("provisioning", "")
    assert [node["status"]["state"] for node in created["node_pools"][0]["nodes"]] == ["provisioning"] * 2
    cluster_id = created["id"]
    running = run(_client(kind, fake), lambda c: c.kubernetes.wait_until_running(cluster_id, poll_interval=0))
    assert running["status"]["state"] == "running"
    assert running["endpoint"] == f"https://{cluster_id}.k8s.ondigitalocean.com"
    assert [node["status"]["state"] for node in running["node_pools"][0]["nodes"]] == ["running"] * 2
    config = run(_client(kind, fake), lambda c: c.kubernetes.get_kubeconfig(cluster_id))
    text = config.decode() if isinstance(config, bytes) else str(config)
    assert "current-context: do-nyc1-prod" in text
    assert f"server: https://{cluster_id}.k8s.ondigitalocean.com" in text

    fake.add_kubernetes_cluster("staging")
    fake.add_kubernetes_cluster("dev")
    listed = run(_client(kind, fake), lambda c: _items(c.paginate(c.kubernetes.list_clusters, per_page=2)))
    assert [cluster["name"] for cluster in listed] == ["prod", "staging", "dev"]
    updated = run(_client(kind, fake), lambda c: c.kubernetes.update_cluster(cluster_id, {"name": "prod-2"}))
    assert updated["kubernetes_cluster"]["name"] == "prod-2"

    pool = run(
        _client(kind, fake),
        lambda c: c.kubernetes.add_node_pool(cluster_id, {"name": "big", "size": "s-4vcpu-8gb", "count": 1}),
    )["node_pool"]
    pool_id = pool["id"]
    resized = run(
        _client(kind, fake),
        lambda c: c.kubernetes.update_node_pool(cluster_id, pool_id, {"name": "big", "count": 3}),
    )
    assert len(resized["node_pool"]["nodes"]) == 3
    pools = run(_client(kind, fake), lambda c: c.kubernetes.list_node_pools(cluster_id))["node_pools"]
    assert [p["name"] for p in pools] == ["workers", "big"]
    run(_client(kind, fake), lambda c: c.kubernetes.delete_node_pool(cluster_id, pool_id))
    _not_found(kind, fake, lambda c: c.kubernetes.get_node_pool(cluster_id, pool_id))

    run(_client(kind, fake), lambda c: c.kubernetes.delete_cluster(cluster_id))
    _not_found(kind, fake, lambda c: c.kubernetes.get_cluster(cluster_id))
    _not_found(kind, fake, lambda c: c.kubernetes.get_kubeconfig(cluster_id))


def test_a_scripted_error_cluster_fails_the_wait(kind: str, fake: FakeDigitalOcean) -> None:
    fake.script_kubernetes_clusters(["provisioning", "error"])
    cluster = run(_client(kind, fake), lambda c: c.kubernetes.create_cluster(K8S_BODY))["kubernetes_cluster"]
    with pytest.raises(WaitFailedError) as failed:
        run(_client(kind, fake), lambda c: c.kubernetes.wait_until_running(cluster["id"], poll_interval=0))
    assert failed.value.resource["status"]["state"] == "error"


# --- database clusters ---------------------------------------------------------------------------------------


DB_BODY = {"name": "orders", "engine": "pg", "version": "16", "region": "nyc3", "size": "db-s-1vcpu-1gb"}


def test_database_cluster_flow(kind: str, fake: FakeDigitalOcean) -> None:
    body = {**DB_BODY, "num_nodes": 1, "tags": ["shop"]}
    created = run(_client(kind, fake), lambda c: c.databases.create_cluster(body))["database"]
    assert (created["status"], created["name"], created["tags"]) == ("creating", "orders", ["shop"])
    assert created["connection"]["host"].startswith("orders-")
    cluster_id = created["id"]
    online = run(_client(kind, fake), lambda c: c.databases.wait_until_online(cluster_id, poll_interval=0))
    assert online["status"] == "online"
    fake.add_database_cluster("other")
    tagged = run(_client(kind, fake), lambda c: c.databases.list_clusters(tag_name="shop"))["databases"]
    assert [cluster["id"] for cluster in tagged] == [cluster_id]
    everything = run(_client(kind, fake), lambda c: c.databases.list_clusters())["databases"]
    assert [cluster["name"] for cluster in everything] == ["orders", "other"]

    resize = {"size": "db-s-2vcpu-4gb", "num_nodes": 2}
    run(_client(kind, fake), lambda c: c.databases.update_cluster_size(cluster_id, resize))
    resizing = run(_client(kind, fake), lambda c: c.databases.get_cluster(cluster_id))["database"]
    assert (resizing["status"], resizing["size"], resizing["num_nodes"]) == ("resizing", "db-s-2vcpu-4gb", 2)
    resized = run(_client(kind, fake), lambda c: c.databases.wait_until_online(cluster_id, poll_interval=0))
    assert (resized["status"], resized["size"]) == ("online", "db-s-2vcpu-4gb")

    run(_client(kind, fake), lambda c: c.databases.destroy_cluster(cluster_id))
    _not_found(kind, fake, lambda c: c.databases.get_cluster(cluster_id))


def test_a_database_scripted_never_online_times_the_wait_out(kind: str, fake: FakeDigitalOcean) -> None:
    fake.script_database_clusters(["creating", "migrating"])
    created = run(_client(kind, fake), lambda c: c.databases.create_cluster({**DB_BODY, "num_nodes": 1}))
    cluster_id = created["database"]["id"]
    with pytest.raises(WaitTimeoutError) as timed_out:
        run(
            _client(kind, fake),
            lambda c: c.databases.wait_until_online(cluster_id, timeout=0.3, poll_interval=0.01),
        )
    assert timed_out.value.resource["status"] == "migrating"


def test_a_database_clusters_tags_are_counted_by_the_tags_family(fake: FakeDigitalOcean) -> None:
    cluster = fake.add_database_cluster("orders", tags=["shop"])
    with Client(fake.token, endpoint=fake.url, retry_total=0) as client:
        tag = client.tags.get("shop")["tag"]
        assert tag["resources"]["databases"]["count"] == 1
        client.databases.destroy_cluster(cluster["id"])
        assert client.tags.get("shop")["tag"]["resources"]["databases"]["count"] == 0


# --- the knobs -----------------------------------------------------------------------------------------------


def test_added_resources_start_settled_unless_scripted(fake: FakeDigitalOcean) -> None:
    assert fake.add_load_balancer()["status"] == "active"
    assert fake.add_kubernetes_cluster()["status"]["state"] == "running"
    assert fake.add_database_cluster()["status"] == "online"
    scripted = fake.add_kubernetes_cluster("later", statuses=["provisioning", "degraded"])
    with Client(fake.token, endpoint=fake.url, retry_total=0) as client:
        assert client.kubernetes.get_cluster(scripted["id"])["kubernetes_cluster"]["status"]["state"] == "degraded"
    record = fake.add_domain_record(fake.add_domain("example.com")["name"], type="TXT", name="@", data="v=spf1")
    assert (record["type"], record["data"]) == ("TXT", "v=spf1")


@pytest.mark.parametrize(
    ("knob", "arguments", "error"),
    [
        ("add_domain", {"name": 3}, TypeError),
        ("add_domain", {"name": "localhost"}, ValueError),
        ("add_domain_record", {"domain": "unknown.example.com"}, ValueError),
        ("add_project", {"name": "web", "environment": "Test"}, ValueError),
        ("add_project", {"name": None}, TypeError),
        ("add_firewall", {"name": "-bad"}, ValueError),
        ("add_firewall", {"name": "web", "droplet_ids": "1"}, TypeError),
        ("add_load_balancer", {"statuses": "active"}, TypeError),
        ("add_load_balancer", {"statuses": ["errored", "active"]}, ValueError),
        ("add_load_balancer", {"region": "New York"}, ValueError),
        ("add_kubernetes_cluster", {"statuses": ["booting"]}, ValueError),
        ("add_kubernetes_cluster", {"nodes": 0}, ValueError),
        ("add_kubernetes_cluster", {"name": "Prod Cluster"}, ValueError),
        ("add_database_cluster", {"engine": "oracle"}, ValueError),
        ("add_database_cluster", {"tags": "shop"}, TypeError),
        ("add_database_cluster", {"statuses": []}, ValueError),
        ("script_load_balancers", {"statuses": ["new", 1]}, TypeError),
        ("script_kubernetes_clusters", {"statuses": ["deleted", "running"]}, ValueError),
        ("script_database_clusters", {"statuses": ["offline"]}, ValueError),
    ],
)
def test_bad_knob_arguments_raise_at_the_call(
    fake: FakeDigitalOcean, knob: str, arguments: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        getattr(fake, knob)(**arguments)
