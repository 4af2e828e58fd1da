"""A long list's rows held column by column: one compact block per field, a row made only
when it is read.

Thirty thousand compact rows (desktop.core.compact_rows) still took 11 MB nationally: a
170-byte object per row, a Python string per id, code and name. Here a field's values are
one block for every row: texts as one UTF-8 buffer with an offsets array, ids as 16 bytes
each, numbers in an array, and the values many rows share (codes, dates, years) as a small
table with an index per row. `rows[i]` is a read-only mapping of field name to value (a
view, made when asked: the table reads a few dozen rows at a time), equal to the dict of the
same row, so code written for dicts reads it unchanged; `column` gives a whole field at once
for the readers of every row (sorting, filtering). A field can be let go for every row at
once (`drop`), as deleting it from each dict did.

Any value reads back as it was given: a field whose values do not fit its compact form (an
id that is not a UUID in its usual spelling, a number that is not an int) is held as a plain
list instead.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, overload

Kind = Literal["text", "uuid", "int", "shared"]


class _Unfit(Exception):
    """A value the column's compact form cannot give back as it was."""


class _Objects:
    """The values as they are (for a field whose values fit no compact form)."""

    def __init__(self, values: Iterable[Any] = ()) -> None:
        self.values = list(values)
        self.get = self.values.__getitem__

    def extend(self, values: Sequence[Any]) -> None:
        self.values.extend(values)

    def finish(self) -> None:
        pass

    def parts(self) -> tuple[Any, ...]:
        return (self.values,)


class _Texts:
    """Texts (or None) as one UTF-8 buffer: row i is bytes offsets[i]:offsets[i + 1]. Where
    every text is ASCII (codes, search keys), the buffer becomes one str of the same size:
    a row's text is then a slice of it, with nothing to decode."""

    def __init__(self) -> None:
        self.data: bytearray | str = bytearray()
        self.offsets = array("I", [0])
        self.nones: set[int] = set()

    def extend(self, values: Sequence[Any]) -> None:
        data, offsets = self.data, self.offsets
        assert isinstance(data, bytearray)  # (until `finish`)
        for value in values:
            if value.__class__ is str:
                data += value.encode("utf-8", "surrogatepass")
            elif value is None:
                self.nones.add(len(offsets) - 1)
            else:
                raise _Unfit
            offsets.append(len(data))
        if len(data) >= 1 << 32:
            raise _Unfit

    def finish(self) -> None:
        # (The bytearray is kept as it is otherwise: its room to grow is at most an eighth,
        # never written, so not resident.)
        if isinstance(self.data, bytearray) and self.data.isascii():
            self.data = self.data.decode("ascii")

    def reader(self) -> Callable[[int], str | None]:
        """`get`, or without its test where no row is None (the search reads every key)."""
        if self.nones:
            return self.get
        return self._slice if isinstance(self.data, str) else self._decoded

    def get(self, i: int) -> str | None:
        if i in self.nones:
            return None
        return self._slice(i) if isinstance(self.data, str) else self._decoded(i)

    def _decoded(self, i: int) -> str:
        offsets = self.offsets
        text = self.data[offsets[i] : offsets[i + 1]]
        return text.decode("utf-8", "surrogatepass")  # type: ignore[union-attr]

    def _slice(self, i: int) -> str:
        offsets = self.offsets
        return self.data[offsets[i] : offsets[i + 1]]  # type: ignore[return-value]

    def parts(self) -> tuple[Any, ...]:
        return (self.data, self.offsets, self.nones)


_DASHES = (8, 13, 18, 23)
_HEX = frozenset("0123456789abcdef")


def _packed_uuid(value: Any) -> bytes | None:
    """The 16 bytes of an id spelt as `_Uuids.get` spells it back, else None."""
    if value.__class__ is not str or len(value) != 36:
        return None
    if any(value[n] != "-" for n in _DASHES):
        return None
    digits = value.replace("-", "")
    if len(digits) != 32 or not _HEX.issuperset(digits):
        return None
    return bytes.fromhex(digits)


