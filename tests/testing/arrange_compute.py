"""What the every-operation test arranges in the fake before calling an operation of some stateful families.

(compute: droplets, actions, volumes, SSH keys, tags; services: domains, projects, firewalls, LBs, k8s, DBs)
pydo name -> a function of (fake, the planned call's arguments) that adds what the call needs through the fake's
own API or an earlier call, and returns the arguments with the ids of what it added.

Bodies are changed only where they name something the fake must have (a droplet id, a volume name), and only when
that field is there with the right type: the broken-body test arranges its broken bodies through these too.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import httpx

from pydo_facade.testing import FakeDigitalOcean

_NUMBERS = itertools.count(1)


def _unique(prefix: str) -> str:
    return f"{prefix}-{next(_NUMBERS)}"


def _post(fake: FakeDigitalOcean, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST to the fake's own API; the answer's JSON."""
    answer = httpx.post(f"{fake.url}{path}", json=body, headers={"Authorization": f"Bearer {fake.token}"})
    answer.raise_for_status()
    found: dict[str, Any] = answer.json()
    return found


def _with_body(arguments: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """The arguments with these body fields put in where the body has them with the same type."""
    body = arguments.get("body")
    if not isinstance(body, dict):
        return arguments
    changed = {key: value for key, value in fields.items() if type(body.get(key)) is type(value)}
    return {**arguments, "body": {**body, **changed}}


def _droplet(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "droplet_id": fake.add_droplet()["id"]}


def _droplet_action(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    droplet_id = fake.add_droplet()["id"]
    action = _post(fake, f"/v2/droplets/{droplet_id}/actions", {"type": "reboot"})["action"]
    return {**arguments, "droplet_id": droplet_id, "action_id": action["id"]}


def _volume(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    """A volume in nyc1 (the spec's examples' region), and a droplet there for a body that names one."""
    volume = fake.add_volume(_unique("volume"), region="nyc1")
    droplet = fake.add_droplet(region="nyc1")
    return _with_body({**arguments, "volume_id": volume["id"]}, droplet_id=droplet["id"])


def _volume_by_name(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    volume = fake.add_volume(_unique("volume"), region="nyc1")
    droplet = fake.add_droplet(region="nyc1")
    return _with_body(arguments, volume_name=volume["name"], region="nyc1", droplet_id=droplet["id"])


def _volume_action(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    volume = fake.add_volume(_unique("volume"), region="nyc1")
    action = _post(fake, f"/v2/volumes/{volume['id']}/actions", {"type": "resize", "size_gigabytes": 20})["action"]
    return {**arguments, "volume_id": volume["id"], "action_id": action["id"]}


def _delete_volume_by_name(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    volume = fake.add_volume(_unique("volume"), region="nyc1")
    return {**arguments, "name": volume["name"], "region": "nyc1"}


def _any_action(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    arranged = _droplet_action(fake, arguments)
    return {**arguments, "action_id": arranged["action_id"]}


def _ssh_key(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "ssh_key_identifier": fake.add_ssh_key()["id"]}


def _ssh_key_by_fingerprint(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    return {**arguments, "ssh_key_identifier": fake.add_ssh_key()["fingerprint"]}


def _new_public_key(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    """A valid public key instead of the spec's example (``AEXAMPLE...`` is no key), not yet on the account."""
    key = fake.add_ssh_key()
    fake_key = key["public_key"]
    httpx.delete(
        f"{fake.url}/v2/account/keys/{key['id']}", headers={"Authorization": f"Bearer {fake.token}"}
    ).raise_for_status()
    return _with_body(arguments, public_key=fake_key)


def _tag(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    """A tag (made by tagging a droplet with it)."""
    name = _unique("tag")
    fake.add_droplet(tags=[name])
    return {**arguments, "tag_id": name}


def _tag_name(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    """A new tag's name where the body has none (the spec's example body is empty; the fake requires a name)."""
    body = arguments.get("body")
    if isinstance(body, dict) and "name" not in body:
        return {**arguments, "body": {**body, "name": _unique("tag")}}
    return arguments


def _tag_resources(fake: FakeDigitalOcean, arguments: dict[str, Any]) -> dict[str, Any]:
    """A tag, and the droplet and volume the body names replaced by ones the fake has."""
    arranged = _tag(fake, arguments)
    ids = {"droplet": str(fake.add_droplet()["id"]), "volume": fake.add_volume(_unique("volume"))["id"]}
    body = arranged.get("body")
    if isinstance(body, dict) and isinstance(body.get("resources"), list):
        resources = [
            {**r, "resource_id": ids[r["resource_type"]]}
            if isinstance(r, dict) and r.get("resource_type") in ids
            else r
            for r in body["resources"]
        ]
        arranged = {**arranged, "body": {**body, "resources": resources}}
    return arranged


_OF_A_DROPLET = [
    "droplets.get",
    "droplets.destroy",
    "droplets.get_backup_policy",
    "droplets.get_destroy_associated_resources_status",
    "droplets.list_associated_resources",
    "droplets.list_backups",
    "droplets.list_firewalls",
    "droplets.list_kernels",
    "droplets.list_neighbors",
    "droplets.list_snapshots",
    "droplets.destroy_retry_with_associated_resources",
    "droplets.destroy_with_associated_resources_dangerous",
    "droplets.destroy_with_associated_resources_selective",
    "droplet_actions.list",
    "droplet_actions.post",
]

ARRANGE: dict[str, Callable[[FakeDigitalOcean, dict[str, Any]], dict[str, Any]]] = {
    **dict.fromkeys(_OF_A_DROPLET, _droplet),
    "droplet_actions.get": _droplet_action,
    "actions.get": _any_action,
    "volumes.get": _volume,
    "volumes.delete": _volume,
    "volumes.delete_by_name": _delete_volume_by_name,
    "volume_actions.list": _volume,
    "volume_actions.post_by_id": _volume,
    "volume_actions.post": _volume_by_name,
    "volume_actions.get": _volume_action,
    "ssh_keys.create": _new_public_key,
    "ssh_keys.get": _ssh_key_by_fingerprint,
    "ssh_keys.update": _ssh_key,
    "ssh_keys.delete": _ssh_key,
    "tags.create": _tag_name,
    "tags.get": _tag,
    "tags.delete": _tag,
    "tags.assign_resources": _tag_resources,
    "tags.unassign_resources": _tag_resources,
}
