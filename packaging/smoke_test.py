"""Smoke test of the frozen program in dist/HTXDesktop (built by `build.spec`).

    uv run --group build pyinstaller build.spec --noconfirm
    uv run python packaging/smoke_test.py [--dist dist/HTXDesktop] [--keep]

Runs the built programs, never the source tree, in a temporary data folder (HTX_DATA_DIR) and
working folder, with Qt offscreen:

1. the bundle is complete: data files present, no broken links, no missing Qt library;
2. `htx --version` reports desktop.__version__;
3. `htx demo` fills a fresh database (migrations, administrative units dataset);
4. `htx coop list --json` lists the 1000 demo cooperatives;
5. a PostgreSQL URL reaches the psycopg driver and libpq (a refused connection, on purpose);
6. the window program opens that database and quits by itself (HTX_QUIT_AFTER_START=1), exit 0.

Prints PASS or FAIL and exits 0 or 1. Not part of the pytest suite: the build takes a minute.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
DEMO_COOPERATIVES = 1000


class SmokeFailure(Exception):
    pass


def source_version() -> str:
    tree = ast.parse((ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise SmokeFailure("desktop/__init__.py has no __version__")


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Runner:
    def __init__(self, dist: Path, tmp: Path) -> None:
        self.dist = dist
        self.tmp = tmp
        self.data = tmp / "data"
        self.env = {**os.environ}
        for name in ("HTX_DB", "HTX_LANG", "PYTHONPATH", "PYTHONHOME"):
            self.env.pop(name, None)
        self.env.update(
            HTX_DATA_DIR=str(self.data), QT_QPA_PLATFORM="offscreen", HTX_QUIT_AFTER_START="1"
        )

    def program(self, name: str) -> Path:
        path = self.dist / f"{name}{EXE_SUFFIX}"
        if not path.is_file():
            raise SmokeFailure(f"{path} is missing: build first")
        return path

    def run(
        self, name: str, args: Sequence[str], expect: int = 0, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.program(name)), *args]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                cwd=self.tmp,  # not the repository: the bundle must not lean on the source tree
                env=self.env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as exc:
            message = f"{name} {' '.join(args)}: still running after {timeout:.0f} s"
            raise SmokeFailure(message) from exc
        print(
            f"  {name} {' '.join(args)} -> {done.returncode} ({time.perf_counter() - started:.1f} s)"
        )
        if done.returncode != expect:
            raise SmokeFailure(
                f"{name} {' '.join(args)}: exit {done.returncode}, expected {expect}\n"
                f"--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}\n"
                f"--- log\n{self.log()[-3000:]}"
            )
        return done

    def log(self) -> str:
        path = self.data / "htx.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def check_bundle(dist: Path) -> None:
    internal = dist / "_internal"
    expected = [
        internal / "db" / "env.py",
        internal / "vietnamadminunits" / "data" / "dataset.db",
        *(internal / p.relative_to(ROOT) for p in (ROOT / "db" / "versions").glob("*.py")),
        *(internal / p.relative_to(ROOT) for p in (ROOT / "resources" / "icons").glob("*.svg")),
        *(internal / p.relative_to(ROOT) for p in (ROOT / "resources" / "data").glob("*")),
    ]
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        folder = internal / "resources" / "translations"
        expected += [folder / ts.name, folder / ts.with_suffix(".qm").name]
    missing = [str(p.relative_to(dist)) for p in expected if not p.is_file()]
    if missing:
        raise SmokeFailure(f"missing from the bundle: {', '.join(missing)}")
    broken = [
        str(p.relative_to(dist)) for p in dist.rglob("*") if p.is_symlink() and not p.exists()
    ]
    if broken:
        raise SmokeFailure(f"broken links in the bundle: {', '.join(broken)}")
    ldd = shutil.which("ldd")
    if ldd is None:  # Windows and macOS: the start-up below is the check
        return
    unresolved: set[str] = set()
    for library in (internal / "PySide6").rglob("*.so*"):
        if library.is_symlink():
            continue
        out = subprocess.run([ldd, str(library)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            # Only Qt's own libraries must be in the bundle; system ones (X11, GL) come from
            # the machine.
            if "not found" in line and "libQt6" in line:
                unresolved.add(f"{library.relative_to(internal)}: {line.split()[0]}")
    if unresolved:
        raise SmokeFailure(
            "Qt libraries missing from the bundle:\n  " + "\n  ".join(sorted(unresolved))
        )
    print("  bundle complete")


def smoke(dist: Path, tmp: Path) -> None:
    check_bundle(dist)
    run = Runner(dist, tmp)
    db = tmp / "x.sqlite3"

    version = run.run("htx", ["--version"]).stdout.strip()
    if source_version() not in version:
        raise SmokeFailure(f"htx --version says {version!r}, the source says {source_version()}")

    run.run("htx", ["demo", "--scale", "province", "--seed", "1", "--db", str(db)])

    listing = run.run("htx", ["coop", "list", "--json", "--db", str(db)]).stdout
    try:
        cooperatives = json.loads(listing)
    except json.JSONDecodeError as exc:
        raise SmokeFailure(f"coop list --json is not JSON ({exc}): {listing[:300]!r}") from exc
    if len(cooperatives) != DEMO_COOPERATIVES:
        raise SmokeFailure(f"coop list: {len(cooperatives)} entries, expected {DEMO_COOPERATIVES}")

    url = f"postgresql+psycopg://htx@127.0.0.1:{unused_port()}/htx"
    run.run("htx", ["coop", "list", "--db", url], expect=1)
    if "psycopg.OperationalError" not in run.log():
        raise SmokeFailure(
            "a PostgreSQL URL did not reach the psycopg driver:\n" + run.log()[-3000:]
        )

    gui = run.run("HTXDesktop", ["--db", str(db)])
    if "qt.qpa.plugin" in gui.stderr or "Traceback" in gui.stderr:
        raise SmokeFailure(f"the window program complained:\n{gui.stderr[-3000:]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "HTXDesktop")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    tmp = Path(tempfile.mkdtemp(prefix="htx-smoke-"))
    print(f"Smoke test of {dist} (data in {tmp})")
    started = time.perf_counter()
    try:
        smoke(dist, tmp)
    except SmokeFailure as exc:
        print(f"FAIL: {exc}")
        return 1
    finally:
        if args.keep:
            print(f"  kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"PASS ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
