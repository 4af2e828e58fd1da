"""The rules an incoming record is held to: exactly those of the form and the Excel import.

A signed package from an enrolled office is authentic, not necessarily right: a modified
program, a damaged disk or a careless script can put an empty name, an unknown status, a date
far in the future or parts larger than the whole into it. Each record the province receives
from an office is checked with the registry's own cleaning functions (one set of rules), and
refused with the reason when the sender's own new values break them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection

from desktop.core import registry
from desktop.core.errors import KnownError, ValidationError
from desktop.core.settings import Identity

Problems = dict[str, str]  # field -> message


@dataclass
class RecordRules:
    """Checks records of one import (the lookups are built once)."""

    conn: Connection
    identity: Identity
    _cleaner: registry.CoopCleaner | None = field(default=None, init=False)

    def problems(self, table: str, values: Mapping[str, Any]) -> Problems:
        """{field: message} of what breaks the form's rules (empty: the record is fine)."""
        if table == "cooperative":
            return self._cooperative(values)
        if table == "indicator":
            return self._indicator(values)
        if table == "progress_report":
            return self._report(values)
        return {}

    def still_hold(self, conn: Connection) -> bool:
        """Whether what these rules read besides the records checked (the sectors, today's
        date) is still the same on `conn`, so that a check made with them finds the same
        now. Not a progress report's: it reads the report's assignment, checked again."""
        cleaner = self._cleaner
        return cleaner is None or (
            cleaner.today == date.today() and cleaner.sectors == registry.sectors(conn)
        )

    def _cooperative(self, values: Mapping[str, Any]) -> Problems:
        if self._cleaner is None:
            self._cleaner = registry.CoopCleaner(self.conn, self.identity)
        raw = {name: values.get(name) for name in registry.COOP_FIELDS}
        # Two offices may register one code before they see each other: that duplicate is
        # listed for a person, not refused, so no `clash` check here.
        _clean, errors = self._cleaner.check(raw)
        return errors

    def _indicator(self, values: Mapping[str, Any]) -> Problems:
        raw = {name: values.get(name) for name in registry.INDICATOR_FIELDS}
        try:
            registry.clean_indicator(raw, year=values.get("year"))
        except ValidationError as exc:
            return {key.rpartition(".")[2]: message for key, message in exc.errors.items()}
        return {}

    def _report(self, values: Mapping[str, Any]) -> Problems:
        from desktop.core.tasks import editing

        try:
            _assignment, task, directive = editing._assignment_context(
                self.conn, values.get("assignment_id") or ""
            )
        except KnownError:
            return {}  # a missing parent is refused on its own, with its own reason
        raw = {name: values.get(name) for name in editing.REPORT_FIELDS}
        try:
            editing.clean_report(raw, task=task, directive=directive)
        except ValidationError as exc:
            return dict(exc.errors)
        return {}
