"""Every name written into an exported workbook is text: an office (or anything else) named
"=..." is shown as typed, never run as a formula."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.core import registry
from desktop.core.excel import export, summary, task_progress
from desktop.core.tasks import sample
from tests.core.excel_samples import QUANG_BINH, open_workspace

EVIL = '=HYPERLINK("http://x.example","Sở KH&ĐT")'


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = open_workspace(tmp_path, identity=QUANG_BINH)
    with ws.transaction() as conn:
        registry.add_cooperative(conn, QUANG_BINH, {
            "registration_code": "3100123459", "name": "HTX Nông nghiệp Sen Thủy",
            "area_code": "19312"}, {2024: {"members": 12}})  # fmt: skip
        sample.load_sample(conn, QUANG_BINH)
    yield ws
    ws.close()


def _formulas(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [
            archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        ]


@pytest.mark.parametrize("what", ["coops", "indicators", "summary", "tasks", "template"])
def test_an_office_named_like_a_formula_is_written_as_text(workspace, tmp_path, what):
    office = dataclasses.replace(QUANG_BINH, office_name=EVIL)
    target = tmp_path / f"{what}.xlsx"
    with workspace.reading() as conn:
        if what == "coops":
            path = export.export_cooperatives(conn, office, target)[0]
        elif what == "indicators":
            path = export.export_indicators(conn, office, target)[0]
        elif what == "summary":
            path = summary.export_summary(conn, office, target)[0]
        elif what == "tasks":
            path = task_progress.export_tasks(conn, office, target)[0]
        else:
            path = export.export_template(target, office)
    for xml in _formulas(path):
        assert all(f.startswith("SUBTOTAL(") for f in xml.split("<f>")[1:])
    book = openpyxl.load_workbook(path)
    first = book.worksheets[0]
    assert first["A1"].value == EVIL.upper()
    assert first["A1"].data_type == "s"