class _Uuids:
    """Ids written as UUIDs in their usual spelling (36 characters, lower case), 16 bytes
    each."""

    def __init__(self) -> None:
        self.data = bytearray()  # (as `_Texts.data`)

    def extend(self, values: Sequence[Any]) -> None:
        data = self.data
        for value in values:
            packed = _packed_uuid(value)
            if packed is None:
                raise _Unfit
            data += packed

    def finish(self) -> None:
        pass

    def get(self, i: int) -> str:
        h = self.data[16 * i : 16 * i + 16].hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def find(self, value: Any) -> int:
        """The first row holding `value` (-1: none)."""
        packed = _packed_uuid(value)
        start = 0
        while packed is not None:
            at = self.data.find(packed, start)
            if at < 0:
                break
            if at % 16 == 0:
                return at // 16
            start = at + 1
        return -1

    def parts(self) -> tuple[Any, ...]:
        return (self.data,)


class _Ints:
    """Whole numbers (or None) in an array of 64-bit integers."""

    def __init__(self) -> None:
        self.data = array("q")
        self.nones: set[int] = set()

    def extend(self, values: Sequence[Any]) -> None:
        data = self.data
        for value in values:
            if value.__class__ is int:
                try:
                    data.append(value)
                except OverflowError:
                    raise _Unfit from None
            elif value is None:
                self.nones.add(len(data))
                data.append(0)
            else:
                raise _Unfit

    def finish(self) -> None:
        pass

    def get(self, i: int) -> int | None:
        return None if i in self.nones else self.data[i]

    def parts(self) -> tuple[Any, ...]:
        return (self.data, self.nones)


