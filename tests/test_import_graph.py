"""The package's modules import each other without cycles.

Imports inside functions count too (a lazy import is still a dependency), and so
do those under TYPE_CHECKING: they never run, but a type that goes both ways still
ties two modules together.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "llamadesk"


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


class _Imports(ast.NodeVisitor):
    """What a module imports, by dotted name."""

    def __init__(self) -> None:
        self.found: set[str] = set()

    def visit_Import(self, node: ast.Import) -> None:
        self.found.update(alias.name for alias in node.names)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level == 0 and node.module:
            self.found.update(f"{node.module}.{alias.name}" for alias in node.names)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}

    def owner(target: str) -> str | None:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target or None

    for name, path in modules.items():
        imports = _Imports()
        imports.visit(ast.parse(path.read_text("utf-8")))
        for target in imports.found:
            module = owner(target)
            if module is not None and module != name and module.startswith("llamadesk"):
                graph[name].add(module)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    assert _cycles(_graph()) == []


def test_the_check_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]


# Below ui/ the code is plain Python: only the PDF exporter needs QtGui (its
# writer), and the self-test drives the GUI's worker as an installed copy would.
QT_ALLOWED = {"llamadesk.storage.export.pdf_export", "llamadesk.diagnostics.self_test"}


def test_no_module_below_ui_imports_qt() -> None:
    offenders = []
    for name, path in _modules().items():
        if name.startswith("llamadesk.ui") or name in QT_ALLOWED:
            continue
        imports = _Imports()
        imports.visit(ast.parse(path.read_text("utf-8")))
        if any(found.split(".")[0] in ("PySide6", "shiboken6") for found in imports.found):
            offenders.append(name)
    assert offenders == []
