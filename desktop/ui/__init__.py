"""The window: PySide6 views over `desktop.core`. No SQL and no business rules live here."""
