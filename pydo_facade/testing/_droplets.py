"""The Droplets family of FakeDigitalOcean: droplets, and the actions that power, resize or rename them.

A droplet is ``new`` when created, with a ``create`` action (named in the answer's ``links.actions``); it is
``active`` once that action completed, at its first poll or the first GET of the droplet (see _actions.py).
A droplet action's effect (``power_off``: ``status: off``; ``resize``: the new size) shows once it completed.
Made with tags, a droplet creates them; deleted, it leaves its tags and volumes (which are detached).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ._actions import resource_action, resource_actions
from ._handlers import Answer, ParsedRequest, handles
from ._resource import check_slug, example, image, misfit, now, page, region, region_slugs, size
from ._tags import bad_tag, check_tags

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["DropletsState", "bad_droplet_name", "check_droplet", "droplet_json", "new_droplet"]

DEFAULT_REGION = "nyc3"
"""Where a droplet goes when its create request names no region (DigitalOcean picks one)."""
# The spec's pattern for a droplet name (a hostname's characters).
_NAME = re.compile(r"[a-zA-Z0-9]?[a-z0-9A-Z.\-]*[a-z0-9A-Z]")
# A droplet action's type -> the droplet status it leaves (types not here leave the status as it was).
_STATUS_AFTER = {
    "power_off": "off",
    "shutdown": "off",
    "power_on": "active",
    "power_cycle": "active",
    "reboot": "active",
    "rebuild": "active",
    "restore": "active",
}
# Actions that switch a feature on or off.
_FEATURES = {
    "enable_backups": ("backups", True),
    "disable_backups": ("backups", False),
    "enable_ipv6": ("ipv6", True),
    "enable_private_networking": ("private_networking", True),
}
# The operations on one droplet that the spec's example answers, once the droplet exists.
_OF_A_DROPLET = (
    "droplets_list_backups",
    "droplets_get_backup_policy",
    "droplets_list_snapshots",
    "droplets_list_kernels",
    "droplets_list_firewalls",
    "droplets_list_neighbors",
    "droplets_list_associatedResources",
    "droplets_get_DestroyAssociatedResourcesStatus",
    "droplets_destroy_retryWithAssociatedResources",
)


def bad_droplet_name(name: object) -> str | None:
    """Why ``name`` cannot name a droplet (None: it can): the spec's pattern, up to 255 characters."""
    if not isinstance(name, str) or len(name) > 255 or not _NAME.fullmatch(name):
        return f"{name!r} is not a droplet name (letters, digits, '.' and '-', not starting with '.' or '-')"
    return None


def check_droplet(
    name: object, region_slug: object, size_slug: object, image_ref: object, tags: object
) -> tuple[str | None, str, str, str | int, list[str]]:
    """add_droplet's arguments, checked (TypeError or ValueError naming the problem)."""
    if name is not None:
        problem = bad_droplet_name(name) if isinstance(name, str) else None
        if not isinstance(name, str):
            raise TypeError(f"name must be a str or None, got {name!r} ({type(name).__name__})")
        if problem is not None:
            raise ValueError(f"name: {problem}")
    if isinstance(image_ref, bool) or not isinstance(image_ref, str | int):
        raise TypeError(f"image must be an image slug (str) or id (int), got {image_ref!r}")
    if isinstance(image_ref, int) and image_ref < 1:
        raise ValueError(f"image must be an image id of at least 1, got {image_ref}")
    checked_image = check_slug("image", image_ref) if isinstance(image_ref, str) else image_ref
    return (
        name,
        check_slug("region", region_slug, region_slugs()),
        check_slug("size", size_slug),
        checked_image,
        check_tags(tags),
    )


class DropletsState:
    """The droplets by id, as their JSON."""

    def __init__(self) -> None:
        self.droplets: dict[int, dict[str, Any]] = {}
        self._ids = itertools.count(3164444)
        self._addresses = itertools.count(0)
        self._snapshot_ids = itertools.count(6372321)

    def next_id(self) -> int:
        return next(self._ids)

    def next_snapshot_id(self) -> int:
        return next(self._snapshot_ids)

    def networks(self) -> dict[str, Any]:
        """A public and a private IPv4 address, new for each droplet."""
        high, low = divmod(next(self._addresses), 250)
        return {
            "v4": [
                {
                    "ip_address": f"10.128.{high}.{low + 1}",
                    "netmask": "255.255.0.0",
                    "gateway": "nil",
                    "type": "private",
                },
                {
                    "ip_address": f"198.51.{high}.{low + 1}",
                    "netmask": "255.255.255.0",
                    "gateway": f"198.51.{high}.254",
                    "type": "public",
                },
            ],
            "v6": [],
        }


