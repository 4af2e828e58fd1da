"""Running `htx` in this process: the same entry point as the console script, without the
second or so a new interpreter costs. Tests that need a process boundary (killing it, running
several at once) still start one."""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout

from desktop.cli import main


@contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    if env is None:
        yield
        return
    saved = os.environ.copy()
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_htx(*args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`htx ARGS`: exit code, stdout and stderr, as `subprocess.run` would report them."""
    out, err = io.StringIO(), io.StringIO()
    with _environment(env), redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())
