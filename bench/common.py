"""Shared benchmark plumbing: repeated timing with medians, peak memory, result lines."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def median_of(runs: int, fn: Callable[[], float]) -> tuple[float, list[float]]:
    """Run `fn` (which returns its own elapsed seconds) `runs` times; (median, all)."""
    samples = [fn() for _ in range(runs)]
    return statistics.median(samples), samples


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> str:
    return f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
