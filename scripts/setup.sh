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
# Chinese needs a font with its characters; most desktops have one. The tests do not draw
# Chinese on screen, so their path (extras "test") skips this 56 MB download.
has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh-tw family 2>/dev/null)" ]
}
if [ "$extras" != "test" ] && ! has_cjk_font; then
  qt_libs="$qt_libs fonts-noto-cjk"
fi
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

# The newest Python from 3.12 on that runs here (see pyproject.toml on PySide6 and 3.11);
# pyenv shims answer `command -v` for versions that are not active, so each one is tried.
pick_python() {
  local candidates=("${PYTHON:-}" python3.13 python3.12)
  if command -v pyenv >/dev/null 2>&1; then
    local root; root=$(pyenv root)
    candidates+=("$(ls -d "$root"/versions/3.13.*/bin/python 2>/dev/null | sort -V | tail -1)")
    candidates+=("$(ls -d "$root"/versions/3.12.*/bin/python 2>/dev/null | sort -V | tail -1)")
  fi
  for c in "${candidates[@]}"; do
    [ -n "$c" ] || continue
    if "$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
      echo "$c"; return
    fi
  done
  echo python3
}
py=$(pick_python)
want=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
have=$(.venv/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  [ -n "$have" ] && echo "Recreating .venv with Python $want (was $have)"
  rm -rf .venv
  "$py" -m venv .venv
fi
stamp=".venv/.installed${extras:+-$extras}"
# Installing also compiles the import's C speed-up (setup.py) into runtime/importers: a
# changed C source installs again, and so does a checkout without the compiled file (a fresh
# clone beside an old .venv) where a compiler could build it.
needs_install() {
  [ -f "$stamp" ] || return 0
  for f in pyproject.toml setup.py runtime/importers/_csv_cells.c; do
    [ "$f" -nt "$stamp" ] && return 0
  done
  if ! ls runtime/importers/_csv_cells.*.so >/dev/null 2>&1 && command -v cc >/dev/null 2>&1 \
      && .venv/bin/python -c 'import os, sys, sysconfig
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then
    return 0
  fi
  return 1
}
if needs_install; then
  # pip's notes about local index folders are noise here; errors still show.
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -m pip install -q -e ".${extras:+[$extras]}" 2>&1 \
    | grep -v '^WARNING: Location' || true
  .venv/bin/python -c 'import PySide6, sqlalchemy, networkx, apscheduler'  # fail loudly
  touch "$stamp"
fi

# The translations: .ts files are the source (kept in git), .qm files are built here, so that
# a compiled file can never be older than the text it was made from.
.venv/bin/python scripts/update_translations.py --compile
