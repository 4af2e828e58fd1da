"""`python -m desktop` does what `htx` does."""

from desktop.cli import main

raise SystemExit(main())
