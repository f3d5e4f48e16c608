"""Runs `main.py ARGS…` in this process and reports its own peak memory on stderr.

A forked child's ru_maxrss also counts the parent's pages from before exec, so a benchmark
that imported a large store in-process would see its own size there; VmHWM of this process,
read after the run, is the child's own high-water mark.
"""

from __future__ import annotations

import sys

from common import ROOT  # noqa: F401 - puts the project on sys.path


def main() -> int:
    from main import main as boomerang

    code = boomerang(sys.argv[1:])
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                sys.stderr.write(f"peak-rss-kb {line.split()[1]}\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
