"""Rows of a long list held compactly: one small object per row, read and written by field
name like a dict.

A dict of the cooperative table's 18 fields takes 464 bytes before its values; thirty
thousand of them were a third of the window's memory for the list. A row here keeps its
values in slots (about 170 bytes) and answers as a mapping (`row["name"]`, `row.get`,
`dict(row)`, equality with a dict), so code written for dicts reads it unchanged. Deleting a
field (`pop`, `del`) leaves it out, as with a dict; no field can be added.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import deque
from collections.abc import Iterator, MutableMapping, Sequence
from typing import Any


class CompactRow(MutableMapping[str, Any]):
    """The mapping side of a row type made by `row_type` (its fields are its slots)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _names: frozenset[str] = frozenset()

    def __getitem__(self, name: str) -> Any:
        if name not in self._names:
            raise KeyError(name)
        try:
            return getattr(self, name)
        except AttributeError:  # deleted
            raise KeyError(name) from None

    def __setitem__(self, name: str, value: Any) -> None:
        if name not in self._names:
            raise KeyError(f"{name} is not a field of this row")
        setattr(self, name, value)

    def __delitem__(self, name: str) -> None:
        if name not in self._names:
            raise KeyError(name)
        try:
            delattr(self, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._fields if hasattr(self, name))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return repr(dict(self))


_TAKEN = frozenset(dir(CompactRow))


@functools.cache
def row_type(fields: tuple[str, ...]) -> type[CompactRow]:
    """A row class with these fields, made with them in order as positional arguments
    (`RowType(*values)`)."""
    clash = _TAKEN.intersection(fields)
    if clash:
        raise ValueError(f"field names taken by the mapping's methods: {sorted(clash)}")
    made: type[CompactRow] = dataclasses.make_dataclass(
        "TableRow", fields, bases=(CompactRow,), slots=True, eq=False, repr=False
    )
    made._fields = fields
    made._names = frozenset(fields)
    return made


def drop_field(rows: Sequence[MutableMapping[str, Any]], name: str) -> None:
    """`row.pop(name, None)` for every row; rows of one compact type at once (a Python call
    per row took 26 ms for 30,000 rows, on the window's thread)."""
    kind = type(rows[0]) if rows else None
    if (
        kind is not None
        and issubclass(kind, CompactRow)
        and name in kind._names
        and all(type(row) is kind for row in rows)
    ):
        try:
            deque(map(getattr(kind, name).__delete__, rows), maxlen=0)
            return
        except AttributeError:  # some rows had it deleted already: one at a time
            pass
    for row in rows:
        row.pop(name, None)
