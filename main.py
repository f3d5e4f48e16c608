"""Boomerang's entry point: the studio, `--headless`, and the command-line subcommands."""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv and not argv[0].startswith("-") or "--help" in argv or "-h" in argv:
        from runtime.cli import run

        return run(argv)
    if "--headless" in argv:
        from runtime.cli import run

        return run(argv)
    from studio.app import run_studio

    return run_studio(argv)


if __name__ == "__main__":
    sys.exit(main())
