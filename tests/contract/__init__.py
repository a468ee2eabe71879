"""Contract tests: the facade against Prism serving the real spec (a package, so its conftest keeps its own name)."""
