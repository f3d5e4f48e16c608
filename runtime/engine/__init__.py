"""The durable engine: enrollments move through flow versions on a clock, in batches."""

from runtime.engine.engine import Engine
from runtime.engine.writes import EngineEvent

__all__ = ["Engine", "EngineEvent"]
