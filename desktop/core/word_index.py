"""Which rows hold a word, or a word beginning with some letters: a sorted vocabulary with the
rows of each word, answered as row sets.

A row set is a Python int with one byte per row, 1 where the row is in the set (bytes in
little-endian order: row i is byte i). AND / OR / AND NOT of two sets are single int
operations over 30,000 bytes (microseconds, in C); a set turns into its bytes with
`int.to_bytes` and back with `int.from_bytes`, and its rows in order come from
`itertools.compress` over those bytes. (One bit per row would be eight times smaller, but
turning bits into a row list or back has no such C path: it took ten times as long.)

The vocabulary is a sorted list: the words beginning with some letters are one `bisect`
range. A word's rows are kept as a run in one flat array of row numbers (a few bytes per row
and word), and as a set of bits (one per row) for the words many rows hold ("hop", "xa",
"tinh"), whose runs would be long to go through at each look-up.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress, repeat
from operator import add, eq
from typing import TypeAlias, TypeVar, cast, overload

# A word held by this many rows or more keeps its rows as a set of bits (4 KB for 30,000
# rows) instead of a run in the flat array: over the national data, about a hundred words.
DENSE_ROWS = 1024
CACHED = 24  # beginnings looked up whose row sets are kept (30 KB each for 30,000 rows)
# A first character whose words' runs hold this many times `dense_rows` rows (counted with
# repeats) or more keeps its row set ready, as bits (see `WordIndex._initials`): below that,
# going through the runs takes no longer than unpacking the bits.
_READY_INITIAL = 4
_SPARSE = 10  # a set of fewer than one row in this many is read run by run (Numbers.rows)
# Work done between two steps of a step-wise build (see `Steps`): about a millisecond.
STEP_ROWS = 256  # rows or words gone through
_STEP_POSTINGS = 16384  # rows of runs set in a row set
_SORTED_RUN = 4096  # words sorted
_STRIP = 512  # words of a piece between two bounds of the strips merged (see `_merged`)

T = TypeVar("T")

# A build in steps: each `next` does a little of the work (a millisecond or so, no single C
# call much longer), the last one returns what was built (`StopIteration.value`). Indexes
# made beside a window are built so: on a thread, the build took the GIL from the window's
# thread for half of every page it loaded meanwhile; driven between the window's events, the
# window waits for one step at most.
Steps: TypeAlias = Generator[None, None, T]


def run_steps(steps: Steps[T]) -> T:
    """What a step-wise build makes, every step at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return cast(T, done.value)


def row_set(rows: Iterable[int], size: int) -> int:
    """The row set of the given row numbers (below `size`)."""
    mask = bytearray(size)
    for i in rows:
        mask[i] = 1
    return int.from_bytes(mask, "little")


def mask_of(rows: int, size: int) -> bytes:
    """One byte per row: 1 where the row is in the set."""
    return rows.to_bytes(size, "little")


class Numbers:
    """The row numbers 0 .. size-1 as one list, made once: picking rows out of it with
    `compress` makes no new int objects."""

    def __init__(self, size: int, given: Sequence[int] = ()) -> None:
        """`given`: the same numbers in any order, whose int objects are then shared (each
        number past 256 is an object of its own: 30,000 of them take a megabyte)."""
        self.size = size
        numbers = sorted(given)  # quick: a table's order is mostly ascending runs
        if len(numbers) != size or not all(map(eq, numbers, range(size))):
            numbers = list(range(size))
        self.all: list[int] = numbers

    def rows(self, rows: int) -> list[int]:
        """The rows of a set, in ascending order."""
        if not rows:
            return []
        mask = rows.to_bytes(self.size, "little")
        if rows.bit_count() * _SPARSE > self.size:
            return list(compress(self.all, mask))
        # Few rows: from the lengths of the runs of zeros between them, without a pass
        # over every row (row k is the sum of the runs before it, plus k).
        gaps = mask.split(b"\x01")
        found = list(accumulate(map(add, map(len, gaps), repeat(1, len(gaps) - 1)), initial=-1))
        del found[0]
        return found


# The rows of a word while an index is made: a row number, or an array of them.
Postings: TypeAlias = "int | array[int]"

