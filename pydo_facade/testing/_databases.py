"""The Databases family of FakeDigitalOcean: database clusters whose status advances as they are polled.

A cluster is ``creating`` when made and ``online`` from the next GET of it on, unless scripted
(``script_database_clusters`` or ``add_database_cluster(statuses=...)``: one status per GET; the spec
knows no failed status, so a cluster that never comes online is scripted without ``online``). A resize
makes it ``resizing`` at the next GET, ``online`` at the one after. Its ``tags`` list is what the tags family counts.
"""

from __future__ import annotations

import json
import secrets
import uuid
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import Progress, Scripts, check_statuses, example, merge, misfit, now
from ._tags import bad_tag

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["DatabasesState"]

STATUSES = ("creating", "online", "resizing", "migrating", "forking")
"""The statuses the spec knows for a database cluster (none of them final)."""
ENGINES = ("pg", "mysql", "redis", "valkey", "mongodb", "kafka", "opensearch")
"""The engines a cluster may have (the spec's, less the advanced ones the fake does not model)."""
DEFAULT_SCRIPT = ("creating", "online")
# A resize answers no body, so the GET after it is the first to see ``resizing``; the one after, ``online``.
RESIZE_SCRIPT = ("resizing", "resizing", "online")
_CONNECTIONS = ("connection", "private_connection", "standby_connection", "standby_private_connection")
# Fields of a cluster a create body sets.
_SETTABLE = (
    "name",
    "engine",
    "version",
    "num_nodes",
    "size",
    "region",
    "private_network_uuid",
    "tags",
    "project_id",
    "storage_size_mib",
)
_RESIZE = ("size", "num_nodes", "storage_size_mib")


class DatabasesState:
    """Each cluster's JSON by uuid (``clusters``, with its ``tags`` list), its scripted statuses, the next scripts."""

    def __init__(self) -> None:
        self.clusters: dict[str, dict[str, Any]] = {}
        self.progress: dict[str, Progress] = {}
        self.scripts = Scripts(DEFAULT_SCRIPT)

    @staticmethod
    def check_script(statuses: object) -> tuple[str, ...]:
        """A script of statuses, checked (TypeError or ValueError naming the problem)."""
        return check_statuses("statuses", statuses, STATUSES, ())

    @staticmethod
    def build(fields: dict[str, Any]) -> dict[str, Any]:
        """A new cluster's JSON from a create body: the spec's example with the body's fields."""
        cluster = example("databases_create_cluster", "database")
        merge(cluster, fields, skip=[key for key in fields if key not in _SETTABLE])
        name, password = str(cluster["name"]), secrets.token_hex(8)
        for key in _CONNECTIONS:
            if key in cluster:  # the example's hosts and password, for this cluster
                text = json.dumps(cluster[key]).replace("backend-", f"{name}-").replace("wv78n3zpz42xezdk", password)
                cluster[key] = json.loads(text)
        for user in cluster.get("users") or []:
            user["password"] = password
        cluster.update(id=str(uuid.uuid4()), created_at=now(), tags=list(fields.get("tags") or []))
        return cluster

    def keep(self, cluster: dict[str, Any], progress: Progress) -> dict[str, Any]:
        self.clusters[cluster["id"]] = cluster
        self.progress[cluster["id"]] = progress
        cluster["status"] = progress.status
        return cluster

    def observe(self, cluster_id: str) -> dict[str, Any]:
        """The cluster at a GET: one status further on."""
        progress = self.progress[cluster_id]
        progress.advance()
        cluster = self.clusters[cluster_id]
        cluster["status"] = progress.status
        return cluster


@handles("databases_create_cluster")
def create_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    """A new cluster, in the first status of its script (``creating``); its tags exist from now on."""
    cluster = DatabasesState.build(request.body or {})
    progress = state.databases.scripts.next()
    cluster["status"] = progress.status
    refused = misfit(request, {"database": cluster})
    if refused is not None:
        return refused
    problem = bad_tag(cluster["tags"])
    if problem is not None:
        return request.error(request.operation.invalid_status, problem)
    state.tags.tag(cluster["tags"], "database", cluster["id"])
    return Answer(201, {"database": state.databases.keep(cluster, progress)})


@handles("databases_list_clusters")
def list_clusters(request: ParsedRequest, state: FakeState) -> Answer:
    """Every cluster (the spec pages nothing here); ``tag_name`` keeps those with the tag."""
    clusters = list(state.databases.clusters.values())
    tag = request.query.get("tag_name")
    if tag is not None:
        clusters = [cluster for cluster in clusters if tag in (cluster.get("tags") or [])]
    return Answer(200, {"databases": clusters})


@handles("databases_get_cluster")
def get_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    cluster_id = request.path_params["database_cluster_uuid"]
    if cluster_id not in state.databases.clusters:
        return request.error(404)
    return Answer(200, {"database": state.databases.observe(cluster_id)})


@handles("databases_update_clusterSize")
def resize_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    """The cluster takes the body's size, nodes and storage, and is ``resizing`` at the next GET; 202."""
    cluster = state.databases.clusters.get(request.path_params["database_cluster_uuid"])
    if cluster is None:
        return request.error(404)
    body = request.body or {}
    changed = merge(dict(cluster), body, skip=[key for key in body if key not in _RESIZE])
    changed["status"] = RESIZE_SCRIPT[0]
    # a resize answers no body: what it keeps is checked as the GET that shows it
    problem = request.spec.answer_problem(request.spec.operations["databases_get_cluster"], {"database": changed})
    if problem is not None:
        return request.error(request.operation.invalid_status, f"the fake cannot keep this request: {problem}")
    cluster.update(changed)
    state.databases.progress[cluster["id"]] = Progress(RESIZE_SCRIPT)
    return Answer(202)


@handles("databases_destroy_cluster")
def destroy_cluster(request: ParsedRequest, state: FakeState) -> Answer:
    cluster_id = request.path_params["database_cluster_uuid"]
    cluster = state.databases.clusters.pop(cluster_id, None)
    if cluster is None:
        return request.error(404)
    del state.databases.progress[cluster_id]
    for tag in cluster.get("tags") or []:
        state.tags.unlink(tag, "database", cluster_id)
    return Answer(204)


def add_cluster(
    state: FakeState, name: str | None, *, engine: str, region: str, tags: list[str], statuses: tuple[str, ...]
) -> dict[str, Any]:
    """A cluster of one node, with these statuses and tags (the tags family sees them); its JSON."""
    fields = {"name": name or f"db-{len(state.databases.clusters) + 1}", "engine": engine, "region": region}
    cluster = DatabasesState.build({**fields, "size": "db-s-1vcpu-1gb", "num_nodes": 1, "tags": tags})
    state.tags.tag(tags, "database", cluster["id"])
    return state.databases.keep(cluster, Progress(statuses))
