"""`htx excel-import --json` prints JSON alone on stdout, whatever the reading library says
(xlrd writes its warnings to stdout unless told otherwise)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.core.excel_samples import legacy_xls


def test_json_output_is_only_json_even_when_xlrd_warns(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = legacy_xls(tmp_path / "ds.xls")
    # A copy with a few bytes after the last sector (as some tools and e-mail gateways
    # leave): xlrd reads it but warns "file size not 512 + multiple of sector size".
    path.write_bytes(path.read_bytes() + b"\0" * 100)
    code = main(["excel-import", "--db", str(tmp_path / "htx.sqlite3"), "--json", "--dry-run",
                 str(path)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    report = json.loads(out)  # nothing before or after the JSON
    assert report["dry_run"] is True
    assert report["created"] > 0
