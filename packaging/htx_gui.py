"""Entry point of the frozen window program (HTXDesktop.exe): `htx gui` with its arguments."""

import os
import sys

# A windowed Windows program has no console: sys.stdout and sys.stderr are None, and anything
# that writes to them (an error message, a warning) would raise instead.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from desktop.cli import gui_main  # noqa: E402

raise SystemExit(gui_main())
