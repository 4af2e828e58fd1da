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
6. the window program opens that database and quits by itself (HTX_QUIT_AFTER_START=1), exit 0;
7. a province and a district (set up from the province's file) exchange a sync package: export,
   preview, import, and the cooperative arrives with its Vietnamese name;
8. an Excel list exported by the program is imported into another database (1000 created);
9. a file that is not a database gives a Vietnamese message, exit 1, the details in the log;
10. portable mode: with a `portable` file beside the programs, the log lands in `data/` there;
11. the window given a package opens its preview, and a second launch with the same database
    hands its file over to that window and exits (one window per database);
12. on Windows (`--windows`, automatic there): without HTX_DATA_DIR the data folder is
    %LOCALAPPDATA%\\HTX\\HTXDesktop (the check leaves it as it found it), and both programs
    carry the version information and the icon.

`--quick` runs 1-6 and 12 only (for an installed copy of a build already tested in full).
Every file and folder the programs use has a Vietnamese name. Prints PASS or FAIL and exits 0
or 1. Not part of the pytest suite: the build takes a minute.
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
from typing import Any

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
            HTX_DATA_DIR=str(self.data),
            QT_QPA_PLATFORM="offscreen",
            HTX_QUIT_AFTER_START="1",
            PYTHONIOENCODING="utf-8",
        )

    def program(self, name: str) -> Path:
        path = self.dist / f"{name}{EXE_SUFFIX}"
        if not path.is_file():
            raise SmokeFailure(f"{path} is missing: build first")
        return path

    def run(
        self,
        name: str,
        args: Sequence[str],
        expect: int = 0,
        timeout: float = 180,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.program(name)), *args]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                cwd=self.tmp,  # not the repository: the bundle must not lean on the source tree
                env=self.env if env is None else env,
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

    def log(self, data: Path | None = None) -> str:
        path = (data or self.data) / "htx.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def json(self, name: str, args: Sequence[str]) -> Any:
        out = self.run(name, args).stdout
        try:
            return json.loads(out)
        except json.JSONDecodeError as exc:
            raise SmokeFailure(f"{name} {' '.join(args)}: not JSON ({exc}): {out[:300]!r}") from exc

    def wait_for_log(self, text: str, what: str, process: subprocess.Popen, limit: float) -> None:
        deadline = time.monotonic() + limit
        while text not in self.log():
            if process.poll() is not None:
                raise SmokeFailure(f"{what}: the window exited ({process.returncode})")
            if time.monotonic() > deadline:
                raise SmokeFailure(f"{what}: not seen within {limit:.0f} s\n{self.log()[-2000:]}")
            time.sleep(0.3)


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


def smoke(dist: Path, tmp: Path, windows: bool, quick: bool = False) -> None:
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

    if windows:
        check_user_data_folder(run, tmp)
        check_windows_resources(dist)
    if quick:
        return
    package, province = check_package_round_trip(run, tmp)
    check_excel_import(run, tmp, db)
    check_bad_database(run, tmp)
    check_portable_mode(run, dist, tmp)
    check_window_arguments(run, tmp, province, package)


COOP_CODE = "3100123459"
COOP_NAME = "HTX Nông nghiệp Sen Thủy"


