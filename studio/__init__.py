"""The PySide6 studio: windows, canvas, property editors, tray and the bridge to the runtime."""
