"""The flow canvas: scene, view, node and edge items, gestures and the minimap."""
