"""Window tests drive the window as a person does: they find widgets by visible text, label,
accessible name or window title, never through the attributes the window's classes keep
for themselves (`window.coop_page.table`, `dialog.save_button`, `dialog._errors`).

The check reads the tests' source. A name is the window's own when a class in desktop/ui
defines it (a method, or `self.name = …`) and Qt's classes do not; names that the core also
defines (a record's `name`, a workspace's `identity`) are left to the reader, unless desktop/ui
keeps a widget under that name (`self.name = QLineEdit()`), which is reached only that way.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import PySide6.QtCore
import PySide6.QtGui
import PySide6.QtWidgets

from desktop.core import models

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"


@cache
def _qt_names() -> frozenset[str]:
    names: set[str] = set()
    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets):
        for attribute in dir(module):  # not vars(): PySide6 makes its classes on first use
            value = getattr(module, attribute)
            if isinstance(value, type):
                names.update(dir(value))
    return frozenset(names)


@cache
def _ui_classes() -> frozenset[str]:
    return frozenset(
        {
            node.name
            for path in UI.glob("*.py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ClassDef)
        }
    )


def _makes_widget(value: ast.expr | None, ui_classes: frozenset[str]) -> bool:
    """`QLineEdit(…)`, `AreaPicker(…)`: a widget (or a window's own object) is made here."""
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name.startswith("Q") or name in ui_classes


@cache
def window_names() -> frozenset[str]:
    """Names only the window's classes give meaning to, less Qt's public API."""
    ui_classes = _ui_classes()
    defined: set[str] = set()
    widgets: set[str] = set()
    for path in UI.glob("*.py"):
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            for item in cls.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    defined.add(item.name)
                elif isinstance(item, ast.Assign | ast.AnnAssign):
                    targets = item.targets if isinstance(item, ast.Assign) else [item.target]
                    defined.update(t.id for t in targets if isinstance(t, ast.Name))
            for node in ast.walk(cls):
                if not isinstance(node, ast.Assign | ast.AnnAssign):
                    continue
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if (
                        isinstance(target, ast.Attribute)
                        and isinstance(target.value, ast.Name)
                        and target.value.id == "self"
                    ):
                        defined.add(target.attr)
                        if _makes_widget(node.value, ui_classes):
                            widgets.add(target.attr)
    elsewhere: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        if path.parent == UI:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                elsewhere.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                elsewhere.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                elsewhere.add(node.id)
            elif isinstance(node, ast.arg | ast.keyword) and node.arg:
                elsewhere.add(node.arg)
    # A stored row's columns (`row.code`, `office.role`) are data, not widgets.
    columns = {column.name for table in models.metadata.tables.values() for column in table.c}
    return frozenset(((defined - elsewhere) | widgets) - _qt_names() - columns - _tests_own())


def _tests_own() -> set[str]:
    """What the tests' own helpers define (`Script.errors`)."""
    own: set[str] = set()
    for path in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                own.add(node.name)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                own.add(node.attr)
    return own


def _window_tests() -> list[Path]:
    """Test files that open the window or its dialogs."""
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if ("desktop.ui" in text or "qtbot" in text) and path != Path(__file__).resolve():
            found.append(path)
    return found


# What tests call the window and its dialogs: anything read from these that Qt does not
# offer is the window's own.
WINDOW_VARIABLES = {"window", "main_window", "province_window", "dialog", "wizard"}


def _window_variables(tree: ast.AST) -> set[str]:
    """The usual names, and variables given a window class made directly (`CoopDialog(…)`)."""
    ui_classes = _ui_classes()
    found = set(WINDOW_VARIABLES)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _makes_widget(node.value, ui_classes):
            func = node.value.func  # type: ignore[attr-defined]
            if (func.id if isinstance(func, ast.Name) else func.attr) in ui_classes:
                found.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return found


def reached_through_attributes(path: Path) -> list[str]:
    names = window_names()
    qt = _qt_names()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    variables = _window_variables(tree)
    return [
        f"{path.name}:{node.lineno}: .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and (
            node.attr in names
            or (
                isinstance(node.value, ast.Name)
                and node.value.id in variables
                and node.attr not in qt
            )
        )
    ]


def test_window_tests_reach_widgets_only_as_a_person_does():
    found = [hit for path in _window_tests() for hit in reached_through_attributes(path)]
    assert not found, "\n".join(found)


def test_the_check_sees_what_it_must_and_spares_what_it_may(tmp_path):
    """The check itself: a window attribute is caught; Qt's API and core names pass."""
    names = window_names()
    assert {"coop_page", "save_button", "combo_for", "_errors", "status_label"} <= names
    assert not {"text", "findChildren", "windowTitle", "identity", "transaction"} & names
    sample = tmp_path / "sample.py"
    sample.write_text(
        "window.coop_page.table.model()\n"
        "dialog.findChild(QLineEdit).text()\n"
        "dialog.registration_code.text()\n"
        "workspace.identity.office_code\n"
        "row.registration_code\n",
        encoding="utf-8",
    )
    hits = [hit.split(": ")[1] for hit in reached_through_attributes(sample)]
    assert sorted(hits) == [".coop_page", ".registration_code"]
