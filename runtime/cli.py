"""The command line: `python main.py SUBCOMMAND ...` (import, contacts, validate, simulate, ...)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable

from runtime.errors import UserError

log = logging.getLogger(__name__)

# name -> (help, add_arguments, run). Each run(args) returns the process exit code.
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
COMMANDS: dict[str, Command] = {}


def command(name: str, help_text: str, add_arguments: Callable[[argparse.ArgumentParser], None]):
    def register(run: Callable[[argparse.Namespace], int]):
        COMMANDS[name] = (help_text, add_arguments, run)
        return run

    return register


def print_json(data: object, out=None) -> None:
    """Indented JSON, streamed: a backtest report of a large store is never held as one
    string. A top-level list (the report's actions) has one entry per line, written by the
    C encoder; an indented dump of every entry took seconds on a large store."""
    out = out or sys.stdout
    if not isinstance(data, dict):
        json.dump(data, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return
    out.write("{")
    for i, (key, value) in enumerate(data.items()):
        out.write(("," if i else "") + "\n  " + json.dumps(key, ensure_ascii=False) + ": ")
        if isinstance(value, list) and value:
            for j, entry in enumerate(value):
                out.write(("," if j else "[") + "\n    ")
                out.write(json.dumps(entry, ensure_ascii=False, default=str))
            out.write("\n  ]")
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
            out.write(text.replace("\n", "\n  "))
    out.write("\n}\n" if data else "}\n")


def build_parser() -> argparse.ArgumentParser:
    # Importing the command modules registers their commands.
    from runtime import cli_commands  # noqa: F401

    parser = argparse.ArgumentParser(
        prog="boomerang",
        description="Boomerang: retention automations for small shops. "
        "Run without a subcommand to start the studio.",
    )
    parser.add_argument("--headless", action="store_true", help="run the flows without a window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, add_arguments, _run) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_arguments(p)
    return parser


def run(argv: list[str]) -> int:
    """Run one subcommand; user errors become a message on stderr and an exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    _help, _add, handler = COMMANDS[args.command]
    try:
        code = handler(args)
        # Written here, not at exit: a reader that stopped early is then caught below.
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error. Point stdout at devnull so that
        # the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except UserError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: nothing was changed by the unfinished step\n")
        return 130
