"""The Volumes family of FakeDigitalOcean: block storage volumes, attached to droplets by volume actions.

An attach, detach or resize is an action (see _actions.py): ``in-progress`` in the answer, and its effect shows
once it completed: an attached volume lists the droplet in ``droplet_ids`` and the droplet lists the volume in
``volume_ids``. A volume's name is unique in its region (another is a 409), which is how the by-name operations
(``volumes.delete_by_name``, ``volume_actions.post``) find it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ._actions import resource_action, resource_actions
from ._handlers import Answer, ParsedRequest, handles
from ._resource import check_slug, example, misfit, now, page, region, region_slugs
from ._tags import bad_tag, check_tags

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["VolumesState", "attach", "bad_volume_name", "check_volume", "new_volume", "volume_json"]

# DigitalOcean's rule for a volume name: lower-case letters, digits and '-', starting with a letter.
_NAME = re.compile(r"[a-z][a-z0-9-]{0,63}")
_MAX_GIGABYTES = 16384


def bad_volume_name(name: object) -> str | None:
    """Why ``name`` cannot name a volume (None: it can)."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        return f"{name!r} is not a volume name (up to 64 lower-case letters, digits and '-', starting with a letter)"
    return None


def check_volume(
    name: object, region_slug: object, size_gigabytes: object, tags: object
) -> tuple[str | None, str, int, list[str]]:
    """add_volume's arguments, checked (TypeError or ValueError naming the problem)."""
    if name is not None and not isinstance(name, str):
        raise TypeError(f"name must be a str or None, got {name!r} ({type(name).__name__})")
    problem = None if name is None else bad_volume_name(name)
    if problem is not None:
        raise ValueError(f"name: {problem}")
    if isinstance(size_gigabytes, bool) or not isinstance(size_gigabytes, int):
        raise TypeError(f"size_gigabytes must be an int, got {size_gigabytes!r} ({type(size_gigabytes).__name__})")
    if not 1 <= size_gigabytes <= _MAX_GIGABYTES:
        raise ValueError(f"size_gigabytes must be 1 to {_MAX_GIGABYTES}, got {size_gigabytes}")
    return name, check_slug("region", region_slug, region_slugs()), size_gigabytes, check_tags(tags)


class VolumesState:
    """The volumes by id, as their JSON."""

    def __init__(self) -> None:
        self.volumes: dict[str, dict[str, Any]] = {}

    def named(self, name: str, region_slug: str | None) -> list[dict[str, Any]]:
        """The volumes of that name (in that region, when given)."""
        return [
            volume
            for volume in self.volumes.values()
            if volume["name"] == name and region_slug in (None, volume["region"]["slug"])
        ]


def volume_json(
    name: str,
    region_slug: str,
    size_gigabytes: int,
    *,
    description: str = "",
    tags: Sequence[str] = (),
    filesystem_type: str = "",
    filesystem_label: str = "",
) -> dict[str, Any]:
    """A new volume's JSON (not kept yet), from the spec's example volume."""
    volume = example("volumes_create", "volume")
    volume.update(
        id=str(uuid.uuid4()),
        name=name,
        region=region(region_slug),
        size_gigabytes=size_gigabytes,
        description=description,
        droplet_ids=[],
        created_at=now(),
        filesystem_type=filesystem_type,
        filesystem_label=filesystem_label,
        tags=list(dict.fromkeys(tags)),
    )
    return volume


def new_volume(state: FakeState, volume: dict[str, Any]) -> dict[str, Any]:
    """Keep a volume made by volume_json, and tag it."""
    state.volumes.volumes[volume["id"]] = volume
    state.tags.tag(volume["tags"], "volume", volume["id"])
    return volume


def attach(state: FakeState, volume: dict[str, Any], droplet_id: int) -> None:
    """The volume on the droplet, as both show it (an attach completing after a delete changes nothing)."""
    if volume["id"] not in state.volumes.volumes:
        return
    if droplet_id not in volume["droplet_ids"]:
        volume["droplet_ids"].append(droplet_id)
    droplet = state.droplets.droplets.get(droplet_id)
    if droplet is not None and volume["id"] not in droplet["volume_ids"]:
        droplet["volume_ids"].append(volume["id"])


def _detach(state: FakeState, volume: dict[str, Any], droplet_id: int) -> None:
    if droplet_id in volume["droplet_ids"]:
        volume["droplet_ids"].remove(droplet_id)
    droplet = state.droplets.droplets.get(droplet_id)
    if droplet is not None and volume["id"] in droplet["volume_ids"]:
        droplet["volume_ids"].remove(volume["id"])


