#!/usr/bin/env bash
# Sets up everything Boomerang needs on this machine: Qt's system libraries (when run as root on
# Debian/Ubuntu), a virtual environment in .venv and the Python packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

# Libraries Qt needs: offscreen rendering for the tests, the xcb platform for a real desktop.
qt_libs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 fonts-dejavu-core"
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $qt_libs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "Installing system libraries for Qt:$missing"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      # shellcheck disable=SC2086
      apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "Qt needs these system packages; install them with:"
      echo "  sudo apt-get install$missing"
    fi
  fi
fi

py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
stamp=".venv/.installed${extras:+-$extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras:+[$extras]}"
  touch "$stamp"
fi
