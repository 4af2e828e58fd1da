"""Everything that is not a window. Nothing below this package imports PySide6."""
