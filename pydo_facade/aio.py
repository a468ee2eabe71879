"""The async client under pydo's name: `from pydo_facade.aio import Client` (as `from pydo.aio import Client`)."""

from ._client import AsyncClient
from ._client import AsyncClient as Client

__all__ = ["AsyncClient", "Client"]