def _act(request: ParsedRequest, state: FakeState, volume: dict[str, Any]) -> Answer:
    """Start the attach, detach or resize the body asks for (404: the droplet is unknown)."""
    body = request.body
    kind = body["type"]
    effect: Callable[[], None]
    if kind == "resize":
        new_size = body["size_gigabytes"]
        if new_size <= volume["size_gigabytes"]:
            message = f"size_gigabytes must be above the volume's {volume['size_gigabytes']}: a volume only grows"
            return request.error(422, message)
        effect = lambda: volume.update(size_gigabytes=new_size)  # noqa: E731
    else:
        droplet_id = body["droplet_id"]
        if droplet_id not in state.droplets.droplets:
            return request.error(404, f"droplet {droplet_id} not found")
        move = attach if kind == "attach" else _detach
        effect = lambda: move(state, volume, droplet_id)  # noqa: E731
    action = state.actions.start(
        f"{kind}_volume",
        resource=("volume", volume["id"]),
        resource_type="volume",
        resource_id=None,
        region_slug=volume["region"]["slug"],
        effect=effect,
    )
    return Answer(202, {"action": action.body})


# --- handlers --------------------------------------------------------------------------------------------


@handles("volumes_create")
def create_volume(request: ParsedRequest, state: FakeState) -> Answer:
    """A new volume; its tags are created; a name already used in the region is a 409."""
    body = request.body
    problem = bad_volume_name(body["name"]) or bad_tag(body.get("tags") or [])
    if problem is not None:
        return request.error(request.operation.invalid_status, problem)
    if state.volumes.named(body["name"], body["region"]):
        return request.error(409, f"a volume named {body['name']} already exists in {body['region']}")
    volume = volume_json(
        body["name"],
        body["region"],
        body["size_gigabytes"],
        description=body.get("description") or "",
        tags=body.get("tags") or [],
        filesystem_type=body.get("filesystem_type") or "",
        filesystem_label=body.get("filesystem_label") or "",
    )
    refused = misfit(request, {"volume": volume})
    if refused is not None:
        return refused
    return Answer(201, {"volume": new_volume(state, volume)})


@handles("volumes_list")
def list_volumes(request: ParsedRequest, state: FakeState) -> Answer:
    """The volumes, oldest first, filtered by ``name`` and ``region``."""
    name, region_slug = request.query.get("name"), request.query.get("region")
    volumes = [
        volume
        for volume in state.volumes.volumes.values()
        if name in (None, volume["name"]) and region_slug in (None, volume["region"]["slug"])
    ]
    return Answer(200, page(request, "volumes", volumes))


@handles("volumes_get")
def get_volume(request: ParsedRequest, state: FakeState) -> Answer:
    volume_id = request.path_params["volume_id"]
    if volume_id not in state.volumes.volumes:
        return request.error(404)
    state.actions.observe(("volume", volume_id))
    return Answer(200, {"volume": state.volumes.volumes[volume_id]})


def _delete(state: FakeState, volume: dict[str, Any]) -> None:
    for droplet_id in list(volume["droplet_ids"]):
        _detach(state, volume, droplet_id)
    state.tags.forget("volume", volume["id"])
    del state.volumes.volumes[volume["id"]]


@handles("volumes_delete")
def delete_volume(request: ParsedRequest, state: FakeState) -> Answer:
    """The volume is gone (a GET of it is a 404), off the droplet it was attached to."""
    volume = state.volumes.volumes.get(request.path_params["volume_id"])
    if volume is None:
        return request.error(404)
    _delete(state, volume)
    return Answer(204)


@handles("volumes_delete_byName")
def delete_volume_by_name(request: ParsedRequest, state: FakeState) -> Answer:
    """The volume of that ``name`` in that ``region`` is gone (404: there is none)."""
    name = request.query.get("name")
    found = state.volumes.named(name, request.query.get("region")) if name is not None else []
    if not found:
        return request.error(404, f"no volume named {name!r}" if name is not None else "name is required")
    for volume in found:
        _delete(state, volume)
    return Answer(204)


@handles("volumeActions_post")
def post_volume_action_by_name(request: ParsedRequest, state: FakeState) -> Answer:
    """An action on the volume the body names by ``volume_name`` (and ``region``)."""
    name = request.body.get("volume_name")
    if not isinstance(name, str):
        return request.error(400, "request body field 'volume_name' is required to name the volume")
    found = state.volumes.named(name, request.body.get("region"))
    if not found:
        return request.error(404, f"no volume named {name!r}")
    return _act(request, state, found[0])


@handles("volumeActions_post_byId")
def post_volume_action(request: ParsedRequest, state: FakeState) -> Answer:
    volume = state.volumes.volumes.get(request.path_params["volume_id"])
    if volume is None:
        return request.error(404)
    return _act(request, state, volume)


@handles("volumeActions_get")
def get_volume_action(request: ParsedRequest, state: FakeState) -> Answer:
    return resource_action(request, state, "volume", state.volumes.volumes)


@handles("volumeActions_list")
def list_volume_actions(request: ParsedRequest, state: FakeState) -> Answer:
    return resource_actions(request, state, "volume", state.volumes.volumes)
