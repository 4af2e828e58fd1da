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
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from typing import Any

from desktop.core.column_rows import ColumnRows


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

    def get(self, name: str, default: Any = None) -> Any:
        """`row[name]`, or `default` where the row has no such field (one call, where the
        mapping's own `get` took three)."""
        if name not in self._names:
            return default
        return getattr(self, name, default)

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
_PACKED_PREFIX = "_utf8_"


@functools.cache
def row_type(fields: tuple[str, ...], packed: frozenset[str] = frozenset()) -> type[CompactRow]:
    """A row class with these fields, made with them in order as positional arguments
    (`RowType(*values)`). The `packed` fields keep their texts as UTF-8 (see the module's
    documentation); any value reads back as it was given."""
    clash = _TAKEN.intersection(fields)
    if clash:
        raise ValueError(f"field names taken by the mapping's methods: {sorted(clash)}")
    unknown = packed.difference(fields)
    if unknown:
        raise ValueError(f"packed fields that are not fields: {sorted(unknown)}")
    slots = [_PACKED_PREFIX + name if name in packed else name for name in fields]
    made: type[CompactRow] = dataclasses.make_dataclass(
        "TableRow", slots, bases=(CompactRow,), slots=True, eq=False, repr=False
    )
    made._fields = fields
    made._names = frozenset(fields)
    if packed:
        for name in packed:
            setattr(made, name, _packed_field(getattr(made, _PACKED_PREFIX + name)))
        positions = [n for n, name in enumerate(fields) if name in packed]
        plain_init = made.__init__

        def __init__(self: CompactRow, *values: Any) -> None:
            given = list(values)
            for n in positions:
                given[n] = _pack(given[n])
            plain_init(self, *given)

        setattr(made, "__init__", __init__)  # noqa: B010 (mypy refuses `made.__init__ =`)
    return made


def _pack(value: Any) -> Any:
    """What a packed slot holds for a value: a text as UTF-8 bytes, and a value that would
    read back otherwise (bytes, a tuple) in a tuple of its own."""
    if value.__class__ is str:
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, bytes | tuple):
        return (value,)
    return value


def _packed_field(slot: Any) -> property:
    """The field read, written and deleted through the slot that holds it packed."""
    read, write, delete = slot.__get__, slot.__set__, slot.__delete__

    def get(row: CompactRow) -> Any:  # `_pack` undone (read for thousands of rows)
        held = read(row)
        if held.__class__ is bytes:
            return held.decode("utf-8", "surrogatepass")
        return held[0] if held.__class__ is tuple else held

    return property(get, lambda row, value: write(row, _pack(value)), delete)


def drop_field(rows: Sequence[Mapping[str, Any]], name: str) -> None:
    """`row.pop(name, None)` for every row; rows of one compact type at once (a Python call
    per row took 26 ms for 30,000 rows, on the window's thread), and the rows of a
    `ColumnRows` by letting its column go."""
    if isinstance(rows, ColumnRows):
        rows.drop(name)
        return
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
        assert isinstance(row, MutableMapping)
        row.pop(name, None)
