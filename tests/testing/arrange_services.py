"""What the every-operation test arranges in the fake before calling an operation of some stateful families.

(services: domains, projects, firewalls, load balancers, Kubernetes, database clusters)
pydo name -> a function of (fake, the planned call's arguments) that adds what the call needs through the fake's
own API or an earlier call, and returns the arguments with the ids of what it added.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from pydo_facade.testing import FakeDigitalOcean

Arrange = Callable[[FakeDigitalOcean, dict[str, Any]], dict[str, Any]]
_numbers = itertools.count(1)


def _domain(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    """A new domain (each call its own: one test deletes it)."""
    return {**arguments, "domain_name": fake.add_domain(f"arranged-{next(_numbers)}.example.com")["name"]}


def _record(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    arranged = _domain(fake, arguments)
    record = fake.add_domain_record(arranged["domain_name"], type="A", name="blog", data="192.0.2.7")
    return {**arranged, "domain_record_id": record["id"]}


def _project(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "project_id": fake.add_project(f"arranged-{next(_numbers)}")["id"]}


def _firewall(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "firewall_id": fake.add_firewall(f"arranged-{next(_numbers)}")["id"]}


def _load_balancer(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "lb_id": fake.add_load_balancer()["id"]}


def _cluster(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "cluster_id": fake.add_kubernetes_cluster()["id"]}


def _node_pool(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    cluster = fake.add_kubernetes_cluster()
    return {**arguments, "cluster_id": cluster["id"], "node_pool_id": cluster["node_pools"][0]["id"]}


def _database(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "database_cluster_uuid": fake.add_database_cluster()["id"]}


ARRANGE: dict[str, Arrange] = {
    **{f"domains.{name}": _domain for name in ("get", "delete", "create_record", "list_records")},
    **{f"domains.{name}": _record for name in ("get_record", "update_record", "patch_record", "delete_record")},
    **{
        f"projects.{name}": _project
        for name in ("get", "update", "patch", "delete", "list_resources", "assign_resources")
    },
    **{
        f"firewalls.{name}": _firewall
        for name in (
            "get",
            "update",
            "delete",
            "add_rules",
            "delete_rules",
            "assign_droplets",
            "delete_droplets",
            "add_tags",
            "delete_tags",
        )
    },
    **{f"load_balancers.{name}": _load_balancer for name in ("get", "update", "delete")},
    **{
        f"kubernetes.{name}": _cluster
        for name in (
            "get_cluster",
            "update_cluster",
            "delete_cluster",
            "get_kubeconfig",
            "list_node_pools",
            "add_node_pool",
        )
    },
    **{f"kubernetes.{name}": _node_pool for name in ("get_node_pool", "update_node_pool", "delete_node_pool")},
    **{f"databases.{name}": _database for name in ("get_cluster", "update_cluster_size", "destroy_cluster")},
}
