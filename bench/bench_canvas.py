"""Canvas speed: building a 1,000-node scene, and frame times of scrolls and zooms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_canvas.py [--nodes 1000] [--runs 5]

The flow is a tree of chains: a trigger, then waits, conditions (two exits) and actions,
laid out by runtime.layout. "scene build" times FlowScene(doc) only (the document, with its
validation, exists already), median of --runs. "frame" times one programmatic change of the
view (a scroll of 60 px or a zoom step around the centre) plus viewport().grab(), which
paints the whole viewport into an image (a full repaint: on screen a scroll repaints only
the uncovered strip); 60 frames at 100 % and 60 at the zoom that fits the whole flow.
Wall time and this process's CPU time are both printed: on a shared machine the CPU time
is the steadier of the two.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import machine, median_of  # noqa: E402, I001 - bench/ is on the path

from PySide6.QtWidgets import QApplication  # noqa: E402

from runtime.flow import Flow  # noqa: E402
from runtime.layout import layered_positions  # noqa: E402
from studio.canvas.scene import FlowScene  # noqa: E402
from studio.canvas.view import FlowView  # noqa: E402
from studio.document import FlowDocument  # noqa: E402

CYCLE = ("wait.delay", "condition.contact", "action.add_tag", "action.send_email")


def big_flow(size: int) -> Flow:
    """`size` nodes: every condition opens a second branch, so the flow is a wide tree."""
    flow = Flow("Bench")
    root = flow.add_node("trigger.order_placed", label="Нове замовлення")
    open_ends = [(root, "next")]
    index = 0
    while flow.graph.number_of_nodes() < size:
        source, port = open_ends.pop(0)
        kind = CYCLE[index % len(CYCLE)]
        index += 1
        node = flow.add_node(kind, label=f"Крок {index}")
        flow.connect(source, port, node)
        if kind.startswith("condition."):
            open_ends += [(node, "yes"), (node, "no")]
        else:
            open_ends.append((node, "next"))
    for node_id, position in layered_positions(flow).items():
        flow.set_position(node_id, position)
    return flow


def frames(app: QApplication, view: FlowView, count: int) -> tuple[list[float], list[float]]:
    """Time `count` frames of alternating scrolls and zoom steps: (wall, cpu) seconds."""
    samples, cpu = [], []
    bar = view.horizontalScrollBar()
    for i in range(count):
        start, start_cpu = time.perf_counter(), time.process_time()
        step = i % 4
        if step == 0:
            bar.setValue(bar.value() + 60)
        elif step == 1:
            view.zoom_in()
        elif step == 2:
            view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 60)
        else:
            view.zoom_out()
        app.processEvents()
        view.viewport().grab()
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return samples, cpu


def report(name: str, timings: tuple[list[float], list[float]]) -> None:
    wall, cpu = timings
    p95 = sorted(wall)[int(len(wall) * 0.95) - 1]
    print(f"{name:<34} median {statistics.median(wall) * 1000:7.1f} ms"
          f"   p95 {p95 * 1000:7.1f} ms   cpu median {statistics.median(cpu) * 1000:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    flow = big_flow(args.nodes)
    doc = FlowDocument(flow)
    print(f"canvas: {flow.graph.number_of_nodes()} nodes, {flow.graph.number_of_edges()} edges;"
          f" {machine()}")

    scenes, cpu = [], []

    def build() -> float:
        start, start_cpu = time.perf_counter(), time.process_time()
        scenes.append(FlowScene(doc))
        cpu.append(time.process_time() - start_cpu)
        return time.perf_counter() - start

    median, runs = median_of(args.runs, build)
    print(f"{'scene build':<34} median {median * 1000:7.1f} ms   runs "
          + " ".join(f"{r * 1000:.0f}" for r in runs)
          + f"   cpu median {statistics.median(cpu) * 1000:.1f} ms")
    # Not shown: grab() then paints exactly once per frame, with nothing else in the way.
    view = FlowView(scenes[-1])
    view.resize(1280, 800)
    view.centerOn(scenes[-1].nodes_rect().center())
    start = time.perf_counter()
    view.viewport().grab()
    print(f"{'first paint at 100 %':<34} {(time.perf_counter() - start) * 1000:7.1f} ms")
    report("frame at 100 % (60 scroll/zoom)", frames(app, view, 60))
    view.zoom_fit()
    app.processEvents()
    print(f"{'zoom that fits the flow':<34} {view.zoom() * 100:7.1f} %")
    report("frame at fit (60 scroll/zoom)", frames(app, view, 60))
    doc.close()


if __name__ == "__main__":
    main()
