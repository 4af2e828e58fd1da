"""HTX Desktop: cooperative registry and task progress for offices that work offline."""

__version__ = "0.1.0"
