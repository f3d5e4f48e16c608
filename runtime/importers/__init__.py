"""Importing store exports (Shopify customers and orders, contact lists, events)."""

from runtime.importers.import_run import ImportCancelled, run_import, shop_zone

__all__ = ["ImportCancelled", "run_import", "shop_zone"]
