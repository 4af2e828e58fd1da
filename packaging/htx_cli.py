"""Entry point of the frozen command-line program (htx.exe), same as `python -m desktop`."""

from desktop.cli import main

raise SystemExit(main())
