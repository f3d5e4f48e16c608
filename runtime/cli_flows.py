"""Subcommands for flow files: validate and simulate (the backtest)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from runtime.cli import command, print_json
from runtime.errors import UserError
from runtime.flowfile import load_flow
from runtime.validation import validate


def _validate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("flow", metavar="FLOW.json", help="the flow file to check")


@command("validate", "check a flow file: prints ok, or one line per problem", _validate_args)
def validate_cmd(args: argparse.Namespace) -> int:
    flow = load_flow(args.flow)
    problems = validate(flow)
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)  # "NODE_ID: message", or "flow: message" for the whole flow
    return 1


def _simulate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("flow", metavar="FLOW.json", help="the flow to backtest")
    p.add_argument("--from", dest="start", required=True, metavar="DATE",
                   help="start of the period (2025-01-01, midnight in the shop's time zone)")
    p.add_argument("--to", dest="end", required=True, metavar="DATE",
                   help="end of the period (not included)")
    p.add_argument("--tz", metavar="ZONE",
                   help="the shop's time zone, e.g. Europe/Kyiv (default: workspace setting, "
                        "else this machine's zone)")
    p.add_argument("--report", metavar="FILE", help="write the JSON report here, not stdout")


@command("simulate", "backtest a flow against the workspace's order history (changes nothing)",
         _simulate_args)
def simulate_cmd(args: argparse.Namespace) -> int:
    from runtime.api import Service
    from runtime.shop import parse_moment, shop_info, shop_zone, tiers
    from runtime.simulate import run_backtest

    if args.tz is not None and not args.tz.strip():
        raise UserError("--tz: give a time zone name like Europe/Kyiv, or leave --tz out to "
                        "use the workspace's")
    flow = load_flow(args.flow)
    service = Service.open()
    try:
        tz = shop_zone(service.workspace, args.tz)
        start = parse_moment(args.start, tz, "--from")
        end = parse_moment(args.end, tz, "--to")
        report = run_backtest(service.engine, flow, start, end, tz, shop_info(service.workspace),
                              tiers(service.workspace))
    finally:
        service.close()
    if args.report:
        try:
            _write_report(Path(args.report), report)
        except OSError as exc:
            raise UserError(f"{args.report}: cannot write the report ({exc.strerror})") from None
    else:
        print_json(report)
    # A person reads this line; a program reads the JSON (stdout or --report).
    s = report["summary"]
    where = f"; report in {args.report}" if args.report else ""
    sys.stderr.write(f"{s['enrollments']} enrollments, {sum(s['actions'].values())} actions, "
                     f"{sum(s['skipped'].values())} skipped{where}\n")
    return 0


def _write_report(path: Path, report: dict) -> None:
    """Stream the report into a file beside `path`, then move it into place: a report of a
    large store is tens of megabytes, never held as one string, and never left half-written."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("w", encoding="utf-8") as out:
            print_json(report, out)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)

