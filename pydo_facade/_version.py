"""The package version: the single source read by pyproject.toml (hatch) and by pydo_facade."""

__version__ = "0.1.0"