class _Shared:
    """Values many rows share (codes, dates, years): each kept once, a row holds its number."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self.numbers: dict[Any, int] = {}
        self.codes = array("H")

    def extend(self, values: Sequence[Any]) -> None:
        numbers, table = self.numbers, self.values
        append = self.codes.append
        for value in values:
            try:
                number = numbers.get(value)
            except TypeError:  # unhashable
                raise _Unfit from None
            if number is None:
                number = numbers[value] = len(table)
                table.append(value)
                if number == 1 << 16 and self.codes.typecode == "H":
                    self.codes = array("I", self.codes)
                    append = self.codes.append
            elif table[number].__class__ is not value.__class__:
                raise _Unfit  # equal, but reads back otherwise (True and 1, 1 and 1.0)
            append(number)

    def finish(self) -> None:
        self.numbers = {}  # only loading looks values up

    def get(self, i: int) -> Any:
        return self.values[self.codes[i]]

    def all(self) -> list[Any]:
        return list(map(self.values.__getitem__, self.codes))

    def parts(self) -> tuple[Any, ...]:
        return (self.values, self.numbers, self.codes)


_Column = _Objects | _Texts | _Uuids | _Ints | _Shared
_KINDS: dict[str, Callable[[], _Column]] = {
    "text": _Texts,
    "uuid": _Uuids,
    "int": _Ints,
    "shared": _Shared,
}


class ColumnRow(Mapping[str, Any]):
    """One row of a `ColumnRows`, read through: a mapping of field name to value."""

    __slots__ = ("_getters", "_i")

    def __init__(self, getters: dict[str, Callable[[int], Any]], i: int) -> None:
        self._getters = getters
        self._i = i

    def __getitem__(self, name: str) -> Any:
        return self._getters[name](self._i)

    def get(self, name: str, default: Any = None) -> Any:
        getter = self._getters.get(name)
        return default if getter is None else getter(self._i)

    def __contains__(self, name: object) -> bool:
        return name in self._getters

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._getters))

    def __len__(self) -> int:
        return len(self._getters)

    def __repr__(self) -> str:
        return repr(dict(self))


class ColumnRows(Sequence[ColumnRow]):
    """Rows with the fields `names`, held by column; made by `extend`ing it with batches of
    rows (value tuples in the order of `names`), then `finish`."""

    def __init__(self, names: Sequence[str], kinds: Mapping[str, Kind]) -> None:
        unknown = set(kinds).difference(names)
        if unknown:
            raise ValueError(f"kinds of fields that are not fields: {sorted(unknown)}")
        self._columns: dict[str, _Column] = {
            name: _KINDS[kinds.get(name, "shared")]() for name in names
        }
        self._getters: dict[str, Callable[[int], Any]] = {}
        self._count = 0

    def extend(self, rows: Sequence[Sequence[Any]]) -> None:
        """Adds a batch of rows (each as many values as there are fields, in their order)."""
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        if len(columns) != len(self._columns):
            raise ValueError(f"rows of {len(columns)} values for {len(self._columns)} fields")
        for (name, column), values in zip(list(self._columns.items()), columns, strict=True):
            try:
                column.extend(values)
            except _Unfit:
                # The rows so far (of this batch too, some perhaps held already) as they were.
                kept = [column.get(i) for i in range(self._count)]
                self._columns[name] = _Objects([*kept, *values])
        self._count += len(rows)

    def finish(self) -> ColumnRows:
        """Done adding rows (the blocks are trimmed to their size); returns the rows."""
        for column in self._columns.values():
            column.finish()
        self._getters = {
            name: column.reader() if isinstance(column, _Texts) else column.get
            for name, column in self._columns.items()
        }
        return self

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> ColumnRow: ...

    @overload
    def __getitem__(self, i: slice) -> list[ColumnRow]: ...

    def __getitem__(self, i: int | slice) -> ColumnRow | list[ColumnRow]:
        if type(i) is int and 0 <= i < self._count:  # (most asked: first)
            return ColumnRow(self._getters, i)
        if isinstance(i, slice):
            return [ColumnRow(self._getters, n) for n in range(*i.indices(self._count))]
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError("row index out of range")
        return ColumnRow(self._getters, i)

    def __iter__(self) -> Iterator[ColumnRow]:
        getters = self._getters
        return (ColumnRow(getters, i) for i in range(self._count))

    def names(self) -> list[str]:
        """The fields the rows have (those not let go)."""
        return list(self._getters)

    def column(self, name: str) -> list[Any]:
        """Every row's value of the field `name`, in the rows' order (KeyError: no such
        field)."""
        column = self._columns[name]
        if isinstance(column, _Shared):
            return column.all()
        if isinstance(column, _Objects):
            return list(column.values)
        return list(map(column.get, range(self._count)))

    def reader(self, name: str) -> Callable[[int], Any]:
        """The value of the field `name` of the row i, as `reader(name)(i)` (KeyError: no
        such field): for a reader of every row, without a mapping made for each."""
        return self._getters[name]

    def values_at(self, name: str, positions: Iterable[int]) -> list[Any]:
        """The value of the field `name` of each of these rows."""
        return list(map(self._columns[name].get, positions))

    def find(self, name: str, value: Any) -> int:
        """The first row whose field `name` is `value` (-1: none)."""
        column = self._columns[name]
        if isinstance(column, _Uuids):
            return column.find(value)
        get = column.get
        return next((i for i in range(self._count) if get(i) == value), -1)

    def drop(self, name: str) -> None:
        """Lets the field `name` go from every row (nothing if there is no such field)."""
        self._columns.pop(name, None)
        self._getters.pop(name, None)

    def parts(self) -> list[Any]:
        """The objects that hold the rows' values (to weigh them)."""
        return [part for column in self._columns.values() for part in column.parts()]


def column_of(rows: Sequence[Mapping[str, Any]], name: str) -> Sequence[Any]:
    """`[row[name] for row in rows]`; for a `ColumnRows`, read off its block for `name`."""
    if isinstance(rows, ColumnRows):
        return rows.column(name)
    return [row[name] for row in rows]


def values_at(rows: Sequence[Mapping[str, Any]], name: str, positions: Iterable[int]) -> list[Any]:
    """`[rows[i][name] for i in positions]`, read off the block for `name` of a `ColumnRows`."""
    if isinstance(rows, ColumnRows):
        return rows.values_at(name, positions)
    return [rows[i][name] for i in positions]


def reader_of(rows: Sequence[Mapping[str, Any]], name: str) -> Callable[[int], Any]:
    """`lambda i: rows[i][name]`; for a `ColumnRows`, its own reader of the field."""
    if isinstance(rows, ColumnRows):
        return rows.reader(name)
    return lambda i: rows[i][name]
