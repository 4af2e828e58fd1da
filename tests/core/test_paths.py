"""Where the data lives: the user's data folder, or beside the program in portable mode."""

from __future__ import annotations

import sys

import platformdirs

from desktop.core import paths


def _frozen_program(monkeypatch, folder) -> None:
    """As in the built program: sys.frozen set, sys.executable the .exe in its folder."""
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "HTXDesktop.exe"))
    monkeypatch.delenv("HTX_DATA_DIR", raising=False)


def test_portable_marker_puts_the_data_beside_the_program(tmp_path, monkeypatch):
    program = tmp_path / "USB" / "HTX Desktop di động"
    _frozen_program(monkeypatch, program)
    (program / "portable").write_text("", encoding="utf-8")
    assert paths.data_dir() == program / "data"
    assert paths.default_database_path() == program / "data" / "htx.sqlite3"
    assert paths.log_path().parent == program / "data"
    assert (program / "data").is_dir()


def test_without_the_marker_the_built_program_uses_the_user_data_folder(tmp_path, monkeypatch):
    program = tmp_path / "Programs" / "HTX Desktop"
    _frozen_program(monkeypatch, program)
    user = tmp_path / "AppData" / "Local" / "HTX" / "HTXDesktop"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_args: str(user))
    assert paths.data_dir() == user
    assert not (program / "data").exists()


def test_from_source_a_portable_file_beside_python_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable").write_text("", encoding="utf-8")
    monkeypatch.delenv("HTX_DATA_DIR", raising=False)
    user = tmp_path / "user"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_args: str(user))
    assert paths.data_dir() == user


def test_htx_data_dir_wins_over_portable_mode(tmp_path, monkeypatch):
    program = tmp_path / "program"
    _frozen_program(monkeypatch, program)
    (program / "portable").write_text("", encoding="utf-8")
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "chosen"))
    assert paths.data_dir() == tmp_path / "chosen"
