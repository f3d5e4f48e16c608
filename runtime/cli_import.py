"""The `import` subcommand: store exports and contact lists into the open workspace."""

from __future__ import annotations

import argparse
import json
import sys

from runtime.api import Service
from runtime.cli import command
from runtime.errors import UserError
from runtime.importers import run_import
from runtime.importers.contacts_csv import parse_mapping


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", metavar="FILE", help="Shopify customer export (CSV)")
    parser.add_argument("--orders", metavar="FILE", help="Shopify order export (CSV)")
    parser.add_argument("--contacts", metavar="FILE", help="any contact list (CSV)")
    parser.add_argument(
        "--contacts-mapping", metavar="MAPPING",
        help="which column holds which field of --contacts: 'email=E-mail,first_name=Vorname' "
             "or a JSON object or JSON file; unmapped columns become custom fields",
    )
    parser.add_argument("--events", metavar="FILE",
                        help="events CSV with columns email, event, at, properties")


@command("import", "Import store exports, contact lists and events; prints a JSON report",
         _arguments)
def import_command(args: argparse.Namespace) -> int:
    if not (args.customers or args.orders or args.contacts or args.events):
        raise UserError("nothing to import: give --customers, --orders, --contacts or --events")
    mapping = parse_mapping(args.contacts_mapping) if args.contacts_mapping else None
    service = Service.open()
    try:
        zone = service.workspace.settings().get("shop_timezone")
        report = run_import(
            service.engine,
            customers=args.customers,
            orders=args.orders,
            contacts=args.contacts,
            contacts_mapping=mapping,
            events=args.events,
            shop_timezone=zone if isinstance(zone, str) and zone else None,
        )
    finally:
        service.close()
    sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    return 0
