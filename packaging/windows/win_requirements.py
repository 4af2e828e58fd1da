"""The locked requirements (from `uv export`, on stdin) that a 64-bit Windows CPython 3.11 needs
to build the program: markers evaluated for win32, editable and excluded packages left out, each
kept with the hashes uv.lock records, so that pip checks every wheel (downloaded now or found in
the cache) against the lock (`--require-hashes`).

    uv export --locked --no-dev --group build | python win_requirements.py > req.txt

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


def logical_lines(lines: list[str]) -> list[str]:
    """Physical lines joined where one ends with a backslash; comments removed."""
    joined: list[str] = []
    pending = ""
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        joined.append(" ".join((pending + line).split()))
        pending = ""
    if pending.strip():
        joined.append(" ".join(pending.split()))
    return [line for line in joined if line]


def windows_requirements(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in logical_lines(lines):
        if line.startswith("-"):  # "-e ." (the app comes from the tree), other options
            continue
        text, _, options = line.partition(" --")
        requirement = Requirement(text)
        if requirement.name.lower() in EXCLUDED:
            continue
        if requirement.marker and not requirement.marker.evaluate(WINDOWS_311):
            continue
        requirement.marker = None
        kept.append(f"{requirement} --{options}" if options else str(requirement))
    return kept


if __name__ == "__main__":
    print("\n".join(windows_requirements(sys.stdin.read().splitlines())))
