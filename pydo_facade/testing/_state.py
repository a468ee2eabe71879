"""FakeState: everything the stateful handlers of FakeDigitalOcean keep, one attribute per resource family.

A family is a module beside this one that defines its state class and registers its handlers with
``@handles("<operationId>")`` (see _handlers.py); it joins the fake by becoming an attribute here.
Importing this module imports every family, so their handlers are registered before a fake starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._apps import AppsState

__all__ = ["FakeState"]


@dataclass
class FakeState:
    """The state of one fake, guarded by its lock (handlers run holding it)."""

    apps: AppsState = field(default_factory=AppsState)
