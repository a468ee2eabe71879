"""The Projects family of FakeDigitalOcean: projects, the default project, and the resources assigned to them.

The fake starts with one project, ``Default``, which cannot be deleted; making another project
``is_default`` makes it the default instead. A project is deleted only once it holds no resources
(the spec's 412 otherwise). Assigning a resource (by URN, ``do:droplet:123``) moves it from any other project.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._handlers import Answer, ParsedRequest, handles
from ._resource import merge, misfit, now, page

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["ProjectsState"]

_ENVIRONMENTS = ("Development", "Staging", "Production")
# The fields of a project a request may set.
_EDITABLE = ("name", "description", "purpose", "environment", "is_default")
# A URN's resource type -> the API path of such resources.
_PATHS = {
    "droplet": "droplets",
    "domain": "domains",
    "volume": "volumes",
    "floatingip": "floating_ips",
    "loadbalancer": "load_balancers",
    "kubernetes": "kubernetes/clusters",
    "dbaas": "databases",
    "app": "apps",
    "space": "spaces",
}
# The account that owns the fake's projects (the spec's example owner).
_OWNER_UUID = "99525febec065ca37b2ffe4f852fd2b2581895e7"
_OWNER_ID = 258992
# DigitalOcean's message for the 412 (the spec's example for it).
_NOT_EMPTY = "cannot delete a project with resources. move or remove the resources first"


def _project(name: str, description: str, purpose: str, environment: str | None) -> dict[str, Any]:
    stamp = now()
    project: dict[str, Any] = {"id": str(uuid.uuid4()), "owner_uuid": _OWNER_UUID, "owner_id": _OWNER_ID, "name": name}
    project.update(description=description, purpose=purpose, created_at=stamp, updated_at=stamp, is_default=False)
    if environment is not None:
        project["environment"] = environment
    return project


class ProjectsState:
    """Each project's JSON by id, the resources assigned to each, and which one is the default."""

    def __init__(self) -> None:
        default = _project("Default", "Default project", "Just trying out DigitalOcean", "Development")
        default["is_default"] = True
        self.projects: dict[str, dict[str, Any]] = {default["id"]: default}
        self.resources: dict[str, list[dict[str, Any]]] = {default["id"]: []}
        self.default_id: str = default["id"]

    @staticmethod
    def check_project(name: object, description: object, purpose: object, environment: object) -> None:
        """add_project's arguments, checked (TypeError or ValueError naming the problem)."""
        limits = (("name", name, 175), ("description", description, 255), ("purpose", purpose, 255))
        for argument, value, limit in limits:
            if not isinstance(value, str):
                raise TypeError(f"{argument} must be a str, got {value!r} ({type(value).__name__})")
            if len(value) > limit:
                raise ValueError(f"{argument} must be at most {limit} characters, got {len(value)}")
        if not name:
            raise ValueError("name must not be empty")
        if environment is not None and environment not in _ENVIRONMENTS:
            raise ValueError(f"environment must be one of {', '.join(_ENVIRONMENTS)} or None, got {environment!r}")

    def add(self, name: str, description: str, purpose: str, environment: str | None) -> dict[str, Any]:
        return self.keep(_project(name, description, purpose, environment))

    def keep(self, project: dict[str, Any]) -> dict[str, Any]:
        """A new project, with no resources yet."""
        self.projects[project["id"]] = project
        self.resources[project["id"]] = []
        return project

    def make_default(self, project_id: str) -> None:
        self.projects[self.default_id]["is_default"] = False
        self.default_id = project_id
        self.projects[project_id]["is_default"] = True

    @staticmethod
    def entries(urns: list[str], base_url: str) -> list[dict[str, Any]]:
        """The resources as a project lists them, linked to their own URL (``links.self``)."""
        found = []
        for urn in urns:
            _, kind, resource_id = [*urn.split(":", 2), "", ""][:3]
            path = _PATHS.get(kind, f"{kind}s")
            link = f"{base_url}/v2/{path}/{quote(resource_id, safe='', errors='surrogatepass')}"
            found.append({"urn": urn, "assigned_at": now(), "links": {"self": link}, "status": "ok"})
        return found

    def assign(self, project_id: str, entries: list[dict[str, Any]]) -> None:
        """Put each resource in the project (out of any other one)."""
        urns = {entry["urn"] for entry in entries}
        for kept in self.resources.values():
            kept[:] = [entry for entry in kept if entry["urn"] not in urns]
        self.resources[project_id].extend(entries)


