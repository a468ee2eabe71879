"""pydo-facade: a small, typed, pydo-compatible DigitalOcean API client."""

from ._version import __version__

__all__ = ["__version__"]
