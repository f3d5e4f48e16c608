"""Boomerang's headless core: flows, node catalog, engine, data and connectors (never imports Qt)."""