def check_package_round_trip(run: Runner, tmp: Path) -> tuple[Path, Path]:
    """Province -> setup file -> district -> a new cooperative -> package -> province."""
    province, district = tmp / "Sở KH&ĐT Quảng Bình.sqlite3", tmp / "UBND huyện Lệ Thủy.sqlite3"
    setup, outbox = tmp / "Thiết lập Lệ Thủy.htxsetup", tmp / "Gửi tỉnh"
    # The structure before 01/07/2025 (province, districts): init defaults to the later one.
    run.run("htx", ["init", "--db", str(province), "--role", "province", "--office", "T44",
                    "--name", "Sở KH&ĐT Quảng Bình", "--area", "44",
                    "--scheme", "pre2025"])  # fmt: skip
    run.run("htx", ["enroll", "--db", str(province), "--role", "district", "--office", "H457",
                    "--name", "UBND huyện Lệ Thủy", "--area", "457", "--out", str(setup)])  # fmt: skip
    run.run("htx", ["setup", "--db", str(district), str(setup)])
    run.run("htx", ["coop", "add", "--db", str(district), f"registration_code={COOP_CODE}",
                    f"name={COOP_NAME}", "area_code=457"])  # fmt: skip
    package = Path(run.run("htx", ["export", "--db", str(district), "--out", str(outbox)]).stdout
                   .strip().splitlines()[-1])  # fmt: skip
    if not package.is_absolute():
        package = tmp / package
    if not package.is_file() or package.suffix != ".htxpkg":
        raise SmokeFailure(f"export printed {package}, which is not a package file")
    preview = run.json(
        "htx", ["import", "--db", str(province), "--dry-run", "--json", str(package)]
    )
    if preview.get("status") != "dry_run" or preview["counts"]["new"] != 1:
        raise SmokeFailure(f"package preview: {preview.get('status')} {preview.get('counts')}")
    report = run.json("htx", ["import", "--db", str(province), "--json", str(package)])
    if report.get("status") != "applied" or report["counts"]["new"] != 1:
        raise SmokeFailure(f"package import: {report.get('status')} {report.get('errors')}")
    shown = run.json("htx", ["coop", "show", COOP_CODE, "--json", "--db", str(province)])
    if shown.get("name") != COOP_NAME:
        raise SmokeFailure(f"after the import the province has {shown.get('name')!r}")
    print("  package round trip: applied, the cooperative arrived")
    return package, province


def check_excel_import(run: Runner, tmp: Path, demo: Path) -> None:
    listing = tmp / "Danh sách hợp tác xã.xlsx"
    run.run("htx", ["excel-export", "--db", str(demo), "--out", str(listing), "--what", "coops"])
    target = tmp / "Nhập từ Excel.sqlite3"
    run.run("htx", ["init", "--db", str(target), "--role", "province", "--office", "T44",
                    "--name", "Sở KH&ĐT Quảng Bình", "--area", "44"])  # fmt: skip
    report = run.json("htx", ["excel-import", "--db", str(target), "--json", str(listing)])
    if report.get("created") != DEMO_COOPERATIVES or report.get("errors"):
        raise SmokeFailure(
            f"Excel import: created {report.get('created')}, errors {report.get('errors')}"
        )
    print(f"  Excel import: {report['created']} cooperatives created")


def check_bad_database(run: Runner, tmp: Path) -> None:
    bogus = tmp / "Không phải CSDL.sqlite3"
    bogus.write_bytes(b"Day khong phai la co so du lieu SQLite\n" * 100)
    done = run.run("htx", ["coop", "list", "--db", str(bogus)], expect=1)
    if "Traceback" in done.stderr or not done.stderr.strip():
        raise SmokeFailure(f"a bad database file gave no plain message:\n{done.stderr[-2000:]}")
    if "Không phải CSDL.sqlite3" not in run.log():
        raise SmokeFailure("a bad database file left nothing in the log")
    print(f"  bad database: {done.stderr.strip().splitlines()[0]}")


def check_portable_mode(run: Runner, dist: Path, tmp: Path) -> None:
    marker, data = dist / "portable", dist / "data"
    if marker.exists() or data.exists():
        raise SmokeFailure(f"{marker} or {data} already exists: not a fresh build")
    env = {k: v for k, v in run.env.items() if k != "HTX_DATA_DIR"}
    db = tmp / "Dữ liệu di động.sqlite3"
    try:
        marker.write_text("", encoding="utf-8")
        run.run("htx", ["coop", "list", "--db", str(db)], env=env)
        if str(db) not in run.log(data):
            raise SmokeFailure(f"portable mode: nothing logged in {data}")
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)
    print("  portable mode: data beside the program")


