"""Boomerang's headless core: flows, catalog, engine, data and connectors (never imports Qt)."""
