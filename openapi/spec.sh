#!/usr/bin/env bash
# Bring the pinned, bundled DigitalOcean spec to openapi/DigitalOcean-public.v2.yaml (make spec),
# or move the pin to another upstream commit (make update-spec COMMIT=<sha>).
#
#   openapi/spec.sh get              SPEC_SOURCE=<path>, else ../shared/openapi/..., else fetch + bundle
#   openapi/spec.sh update <commit>  fetch + bundle <commit>, then rewrite openapi/spec.lock
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lock="$here/spec.lock"
target="$here/DigitalOcean-public.v2.yaml"
shared="$root/../shared/openapi/DigitalOcean-public.v2.yaml"

pin() { sed -n "s/^$1=//p" "$lock"; }
die() { echo "spec: $*" >&2; exit 1; }
sha_of() { sha256sum "$1" | cut -d' ' -f1; }

# fetch_and_bundle COMMIT OUT: download the upstream tree at COMMIT and bundle its entry file with redocly.
fetch_and_bundle() {
  local commit=$1 out=$2 repo entry bundler redocly
  repo=$(pin REPOSITORY); entry=$(pin ENTRY); bundler=$(pin BUNDLER)
  command -v node >/dev/null 2>&1 || die "node is not installed: it is needed to bundle the upstream spec with ${bundler} (or give SPEC_SOURCE=<path to a bundled spec>)"
  redocly="$root/node_modules/.bin/redocly"
  if [ ! -x "$redocly" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is not installed: it is needed to install ${bundler} (make contract-deps)"
    (cd "$root" && npm ci --no-audit --no-fund --silent) || die "could not install ${bundler} with npm ci"
  fi
  work=$(mktemp -d)  # global, so the EXIT trap can remove it however the script ends
  trap 'rm -rf "$work"' EXIT
  echo "spec: fetching ${repo} at ${commit}" >&2
  curl -fsSL --max-time 120 "${repo}/archive/${commit}.tar.gz" -o "$work/src.tar.gz" \
    || die "cannot reach ${repo} to fetch commit ${commit} (no network?); give SPEC_SOURCE=<path to a bundled spec>"
  tar -xzf "$work/src.tar.gz" -C "$work" || die "the download of ${commit} is not a readable archive"
  local src
  src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  [ -f "$src/$entry" ] || die "commit ${commit} has no ${entry}"
  (cd "$src" && "$redocly" bundle "$entry" -o "$work/bundle.yaml" >/dev/null 2>&1) || die "redocly could not bundle ${entry} at ${commit}"
  mv "$work/bundle.yaml" "$out"
}

get() {
  local want source tmp
  want=$(pin SHA256)
  if [ -f "$target" ] && [ "$(sha_of "$target")" = "$want" ]; then
    exit 0
  fi
  tmp="$target.partial"
  rm -f "$tmp"
  if [ -n "${SPEC_SOURCE:-}" ]; then
    [ -f "$SPEC_SOURCE" ] || die "SPEC_SOURCE=$SPEC_SOURCE does not exist"
    source=$SPEC_SOURCE; cp "$source" "$tmp"
  elif [ -f "$shared" ]; then
    source=$(cd "$(dirname "$shared")" && pwd)/$(basename "$shared"); cp "$source" "$tmp"
  else
    source="upstream commit $(pin COMMIT)"; fetch_and_bundle "$(pin COMMIT)" "$tmp"
  fi
  local got
  got=$(sha_of "$tmp")
  if [ "$got" != "$want" ]; then
    rm -f "$tmp"
    die "sha256 mismatch for the spec from ${source}: got ${got}, the pin (openapi/spec.lock) says ${want}"
  fi
  mv "$tmp" "$target"
  echo "spec: openapi/DigitalOcean-public.v2.yaml from ${source} (sha256 ${want})" >&2
}

update() {
  local commit=${1:-} tmp sha
  [[ "$commit" =~ ^[0-9a-f]{40}$ ]] || die "usage: make update-spec COMMIT=<40-hex upstream commit>"
  tmp="$target.partial"
  fetch_and_bundle "$commit" "$tmp"
  sha=$(sha_of "$tmp")
  mv "$tmp" "$target"
  sed -i -e "s/^COMMIT=.*/COMMIT=${commit}/" -e "s/^SHA256=.*/SHA256=${sha}/" "$lock"
  echo "spec: pinned ${commit} (sha256 ${sha}); now run make generate and review openapi/generation-report.txt" >&2
}

case "${1:-}" in
  get) get ;;
  update) update "${2:-}" ;;
  *) die "usage: $0 get | update <commit>" ;;
esac