def droplet_json(
    state: FakeState, name: str | None, *, region_slug: str, size_slug: str, image_ref: str | int, tags: Sequence[str]
) -> dict[str, Any]:
    """A new droplet's JSON (status ``new``, not kept yet), from the spec's example droplet; named after its id
    (``droplet-3164444``) when ``name`` is None."""
    droplet = example("droplets_create", "droplet")
    shape = size(size_slug)
    droplet_id = state.droplets.next_id()
    droplet.update(
        id=droplet_id,
        name=name if name is not None else f"droplet-{droplet_id}",
        memory=shape["memory"],
        vcpus=shape["vcpus"],
        disk=shape["disk"],
        status="new",
        locked=False,
        created_at=now(),
        image=image(image_ref),
        size=shape,
        size_slug=size_slug,
        region=region(region_slug),
        networks=state.droplets.networks(),
        tags=list(dict.fromkeys(tags)),
        volume_ids=[],
        snapshot_ids=[],
        backup_ids=[],
    )
    droplet["disk_info"] = [{"type": "local", "size": {"amount": shape["disk"], "unit": "gib"}}]
    return droplet


def new_droplet(state: FakeState, droplet: dict[str, Any], *, provisioned: bool) -> dict[str, Any] | None:
    """Keep a droplet made by droplet_json, and tag it; its create action, unless ``provisioned`` (then active)."""
    state.droplets.droplets[droplet["id"]] = droplet
    state.tags.tag(droplet["tags"], "droplet", droplet["id"])
    if provisioned:
        droplet["status"] = "active"
        return None
    return state.actions.start(
        "create",
        resource=("droplet", droplet["id"]),
        resource_type="droplet",
        resource_id=droplet["id"],
        region_slug=droplet["region"]["slug"],
        effect=lambda: droplet.update(status="active"),
    ).body


def _destroy(state: FakeState, droplet_id: int) -> None:
    droplet = state.droplets.droplets.pop(droplet_id)
    state.tags.forget("droplet", droplet_id)
    for volume_id in droplet.get("volume_ids") or []:
        volume = state.volumes.volumes.get(volume_id)
        if volume is not None and droplet_id in volume["droplet_ids"]:
            volume["droplet_ids"].remove(droplet_id)


def _effect(droplet: dict[str, Any], body: dict[str, Any], snapshot_id: int) -> Callable[[], None]:
    """What a completed action of this body does to the droplet."""
    kind = body["type"]

    def apply() -> None:
        if kind in _STATUS_AFTER:
            droplet["status"] = _STATUS_AFTER[kind]
        if kind == "resize" and isinstance(body.get("size"), str):
            shape = size(body["size"])
            droplet.update(size=shape, size_slug=body["size"], memory=shape["memory"], vcpus=shape["vcpus"])
            if body.get("disk"):
                droplet["disk"] = shape["disk"]
        elif kind == "rename" and isinstance(body.get("name"), str):
            droplet["name"] = body["name"]
        elif kind == "rebuild" and isinstance(body.get("image"), str | int):
            droplet["image"] = image(body["image"])
        elif kind == "snapshot":
            droplet["snapshot_ids"].append(snapshot_id)
        elif kind in _FEATURES:
            feature, on = _FEATURES[kind]
            features = [name for name in droplet["features"] if name != feature]
            droplet["features"] = [*features, feature] if on else features

    return apply


