"""Palette, property editors and node visuals, all built from the node specs in runtime/."""
