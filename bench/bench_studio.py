"""Studio speed as a user feels it: cold start, opening a big flow, pan/zoom, undo/redo.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_studio.py [--nodes 1000] [--runs 5]

Every figure is the median of --runs runs (at least 5) next to a reference measured in the
same run, and the ratio between them:

1. cold start: a fresh process runs main.py's own code path (main.main → run_studio, with
   QApplication.exec replaced by "process events until the main window is exposed") in a
   fresh BOOMERANG_HOME; the time runs from the parent's time.time() just before the launch.
   Reference: a bare QApplication + QMainWindow shown the same way. Target < 1.5 s.
   The children may write __pycache__ (PYTHONDONTWRITEBYTECODE is dropped for them), and a
   first, untimed launch writes it, as the first start after an install does.
   At that moment the window must show the welcome page (or the canvas), else the child
   fails: a splash would not count. The studio opens the workspace's database after its
   first frame; the child then goes on until the flows list and welcome page are filled
   ("workspace ready", a fresh workspace, so with its migrations) and reports that too.
2. open: MainWindow.files.open_path(path) plus processEvents (JSON, FlowDocument with its
   validation, FlowScene, fit, first paint) in a fresh, shown MainWindow.
   Reference: runtime.flowfile.load_flow alone. Target < 0.5 s.
3. frames: 100 scroll-bar pans (40 px) and 50 view.set_zoom steps around the centre
   (1.0 → 0.25 → 1.0, across the detail threshold); a frame is the change, processEvents
   (the on-screen repaint) and view.viewport().render() into a QImage of the viewport size.
   Per run the median and p95 are taken; the median over runs is printed.
   Reference: the same frames on an empty scene of the same size. Target > 30 fps.
4. undo/redo: push (which runs redo), undo and redo of one command of each kind on the open
   1,000-node document, each followed by processEvents (scene, revalidation, panels).
   Reference: the same commands' redo/undo on a copy of the flow with no document, scene
   or undo stack (the same Flow method calls). Target < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ROOT, machine  # noqa: E402, I001 - bench/ is on the path

from PySide6.QtCore import QCoreApplication, QEvent, QPointF  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from runtime.api import Service  # noqa: E402
from runtime.flow import Flow  # noqa: E402
from runtime.flowfile import load_flow, save_flow  # noqa: E402
from runtime.layout import layered_positions  # noqa: E402
from studio.canvas.scene import FlowScene  # noqa: E402
from studio.canvas.view import FlowView  # noqa: E402
from studio.commands import (  # noqa: E402
    AddNodeCommand,
    ConnectCommand,
    MoveNodesCommand,
    RemoveNodesCommand,
    SetParamsCommand,
)
from studio.document import FlowDocument  # noqa: E402
from studio.main_window import MainWindow  # noqa: E402

# --- 1. cold start ---------------------------------------------------------------------------

# Runs main.py's path unchanged; only the event loop is replaced by "until exposed".
STUDIO_CHILD = """
import os, sys, time
T0 = float(os.environ["BENCH_T0"])
started = time.time()
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

def exec_until_exposed(*_args):
    app = QApplication.instance()
    while True:
        app.processEvents()
        shown = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        if shown and shown[0].isVisible() and shown[0].windowHandle().isExposed():
            break
    exposed = time.time() - T0
    window = shown[0]
    page = window.central.currentWidget()
    assert page in (window.welcome, window.view) and page.isVisible(), "no real content"
    while window.service is None:  # the workspace opens in a worker after the first frame
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    print(exposed, started - T0, time.time() - T0)
    return 0

QApplication.exec = exec_until_exposed
import main
sys.exit(main.main([]))
"""

REFERENCE_CHILD = """
import os, time
T0 = float(os.environ["BENCH_T0"])
started = time.time()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
app.processEvents()
while not w.windowHandle().isExposed():
    app.processEvents()