def _project_id(request: ParsedRequest, state: FakeState) -> str | None:
    """The project the request names (``default`` paths name the default project); None when unknown."""
    project_id = request.path_params.get("project_id", state.projects.default_id)
    return project_id if project_id in state.projects.projects else None


def _change(request: ParsedRequest, state: FakeState) -> Answer:
    project_id = _project_id(request, state)
    if project_id is None:
        return request.error(404)
    body = request.body or {}
    changed = merge(dict(state.projects.projects[project_id]), body, skip=[k for k in body if k not in _EDITABLE])
    is_default = project_id == state.projects.default_id
    changed["is_default"] = is_default or changed.get("is_default") is True  # the default is unset by another one
    changed["updated_at"] = now()
    refused = misfit(request, {"project": changed})
    if refused is not None:
        return refused
    state.projects.projects[project_id] = changed
    if changed["is_default"] and not is_default:
        state.projects.make_default(project_id)
    return Answer(200, {"project": changed})


@handles("projects_create")
def create_project(request: ParsedRequest, state: FakeState) -> Answer:
    body = request.body or {}
    project = _project(str(body.get("name", "")), str(body.get("description", "")), str(body.get("purpose", "")), None)
    merge(project, body, skip=[key for key in body if key not in _EDITABLE or key == "is_default"])
    refused = misfit(request, {"project": project})
    if refused is not None:
        return refused
    return Answer(201, {"project": state.projects.keep(project)})


@handles("projects_list")
def list_projects(request: ParsedRequest, state: FakeState) -> Answer:
    return Answer(200, page(request, "projects", list(state.projects.projects.values())))


@handles("projects_get")
@handles("projects_get_default")
def get_project(request: ParsedRequest, state: FakeState) -> Answer:
    project_id = _project_id(request, state)
    if project_id is None:
        return request.error(404)
    return Answer(200, {"project": state.projects.projects[project_id]})


@handles("projects_update")
@handles("projects_update_default")
def update_project(request: ParsedRequest, state: FakeState) -> Answer:
    """The project with the body's fields; ``is_default: true`` makes it the default project."""
    return _change(request, state)


@handles("projects_patch")
@handles("projects_patch_default")
def patch_project(request: ParsedRequest, state: FakeState) -> Answer:
    return _change(request, state)


@handles("projects_delete")
def delete_project(request: ParsedRequest, state: FakeState) -> Answer:
    """Deleted when it holds no resources (412 otherwise); the default project cannot be deleted (400)."""
    project_id = _project_id(request, state)
    if project_id is None:
        return request.error(404)
    if project_id == state.projects.default_id:
        return request.error(400, "cannot delete the default project")
    if state.projects.resources[project_id]:
        return request.error(412, _NOT_EMPTY)
    del state.projects.projects[project_id]
    del state.projects.resources[project_id]
    return Answer(204)


@handles("projects_list_resources")
@handles("projects_list_resources_default")
def list_resources(request: ParsedRequest, state: FakeState) -> Answer:
    project_id = _project_id(request, state)
    if project_id is None:
        return request.error(404)
    return Answer(200, page(request, "resources", state.projects.resources[project_id]))


@handles("projects_assign_resources")
@handles("projects_assign_resources_default")
def assign_resources(request: ParsedRequest, state: FakeState) -> Answer:
    """The resources (URNs) move to the project; the answer lists them as assigned."""
    project_id = _project_id(request, state)
    if project_id is None:
        return request.error(404)
    urns = [str(urn) for urn in (request.body or {}).get("resources") or []]
    answer = {"resources": ProjectsState.entries(urns, request.base_url)}
    refused = misfit(request, answer)
    if refused is not None:
        return refused
    state.projects.assign(project_id, answer["resources"])
    return Answer(200, answer)
