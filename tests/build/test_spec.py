"""Fast checks that keep `build.spec` in step with the code; the build itself is too slow for
the suite (`packaging/smoke_test.py` runs it)."""

from __future__ import annotations

import ast
import importlib.util
import struct
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _spec_constant(name: str) -> list[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec defines no {name}")


def _desktop_imports() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                if node.module == "PySide6":  # from PySide6 import QtCharts
                    names.update(f"PySide6.{alias.name}" for alias in node.names)
    return names


def test_bundle_keeps_every_qt_module_the_program_imports() -> None:
    used = {n.split(".")[1] for n in _desktop_imports() if n.startswith("PySide6.Qt")}
    assert used, "the scan found no Qt import at all"
    assert used <= set(_spec_constant("QT_MODULES"))


def test_bundle_excludes_nothing_the_program_imports() -> None:
    top_level = {name.split(".")[0] for name in _desktop_imports()}
    assert top_level & set(_spec_constant("EXCLUDES")) == set()


def _make_icon() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icon", ROOT / "packaging" / "make_icon.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icon_holds_every_size(qapp, tmp_path: Path) -> None:
    make_icon = _make_icon()
    ico = make_icon.svg_to_ico(ROOT / "resources" / "icons" / "htx.svg", tmp_path / "htx.ico")
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icon.SIZES))
    sides = []
    for i in range(count):
        width, _h, _c, _r, _p, _b, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        sides.append(width or 256)
    assert sides == sorted(make_icon.SIZES)
