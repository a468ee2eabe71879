"""The Kubernetes family of FakeDigitalOcean: clusters whose state advances as they are polled, and node pools.

A cluster is ``provisioning`` when made and ``running`` from the next GET of it on, unless scripted
(``script_kubernetes_clusters`` or ``add_kubernetes_cluster(statuses=...)``: one ``status.state`` per GET;
``error`` and ``deleted`` are final). Its nodes show the cluster's state; its endpoint and address are set
once it has been running. ``get_kubeconfig`` answers a kubeconfig (YAML) for the cluster.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import uuid
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import Progress, Scripts, check_statuses, example, keep_changes, merge, misfit, now, page

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["KubernetesState"]

STATES = ("running", "provisioning", "degraded", "error", "deleted", "upgrading", "deleting")
"""The states the spec knows for a cluster (``status.state``)."""
FINAL_STATES = frozenset({"error", "deleted"})
DEFAULT_SCRIPT = ("provisioning", "running")
# Fields of a cluster a request does not set (or that the fake sets itself).
_READ_ONLY = ("id", "ipv4", "endpoint", "status", "created_at", "updated_at", "node_pools", "registry_enabled", "tags")
MAX_NODES = 512
"""The most nodes the fake gives a node pool (DigitalOcean's limit per cluster); a larger ``count`` is refused."""
_POOL_FIELDS = ("name", "size", "count", "tags", "labels", "taints", "auto_scale", "min_nodes", "max_nodes")


class KubernetesState:
    """Each cluster's JSON by id, its scripted states, and the scripts of the next clusters made."""

    def __init__(self) -> None:
        self.clusters: dict[str, dict[str, Any]] = {}
        self.progress: dict[str, Progress] = {}
        self.scripts = Scripts(DEFAULT_SCRIPT)
        self._addresses = itertools.count(1)

    @staticmethod
    def check_script(statuses: object) -> tuple[str, ...]:
        """A script of states, checked (TypeError or ValueError naming the problem)."""
        return check_statuses("statuses", statuses, STATES, FINAL_STATES)

    def build(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A new cluster's JSON from a create body: the spec's example with the body's fields and node pools."""
        cluster = example("kubernetes_create_cluster", "kubernetes_cluster")
        merge(cluster, fields, skip=_READ_ONLY)
        stamp = now()
        cluster_id = str(uuid.uuid4())
        cluster.update(id=cluster_id, ipv4="", endpoint="", created_at=stamp, updated_at=stamp)
        cluster["tags"] = [*(fields.get("tags") or []), "k8s", f"k8s:{cluster_id}"]
        cluster["node_pools"] = [self.pool(cluster, pool) for pool in fields.get("node_pools") or []]
        return cluster

    @staticmethod
    def pool(cluster: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        """A node pool of the cluster from a request's fields, with ``count`` nodes."""
        pool: dict[str, Any] = {"id": str(uuid.uuid4()), "labels": None, "taints": [], "auto_scale": False}
        pool.update(min_nodes=0, max_nodes=0)
        merge(pool, fields, skip=[key for key in fields if key not in _POOL_FIELDS])
        pool["tags"] = [*(fields.get("tags") or []), "k8s", f"k8s:{cluster['id']}", "k8s:worker"]
        pool["nodes"] = []
        KubernetesState.resize(pool, (cluster.get("status") or {}).get("state", "provisioning"))
        return pool

    @staticmethod
    def resize(pool: dict[str, Any], state: str) -> None:
        """Give the pool ``count`` nodes (new ones in ``state``)."""
        count = int(pool.get("count") or 0)
        nodes: list[dict[str, Any]] = pool["nodes"][:count]
        while len(nodes) < count:
            stamp = now()
            nodes.append({"id": str(uuid.uuid4()), "name": "", "status": {"state": state}, "droplet_id": ""})
            nodes[-1].update(created_at=stamp, updated_at=stamp)
        pool["nodes"] = nodes

    def keep(self, cluster: dict[str, Any], progress: Progress) -> dict[str, Any]:
        self.clusters[cluster["id"]] = cluster
        self.progress[cluster["id"]] = progress
        return self.show(cluster, progress.status)

    def observe(self, cluster_id: str) -> dict[str, Any]:
        """The cluster at a GET: one state further on."""
        progress = self.progress[cluster_id]
        changed = progress.advance()
        cluster = self.show(self.clusters[cluster_id], progress.status)
        if changed:
            cluster["updated_at"] = now()
        return cluster

    def show(self, cluster: dict[str, Any], state: str) -> dict[str, Any]:
        cluster["status"] = {"state": state, "message": state}
        if state == "running" and not cluster["endpoint"]:
            cluster["endpoint"] = f"https://{cluster['id']}.k8s.ondigitalocean.com"
            cluster["ipv4"] = f"198.51.100.{next(self._addresses) % 250 + 1}"
        for pool in cluster["node_pools"]:
            for number, node in enumerate(pool["nodes"]):
                node["status"] = {"state": state}
                if state == "running" and not node["name"]:
                    node["name"] = f"{pool['name']}-{node['id'][:4]}"
                    node["droplet_id"] = str(300000000 + number)
        return cluster


def kubeconfig(cluster: dict[str, Any]) -> str:
    """A kubeconfig for the cluster, as DigitalOcean writes it."""
    name = f"do-{cluster['region']}-{cluster['name']}"
    authority = base64.b64encode(f"fake certificate authority of {cluster['id']}\n".encode()).decode()
    token = hashlib.sha256(cluster["id"].encode()).hexdigest()
    server = cluster["endpoint"] or f"https://{cluster['id']}.k8s.ondigitalocean.com"
    return (
        "apiVersion: v1\n"
        "clusters:\n"
        f"- cluster:\n    certificate-authority-data: {authority}\n    server: {server}\n  name: {name}\n"
        "contexts:\n"
        f"- context:\n    cluster: {name}\n    user: {name}-admin\n  name: {name}\n"
        f"current-context: {name}\n"
        "kind: Config\n"
        "preferences: {}\n"
        "users:\n"
        f"- name: {name}-admin\n  user:\n    token: {token}\n"
    )


def _too_many(request: ParsedRequest, pools: list[dict[str, Any]]) -> Answer | None:
    """The refusal of node pools with a ``count`` the fake does not make (None: each is 0 to MAX_NODES)."""
    for pool in pools:
        count = pool.get("count")
        if isinstance(count, int) and not 0 <= count <= MAX_NODES:
            return request.error(request.operation.invalid_status, f"count must be 0 to {MAX_NODES}, got {count}")
    return None


def _cluster(request: ParsedRequest, state: FakeState) -> dict[str, Any] | None:
    return state.kubernetes.clusters.get(request.path_params["cluster_id"])


def _pool(request: ParsedRequest, state: FakeState) -> tuple[dict[str, Any], dict[str, Any]] | Answer:
    cluster = _cluster(request, state)
    pools = [] if cluster is None else cluster["node_pools"]
    found = [pool for pool in pools if pool["id"] == request.path_params["node_pool_id"]]
    if cluster is None or not found:
        return request.error(404)
    return cluster, found[0]


@handles("kubernetes_create_cluster")
def create_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    """A new cluster, in the first state of its script (``provisioning``)."""
    refused = _too_many(request, (request.body or {}).get("node_pools") or [])
    if refused is not None:
        return refused
    cluster = state.kubernetes.build(request.body or {})
    progress = state.kubernetes.scripts.next()
    state.kubernetes.show(cluster, progress.status)
    refused = misfit(request, {"kubernetes_cluster": cluster})
    if refused is not None:
        return refused
    return Answer(201, {"kubernetes_cluster": state.kubernetes.keep(cluster, progress)})


@handles("kubernetes_list_clusters")
def list_clusters(request: ParsedRequest, state: FakeState) -> Answer:
    return Answer(200, page(request, "kubernetes_clusters", list(state.kubernetes.clusters.values())))


@handles("kubernetes_get_cluster")
def get_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    if _cluster(request, state) is None:
        return request.error(404)
    return Answer(200, {"kubernetes_cluster": state.kubernetes.observe(request.path_params["cluster_id"])})


@handles("kubernetes_update_cluster")
def update_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    """The cluster with the body's fields (its ``k8s`` tags kept); 202."""
    cluster = _cluster(request, state)
    if cluster is None:
        return request.error(404)
    body = request.body or {}
    changed = merge(dict(cluster), body, skip=_READ_ONLY)
    if "tags" in body:
        changed["tags"] = [*body["tags"], "k8s", f"k8s:{cluster['id']}"]
    changed["updated_at"] = now()
    return keep_changes(request, cluster, changed, "kubernetes_cluster", 202)


@handles("kubernetes_delete_cluster")
def delete_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    if state.kubernetes.clusters.pop(request.path_params["cluster_id"], None) is None:
        return request.error(404)
    del state.kubernetes.progress[request.path_params["cluster_id"]]
    return Answer(204)


@handles("kubernetes_get_kubeconfig")
def get_kubeconfig(request: ParsedRequest, state: FakeState) -> Answer:
    cluster = _cluster(request, state)
    if cluster is None:
        return request.error(404)
    return Answer(200, kubeconfig(cluster), content_type="application/yaml")


@handles("kubernetes_list_nodePools")
def list_node_pools(request: ParsedRequest, state: FakeState) -> Answer:
    cluster = _cluster(request, state)
    if cluster is None:
        return request.error(404)
    return Answer(200, {"node_pools": cluster["node_pools"]})


@handles("kubernetes_get_nodePool")
def get_node_pool(request: ParsedRequest, state: FakeState) -> Answer:
    found = _pool(request, state)
    return found if isinstance(found, Answer) else Answer(200, {"node_pool": found[1]})


@handles("kubernetes_add_nodePool")
def add_node_pool(request: ParsedRequest, state: FakeState) -> Answer:
    cluster = _cluster(request, state)
    if cluster is None:
        return request.error(404)
    refused = _too_many(request, [request.body or {}])
    if refused is not None:
        return refused
    pool = KubernetesState.pool(cluster, request.body or {})
    refused = misfit(request, {"node_pool": pool})
    if refused is not None:
        return refused
    cluster["node_pools"].append(pool)
    return Answer(201, {"node_pool": pool})


@handles("kubernetes_update_nodePool")
def update_node_pool(request: ParsedRequest, state: FakeState) -> Answer:
    """The pool with the body's name, count, tags, labels, taints and autoscaling; ``count`` adds or removes nodes."""
    found = _pool(request, state)
    if isinstance(found, Answer):
        return found
    cluster, pool = found
    body = request.body or {}
    refused = _too_many(request, [body])
    if refused is not None:
        return refused
    changed = merge(dict(pool), body, skip=[key for key in body if key not in _POOL_FIELDS or key == "size"])
    if "tags" in body:
        changed["tags"] = [*body["tags"], "k8s", f"k8s:{cluster['id']}", "k8s:worker"]
    KubernetesState.resize(changed, cluster["status"]["state"])
    return keep_changes(request, pool, changed, "node_pool", 202)


@handles("kubernetes_delete_nodePool")
def delete_node_pool(request: ParsedRequest, state: FakeState) -> Answer:
    found = _pool(request, state)
    if isinstance(found, Answer):
        return found
    found[0]["node_pools"].remove(found[1])
    return Answer(204)


def add_cluster(
    state: KubernetesState, name: str | None, *, region: str, version: str, nodes: int, statuses: tuple[str, ...]
) -> dict[str, Any]:
    """A cluster with one node pool of ``nodes`` nodes, with these states; its JSON."""
    cluster_name = name or f"cluster-{len(state.clusters) + 1}"
    pool = {"name": f"{cluster_name}-pool", "size": "s-2vcpu-4gb", "count": nodes}
    cluster = state.build({"name": cluster_name, "region": region, "version": version, "node_pools": [pool]})
    return state.keep(cluster, Progress(statuses))
