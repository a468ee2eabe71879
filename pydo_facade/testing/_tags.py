"""The Tags family of FakeDigitalOcean: tags, and the resources they are on (droplets and volumes show theirs).

A tag exists once created (``tags.create``) or once a droplet, volume or database cluster is made with it, as
DigitalOcean does. ``tags.get`` counts what carries it by type (``resources.droplets.count``...), the last one
tagged first in ``last_tagged_uri``; deleting a tag takes it off everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import page

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["TagsState", "bad_tag", "check_tags"]

# The spec's pattern for a tag name.
_TAG_NAME = re.compile(r"[a-zA-Z0-9_\-:]{1,255}")
# A resource type as tags.assign_resources names it -> its key in a tag's `resources` and its API path.
_KINDS = {
    "droplet": ("droplets", "/v2/droplets/"),
    "image": ("images", "/v2/images/"),
    "volume": ("volumes", "/v2/volumes/"),
    "volume_snapshot": ("volume_snapshots", "/v2/snapshots/"),
    "database": ("databases", "/v2/databases/"),
}


def bad_tag(names: Iterable[object]) -> str | None:
    """Why a list of tag names cannot be tags (None: every one can): the spec's pattern, up to 255 characters."""
    for name in names:
        if not isinstance(name, str) or not _TAG_NAME.fullmatch(name):
            return f"{name!r} is not a tag name (letters, digits, '_', '-' and ':', up to 255 of them)"
    return None


class TagsState:
    """Each tag, with what carries it in the order it was tagged: (resource type, id as text)."""

    def __init__(self) -> None:
        self.tags: dict[str, dict[tuple[str, str], None]] = {}

    def ensure(self, name: str) -> None:
        self.tags.setdefault(name, {})

    def link(self, name: str, kind: str, resource_id: object) -> None:
        members = self.tags.setdefault(name, {})
        key = (kind, str(resource_id))
        members.pop(key, None)  # tagged again: it is the last one tagged
        members[key] = None

    def unlink(self, name: str, kind: str, resource_id: object) -> None:
        members = self.tags.get(name)
        if members is not None:
            members.pop((kind, str(resource_id)), None)

    def tag(self, names: Iterable[str], kind: str, resource_id: object) -> None:
        """A resource made with tags: each tag exists from now on and counts it."""
        for name in names:
            self.link(name, kind, resource_id)

    def forget(self, kind: str, resource_id: object) -> None:
        """A resource deleted: no tag counts it any more (the tags stay)."""
        for name in self.tags:
            self.unlink(name, kind, resource_id)

    def json(self, name: str, base_url: str) -> dict[str, Any]:
        members = list(self.tags.get(name, {}))
        resources: dict[str, Any] = {"count": len(members)}
        if members:
            kind, resource_id = members[-1]
            resources["last_tagged_uri"] = f"{base_url}{_KINDS[kind][1]}{resource_id}"
        for kind, (key, path) in _KINDS.items():
            ids = [resource_id for member_kind, resource_id in members if member_kind == kind]
            resources[key] = {"count": len(ids), **({"last_tagged_uri": f"{base_url}{path}{ids[-1]}"} if ids else {})}
        return {"name": name, "resources": resources}


def _carrier(state: FakeState, kind: str, resource_id: str) -> dict[str, Any] | None:
    """The JSON of the droplet, volume or database cluster that carries its tags (None: there is no such one)."""
    if kind == "droplet":
        return state.droplets.droplets.get(int(resource_id)) if resource_id.isdigit() else None
    if kind == "volume":
        return state.volumes.volumes.get(resource_id)
    # database clusters belong to another family; a fake without them has none
    clusters: dict[str, dict[str, Any]] = getattr(getattr(state, "databases", None), "clusters", {})
    return clusters.get(resource_id)


def _tag_resources(state: FakeState, request: ParsedRequest, *, tag: bool) -> Answer:
    name = request.path_params["tag_id"]
    if name not in state.tags.tags:
        return request.error(404)
    resources = (request.body or {}).get("resources") or []
    for resource in resources:
        kind, resource_id = resource.get("resource_type"), str(resource.get("resource_id", ""))
        if kind not in _KINDS or not resource_id:
            return request.error(400, f"a resource needs a resource_id and a resource_type, got {resource}")
        # images and snapshots the fake does not keep: the tag records them as given
        kept = kind in ("droplet", "volume", "database")
        found = _carrier(state, kind, resource_id) if kept else None
        if kept and found is None:
            if not tag:
                continue  # taking a tag off something that is not there changes nothing
            return request.error(404, f"{kind} {resource_id} not found")
        tags = found.setdefault("tags", []) if found is not None else None
        if tag:
            if tags is not None and name not in tags:
                tags.append(name)
            state.tags.link(name, kind, resource_id)
        else:
            if tags is not None and name in tags:
                tags.remove(name)
            state.tags.unlink(name, kind, resource_id)
    return Answer(204)


@handles("tags_create")
def create_tag(request: ParsedRequest, state: FakeState) -> Answer:
    """A new tag (creating one that exists answers it as it is)."""
    name = (request.body or {}).get("name")
    if not isinstance(name, str) or not name:
        return request.error(400, "request body field 'name' is required")
    state.tags.ensure(name)
    return Answer(201, {"tag": state.tags.json(name, request.base_url)})


@handles("tags_list")
def list_tags(request: ParsedRequest, state: FakeState) -> Answer:
    names = list(state.tags.tags)
    return Answer(200, page(request, "tags", [state.tags.json(name, request.base_url) for name in names]))


@handles("tags_get")
def get_tag(request: ParsedRequest, state: FakeState) -> Answer:
    name = request.path_params["tag_id"]
    if name not in state.tags.tags:
        return request.error(404)
    return Answer(200, {"tag": state.tags.json(name, request.base_url)})


@handles("tags_delete")
def delete_tag(request: ParsedRequest, state: FakeState) -> Answer:
    """The tag is taken off every resource that carries it, then removed."""
    name = request.path_params["tag_id"]
    members = state.tags.tags.pop(name, None)
    if members is None:
        return request.error(404)
    for kind, resource_id in members:
        found = _carrier(state, kind, resource_id) if kind in ("droplet", "volume", "database") else None
        if found is not None and name in (found.get("tags") or []):
            found["tags"].remove(name)
    return Answer(204)


@handles("tags_assign_resources")
def assign_resources(request: ParsedRequest, state: FakeState) -> Answer:
    """Tag resources: droplets, volumes and database clusters must exist (404), and then show the tag."""
    return _tag_resources(state, request, tag=True)


@handles("tags_unassign_resources")
def unassign_resources(request: ParsedRequest, state: FakeState) -> Answer:
    return _tag_resources(state, request, tag=False)


def check_tags(tags: object) -> list[str]:
    """A knob's ``tags`` argument: a list of tag names (TypeError for anything else, ValueError for a bad name)."""
    if isinstance(tags, str | bytes) or not isinstance(tags, Iterable):
        raise TypeError(f"tags must be a list of tag names (str), got {tags!r}")
    names = list(tags)
    for index, name in enumerate(names):
        if not isinstance(name, str):
            raise TypeError(f"tags must be tag names (str), got {name!r} ({type(name).__name__}) at {index}")
    problem = bad_tag(names)
    if problem is not None:
        raise ValueError(f"tags: {problem}")
    return names