def check_window_arguments(run: Runner, tmp: Path, province: Path, package: Path) -> None:
    """The window given a package previews it; a second launch on the same database hands its
    file to that window and exits 0 (what a double-click in Explorer does)."""
    env = {k: v for k, v in run.env.items() if k != "HTX_QUIT_AFTER_START"}
    window = subprocess.Popen(
        [str(run.program("HTXDesktop")), "--db", str(province), str(package)],
        cwd=tmp,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        run.wait_for_log("listening as", "the window holding the database", window, 120)
        run.wait_for_log("open_files: opening", "the package given to the window", window, 60)
        opened = [line for line in run.log().splitlines() if "open_files: opening" in line]
        if not opened[0].endswith(package.name):
            raise SmokeFailure(f"the window opened something else: {opened[0]}")
        run.run("HTXDesktop", ["--db", str(province), str(package)], env=env, timeout=120)
        run.wait_for_log("received from another launch", "the second launch", window, 60)
    finally:
        window.kill()
        window.wait(timeout=60)
    print("  window: package argument previewed; a second launch handed its file over")


def check_windows_resources(dist: Path) -> None:
    """Both programs carry the version information (Properties > Details) and the icon."""
    import ctypes
    from ctypes import wintypes

    version_dll = ctypes.WinDLL("version")
    shell32 = ctypes.WinDLL("shell32")
    for name in ("HTXDesktop.exe", "htx.exe"):
        path = str(dist / name)
        size = version_dll.GetFileVersionInfoSizeW(path, None)
        if not size:
            raise SmokeFailure(f"{name} has no version information")
        data = ctypes.create_string_buffer(size)
        version_dll.GetFileVersionInfoW(path, 0, size, data)
        value, length = ctypes.c_void_p(), wintypes.UINT()
        query = "\\StringFileInfo\\040904B0\\ProductVersion"
        if not version_dll.VerQueryValueW(data, query, ctypes.byref(value), ctypes.byref(length)):
            raise SmokeFailure(f"{name}: no ProductVersion in its version information")
        product_version = ctypes.wstring_at(value.value, length.value).rstrip("\0")
        if product_version != source_version():
            raise SmokeFailure(f"{name} says version {product_version}, not {source_version()}")
        icons = shell32.ExtractIconExW(path, -1, None, None, 0)
        if icons < 1:
            raise SmokeFailure(f"{name} carries no icon")
    print(f"  version information ({source_version()}) and icon in both programs")


def check_user_data_folder(run: Runner, tmp: Path) -> None:
    local = os.environ.get("LOCALAPPDATA")
    if not local:
        raise SmokeFailure("LOCALAPPDATA is not set")
    folder = Path(local) / "HTX" / "HTXDesktop"
    existed = folder.exists()
    env = {k: v for k, v in run.env.items() if k != "HTX_DATA_DIR"}
    db = tmp / "Thư mục người dùng.sqlite3"
    try:
        run.run("htx", ["coop", "list", "--db", str(db)], env=env)
        if str(db) not in run.log(folder):
            raise SmokeFailure(f"without HTX_DATA_DIR nothing was logged in {folder}")
    finally:
        if not existed:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"  data folder: {folder}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "HTXDesktop")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--windows",
        action="store_true",
        default=sys.platform == "win32",
        help="also check the Windows data folder (%%LOCALAPPDATA%%)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="checks 1-6 and 12 only (an installed copy of a tested build)",
    )
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    base = Path(tempfile.mkdtemp(prefix="htx-smoke-"))
    tmp = base / "Thử nghiệm Lệ Thủy"  # every path the programs see has Vietnamese letters
    tmp.mkdir()
    print(f"Smoke test of {dist} (data in {tmp})")
    started = time.perf_counter()
    try:
        smoke(dist, tmp, args.windows, args.quick)
    except SmokeFailure as exc:
        print(f"FAIL: {exc}")
        return 1
    finally:
        if args.keep:
            print(f"  kept {tmp}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    print(f"PASS ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