print(time.time() - T0, started - T0, time.time() - T0)
"""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def launch(code: str) -> tuple[float, float, float, float]:
    """(seconds to the exposed window, seconds to the child's first line, child CPU
    seconds for its whole life, seconds to the workspace ready)."""
    with tempfile.TemporaryDirectory(prefix="boomerang-bench-home-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOOMERANG_HOME": home}
        # A user's Python keeps compiled modules in __pycache__; with this variable set (as in
        # some shells and sandboxes) every start would compile Boomerang's own modules anew.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cpu = children_cpu()
        env["BENCH_T0"] = repr(time.time())
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                             capture_output=True, text=True).stdout
        cpu = children_cpu() - cpu
    total, interpreter, ready = (float(x) for x in out.split()[-3:])
    return total, interpreter, cpu, ready


def bench_cold_start(runs: int) -> None:
    launch(STUDIO_CHILD)  # warm the OS file cache and __pycache__, as any second start is
    launch(REFERENCE_CHILD)
    studio, reference = [], []
    for _ in range(runs):  # interleaved, so that machine noise hits both alike
        studio.append(launch(STUDIO_CHILD))
        reference.append(launch(REFERENCE_CHILD))
    med = statistics.median(t for t, _, _, _ in studio)
    ref = statistics.median(t for t, _, _, _ in reference)
    interp = statistics.median(i for _, i, _, _ in studio)
    line("cold start to exposed window", med, ref, 1.5, "< 1.5 s")
    print(f"{'':<34} runs {fmt_runs([t for t, _, _, _ in studio])} ms;"
          f" interpreter up after {interp * 1000:.0f} ms; child CPU median"
          f" {statistics.median(c for _, _, c, _ in studio) * 1000:.0f} ms"
          f" (ref {statistics.median(c for _, _, c, _ in reference) * 1000:.0f} ms)")
    ready = [r for _, _, _, r in studio]
    print(f"{'':<34} workspace ready (new database migrated, flows list filled): median"
          f" {statistics.median(ready) * 1000:.0f} ms; runs {fmt_runs(ready)} ms")


# --- the 1,000-node flow ---------------------------------------------------------------------

TRIGGERS = (
    ("trigger.order_placed", {}, "Нове замовлення"),
    ("trigger.customer_created", {}, "New customer"),
    ("trigger.tag_added", {"tag": "vip"}, "Became VIP"),
    ("trigger.inactive", {"days": 90}, "Quiet for 90 days"),
    ("trigger.custom_event", {"event": "cart_abandoned"}, "Abandoned cart"),
)
ACTIONS = (
    ("action.add_tag", {"tag": "engaged"}),
    ("action.send_email", {}),
    ("action.coupon", {"prefix": "THANKS"}),
    ("action.notify_owner", {}),
)


def big_flow(size: int) -> Flow:
    """Five triggers, each growing trigger → wait → condition, whose "yes" takes an action
    and goes on waiting and "no" waits again: a wide tree of `size` nodes, laid out."""
    flow = Flow("Bench 1000")
    open_ends: list[tuple[str, str]] = []
    for kind, params, label in TRIGGERS:
        open_ends.append((flow.add_node(kind, params, label=label), "next"))
    index = 0
    while flow.graph.number_of_nodes() < size:
        source, port = open_ends.pop(0)
        family = flow.node(source)["kind"].split(".")[0]
        index += 1
        if family == "condition" and port == "yes":
            kind, params = ACTIONS[index % len(ACTIONS)]
        elif family == "wait":
            kind, params = "condition.contact", {
                "rules": [{"fact": "orders_count", "op": ">=", "value": 1 + index % 5}]}
        else:
            kind, params = "wait.delay", {"duration": {"amount": 1 + index % 7,
                                                       "unit": "days"}}
        node = flow.add_node(kind, params, label=f"Крок {index}")
        flow.connect(source, port, node)
        open_ends += [(node, "yes"), (node, "no")] if kind == "condition.contact" \
            else [(node, "next")]
    for node_id, position in layered_positions(flow).items():
        flow.set_position(node_id, position)
    return flow


# --- 2. open -------------------------------------------------------------------------------

def settle(app: QApplication) -> None:
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def bench_open(app: QApplication, service: Service, path: Path, runs: int) -> MainWindow:
    studio, reference, cpu = [], [], []
    window: MainWindow | None = None
    for _ in range(runs):
        if window is not None:
            window.close()
            window.deleteLater()
            settle(app)
        window = MainWindow(service)
        window.show()
        settle(app)
        start, start_cpu = time.perf_counter(), time.process_time()
        assert window.files.open_path(path)
        app.processEvents()
        studio.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        start = time.perf_counter()
        load_flow(path)
        reference.append(time.perf_counter() - start)
    line("open 1,000-node flow", statistics.median(studio), statistics.median(reference),
         0.5, "< 0.5 s")
    print(f"{'':<34} runs {fmt_runs(studio)} ms;"
          f" CPU median {statistics.median(cpu) * 1000:.0f} ms")
    return window


# --- 3. pan and zoom frames ----------------------------------------------------------------

def frame_times(app: QApplication, view: FlowView, image: QImage) -> tuple[list, list]:
    """(pan frame seconds, zoom frame seconds) for one pass of 100 pans and 50 zooms."""
    def frame(change: Callable[[], None]) -> float:
        start = time.perf_counter()
        change()
        app.processEvents()
        view.viewport().render(image)
        return time.perf_counter() - start

    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    steps = ((h, 40), (v, 40), (h, -40), (v, -40))  # a square: ends where it began
    pans = [frame(lambda bar=bar, d=d: bar.setValue(bar.value() + d))
            for bar, d in steps for _ in range(25)]
    centre = QPointF(view.viewport().rect().center())
    start_zoom = view.zoom()
    view.set_zoom(1.0)
    factor = 0.25 ** (1 / 25)
    levels = [factor ** i for i in range(1, 26)] + [factor ** i for i in range(24, -1, -1)]
    zooms = [frame(lambda z=z: view.set_zoom(z, centre)) for z in levels]
    view.set_zoom(start_zoom)
    return pans, zooms


def p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, round(len(samples) * 0.95) - 1)]


def bench_frames(app: QApplication, window: MainWindow, runs: int) -> None:
    view = window.view
    empty_doc = FlowDocument(Flow("Empty"))
    empty_view = FlowView(FlowScene(empty_doc))
    empty_view.resize(view.viewport().size())
    empty_view.show()
    empty_view.set_zoom(view.zoom())
    empty_view.centerOn(view.mapToScene(view.viewport().rect().center()))
    settle(app)
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    ref_image = QImage(empty_view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    print(f"{'':<34} viewport {view.viewport().width()}x{view.viewport().height()},"
          f" pans at zoom {view.zoom() * 100:.0f} %")
    stats: dict[str, list[tuple[float, float]]] = {k: [] for k in
                                                  ("pan", "zoom", "pan ref", "zoom ref")}
    for _ in range(runs):
        for suffix, target, img in (("", view, image), (" ref", empty_view, ref_image)):
            pans, zooms = frame_times(app, target, img)
            stats["pan" + suffix].append((statistics.median(pans), p95(pans)))
            stats["zoom" + suffix].append((statistics.median(zooms), p95(zooms)))
    for name in ("pan", "zoom"):
        med = statistics.median(m for m, _ in stats[name])
        tail = statistics.median(p for _, p in stats[name])
        ref = statistics.median(m for m, _ in stats[name + " ref"])
        ok = "met" if tail < 1 / 30 else "MISSED"
        print(f"{name + ' frame (median / p95)':<34} {med * 1000:7.1f} / {tail * 1000:5.1f} ms"
              f"  = {1 / med:5.0f} / {1 / tail:4.0f} fps   ref {ref * 1000:6.1f} ms"
              f"   ratio {med / ref:5.1f}x   > 30 fps at p95: {ok}")
    empty_view.close()
    empty_view.deleteLater()
    empty_doc.close()
    settle(app)


# --- 4. undo and redo --------------------------------------------------------------------

def pick_nodes(flow: Flow) -> dict[str, object]:
    """Stable ids for the edits: a wait with one way in and one out, ten nodes, two leaves."""
    graph = flow.graph
    wait = next(n for n in flow.nodes() if flow.node(n)["kind"] == "wait.delay"
                and graph.in_degree(n) == 1 and graph.out_degree(n) == 1)
    leaves = [n for n in flow.nodes() if graph.out_degree(n) == 0
              and flow.node(n)["kind"].startswith("action.")]
    return {"wait": wait, "ten": flow.nodes()[100:110], "leaf": leaves[0], "other": leaves[-1]}


def make_commands(doc, ids: dict) -> dict[str, Callable[[], object]]:
    flow = doc.flow
    moves = {n: (tuple(flow.node(n)["position"]),
                 (flow.node(n)["position"][0] + 40, flow.node(n)["position"][1] + 20))
             for n in ids["ten"]}
    wait = ids["wait"]
    return {
        "AddNodeCommand": lambda: AddNodeCommand(doc, "action.add_tag", {"tag": "bench"},
                                                 (0.0, -400.0)),
        "RemoveNodesCommand (2 links)": lambda: RemoveNodesCommand(doc, [wait]),
        "MoveNodesCommand (10 nodes)": lambda: MoveNodesCommand(doc, moves),
        "SetParamsCommand": lambda: SetParamsCommand(
            doc, wait, {"duration": {"amount": 3, "unit": "hours"}}),
        "ConnectCommand": lambda: ConnectCommand(doc, ids["leaf"], "next", ids["other"]),
    }


def bench_undo(app: QApplication, window: MainWindow, runs: int) -> None:
    doc = window.doc
    stack = doc.undo_stack
    ids = pick_nodes(doc.flow)
    plain = SimpleNamespace(flow=doc.flow.copy())  # no listeners, no document, no scene
    studio_cmds, plain_cmds = make_commands(doc, ids), make_commands(plain, ids)

    cpu: list[float] = []

    def timed(fn: Callable[[], object]) -> float:
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        app.processEvents()
        cpu.append(time.process_time() - start_cpu)
        return time.perf_counter() - start

    def plain_timed(fn: Callable[[], object]) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    settle(app)
    print(f"{'undo/redo (median ms)':<34} {'push':>7} {'undo':>7} {'redo':>7}"
          f"   ref push/undo/redo  worst ratio  CPU  < 50 ms")
    for name, make in studio_cmds.items():
        got: dict[str, list[float]] = {"push": [], "undo": [], "redo": []}
        ref: dict[str, list[float]] = {"push": [], "undo": [], "redo": []}
        cpu.clear()
        for _ in range(runs):
            command = make()
            got["push"].append(timed(lambda c=command: stack.push(c)))
            got["undo"].append(timed(stack.undo))
            got["redo"].append(timed(stack.redo))
            stack.undo()  # back to the original flow for the next run and kind
            settle(app)
            command = plain_cmds[name]()
            ref["push"].append(plain_timed(command.redo))
            ref["undo"].append(plain_timed(command.undo))
            ref["redo"].append(plain_timed(command.redo))
            command.undo()
        med = {k: statistics.median(v) for k, v in got.items()}
        rmed = {k: statistics.median(v) for k, v in ref.items()}
        worst = max(med.values())
        ratio = max(med[k] / max(rmed[k], 1e-7) for k in med)
        print(f"  {name:<32} {med['push'] * 1000:7.2f} {med['undo'] * 1000:7.2f}"
              f" {med['redo'] * 1000:7.2f}   "
              + "/".join(f"{rmed[k] * 1000:.2f}" for k in ("push", "undo", "redo"))
              + f"  {ratio:8.0f}x  {statistics.median(cpu) * 1000:5.1f}"
              f"  {'met' if worst < 0.05 else 'MISSED'}")
    stack.clear()


# --- output --------------------------------------------------------------------------------

def fmt_runs(samples: list[float]) -> str:
    return " ".join(f"{s * 1000:.0f}" for s in samples)


def line(name: str, median: float, reference: float, limit: float, target: str) -> None:
    ok = "met" if median < limit else "MISSED"
    print(f"{name:<34} median {median * 1000:7.1f} ms   ref {reference * 1000:7.1f} ms"
          f"   ratio {median / reference:5.1f}x   target {target}: {ok}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-start", action="store_true", help="skip the cold starts")
    parser.add_argument("--only-start", action="store_true", help="only the cold starts")
    args = parser.parse_args()
    runs = max(5, args.runs)
    print(f"studio bench: {args.nodes} nodes, median of {runs} runs; {machine()}")
    if not args.skip_start:
        bench_cold_start(runs)
    if args.only_start:
        return
    with tempfile.TemporaryDirectory(prefix="boomerang-bench-") as tmp:
        os.environ["BOOMERANG_HOME"] = str(Path(tmp) / "home")
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setApplicationName("Boomerang")
        app.setOrganizationName("Boomerang")
        service = Service.open()
        flow = big_flow(args.nodes)
        path = Path(tmp) / "big.json"
        save_flow(flow, path)
        print(f"{'':<34} flow: {flow.graph.number_of_nodes()} nodes,"
              f" {flow.graph.number_of_edges()} edges, {path.stat().st_size // 1024} KiB")
        window = bench_open(app, service, path, runs)
        bench_frames(app, window, runs)
        bench_undo(app, window, runs)
        window.close()
        window.deleteLater()
        settle(app)
        service.close()


if __name__ == "__main__":
    main()
