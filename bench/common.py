"""What every benchmark shares: the demo datasets, a private environment, timing and memory.

The datasets are made by the application's own generator (`htx demo`) once and kept in
`bench/.cache/`, named by scale, seed and a digest of the code that shapes the data (the
top-level `desktop/core` modules and the migration scripts), so a change to the schema or to
the generator makes a fresh one and an unrelated change reuses the old one.

Nothing here touches a real user's data: every process gets `HTX_DATA_DIR` in the cache.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
CACHE = BENCH / ".cache"
RESULTS = BENCH / "results"

# --- environment ---------------------------------------------------------------------------


def data_dir() -> Path:
    """The HTX data folder every benchmark uses (logs, backups), never the user's own."""
    path = CACHE / "data"
    path.mkdir(parents=True, exist_ok=True)
    return path


def bench_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: private data folder, Qt without a screen, and
    bytecode caching on (into the cache), so that a timed start-up compiles nothing, as in an
    installed app. An explicit QT_QPA_PLATFORM in the caller's environment is kept."""
    env = dict(os.environ)
    for name in ("HTX_DB", "HTX_LANG", "HTX_QUIT_AFTER_START", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["HTX_DATA_DIR"] = str(data_dir())
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    env.update(extra)
    return env


def use_bench_env() -> None:
    """The same for this process (in-process benchmarks): call before opening a workspace."""
    for name in ("HTX_DB", "HTX_LANG", "HTX_QUIT_AFTER_START"):
        os.environ.pop(name, None)
    os.environ["HTX_DATA_DIR"] = str(data_dir())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def qt_app():
    """The QApplication of this process (created on first use, offscreen unless told)."""
    use_bench_env()
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["htx-bench"])


# --- datasets ------------------------------------------------------------------------------


def _data_digest() -> str:
    """A digest of what decides the generated data: desktop/core/*.py and the migrations."""
    digest = hashlib.sha256()
    files = sorted((REPO / "desktop" / "core").glob("*.py"))
    files += sorted((REPO / "db" / "versions").glob("*.py"))
    for path in files:
        digest.update(path.relative_to(REPO).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@functools.cache
def demo_db(scale: str, seed: int = 1) -> Path:
    """A database made by `htx demo --scale SCALE --seed SEED`, built once and then reused.

    Treat it as read-only (opening it with the app is fine); copy it with `copy_db` first to
    write into it.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{scale}-seed{seed}-{_data_digest()}.sqlite3"
    if path.exists():
        return path
    for stale in CACHE.glob(f"{scale}-seed{seed}-*.sqlite3*"):
        stale.unlink()
    building = path.with_name(f"{path.stem}.building-{os.getpid()}.sqlite3")
    sys.stderr.write(f"[bench] building the {scale} dataset (seed {seed}) into {path.name} ... ")
    sys.stderr.flush()
    started = time.perf_counter()
    command = ["demo", "--scale", scale, "--seed", str(seed), "--db", str(building)]
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *command],
        cwd=REPO,
        env=bench_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        for leftover in CACHE.glob(f"{building.name}*"):
            leftover.unlink()
        raise RuntimeError(f"htx demo failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    # Fold the write-ahead log into the file so that the one file is the whole database.
    with closing(sqlite3.connect(building)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    os.replace(building, path)
    sys.stderr.write(f"{time.perf_counter() - started:.1f} s\n")
    return path


def national_db(seed: int = 1) -> Path:
    """30,000 cooperatives, 150,000 indicator rows, 700 offices, 2,000 tasks, 20,000 reports."""
    return demo_db("national", seed)


def province_db(seed: int = 1) -> Path:
    """Quảng Bình: 1,000 cooperatives, 20 offices."""
    return demo_db("province", seed)


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (for a benchmark that writes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def scratch_dir(prefix: str = "run-") -> Path:
    """A fresh temporary folder under the cache (the caller removes it)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=CACHE))


# --- timing --------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timings(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    """Seconds taken by each of `repeats` calls of fn, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def median_time(fn: Callable[[], object], repeats: int, warmup: int = 1) -> float:
    return median(timings(fn, repeats, warmup))


# --- memory --------------------------------------------------------------------------------


def peak_rss_mb() -> float | None:
    """This process's peak resident memory so far, in MiB (None where it cannot be read)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- child processes -----------------------------------------------------------------------

# Prepended to a child's code: at exit it writes its own peak resident memory to stderr.
# Read inside the child because the kernel's figure seen by the parent (wait4's ru_maxrss) is
# not the child's alone: Linux carries the parent's high-water mark over fork and exec, so a
# child of a large benchmark process would report the parent's size.
_PEAK_MARK = "[bench-peak-kb]"
_PEAK_PRELUDE = f"""
import atexit as _bench_atexit
def _bench_peak():
    import sys
    kb = None
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    kb = int(line.split()[1])
    except OSError:
        pass
    if kb is not None:
        sys.stderr.write("\\n{_PEAK_MARK} %d\\n" % kb)
        sys.stderr.flush()
_bench_atexit.register(_bench_peak)
"""


def python_command(
    *, code: str | None = None, module: str | None = None, args: Sequence[str] = ()
) -> list[str]:
    """`python -c CODE` or the equivalent of `python -m MODULE ARGS`, reporting its peak memory
    (Linux; elsewhere the peak is None)."""
    if (code is None) == (module is None):
        raise ValueError("give code or module")
    if module is not None:
        code = (
            "import runpy, sys\n"
            f"sys.argv = [{module!r}, *{list(args)!r}]\n"
            f"runpy.run_module({module!r}, run_name='__main__', alter_sys=True)\n"
        )
        args = ()
    return [sys.executable, "-c", _PEAK_PRELUDE + (code or ""), *args]


@dataclass
class ProcessRun:
    seconds: float  # wall time from start to exit
    peak_mb: float | None  # the child's own peak resident memory (MiB), if it reported it
    returncode: int
    stdout: str
    stderr: str

    def check(self, what: str) -> ProcessRun:
        if self.returncode != 0:
            raise RuntimeError(f"{what} exited with {self.returncode}: {self.stderr[-2000:]}")
        return self


def run_process(
    args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300
) -> ProcessRun:
    """Run a child to completion and time it. A child still running after `timeout` is
    killed (returncode -9 on POSIX)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env, cwd=REPO)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            proc.wait()
            seconds = time.perf_counter() - started
        finally:
            timer.cancel()
        out.seek(0)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        peak = None
        for line in stderr.splitlines():
            if line.startswith(_PEAK_MARK):
                peak = int(line.split()[1]) / 1024
        return ProcessRun(
            seconds, peak, proc.returncode, out.read().decode("utf-8", "replace"), stderr
        )
