"""Imports point inward: each layer imports only the layers below it, read from the source with ast."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cchc_desktop"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# Entries are (file, imported module) that break a rule for now; an entry that no longer matches an import
# fails the test too. Empty: the ui takes everything it needs from cchc_desktop.services.
ALLOWED: set[tuple[str, str]] = set()

# Modules allowed to import each other (none today; an entry that no longer matches fails the test).
ALLOWED_CYCLES: set[frozenset[str]] = set()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path):  # noqa: ANN202 - yields (line, modules the statement may name)
    """Every import statement at any depth (functions, TYPE_CHECKING blocks), its modules made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, [alias.name]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = ".".join(base[: len(base) - (node.level - 1)])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module
            # `from .. import store` names the module through its alias.
            yield node.lineno, [module, *(f"{module}.{alias.name}" for alias in node.names)]


def _within(module: str, *prefixes: str) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def _is_stdlib(module: str) -> bool:
    return module.split(".")[0] in sys.stdlib_module_names or module == "__future__"


def _layer(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) > 1:
        return relative.parts[0]
    return "cli" if relative.name.startswith("cli") else None


def _refusal(layer: str, module: str) -> str | None:
    """Why `layer` may not import `module`, or None when it may."""
    if layer == "domain":
        if not (_is_stdlib(module) or _within(module, "cchc_desktop.domain")):
            return "the domain imports only the standard library"
        return None
    if _within(module, *QT) and layer != "ui":
        return "only the ui imports Qt"
    if layer in ("store", "reports") and _within(module, "cchc_desktop.services", "cchc_desktop.ui"):
        return f"{layer} imports neither services nor ui"
    if layer == "services" and _within(module, "cchc_desktop.ui"):
        return "services do not import the ui"
    if layer == "ui" and _within(module, "cchc_desktop.store"):
        return "the ui reaches the database only through services"
    if layer == "cli" and _within(module, "cchc_desktop.ui", "cchc_desktop.store"):
        return "the command line is thin over services: no ui, no store"
    return None


def _offences() -> list[tuple[str, int, str, str]]:
    """(file, line, module, why) for each import statement a rule refuses."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = _layer(path)
        if layer is None:
            continue  # app.py, selftest.py, paths.py …: the program's entry points put the layers together
        for line, modules in _imports(path):
            for module in modules:
                reason = _refusal(layer, module)
                if reason:
                    found.append((path.relative_to(ROOT).as_posix(), line, module, reason))
                    break
    return sorted(found)


def _report(offences) -> str:  # noqa: ANN001
    return "\n".join(f"  {name}:{line}: imports {module} — {reason}" for name, line, module, reason in offences)


def test_every_import_points_inward():
    offences = [o for o in _offences() if (o[0], o[2]) not in ALLOWED]
    assert not offences, "Imports against the layers (docs/architecture.md):\n" + _report(offences)


def test_the_allowed_exceptions_are_still_needed():
    used = {(name, module) for name, _, module, _ in _offences()}
    stale = sorted(ALLOWED - used)
    assert not stale, f"These imports are gone: remove them from ALLOWED in tests/test_layers.py: {stale}"


def _graph() -> dict[str, dict[str, int]]:
    """module -> {module it imports: line}, within the package; a module's own package is not an edge."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, dict[str, int]] = {}
    for name, path in modules.items():
        edges = graph.setdefault(name, {})
        for line, candidates in _imports(path):
            # `from . import safety` imports the submodule safety, not the package.
            target = next((c for c in reversed(candidates) if c in modules), None)
            if target is not None and target != name and not name.startswith(target + "."):
                edges.setdefault(target, line)
    return graph


def _cycles(graph: dict[str, dict[str, int]]) -> list[frozenset[str]]:
    """Groups of modules that import each other, directly or round about (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_no_modules_import_each_other():
    graph = _graph()
    cycles = [group for group in _cycles(graph) if group not in ALLOWED_CYCLES]
    lines = [f"  {module.replace('.', '/')}.py:{graph[module][target]}: imports {target}"
             for group in cycles for module in sorted(group) for target in sorted(graph[module]) if target in group]
    assert not cycles, "These modules import each other; move what both need into one of them:\n" + "\n".join(lines)
    stale = ALLOWED_CYCLES - set(_cycles(graph))
    assert not stale, f"These cycles are gone: remove them from ALLOWED_CYCLES in tests/test_layers.py: {stale}"


def test_a_cycle_is_found():
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}
    assert _cycles(graph) == [frozenset({"a", "b", "c"})]


@pytest.mark.parametrize(("layer", "module", "refused"), [
    ("domain", "decimal", False),
    ("domain", "cchc_desktop.domain.numbers", False),
    ("domain", "sqlalchemy", True),
    ("domain", "cchc_desktop.paths", True),
    ("store", "cchc_desktop.services.workspace", True),
    ("reports", "PySide6.QtCore", True),
    ("services", "cchc_desktop.ui.messages", True),
    ("services", "shiboken6", True),
    ("ui", "cchc_desktop.store", True),
    ("ui", "cchc_desktop.services.safety", False),
    ("cli", "cchc_desktop.store.audit", True),
    ("cli", "cchc_desktop.services", False),
])
def test_the_rules_refuse_what_they_should(layer, module, refused):
    assert (_refusal(layer, module) is not None) == refused


def test_relative_and_function_level_imports_are_read(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    ui = tmp_path / "cchc_desktop" / "ui"
    ui.mkdir(parents=True)
    (ui / "dialog.py").write_text("def f():\n    from ..store.audit import AuditEntry\n    from .. import store\n",
                                  encoding="utf-8")
    found = list(_imports(ui / "dialog.py"))
    assert found == [(2, ["cchc_desktop.store.audit", "cchc_desktop.store.audit.AuditEntry"]),
                     (3, ["cchc_desktop", "cchc_desktop.store"])]
