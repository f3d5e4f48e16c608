"""Keeps studio/i18n/*.ts in step with the source, checks that they are, and compiles them.

    python scripts/update_translations.py            # add new strings, drop removed ones
    python scripts/update_translations.py --check    # exit 1 if a .ts file is out of date
    python scripts/update_translations.py --compile  # .ts -> .qm (what scripts/setup.sh runs)

pyside6-lupdate reads `QCoreApplication.translate("Context", "text")` but not the studio's
one-line `tr()` helpers (it files their strings under no context), nor the English strings
of the runtime's node catalog, which reach the screen through `catalog_text()`. So this script
finds the strings itself (with `ast`), writes them as plain translate() calls into a temporary
file, and lets pyside6-lupdate merge that into the .ts files, keeping every translation made.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "studio" / "i18n"
LANGUAGES = ("uk", "ru", "bg", "zh_TW")
BIN = Path(sys.executable).parent


def _translate_context(call: ast.AST, param: str | None = None) -> str | None:
    """The context of `QCoreApplication.translate("Ctx", <param>)`, else None."""
    if not (isinstance(call, ast.Call) and len(call.args) >= 2):
        return None
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    ctx, text = call.args[0], call.args[1]
    if name != "translate" or not isinstance(ctx, ast.Constant):
        return None
    if param is not None and not (isinstance(text, ast.Name) and text.id == param):
        return None
    return str(ctx.value)


# Helpers whose literal arguments are translated later, in their module's tr() context:
# N_("Email") marks a string kept in a table, plural("%n email", "%n emails", n) picks one.
MARKERS = {"N_": 1, "plural": 2}


def _wrappers(tree: ast.Module) -> dict[str, tuple[str, int]]:
    """Module-level helpers like `def tr(text): return QCoreApplication.translate("X", text)`
    -> (context, how many leading arguments are texts)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args:
            param = node.args.args[0].arg
            for inner in ast.walk(node):
                ctx = _translate_context(inner, param)
                if ctx is not None:
                    found[node.name] = (ctx, 1)
                    break
    if "tr" in found:
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name in MARKERS:
                found[node.name] = (found["tr"][0], MARKERS[node.name])
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def source_strings() -> set[tuple[str, str]]:
    """(context, text) for every literal string the studio translates."""
    trees = {_module_name(p): ast.parse(p.read_text(encoding="utf-8"), str(p))
             for p in sorted((ROOT / "studio").rglob("*.py"))}
    wrappers = {name: _wrappers(tree) for name, tree in trees.items()}
    strings: set[tuple[str, str]] = set()
    for module, tree in trees.items():
        local = dict(wrappers[module])
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in wrappers:
                for alias in node.names:
                    if alias.name in wrappers[node.module]:
                        local[alias.asname or alias.name] = wrappers[node.module][alias.name]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            ctx = _translate_context(node)
            if ctx is not None and isinstance(node.args[1], ast.Constant):
                strings.add((ctx, str(node.args[1].value)))
            elif isinstance(node.func, ast.Name) and node.func.id in local:
                context, texts = local[node.func.id]
                for arg in node.args[:texts]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        strings.add((context, arg.value))
    return strings | catalog_strings()


def catalog_strings() -> set[tuple[str, str]]:
    """The runtime's English titles, descriptions, help and choices (context NodeCatalog)."""
    sys.path.insert(0, str(ROOT))
    from runtime.catalog import CARD_UNITS, all_specs
    from runtime.conditions import FACTS, OPERATOR_WORDS

    texts: set[str] = set()
    for spec in all_specs():
        texts.update((spec.title, spec.description, spec.summary))
        texts.update(text for _when, text in spec.summaries)
        for param in spec.params:
            texts.update((param.title, param.help, param.placeholder))
            texts.update(label for _value, label in param.choices)
    texts.update(fact.title for fact in FACTS.values())
    texts.update(OPERATOR_WORDS.values())
    texts.update((" and ", " or "))  # between a condition's rules on its card
    texts.update(CARD_UNITS)
    return {("NodeCatalog", text) for text in texts if text}


def ts_strings(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")
            if (msg.find("translation") is None
                or msg.find("translation").get("type") not in ("obsolete", "vanished"))}


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    lines = ["from PySide6.QtCore import QCoreApplication"]
    # A count (%n) makes lupdate ask for every plural form the language has.
    lines += [f"QCoreApplication.translate({_literal(c)}, {_literal(t)}"
              f"{', None, 1' if '%n' in t or '%Ln' in t else ''})"
              for c, t in sorted(source_strings())]
    with tempfile.TemporaryDirectory() as folder:
        stub = Path(folder) / "boomerang_strings.py"
        stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for language in LANGUAGES:
            subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none",
                            "-no-obsolete", "-target-language", language, str(stub),
                            "-ts", str(I18N / f"boomerang_{language}.ts")], check=True)


def check() -> int:
    wanted = source_strings()
    stale = 0
    for language in LANGUAGES:
        path = I18N / f"boomerang_{language}.ts"
        have = ts_strings(path)
        new, gone = sorted(wanted - have), sorted(have - wanted)
        if new or gone:
            stale += 1
            print(f"{path.relative_to(ROOT)} is out of date: {len(new)} new, "
                  f"{len(gone)} obsolete string(s)")
            for ctx, text in (new + gone)[:10]:
                print(f"  {'+' if (ctx, text) in new else '-'} {ctx}: {text[:70]!r}")
    if stale:
        print("Run: python scripts/update_translations.py")
    return 1 if stale else 0


def compile_all(force: bool = False) -> None:
    if not (BIN / "pyside6-lrelease").exists():
        print("pyside6-lrelease is missing: Boomerang will show English only")
        return
    for ts in sorted(I18N.glob("boomerang_*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                           check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if a .ts file is stale")
    mode.add_argument("--compile", action="store_true", help="compile .ts files to .qm")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.compile:
        compile_all()
        return 0
    update()
    compile_all()
    return check()


if __name__ == "__main__":
    sys.exit(main())