_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FROM_DIGITS = bytes.maketrans(b"01", b"\x00\x01")


def _packed(rows: int) -> int:
    """A row set with one bit per row (bit i = row i): eight times smaller, and ORs of
    them are quicker still; `_unpacked` turns one back (in C, a tenth of a millisecond for
    30,000 rows)."""
    digits = rows.to_bytes((rows.bit_length() + 7) // 8 or 1, "little").translate(_TO_DIGITS)
    return int(digits[::-1], 2)


def _unpacked(packed: int) -> int:
    return int.from_bytes(bin(packed)[:1:-1].encode().translate(_FROM_DIGITS), "little")


class Vocabulary(Sequence[str]):
    """Sorted words held as one text and where each begins: over the national data, 30,000
    registration codes as separate strings took 1.8 MB, as one text 0.4 MB. `bisect` reads
    it as a list."""

    def __init__(self, words: list[str]) -> None:
        self._text = "".join(words)
        self._starts = array("i", accumulate(map(len, words), initial=0))

    @classmethod
    def joined(cls, parts: list[str], lengths: Iterable[int]) -> Vocabulary:
        """The vocabulary of the words of `lengths`, one after the other in `parts`."""
        vocabulary = cls([])
        vocabulary._text = "".join(parts)
        vocabulary._starts = array("i", accumulate(lengths, initial=0))
        return vocabulary

    def between(self, lo: int, hi: int) -> Iterator[str]:
        """The words lo .. hi-1 (quicker than a slice, which takes them one by one)."""
        text, starts = self._text, self._starts
        return map(text.__getitem__, map(slice, starts[lo:hi], starts[lo + 1 : hi + 1]))

    def __iter__(self) -> Iterator[str]:
        return self.between(0, len(self))

    def __len__(self) -> int:
        return len(self._starts) - 1

    @overload
    def __getitem__(self, at: int) -> str: ...

    @overload
    def __getitem__(self, at: slice) -> list[str]: ...

    def __getitem__(self, at: int | slice) -> str | list[str]:
        if isinstance(at, slice):
            return [self[j] for j in range(*at.indices(len(self)))]
        if at < 0:
            at += len(self)
        if not 0 <= at < len(self):
            raise IndexError(at)
        return self._text[self._starts[at] : self._starts[at + 1]]


class Piece:
    """Some of the words of an index with their rows, sorted, the words held as one text
    (`Vocabulary`): an index gathered a piece of the rows at a time holds only the piece
    being gathered as separate strs and their dict (nationally 30,000 registration codes:
    1.7 MB of strs and 0.9 MB of dict, held all at once while the index was made)."""

    def __init__(self, postings: Mapping[str, Postings]) -> None:
        words = sorted(w for w in postings if w)
        self.rows = [postings[w] for w in words]
        self.words = Vocabulary(words)

    def __len__(self) -> int:
        return len(self.rows)


# Words in order, a run at a time, with the rows of each.
_Runs: TypeAlias = "Iterable[tuple[list[str], Iterable[Postings]]]"


def _merged(pieces: list[Piece], code: str) -> _Runs:
    """The words of the pieces in order with their rows, a word of several pieces once
    (its rows piece after piece). Merged a strip of the vocabulary at a time, each strip's
    words sorted by one `list.sort` (in C: a merge word by word in Python took three times
    as long as a sort of all the words)."""
    # Strips of a few hundred words: between every _STRIP-th word of each piece.
    bounds = sorted({p.words[j] for p in pieces for j in range(_STRIP, len(p), _STRIP)})
    at = [0] * len(pieces)
    for bound in [*bounds, None]:
        strip: list[tuple[str, int, Postings]] = []
        for n, piece in enumerate(pieces):
            lo = at[n]
            hi = len(piece) if bound is None else bisect.bisect_left(piece.words, bound, lo)
            strip.extend(zip(piece.words.between(lo, hi), repeat(n), piece.rows[lo:hi]))
            at[n] = hi
        strip.sort()
        words = [w for w, _n, _rows in strip]
        if len(set(words)) == len(words):  # (most strips of registration codes)
            yield words, [rows for _w, _n, rows in strip]
            continue
        words = []
        joined: list[Postings] = []
        for word, _n, rows in strip:
            if not words or word != words[-1]:
                words.append(word)
                joined.append(rows)
                continue
            last = joined[-1]
            if isinstance(last, int):
                joined[-1] = last = array(code, (last,))
            if isinstance(rows, int):
                last.append(rows)
            else:
                last.extend(rows)
        yield words, joined


def _every(initial: str) -> bool:
    return True


class WordIndex:
    """The rows of each word of some texts, looked up by whole word or by beginning."""

    def __init__(
        self,
        size: int,
        postings: Mapping[str, Postings],
        dense_rows: int = DENSE_ROWS,
        cached: int = CACHED,
        initials: Callable[[str], bool] = _every,
    ) -> None:
        """`postings`: each word -> the rows holding it (a row may be named more than once),
        or the one row holding it.
        A word of `dense_rows` rows or more keeps them as a set of bits. The rows of the
        last `cached` beginnings looked up are kept. The first characters `initials`
        accepts keep the rows of their words ready when they have many (`_initials`)."""
        run_steps(self._filled(size, postings, dense_rows, cached, initials))

    @classmethod
    def in_steps(
        cls,
        size: int,
        postings: Mapping[str, Postings],
        dense_rows: int = DENSE_ROWS,
        cached: int = CACHED,
        initials: Callable[[str], bool] = _every,
    ) -> Steps[WordIndex]:
        """The same index as `WordIndex(...)`, built in steps (see `Steps`)."""
        index = cls.__new__(cls)
        yield from index._filled(size, postings, dense_rows, cached, initials)
        return index

    @classmethod
    def of_pieces(
        cls,
        size: int,
        pieces: list[Piece],
        dense_rows: int = DENSE_ROWS,
        cached: int = CACHED,
        initials: Callable[[str], bool] = _every,
    ) -> Steps[WordIndex]:
        """The index `in_steps` makes of the pieces' words all together (a word's rows
        piece after piece), built in steps. The pieces are let go of (emptied) meanwhile."""
        index = cls.__new__(cls)
        runs = _merged(pieces, row_code(size))
        yield from index._filling(size, runs, dense_rows, cached, initials)
        pieces.clear()
        return index

    def _filled(
        self,
        size: int,
        postings: Mapping[str, Postings],
        dense_rows: int,
        cached: int,
        initials: Callable[[str], bool],
    ) -> Steps[None]:
        words = [w for w in postings if w]
        # Sorted a run at a time, then as a whole: the sort merges the sorted runs in a
        # fraction of the time a sort of the whole list holds the GIL for.
        for start in range(0, len(words), _SORTED_RUN):
            words[start : start + _SORTED_RUN] = sorted(words[start : start + _SORTED_RUN])
            yield
        words.sort()
        yield
        runs = [(words, map(postings.__getitem__, words))]
        yield from self._filling(size, runs, dense_rows, cached, initials)

    def _filling(
        self,
        size: int,
        runs: _Runs,
        dense_rows: int,
        cached: int,
        initials: Callable[[str], bool],
    ) -> Steps[None]:
        """`runs`: the words in order, a run at a time, with their rows."""
        self.size = size
        self._cache: dict[str, int] = {}
        self.cached = cached
        parts: list[str] = []  # the vocabulary's text, a run at a time (see `Piece`)
        lengths = array("i")
        flat = array(row_code(size))
        starts = array("i", [0])
        dense_at: list[int] = []
        dense: list[int] = []
        j = 0
        for run_words, run_rows in runs:
            parts.append("".join(run_words))
            lengths.extend(map(len, run_words))
            for found in run_rows:
                rows = (found,) if isinstance(found, int) else found
                if len(rows) >= dense_rows:
                    dense_at.append(j)
                    dense.append(_packed(row_set(rows, size)))
                    yield
                else:
                    flat.extend(rows)
                    if j % STEP_ROWS == 0:
                        yield
                starts.append(len(flat))
                j += 1
        words = self.words = Vocabulary.joined(parts, lengths)
        del parts, lengths
        self._flat = flat
        self._starts = starts
        self._dense_at = dense_at
        self._dense = dense
        # The rows of the words beginning with each (accepted) first character whose words'
        # runs are long, packed as bits: a phrase typed on ("hop tac xa s", "dich vu t")
        # looks up a one-letter beginning, whose runs over 30,000 rows took 3 ms and more
        # to go through at the keystroke.
        self._initials: dict[str, int] = {}
        lo = 0
        while lo < len(words):
            initial = words[lo][0]
            # (The words that begin with it sort before the next character.)
            after = chr(ord(initial) + 1) if initial < "\U0010ffff" else None
            hi = bisect.bisect_left(words, after, lo) if after else len(words)
            begin, end = starts[lo], starts[hi]
            if end - begin >= _READY_INITIAL * dense_rows and initials(initial):
                mask = bytearray(size)
                for part in range(begin, end, _STEP_POSTINGS):
                    for i in flat[part : min(part + _STEP_POSTINGS, end)]:
                        mask[i] = 1
                    yield
                self._initials[initial] = _packed(int.from_bytes(mask, "little")) | (
                    self._dense_between(lo, hi)
                )
            lo = hi

    def _dense_between(self, lo: int, hi: int) -> int:
        """The rows of the words lo .. hi-1 kept as bits, packed (`_packed`)."""
        first = bisect.bisect_left(self._dense_at, lo)
        last = bisect.bisect_left(self._dense_at, hi, first)
        packed = 0
        for dense in self._dense[first:last]:
            packed |= dense
        return packed

    def _rows_between(self, lo: int, hi: int) -> int:
        """The rows of the words lo .. hi-1."""
        if lo >= hi:
            return 0
        mask = bytearray(self.size)
        for i in self._flat[self._starts[lo] : self._starts[hi]]:
            mask[i] = 1
        rows = int.from_bytes(mask, "little")
        packed = self._dense_between(lo, hi)
        return rows | _unpacked(packed) if packed else rows

    def prefix(self, start: str) -> int:
        """The rows holding a word that begins with `start` (not empty)."""
        cache = self._cache
        found = cache.pop(start, None)
        if found is None:
            ready = self._initials.get(start)
            if ready is not None:
                found = _unpacked(ready)
            else:
                words = self.words
                lo = bisect.bisect_left(words, start)
                size = len(start)
                hi = bisect.bisect_right(words, start, lo, key=lambda w: w[:size])
                found = self._rows_between(lo, hi)
            if len(cache) >= self.cached:
                del cache[next(iter(cache))]  # the least recently used
        cache[start] = found
        return found

    def word(self, word: str) -> int:
        """The rows holding `word` as a whole word."""
        at = bisect.bisect_left(self.words, word)
        if at < len(self.words) and self.words[at] == word:
            return self._rows_between(at, at + 1)
        return 0

    def words_from(self, start: str) -> list[str]:
        """The words that begin with `start`, sorted."""
        lo = bisect.bisect_left(self.words, start)
        size = len(start)
        hi = bisect.bisect_right(self.words, start, lo, key=lambda w: w[:size])
        return self.words[lo:hi]

    def rows_of_words(self, words: Iterable[str]) -> int:
        """The rows holding any of the given words."""
        mask = bytearray(self.size)
        flat, starts, vocabulary = self._flat, self._starts, self.words
        packed = 0
        for word in words:
            at = bisect.bisect_left(vocabulary, word)
            if at == len(vocabulary) or vocabulary[at] != word:
                continue
            for i in flat[starts[at] : starts[at + 1]]:
                mask[i] = 1
            dense = bisect.bisect_left(self._dense_at, at)
            if dense < len(self._dense_at) and self._dense_at[dense] == at:
                packed |= self._dense[dense]
        rows = int.from_bytes(mask, "little")
        return rows | _unpacked(packed) if packed else rows


def row_code(size: int) -> str:
    """The array type code that holds row numbers below `size`."""
    return "h" if size < 1 << 15 else "i"


def add_postings(
    postings: dict[str, Postings], words: Iterable[str], rows: Sequence[int], code: str
) -> None:
    """Note that each of `rows` holds each of `words`."""
    for word in words:
        found = postings.get(word)
        if found is None:
            postings[word] = array(code, rows)
        elif isinstance(found, int):
            postings[word] = array(code, (found, *rows))
        else:
            found.extend(rows)
