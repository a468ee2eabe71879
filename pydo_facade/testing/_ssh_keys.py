"""The SSH keys family of FakeDigitalOcean: the account's keys, found by id or by fingerprint.

A key's fingerprint is DigitalOcean's: the MD5 of the decoded key, in colon-separated hex. A public key must be
an OpenSSH one (``ssh-ed25519 AAAA... comment``) whose decoded blob names its own type, else it is refused
with a 422, as DigitalOcean refuses it; a key already on the account is refused too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import os
import struct
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import misfit, page

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["SshKeysState", "check_key", "fingerprint", "sample_public_key"]

_KEY_TYPES = frozenset(
    {
        "ssh-rsa",
        "ssh-dss",
        "ssh-ed25519",
        "ecdsa-sha2-nistp256",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com",
        "sk-ecdsa-sha2-nistp256@openssh.com",
    }
)


def fingerprint(public_key: str) -> str | None:
    """The MD5 fingerprint of an OpenSSH public key (``3b:16:bf:...``); None when it is not one."""
    parts = public_key.split()
    if len(parts) < 2 or parts[0] not in _KEY_TYPES:
        return None
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(blob) < 4:
        return None
    (length,) = struct.unpack(">I", blob[:4])
    if blob[4 : 4 + length] != parts[0].encode():
        return None
    digest = hashlib.md5(blob, usedforsecurity=False).hexdigest()
    return ":".join(digest[index : index + 2] for index in range(0, len(digest), 2))


class SshKeysState:
    """The account's SSH keys by id, as their JSON."""

    def __init__(self) -> None:
        self.keys: dict[int, dict[str, Any]] = {}
        self._ids = itertools.count(512189)

    def problem(self, public_key: str) -> str | None:
        """Why the account cannot take this public key (None: it can)."""
        found = fingerprint(public_key)
        if found is None:
            return "Key invalid, key should be of the format `type key [comment]`"
        if any(key["fingerprint"] == found for key in self.keys.values()):
            return "SSH Key is already in use on your account"
        return None

    def key_json(self, name: str, public_key: str) -> dict[str, Any]:
        """A new key's JSON (not kept yet): the key must have passed problem()."""
        return {"id": next(self._ids), "fingerprint": fingerprint(public_key), "public_key": public_key, "name": name}

    def add(self, key: dict[str, Any]) -> dict[str, Any]:
        self.keys[key["id"]] = key
        return key

    def find(self, identifier: int | str) -> dict[str, Any] | None:
        """The key with this id or this fingerprint."""
        if isinstance(identifier, int) or identifier.isdigit():
            return self.keys.get(int(identifier))
        return next((key for key in self.keys.values() if key["fingerprint"] == identifier), None)


# --- handlers --------------------------------------------------------------------------------------------


@handles("sshKeys_create")
def create_key(request: ParsedRequest, state: FakeState) -> Answer:
    """A new key, its fingerprint computed; an invalid or already used public key is a 422."""
    public_key = request.body["public_key"]
    problem = state.ssh_keys.problem(public_key)
    if problem is not None:
        return request.error(422, problem)
    key = state.ssh_keys.key_json(request.body["name"], public_key)
    refused = misfit(request, {"ssh_key": key})
    if refused is not None:
        return refused
    return Answer(201, {"ssh_key": state.ssh_keys.add(key)})


@handles("sshKeys_list")
def list_keys(request: ParsedRequest, state: FakeState) -> Answer:
    return Answer(200, page(request, "ssh_keys", list(state.ssh_keys.keys.values())))


@handles("sshKeys_get")
def get_key(request: ParsedRequest, state: FakeState) -> Answer:
    key = state.ssh_keys.find(request.path_params["ssh_key_identifier"])
    if key is None:
        return request.error(404)
    return Answer(200, {"ssh_key": key})


@handles("sshKeys_update")
def update_key(request: ParsedRequest, state: FakeState) -> Answer:
    """The key renamed (its only field that changes)."""
    key = state.ssh_keys.find(request.path_params["ssh_key_identifier"])
    if key is None:
        return request.error(404)
    name = request.body.get("name")
    if name is not None:
        refused = misfit(request, {"ssh_key": {**key, "name": name}})
        if refused is not None:
            return refused
        key["name"] = name
    return Answer(200, {"ssh_key": key})


@handles("sshKeys_delete")
def delete_key(request: ParsedRequest, state: FakeState) -> Answer:
    key = state.ssh_keys.find(request.path_params["ssh_key_identifier"])
    if key is None:
        return request.error(404)
    del state.ssh_keys.keys[key["id"]]
    return Answer(204)


def sample_public_key(comment: str = "fake@example.com") -> str:
    """A new, valid ``ssh-ed25519`` public key (random key bytes), as add_ssh_key makes one."""
    blob = b"".join(struct.pack(">I", len(part)) + part for part in (b"ssh-ed25519", os.urandom(32)))
    return f"ssh-ed25519 {base64.b64encode(blob).decode()} {comment}"


def check_key(name: object, public_key: object) -> tuple[str | None, str | None]:
    """add_ssh_key's arguments, checked (TypeError or ValueError naming the problem)."""
    if name is not None and not isinstance(name, str):
        raise TypeError(f"name must be a str or None, got {name!r} ({type(name).__name__})")
    if public_key is not None and not isinstance(public_key, str):
        raise TypeError(f"public_key must be a str or None, got {public_key!r} ({type(public_key).__name__})")
    if name is not None and not name.strip():
        raise ValueError("name must not be empty")
    if public_key is not None and fingerprint(public_key) is None:
        raise ValueError(f"public_key is not an OpenSSH public key (`type base64-key [comment]`): {public_key!r}")
    return name, public_key
