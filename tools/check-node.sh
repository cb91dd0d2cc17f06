#!/usr/bin/env bash
# Is the Node.js here new enough? `tools/check-node.sh` for the build and the tests,
# `tools/check-node.sh bench` for `make bench`.
#  - Node >= 20 with npm: the build (esbuild) and the Pyodide and browser tests; CI runs 20.
#  - Node >= 22.19: only `make bench`, whose Lighthouse 13.5 declares it (its
#    package.json "engines"); on older Node npm warns and Lighthouse runs unsupported.
set -euo pipefail
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Node.js >= 20 with npm is needed (https://nodejs.org); none was found on PATH" >&2
  exit 1
fi
version=$(node -p 'process.versions.node')
IFS=. read -r major minor _ <<<"$version"
if (( major < 20 )); then
  echo "Node.js $version is too old: the build and the tests need Node >= 20" >&2
  exit 1
fi
if [[ "${1:-}" == bench ]] && (( major < 22 || (major == 22 && minor < 19) )); then
  echo "warning: Node.js $version: Lighthouse 13.5 (make bench) declares Node >= 22.19;" \
    "its scores on this Node are unsupported" >&2
fi
