#!/usr/bin/env bash
# Sets up what is missing, then starts the Boomerang studio on the default workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
