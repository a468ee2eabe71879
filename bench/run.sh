#!/usr/bin/env bash
# `make bench`: build the bench-only venv (pydo, the facade, httpx; pinned) once, again when its pins
# or pyproject.toml change, then run the bench. Extra arguments go to bench/bench.py (try --quick).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3.11}"
BENCH_VENV=.venv-bench
REQUIREMENTS=bench/requirements-bench.txt
STAMP="$BENCH_VENV/.installed"

if [[ ! -f "$STAMP" || "$REQUIREMENTS" -nt "$STAMP" || pyproject.toml -nt "$STAMP" ]]; then
    echo "bench: building $BENCH_VENV (bench only: pydo, the facade, httpx) from $REQUIREMENTS"
    command -v "$PYTHON" >/dev/null || { echo "bench: $PYTHON not found (set PYTHON=...)" >&2; exit 1; }
    test -x "$BENCH_VENV/bin/python" || "$PYTHON" -m venv "$BENCH_VENV"
    "$BENCH_VENV/bin/python" -m pip install --quiet -r "$REQUIREMENTS" -e '.[aio,cli]'
    touch "$STAMP"
fi

# The orchestrator (certificates, server, timing) runs in the project venv, which has trustme.
exec .venv/bin/python bench/bench.py --python "$BENCH_VENV/bin/python" "$@"
