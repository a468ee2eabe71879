"""`python -m pydo_facade`: the pydo-facade command line (see pydo_facade.cli)."""

from .cli import main

__all__: list[str] = []

if __name__ == "__main__":
    raise SystemExit(main())