def _act(state: FakeState, droplet: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Start the action a dropletActions body asks for; its JSON."""
    return state.actions.start(
        body["type"],
        resource=("droplet", droplet["id"]),
        resource_type="droplet",
        resource_id=droplet["id"],
        region_slug=droplet["region"]["slug"],
        effect=_effect(droplet, body, state.droplets.next_snapshot_id()),
    ).body


def _observed(state: FakeState, droplet_id: int) -> dict[str, Any] | None:
    """The droplet as a GET sees it: its unfinished actions one status further on (None: no such droplet)."""
    if droplet_id not in state.droplets.droplets:
        return None
    state.actions.observe(("droplet", droplet_id))
    return state.droplets.droplets[droplet_id]


# --- handlers --------------------------------------------------------------------------------------------


@handles("droplets_create")
def create_droplets(request: ParsedRequest, state: FakeState) -> Answer:
    """One droplet (``name``) or several (``names``), each ``new`` with its create action in ``links.actions``."""
    body = request.body
    names = body["names"] if "names" in body else [body["name"]]
    for name in names:
        problem = bad_droplet_name(name)
        if problem is not None:
            return request.error(request.operation.invalid_status, problem)
    problem = bad_tag(body.get("tags") or [])
    if problem is not None:
        return request.error(request.operation.invalid_status, f"request body field 'tags': {problem}")
    droplets = [
        droplet_json(
            state,
            name,
            region_slug=body.get("region") or DEFAULT_REGION,
            size_slug=body["size"],
            image_ref=body["image"],
            tags=body.get("tags") or [],
        )
        for name in names
    ]
    key, shown = ("droplets", droplets) if "names" in body else ("droplet", droplets[0])
    refused = misfit(request, {key: shown, "links": {"actions": []}})
    if refused is not None:
        return refused
    actions = [new_droplet(state, droplet, provisioned=False) for droplet in droplets]
    links = [
        {"id": action["id"], "rel": "create", "href": f"{request.base_url}/v2/actions/{action['id']}"}
        for action in actions
        if action is not None
    ]
    return Answer(202, {key: shown, "links": {"actions": links}})


@handles("droplets_list")
def list_droplets(request: ParsedRequest, state: FakeState) -> Answer:
    """The droplets, oldest first, filtered by ``tag_name``, ``name`` and ``type`` (``gpus``: GPU sizes)."""
    droplets = list(state.droplets.droplets.values())
    query = request.query
    if "tag_name" in query:
        droplets = [d for d in droplets if query["tag_name"] in d["tags"]]
    if "name" in query:
        droplets = [d for d in droplets if d["name"] == query["name"]]
    if "type" in query:
        gpu = query["type"] == "gpus"
        droplets = [d for d in droplets if d["size_slug"].startswith("gpu-") == gpu]
    return Answer(200, page(request, "droplets", droplets))


@handles("droplets_get")
def get_droplet(request: ParsedRequest, state: FakeState) -> Answer:
    droplet = _observed(state, request.path_params["droplet_id"])
    if droplet is None:
        return request.error(404)
    return Answer(200, {"droplet": droplet})


@handles("droplets_destroy")
def destroy_droplet(request: ParsedRequest, state: FakeState) -> Answer:
    """The droplet is gone (a GET of it is a 404); its volumes are detached, its tags stay."""
    droplet_id = request.path_params["droplet_id"]
    if droplet_id not in state.droplets.droplets:
        return request.error(404)
    _destroy(state, droplet_id)
    return Answer(204)


@handles("droplets_destroy_byTag")
def destroy_droplets_by_tag(request: ParsedRequest, state: FakeState) -> Answer:
    """Every droplet with the tag is gone (none: nothing changes)."""
    tag = request.query["tag_name"]
    for droplet_id in [d["id"] for d in state.droplets.droplets.values() if tag in d["tags"]]:
        _destroy(state, droplet_id)
    return Answer(204)


@handles("droplets_destroy_withAssociatedResourcesSelective")
@handles("droplets_destroy_withAssociatedResourcesDangerous")
def destroy_droplet_with_resources(request: ParsedRequest, state: FakeState) -> Answer:
    """The droplet is gone; the associated resources the fake keeps (volumes) are detached, not destroyed."""
    droplet_id = request.path_params["droplet_id"]
    if droplet_id not in state.droplets.droplets:
        return request.error(404)
    _destroy(state, droplet_id)
    return Answer(202)


def _of_a_droplet(request: ParsedRequest, state: FakeState) -> Answer | None:
    """404 for an unknown droplet, else the spec's example answer."""
    return request.error(404) if request.path_params["droplet_id"] not in state.droplets.droplets else None


for _operation_id in _OF_A_DROPLET:
    handles(_operation_id)(_of_a_droplet)


@handles("dropletActions_post")
def post_droplet_action(request: ParsedRequest, state: FakeState) -> Answer:
    """The action, ``in-progress``; its effect shows once it completed."""
    droplet = state.droplets.droplets.get(request.path_params["droplet_id"])
    if droplet is None:
        return request.error(404)
    if request.body["type"] == "rename":
        problem = bad_droplet_name(request.body.get("name"))
        if problem is not None:
            return request.error(request.operation.invalid_status, problem)
    return Answer(201, {"action": _act(state, droplet, request.body)})


@handles("dropletActions_post_byTag")
def post_droplet_actions_by_tag(request: ParsedRequest, state: FakeState) -> Answer:
    """One action per droplet with the tag (none: an empty list)."""
    tag = request.query.get("tag_name")
    droplets = [d for d in state.droplets.droplets.values() if tag is not None and tag in d["tags"]]
    return Answer(201, {"actions": [_act(state, droplet, request.body) for droplet in droplets]})


@handles("dropletActions_get")
def get_droplet_action(request: ParsedRequest, state: FakeState) -> Answer:
    return resource_action(request, state, "droplet", state.droplets.droplets)


@handles("dropletActions_list")
def list_droplet_actions(request: ParsedRequest, state: FakeState) -> Answer:
    return resource_actions(request, state, "droplet", state.droplets.droplets)
