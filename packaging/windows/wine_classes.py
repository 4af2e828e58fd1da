"""Test prefix only (run by the Windows Python under Wine): make Wine see per-user file types.

Windows shows the per-user classes (HKCU\\Software\\Classes, where the installer writes its
associations, no administrator rights needed) merged into HKEY_CLASSES_ROOT, which ShellExecute
(a double-click, `start`) reads. Wine 8 does not merge them: its HKEY_CLASSES_ROOT is only
HKLM\\Software\\Classes, so `start file.htxpkg` finds no program. Like the stand-in DLLs, this
fills the gap in the test prefix, never in the installer: it copies the keys the installer wrote,
unchanged, to HKLM\\Software\\Classes (`mirror`), and removes that copy (`remove`).

    python wine_classes.py mirror|remove KEY...
"""

from __future__ import annotations

import sys
import winreg  # Windows only

CLASSES = "Software\\Classes\\"


def _values(key: winreg.HKEYType) -> list[tuple[str, object, int]]:
    found = []
    index = 0
    while True:
        try:
            found.append(winreg.EnumValue(key, index))
        except OSError:
            return found
        index += 1


def _subkeys(key: winreg.HKEYType) -> list[str]:
    found = []
    index = 0
    while True:
        try:
            found.append(winreg.EnumKey(key, index))
        except OSError:
            return found
        index += 1


def copy(path: str) -> None:
    with (
        winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as source,
        winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, path) as target,
    ):
        for name, value, kind in _values(source):
            winreg.SetValueEx(target, name, 0, kind, value)
        children = _subkeys(source)
    for child in children:
        copy(f"{path}\\{child}")


def remove(root: winreg.HKEYType, path: str) -> None:
    try:
        with winreg.OpenKey(root, path) as key:
            children = _subkeys(key)
    except FileNotFoundError:
        return
    for child in children:
        remove(root, f"{path}\\{child}")
    winreg.DeleteKey(root, path)


def main(action: str, keys: list[str]) -> None:
    for key in keys:
        if action == "mirror":
            copy(CLASSES + key)
            print(f"mirrored HKCU\\{CLASSES}{key} to HKLM")
        else:
            remove(winreg.HKEY_LOCAL_MACHINE, CLASSES + key)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("mirror", "remove"):
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])
