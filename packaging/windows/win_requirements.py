"""The locked requirements (from `uv export`, on stdin) that a 64-bit Windows CPython 3.11 needs
to build the program: markers evaluated for win32, editable and excluded packages left out.

    uv export --locked --no-hashes --no-dev --group build | python win_requirements.py > req.txt

numpy and shapely are left out: build.spec does not bundle them (only the administrative-units
dataset of vietnamadminunits is read) and numpy aborts under Wine 8. PySide6-Addons stays:
it holds QtCharts (the dashboard).
"""

from __future__ import annotations

import sys

from packaging.requirements import Requirement

EXCLUDED = {"numpy", "shapely"}
WINDOWS_311 = {
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "python_version": "3.11",
    "python_full_version": "3.11.9",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}


def windows_requirements(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):  # comments, "-e ." (the app comes from the tree)
            continue
        requirement = Requirement(line)
        if requirement.name.lower() in EXCLUDED:
            continue
        if requirement.marker and not requirement.marker.evaluate(WINDOWS_311):
            continue
        requirement.marker = None
        kept.append(str(requirement))
    return kept


if __name__ == "__main__":
    print("\n".join(windows_requirements(sys.stdin.read().splitlines())))
