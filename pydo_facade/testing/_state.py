"""FakeState: everything the stateful handlers of FakeDigitalOcean keep, one attribute per resource family.

A family is a module beside this one that defines its state class and registers its handlers with
``@handles("<operationId>")`` (see _handlers.py); it joins the fake by becoming an attribute here.
Importing this module imports every family, so their handlers are registered before a fake starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._actions import ActionsState
from ._apps import AppsState
from ._databases import DatabasesState
from ._domains import DomainsState
from ._droplets import DropletsState
from ._firewalls import FirewallsState
from ._kubernetes import KubernetesState
from ._load_balancers import LoadBalancersState
from ._projects import ProjectsState
from ._ssh_keys import SshKeysState
from ._tags import TagsState
from ._volumes import VolumesState

__all__ = ["FakeState"]


@dataclass
class FakeState:
    """The state of one fake, guarded by its lock (handlers run holding it)."""

    apps: AppsState = field(default_factory=AppsState)
    actions: ActionsState = field(default_factory=ActionsState)
    droplets: DropletsState = field(default_factory=DropletsState)
    volumes: VolumesState = field(default_factory=VolumesState)
    ssh_keys: SshKeysState = field(default_factory=SshKeysState)
    tags: TagsState = field(default_factory=TagsState)
    domains: DomainsState = field(default_factory=DomainsState)
    projects: ProjectsState = field(default_factory=ProjectsState)
    firewalls: FirewallsState = field(default_factory=FirewallsState)
    load_balancers: LoadBalancersState = field(default_factory=LoadBalancersState)
    kubernetes: KubernetesState = field(default_factory=KubernetesState)
    databases: DatabasesState = field(default_factory=DatabasesState)
