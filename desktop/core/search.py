"""Finding cooperatives the way people type: any word order, word beginnings, ranked results.

The stored search key of a cooperative (`cooperative_key`) keeps its fields apart:

    name | registration code | address | representative | kind words | area, province

folded (no diacritics, đ -> d, lower case) with punctuation turned into spaces, so that a
phrase can be looked up with one substring test and can never run from one field into the
next (" | " holds no letter).

A query matches when each of its words begins a word of the key. Matches are ranked:

0. the whole phrase, in order, in the name;
1. every word in the name, in any order;
2. the words found in the name, address or area as whole runs: a run outside the name must
   be two words or more ("nong nghiep le thuy": "le thuy" is the district), or the query is
   one word only;
3. everything else: words scattered one by one over unrelated fields ("dong hoi" matching
   "cộng đồng" in the name and "Tân Hội" in the area). These are the weak matches, shown
   last and not counted as found.

Words that together name a place of the data ("dong hoi", "le thuy") must be found together
for a strong match ("Tân Hội" in the area and "cộng đồng" in the name is not Đồng Hới), and
the records lying in that place come first among the strong matches: "dong hoi" is first
the cooperatives of Đồng Hới, then "... cộng đồng Hồi Ninh", whose name holds the same letters.
Where places share their folded name, the larger unit comes first (the city of Đồng Hới
before the commune of Đông Hội).

Where the person typed diacritics, the strong matches with those exact letters come first,
then those that differ only in tone marks but keep "đ", then the rest, each by rank;
otherwise by rank. The order given (the table's column sort) decides the rest.

Abbreviations offices write combine with other words both ways: "hop tac xa sen thuy" finds
"HTX Nông nghiệp Sen Thủy", and "htx sen thuy" finds "Hợp tác xã ... Sen Thủy".
"""

from __future__ import annotations

import bisect
import functools
import threading
import time
import unicodedata
from array import array
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, product, repeat
from operator import add, contains, eq
from typing import Any, cast, overload

from desktop.core.column_rows import reader_of
from desktop.core.text import fold, fold_each
from desktop.core.word_index import (
    STEP_ROWS,
    Numbers,
    Piece,
    Postings,
    Steps,
    WordIndex,
    add_postings,
    mask_of,
    row_code,
    row_set,
    run_steps,
)

SEPARATOR = " | "
AREA_SEPARATOR = " , "
# Punctuation that separates words the same way as a space ("Bà Rịa - Vũng Tàu", "Thôn 3,
# Xã Sen Thủy", "(cũ)"). The hyphen of a branch code turns into a space on both sides.
_PUNCTUATION = str.maketrans(dict.fromkeys(",;:()[]{}\"'“”‘’–—-/\\|", " "))

# Short forms and what they stand for (folded, fixed Vietnamese words).
EXPANSIONS: tuple[tuple[str, str], ...] = (
    ("htx", "hop tac xa"),
    ("lhhtx", "lien hiep hop tac xa"),
    ("qtdnd", "quy tin dung nhan dan"),
    ("nhhtx", "ngan hang hop tac xa"),
    ("tht", "to hop tac"),
)
_TYPE_WORDS = {short.upper(): f"{short} {long}" for short, long in EXPANSIONS}
_LONG_FORMS = [(long.split(), short) for short, long in EXPANSIONS]
_SHORT_FORMS = dict(EXPANSIONS)

# Words that say what kind of unit a name is ("Huyện Lệ Thủy"), folded.
_UNIT_WORDS = {"thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "quan", "xa",
               "phuong"}  # fmt: skip


def words_of(text: str | None) -> str:
    """Folded words of a text, single-spaced, punctuation dropped (`Bà Rịa - Vũng Tàu` ->
    `ba ria vung tau`)."""
    if not text:
        return ""
    return " ".join(fold(text).translate(_PUNCTUATION).split())


def _exact_words(text: str | None) -> str:
    """Lower-case NFC words with their diacritics, punctuation dropped."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).lower().translate(_PUNCTUATION).split())


def cooperative_key(row: Mapping[str, Any], area_name: str = "") -> str:
    """The stored search key of a cooperative (see the module's documentation).

    `area_name` is the full name of its unit ("Xã Sen Thủy, Huyện Lệ Thủy, Tỉnh Quảng Bình").
    """
    name = words_of(row.get("name"))
    kind = row.get("entity_type")
    extra = [_TYPE_WORDS[kind]] if kind in _TYPE_WORDS else []
    # Abbreviations in the name are spelt out, so that the key alone finds them.
    name_words = set(name.split())
    extra += [long for short, long in EXPANSIONS if short in name_words]
    return SEPARATOR.join(
        (
            name,
            words_of(row.get("registration_code")),
            words_of(row.get("address")),
            words_of(row.get("representative")),
            " ".join(extra),
            _area_words(area_name),
        )
    )


def words_of_each(texts: Sequence[str | None]) -> list[str]:
    """`words_of` of each text, a column at a time (text.fold_each)."""
    return fold_each(texts, _PUNCTUATION)


_SPACED_SHORT_FORMS = [(f" {short} ", long) for short, long in EXPANSIONS]


def cooperative_keys(rows: Sequence[Mapping[str, Any]], area_names: Sequence[str]) -> list[str]:
    """`cooperative_key` of each row (with the area name at the same place), worked out a
    field at a time: what an import of thousands of new records stores."""
    names = words_of_each([row.get("name") for row in rows])
    codes = words_of_each([row.get("registration_code") for row in rows])
    addresses = words_of_each([row.get("address") for row in rows])
    representatives = words_of_each([row.get("representative") for row in rows])
    keys: list[str] = []
    for row, name, code, address, representative, area_name in zip(
        rows, names, codes, addresses, representatives, area_names, strict=True
    ):
        kind = row.get("entity_type")
        extra = [_TYPE_WORDS[kind]] if kind in _TYPE_WORDS else []
        spaced = f" {name} "
        extra += [long for short, long in _SPACED_SHORT_FORMS if short in spaced]
        keys.append(
            SEPARATOR.join(
                (name, code, address, representative, " ".join(extra), _area_words(area_name))
            )
        )
    return keys


@functools.lru_cache(maxsize=4096)
def _area_words(area_name: str) -> str:
    """Units kept apart (" , "): the place names can be read back from the key. Worked out
    once per unit: a list of 20,000 cooperatives has a few hundred units."""
    return AREA_SEPARATOR.join(words_of(part) for part in area_name.split(","))


# --- queries --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One thing the query asks for: a word, or a run of words with the other form of an
    abbreviation as alternative (each alternative is looked up as " " + it)."""

    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class Query:
    text: str  # folded words as typed
    units: tuple[Unit, ...]
    marked: tuple[str, ...]  # words typed with diacritics, lower-case NFC

    @property
    def words(self) -> list[str]:
        return self.text.split()

    def narrows(self, before: Query) -> bool:
        """Whether whatever matches this query also matches `before` (one more letter or
        word typed), so that only `before`'s matches need looking at."""
        if not self.text.startswith(before.text) or len(self.units) < len(before.units):
            return False
        if not before.units:
            return True
        last = len(before.units) - 1
        if self.units[:last] != before.units[:last]:
            return False
        old, new = before.units[last].alternatives, self.units[last].alternatives
        return len(old) == len(new) and all(n.startswith(o) for o, n in zip(old, new, strict=True))

    @property
    def expanded(self) -> bool:
        return any(len(u.alternatives) > 1 for u in self.units)


def parse(text: str) -> Query:
    exact = _exact_words(text).split()
    words = [fold(w) for w in exact]
    marked = tuple(e for e, w in zip(exact, words, strict=True) if e != w)
    units: list[Unit] = []
    i = 0
    while i < len(words):
        matched = _long_form_at(words, i)
        if matched is not None:
            length, short = matched
            units.append(Unit((" ".join(words[i : i + length]), short)))
            i += length
            continue
        word = words[i]
        long = _SHORT_FORMS.get(word)
        units.append(Unit((word, long) if long else (word,)))
        i += 1
    return Query(" ".join(words), tuple(units), tuple(dict.fromkeys(marked)))


def _long_form_at(words: list[str], start: int) -> tuple[int, str] | None:
    """(length, short form) when the words from `start` spell out an abbreviation; the last
    word typed may be the beginning of the long form's last word ("hop tac x")."""
    for long_words, short in _LONG_FORMS:
        end = start + len(long_words)
        if end > len(words):
            continue
        head, last = long_words[:-1], long_words[-1]
        typed = words[start:end]
        if typed[:-1] != head:
            continue
        if typed[-1] == last or (end == len(words) and last.startswith(typed[-1])):
            return len(long_words), short
    return None


# --- the index ------------------------------------------------------------------------------

_PHRASES_KEPT = 32  # phrases of several words whose rows are kept (SearchIndex._holding)
_PLACES_KEPT = 16  # places whose rows are kept (SearchIndex._lying_in)
_PREFIXES_KEPT = 24  # word beginnings whose rows in the keys are kept
_SCORES_KEPT = 16  # words typed with diacritics whose scores are kept


@dataclass
class Ranked:
    rows: list[int]  # row numbers, best first
    strong: int  # how many of the first rows match strongly (ranks 0-2)
    ranks: dict[int, int]  # row number -> rank, for rows shown as weak (rank 3)


class _Lru(dict[Any, Any]):
    """A dict that forgets its least recently used entry past `size` (`remember`)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def recall(self, key: Any) -> Any:
        found = self.pop(key, None)
        if found is not None:
            self[key] = found
        return found

    def remember(self, key: Any, value: Any) -> Any:
        if len(self) >= self.size:
            del self[next(iter(self))]
        self[key] = value
        return value


# A phrase is looked for in the texts of the rows given one text at a time, or by a scan of
# all the texts at once when more than one row in this many is given.
_SCANNED_FROM = 8
# Rows whose key words are gathered at a time (a multiple of STEP_ROWS): nationally about
# 4,000 words, held as strs only until they are sorted into their `Piece`.
_PIECE_ROWS = 4096


class Texts(Sequence[str]):
    """A text per row held as one str, in the order of a layout of the rows, each text
    followed by a line break: 30,000 short texts as strs took 57 bytes each besides their
    letters (nationally the keys' code, address and representative 3.4 -> 2.0 MB). A
    phrase, which holds no line break, is found in all of them by one split of the str.
    (A test of each text, one by one, takes two to four times as long as in a list of
    strs.)"""

    def __init__(self, texts: Sequence[str], layout: Sequence[int], numbers: Numbers) -> None:
        """`texts`: by row; `layout`: every row number once, in the order to lay them out;
        `numbers`: the row numbers (whose ints a look-up's rows are)."""
        self._numbers = numbers
        in_layout = list(map(texts.__getitem__, layout))
        # Where the text at each place of the layout begins, and past the last one.
        self._starts = array("i", accumulate(map(add, map(len, in_layout), repeat(1)), initial=0))
        in_layout.append("")  # (a line break after the last text too)
        self._text = "\n".join(in_layout)
        del in_layout
        size = len(texts)
        # A text holding a line break itself is never scanned for (its rows would be miscounted).
        self._scanned = self._text.count("\n") == size
        self._layout: Sequence[int] | None = None
        self._at: array[int] | None = None  # row -> its place in the layout
        if not all(map(eq, layout, range(size))):
            self._layout = layout
            self._at = array("i", bytes(4 * size))
            deque(map(self._at.__setitem__, layout, range(size)), maxlen=0)

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
        if self._at is not None:
            at = self._at[at]
        return self._text[self._starts[at] : self._starts[at + 1] - 1]

    def in_layout(self, numbers: Numbers) -> Iterator[tuple[int, str]]:
        """(row, its text) for every row, in the order of the layout, the texts split off
        a few hundred at a time: a text at a time (`self[i]`) took a third of the time of
        making the word indexes. `numbers`: the row numbers (whose ints the rows are)."""
        layout = numbers.all if self._layout is None else self._layout
        starts, text, size = self._starts, self._text, len(self)
        for begin in range(0, size, STEP_ROWS):
            end = min(begin + STEP_ROWS, size)
            if self._scanned:  # (no text holds a line break)
                texts = text[starts[begin] : starts[end] - 1].split("\n")
            else:
                texts = [text[starts[j] : starts[j + 1] - 1] for j in range(begin, end)]
            yield from zip(layout[begin:end], texts, strict=True)

    def holding(self, phrase: str, rows: int) -> int:
        """The rows of the set `rows` (word_index.row_set) whose text holds `phrase`."""
        size = len(self)
        if not self._scanned or "\n" in phrase or rows.bit_count() * _SCANNED_FROM <= size:
            return row_set(self._holding_one_by_one(phrase, rows), size)
        # The text holding occurrence k is the one after as many line breaks as the pieces
        # up to piece k hold (each piece ends where an occurrence begins).
        pieces = self._text.split(phrase)
        pieces.pop()
        places = accumulate(map(str.count, pieces, repeat("\n")))
        mask = bytearray(size)
        if self._layout is None:
            deque(map(mask.__setitem__, places, repeat(1)), maxlen=0)
        else:
            found = map(self._layout.__getitem__, places)
            deque(map(mask.__setitem__, found, repeat(1)), maxlen=0)
        return rows & int.from_bytes(mask, "little")

    def _holding_one_by_one(self, phrase: str, rows: int) -> list[int]:
        find, starts, at = self._text.find, self._starts, self._at
        found = self._numbers.rows(rows)
        if at is None:
            return [i for i in found if find(phrase, starts[i], starts[i + 1] - 1) >= 0]
        return [i for i in found if find(phrase, starts[at[i]], starts[at[i] + 1] - 1) >= 0]


@dataclass
class _Words:
    """The word indexes of a SearchIndex."""

    # The words of each key's code, address and representative (the name's are in `names`:
    # a phrase is looked for in the names first, and in the keys only where these hold
    # its words).
    rest: WordIndex
    shared_rows: WordIndex  # the words of the kind words and areas, which many rows share
    names: WordIndex
    shared: WordIndex  # the words of the shared texts, by number
    shared_texts: list[str]
    # The rows of each shared text, one after the other (text n's from member_starts[n]):
    # an array each took 0.4 MB for the 3,300 areas of the national data.
    members: array[int]
    member_starts: array[int]
    first_area: int  # the number of the first area text (the kind texts come first)

    def __post_init__(self) -> None:
        self.shared_numbers = Numbers(len(self.shared_texts))


class SearchIndex:
    """Search over rows that carry `search_key` (and `name`, `address`, `representative`,
    for the diacritic-exact ordering: the last two are read only while that index is made,
    see `exact_made`). `area_name(row)` gives a row's full area name.

    Every step works on row sets (desktop.core.word_index): the words of the keys, of the
    names and of the texts with diacritics are indexed once (`prepare`, or the first
    search), a word beginning typed is one range of a sorted vocabulary, and the rows
    matching, the ranks and the diacritic scores are ANDs and ORs of such sets. Only a
    phrase of several words (whose words must follow each other) is looked up in the texts
    themselves, among the rows holding all its words, and kept for the next keystrokes."""

    def __init__(
        self,
        rows: Sequence[Mapping[str, Any]],
        area_name: Callable[[Mapping[str, Any]], str],
        order: Sequence[int] | None = None,
    ) -> None:
        """`order`: the row numbers in the order searches usually go through them (the
        table's). The texts are made in that order, so that a pass over them reads memory
        in sequence: over 30,000 keys made in another order, a pass took several times as
        long, most of it waiting for memory."""
        self._rows = rows
        self._area_name = area_name
        self._layout = list(order) if order is not None else range(len(rows))
        keys = [""] * len(rows)
        key_of = reader_of(rows, "search_key")  # (column_rows: no mapping made per row)
        for i in self._layout:
            keys[i] = " " + (key_of(i) or "")
        self.keys: Sequence[str] = keys
        # Its row numbers are the layout's own int objects, shared with the row lists below.
        self._numbers = Numbers(len(rows), self._layout)
        if self._layout == self._numbers.all:
            self._layout = self._numbers.all  # the same numbers in the same order, held once
        self._everything = int.from_bytes(b"\x01" * len(rows), "little")
        self._names: list[str] | None = None
        self._areas: list[str] | None = None
        self._places: list[str] | None = None
        self._area_rows: dict[str, array[int]] | None = None
        self._area_texts: dict[str, str] = {}  # one text per place (see `areas`)
        self._words: _Words | None = None
        # See `_splitting_keys`; let go once the word indexes are made.
        self._kind_rows: dict[str, array[int]] | None = None
        self._cut = 0  # keys cut down so far (see `_splitting_keys`)
        self._kinds: list[str] | None = None  # the kind text of each key cut (meanwhile)
        self._key_prefixes = _Lru(_PREFIXES_KEPT)
        self._exact_words: WordIndex | None = None
        self._kept_d: list[tuple[str, str]] | None = None
        self._phrases = _Lru(_PHRASES_KEPT)
        self._building = threading.RLock()  # held while a word index is made
        self._builder: Steps[None] | None = None  # the preparation under way (`_step`)
        self._closed = False
        self._places_rows = _Lru(_PLACES_KEPT)
        self._scores = _Lru(_SCORES_KEPT)

    @property
    def names(self) -> list[str]:
        """ " " + the name part of every key (made on first use: a few milliseconds)."""
        if self._names is None:
            self._names = self._in_layout(_name_of)
        return self._names

    @property
    def areas(self) -> list[str]:
        """The area part of every key, one text per place (a few thousand places for
        30,000 rows: each row's own copy took 2.5 MB)."""
        if self._areas is None:
            self._areas = self._in_layout(self._area_of)
        return self._areas

    def _area_of(self, key: str) -> str:
        text = key.rpartition(SEPARATOR)[2]
        return self._area_texts.setdefault(text, text)

    @property
    def area_rows(self) -> dict[str, array[int]]:
        """The rows of each area text (see `areas`), as arrays: lists of ints took four
        times the memory (nationally 0.5 MB, with the kinds' 0.8 MB)."""
        if self._area_rows is None:
            rows: dict[str, array[int]] = {}
            code = row_code(len(self.areas))
            for i, area in enumerate(self.areas):
                found = rows.get(area)
                if found is None:
                    rows[area] = found = array(code)
                found.append(i)
            self._area_rows = rows
        return self._area_rows

    def _in_layout(self, part: Callable[[str], str]) -> list[str]:
        """part(key) of every key, made in the order of `self._layout` (see `__init__`)."""
        return run_steps(self._in_layout_steps(part))

    def _in_layout_steps(self, part: Callable[[str], str]) -> Steps[list[str]]:
        keys = self.keys
        out = [""] * len(keys)
        for n, i in enumerate(self._layout):
            out[i] = part(keys[i])
            if n % STEP_ROWS == 0:
                yield
        return out

    def prepare(self) -> None:
        """Make what searches need ahead of the first one: a second of work for 30,000
        rows. May run on a thread of its own (it calls nothing but `area_name`); a search
        made meanwhile waits for the part it needs. Stops early once `close` was called."""
        self.prepare_some(float("inf"))

    def prepare_some(self, seconds: float) -> bool:
        """`prepare` for about `seconds`, in steps of a millisecond or so, going on from
        where the last call stopped; True once everything is made (or `close` was called).
        A window calls it between its events: the window waits for one step at most, where
        a thread of its own took the GIL from every page loaded meanwhile (twice as long)."""
        deadline = time.perf_counter() + seconds
        with self._building:
            while not self._closed:
                if not self._step():
                    return True
                if time.perf_counter() >= deadline:
                    return False
        return True

    def _step(self) -> bool:
        """One step of the preparation (under `_building`); False once it is over."""
        if self._builder is None:
            self._builder = self._preparing()
        try:
            next(self._builder)
        except StopIteration:
            return False
        except BaseException:
            self._builder = None  # started again (where it failed) at the next need
            raise
        return True

    def _prepared_until(self, made: Callable[[], object]) -> None:
        """The preparation's steps until `made()` is not None (a search needs that part)."""
        with self._building:
            while made() is None and self._step():
                pass

    def _preparing(self) -> Steps[None]:
        """The preparation in steps: each part, unless a search made it already. (It must
        not call `_word_indexes` or `_exact_index` before it made them: they drive it.)

        The index of the texts with diacritics comes first: once it is made, the rows'
        addresses and representatives are read no more and their holder may let them go
        (`exact_made`) before the rest of the index takes its memory."""
        if self._exact_words is None:
            self._exact_words = yield from self._making_exact_index()
        if self._kind_rows is None and self._words is None:
            yield from self._splitting_keys()
        if self._places is None:
            _ = self.places
            yield
        if self._words is None:
            self._words = yield from self._making_word_indexes()
            # The rows of the kinds and areas are in the word indexes now (`_Words.members`).
            self._kind_rows = None
            self._area_rows = None  # (made again if asked for)
        yield
        self._kept_d_words()

    @property
    def row_numbers(self) -> list[int]:
        """The row numbers 0 .. n-1, whose int objects the rows it finds are (an order made
        of these shares them too)."""
        return self._numbers.all

    def close(self) -> None:
        """The index is no longer needed: a `prepare` under way stops at its next step."""
        self._closed = True

    @property
    def places(self) -> list[str]:
        """The folded names of the units the rows lie in, without "Huyện", "Xã"..., of two
        words or more, sorted."""
        if self._places is None:
            names: set[str] = set()
            units = {unit for area in set(self.areas) for unit in area.split(AREA_SEPARATOR)}
            for unit in units:
                first, _, rest = unit.partition(" ")
                if first in _UNIT_WORDS:
                    place = rest
                else:
                    second, _, rest = rest.partition(" ")
                    place = rest if f"{first} {second}" in _UNIT_WORDS else unit
                if " " in place:
                    names.add(place)
            self._places = sorted(names)
        return self._places

    def _splitting_keys(self) -> Steps[None]:
        """Each key's parts apart: the names and the area texts (unless made), the rows of
        each kind text, and the keys cut down to their code, address and representative,
        the only part read from then on (`_holding`: the name and the shared texts are
        looked at apart). The whole keys go before the word indexes take their memory:
        let go after them, both were held at once (nationally 6 MB more at the
        preparation's peak). The word indexes are made from these (`Texts`)."""
        keys = self.keys
        if self._names is None or self._areas is None:
            names = yield from self._in_layout_steps(_name_of)
            areas = yield from self._in_layout_steps(self._area_of)
            if self._names is None:
                self._names = names
            if self._areas is None:
                self._areas = areas
        # Each key is cut down in its place: a list of the cut keys beside the whole ones
        # held both at once (nationally 4 MB more at the preparation's peak). `_cut` counts
        # the keys cut (in the layout's order), should a step fail and the cutting go on.
        own = cast(list[str], keys)
        if self._kinds is None:
            self._kinds = [""] * len(keys)
        kinds = self._kinds
        kind_texts: dict[str, str] = {}
        layout = self._layout
        for n in range(self._cut, len(layout)):
            i = layout[n]
            head = own[i].rpartition(SEPARATOR)[0]
            head, _, kind = head.rpartition(SEPARATOR)
            kinds[i] = kind_texts.setdefault(kind, kind)
            own[i] = " " + head.partition(SEPARATOR)[2]
            self._cut = n + 1
            if n % STEP_ROWS == 0:
                yield
        # (Rows in ascending order, the kinds in the order their first rows come.)
        kind_rows: dict[str, array[int]] = {}
        code = row_code(len(kinds))
        for i, kind in enumerate(kinds):
            found = kind_rows.get(kind)
            if found is None:
                kind_rows[kind] = found = array(code)
            found.append(i)
        self._kinds = None
        self._kind_rows = kind_rows

    def _word_indexes(self) -> _Words:
        """The words of the keys and of the names. The kind words and the area texts, which
        many rows share, are indexed as texts (numbered) and their words noted once for all
        the rows that share them."""
        if self._words is None:
            self._prepared_until(lambda: self._words)
        return cast(_Words, self._words)

    def _making_word_indexes(self) -> Steps[_Words]:
        """(After `_splitting_keys`.) Each word index is made as soon as its words are
        gathered, and those let go: gathered all at once, the four were held together."""
        if not isinstance(self.keys, Texts):
            # The keys a phrase is looked for in, as one str, before the word indexes take
            # their memory: a str each, they were held while those were made (4 MB more).
            self.keys = Texts(self.keys, self._layout, self._numbers)
            yield
        size = len(self.keys)
        in_rest: dict[str, Postings] = {}
        in_name: dict[str, Postings] = {}
        code = row_code(size)
        names = self.names
        keys = cast(Texts, self.keys)
        # The words of the keys are gathered a piece of the rows at a time (`Piece`).
        pieces: list[Piece] = []
        for n, (i, key) in enumerate(keys.in_layout(self._numbers)):
            if n % STEP_ROWS == 0:
                if n and n % _PIECE_ROWS == 0:
                    pieces.append(Piece(in_rest))
                    in_rest = {}
                yield
            for word in set(key.split()):
                found = in_rest.get(word)
                if found is None:
                    in_rest[word] = i  # one row: no array (most words of the keys are codes)
                elif isinstance(found, int):
                    in_rest[word] = array(code, (found, i))
                else:
                    found.append(i)
            for word in set(names[i].split()):
                found = in_name.get(word)
                if found is None:
                    in_name[word] = i  # one row: no array (most words of the keys are codes)
                elif isinstance(found, int):
                    in_name[word] = array(code, (found, i))
                else:
                    found.append(i)
        # (Beginnings in the keys are kept by the search, as the parts together.)
        pieces.append(Piece(in_rest))
        del in_rest
        rest = yield from WordIndex.of_pieces(size, pieces, cached=4)
        in_names = yield from WordIndex.in_steps(size, in_name)
        del in_name
        # The texts many rows share (kind words, areas) are numbered; their words give
        # their numbers, and the rows of those texts.
        shared = [*cast("dict[str, array[int]]", self._kind_rows).items(), *self.area_rows.items()]
        in_shared: dict[str, Postings] = {}
        rows_in_shared: dict[str, Postings] = {}
        shared_code = row_code(len(shared))
        for n, (text, rows) in enumerate(shared):
            words = set(text.split())
            add_postings(in_shared, words, (n,), shared_code)
            add_postings(rows_in_shared, words, rows, code)
            if n % 64 == 0:
                yield
        shared_rows = yield from WordIndex.in_steps(size, rows_in_shared, cached=4)
        del rows_in_shared
        shared_texts = yield from WordIndex.in_steps(len(shared), in_shared)
        del in_shared
        members = array(code)
        member_starts = array("i", [0])
        for _text, rows in shared:
            members.extend(rows)
            member_starts.append(len(members))
        first_area = len(shared) - len(self.area_rows)
        texts = [text for text, _rows in shared]
        del shared
        return _Words(
            rest, shared_rows, in_names, shared_texts, texts, members, member_starts, first_area
        )

    @property
    def exact_made(self) -> bool:
        """Whether the index of the texts with diacritics is made: from then on no row's
        `address` or `representative` is read (the rows may let them go)."""
        return self._exact_words is not None

    def _exact_index(self) -> WordIndex:
        """The words of the name, address, representative and area in lower case with
        diacritics (stored text is NFC already), split at spaces only: " " + a word typed
        is in a text where a word of it begins with it."""
        if self._exact_words is None:
            self._prepared_until(lambda: self._exact_words)
        return cast(WordIndex, self._exact_words)

    def _making_exact_index(self) -> Steps[WordIndex]:
        size = len(self._rows)
        code = row_code(size)
        words: dict[str, Postings] = {}
        by_area: dict[str, list[int]] = {}
        for i, row in enumerate(self._rows):
            text = (
                f"{row.get('name') or ''} | {row.get('address') or ''}"
                f" | {row.get('representative') or ''} |"
            ).lower()
            by_area.setdefault(self._area_name(row), []).append(i)
            if i % STEP_ROWS == 0:
                yield
            for word in set(text.split(" ")):
                if word.isascii():
                    continue  # (never looked up: see below)
                found = words.get(word)
                if found is None:
                    words[word] = i  # one row: no array (most words of the keys are codes)
                elif isinstance(found, int):
                    words[word] = array(code, (found, i))
                else:
                    found.append(i)
        for n, (area, rows) in enumerate(by_area.items()):
            marked = {word for word in area.lower().split(" ") if not word.isascii()}
            add_postings(words, marked, rows, code)
            if n % 64 == 0:
                yield
        # Only words typed with diacritics are looked up here, as words or beginnings
        # (`_word_levels`): not ASCII, they begin no ASCII word of the texts, which are
        # left out (nationally a fifth of the words, "|" and "2" held by most rows). A
        # one-letter one is not ASCII either: only those first characters keep rows ready.
        return (yield from WordIndex.in_steps(size, words, initials=_not_ascii))

    def _place_runs(self, words: list[str]) -> list[str]:
        """Runs of the query's words that name a place (the last word may be unfinished)."""
        places = self.places
        runs: list[str] = []
        start = 0
        while start < len(words) - 1:
            found = 0
            for end in range(len(words), start + 1, -1):
                run = " ".join(words[start:end])
                at = bisect.bisect_left(places, run)
                if at < len(places) and (
                    places[at] == run or (end == len(words) and places[at].startswith(run))
                ):
                    found = end
                    break
            if found:
                runs.append(" ".join(words[start:found]))
                start = found
            else:
                start += 1
        return runs

    def _exact_key(self, i: int) -> str:
        """ " " + name, address, representative and area in lower case with diacritics
        (stored text is NFC already): the texts `_exact_index` holds the words of (the
        search itself reads the index only)."""
        row = self._rows[i]
        return (
            f" {row.get('name') or ''} | {row.get('address') or ''}"
            f" | {row.get('representative') or ''} | {self._area_name(row)}"
        ).lower()

    # --- row sets -------------------------------------------------------------------------

    def _holding(self, text: str, in_names: bool = False) -> int:
        """The rows whose key (or name) holds " " + `text`: words typed, the last of which
        may be unfinished. A phrase of several words is looked for in the texts of the rows
        that hold all its words (and kept). In a key, the name and the area texts (which
        many rows share) are looked at apart from the rest."""
        words = self._word_indexes()
        if " " not in text:
            if in_names:
                return words.names.prefix(text)
            found = self._key_prefixes.recall(text)
            if found is None:
                in_shared = words.shared_rows.prefix(text)
                in_own = words.names.prefix(text) | words.rest.prefix(text)
                found = self._key_prefixes.remember(text, in_own | in_shared)
            return cast(int, found)
        phrases = self._phrases
        found = phrases.recall((in_names, text))
        if found is not None:
            return cast(int, found)
        *whole, last = text.split(" ")
        phrase = " " + text
        index = words.names if in_names else words.rest
        # A text holding the phrase holds every beginning of it: typing on, the phrase
        # one letter shorter was looked up at the last keystroke.
        shorter = None
        for end in range(len(text) - 1, len(text) - len(last) - 2, -1):
            shorter = phrases.get((in_names, text[:end]))
            if shorter is not None:
                break
        rows = index.prefix(last)
        if shorter is not None:
            rows &= shorter
        # Where it was, the names need no look-up of the whole words (a dense word's rows
        # take a tenth of a millisecond to unpack): the rows looked at need only include
        # those holding the phrase, which the test of the texts decides.
        if shorter is None or not in_names:
            for word in whole:
                if rows:
                    rows &= index.word(word)
        in_shared = 0
        if not in_names:
            shared = words.shared.prefix(last)
            for word in whole:
                if shared:
                    shared &= words.shared.word(word)
            texts = words.shared_texts
            found_in = [
                n
                for n in words.shared_numbers.rows(shared)
                if phrase in texts[n] or texts[n].startswith(text)
            ]
            # The rows whose name holds the phrase hold it in the key: looked for in the
            # names first (shorter texts, and the ranking asks for them anyway); the keys
            # are read only where the code, address or representative hold its words.
            # (Read wherever the name, too, held them: "hop tac xa s" read 7,000 keys.)
            in_shared = self._rows_of_shared(found_in) | self._holding(text, in_names=True)
            rows &= ~in_shared
        if in_names:
            hits = self._names_holding(phrase, rows)
        else:
            hits = cast(Texts, self.keys).holding(phrase, rows)
        return cast(int, phrases.remember((in_names, text), in_shared | hits))

    def _names_holding(self, phrase: str, rows: int) -> int:
        """The rows of the set `rows` whose name holds `phrase`. (The names, looked in at
        every keystroke, stay strs: a test of each str took half the time of a `Texts`.)"""
        names = self.names
        if rows.bit_count() * 3 > len(names) * 2:
            # Most rows ("hop t": 23,000 names of 30,000): every text tested in C took two
            # thirds of the time of a loop over those rows.
            holds = int.from_bytes(bytes(map(contains, names, repeat(phrase))), "little")
            return rows & holds
        holding = [i for i in self._numbers.rows(rows) if phrase in names[i]]
        return row_set(holding, len(names))

    def _rows_of_shared(self, numbers: list[int]) -> int:
        """The rows of the given shared texts (by number)."""
        words = self._word_indexes()
        members, starts = words.members, words.member_starts
        mask = bytearray(len(self.keys))
        for n in numbers:
            for i in members[starts[n] : starts[n + 1]]:
                mask[i] = 1
        return int.from_bytes(mask, "little")

    def _unit_rows(self, unit: Unit, in_names: bool = False) -> int:
        rows = 0
        for alternative in unit.alternatives:
            rows |= self._holding(alternative, in_names)
        return rows

    def _runs(self, units: tuple[Unit, ...]) -> list[str]:
        """The phrases the units spell, one per choice of alternatives."""
        return [" ".join(combo) for combo in product(*(u.alternatives for u in units))]

    def _any_of(self, phrases: list[str], in_names: bool = False) -> int:
        rows = 0
        for phrase in phrases:
            rows |= self._holding(phrase, in_names)
        return rows

    def _lying_in(self, place: str) -> int:
        """The rows whose area text holds `place` (" " + the place's words)."""
        found = self._places_rows.recall(place)
        if found is None:
            words = self._word_indexes()
            *whole, last = place[1:].split(" ")
            # (The kind words are shared texts too, but hold no place.)
            areas = words.shared.prefix(last)
            for word in whole:
                if areas:
                    areas &= words.shared.word(word)
            texts = words.shared_texts
            first = words.first_area
            inside = [
                n for n in words.shared_numbers.rows(areas) if n >= first and place in texts[n]
            ]
            found = self._places_rows.remember(place, self._rows_of_shared(inside))
        return cast(int, found)

    # --- searching ------------------------------------------------------------------------

    def search(self, query: Query, order: Sequence[int], within: int | None = None) -> Ranked:
        """The rows of `order` (the table's order: every row, or some) that match the query,
        best first, in `order` among equals. `within`: the row set the other filters leave
        (word_index.row_set), or None for every row of `order`."""
        size = len(self.keys)
        numbers = self._numbers
        if order == range(size) or (isinstance(order, list) and order == numbers.all):
            in_order = numbers.rows
        elif order == range(size - 1, -1, -1) or (
            isinstance(order, list) and order[:1] == [size - 1] and order == numbers.all[::-1]
        ):

            def in_order(rows: int) -> list[int]:
                found = numbers.rows(rows)
                found.reverse()
                return found
        else:
            if len(order) < size:
                subset = row_set(order, size)
                within = subset if within is None else within & subset

            def in_order(rows: int) -> list[int]:
                if not rows:
                    return []
                mask = mask_of(rows, size)
                return list(compress(order, map(mask.__getitem__, order)))

        units = query.units
        if not units:
            rows = list(order) if within is None else in_order(within)
            return Ranked(rows, len(rows), {})
        matched = self._matching(units, within)
        if not matched:
            return Ranked([], 0, {})
        good, weak = self._ranked(query, matched, in_order)
        if query.marked:
            scores = self._scored(query.marked)
            good = _by_score(good, scores, size)
            weak = _by_score(weak, scores, size)
        rows = list(chain.from_iterable(
            part if isinstance(part, list) else in_order(part) for part in good
        ))  # fmt: skip
        strong = len(rows)
        weak_rows = list(chain.from_iterable(
            part if isinstance(part, list) else in_order(part) for part in weak
        ))  # fmt: skip
        rows += weak_rows
        return Ranked(rows, strong, dict.fromkeys(weak_rows, 3))

    def _matching(self, units: tuple[Unit, ...], within: int | None) -> int:
        """The rows where every unit begins a word of the key."""
        matched = self._everything if within is None else within
        for unit in units:
            matched &= self._unit_rows(unit)
            if not matched:
                break
        return matched

    def _ranked(
        self, query: Query, matched: int, in_order: Callable[[int], list[int]]
    ) -> tuple[list[int | list[int]], list[int | list[int]]]:
        """The strong and the weak matches, each as parts in order (a part is a row set,
        shown in the table's order, or a list of rows). `in_order`: a row set's rows in the
        table's order."""
        units = query.units
        # 0: the whole phrase in the name.
        rank0 = matched & self._any_of(self._runs(units), in_names=True)
        rest = matched & ~rank0
        # Places named by several words must be found as such.
        places = [" " + run for run in self._place_runs(query.words)]
        weak = 0
        if places and rest:
            whole = rest
            for place in places:
                whole &= self._holding(place[1:])
            weak = rest & ~whole
            rest = whole
        # 1: every unit in the name (for one unit, that is rank 0).
        rank1 = 0
        if len(units) > 1 and rest:
            rank1 = rest
            for unit in units:
                rank1 &= self._unit_rows(unit, in_names=True)
                if not rank1:
                    break
            rest &= ~rank1
        # 2: covered by runs: any run in the name, runs of two or more anywhere.
        # (One unit found anywhere is a run.)
        rank2 = rest if len(units) == 1 else rest & self._covered(units, rest)
        weak |= rest & ~rank2
        good: list[int | list[int]] = [rank0, rank1, rank2]
        if places and (rank0 or rank1 or rank2):
            lying = self._everything
            for place in places:
                lying &= self._lying_in(place)
            if (rank0 | rank1 | rank2) & lying:
                # The larger unit first where two share a name (Thành phố Đồng Hới before Xã
                # Đông Hội): the full name runs from the commune up to the province.
                # A place named in full before one that only begins so ("dong ha" is Đông Hà
                # before Đông Hải).
                area = self.areas
                last = places[-1]

                def larger_first(i: int) -> tuple[bool, int]:
                    end = area[i].rfind(last) + len(last)
                    return area[i][end : end + 1] not in ("", " "), area[i].count(" ", end)

                inside = chain.from_iterable(in_order(r & lying) for r in (rank0, rank1, rank2))
                within = sorted(inside, key=larger_first)
                good = [within, *(r & ~lying for r in (rank0, rank1, rank2))]
        return good, [weak]

    def _covered(self, units: tuple[Unit, ...], rows: int) -> int:
        """Rows whose key holds the units as consecutive runs, in any order of runs: a run
        of one unit must be in the name, longer runs may be in any field."""
        n = len(units)
        reach = [0] * (n + 1)
        reach[0] = rows
        for start in range(n):
            base = reach[start]
            if not base:
                continue
            reach[start + 1] |= base & self._unit_rows(units[start], in_names=True)
            # A run found means every shorter run from the same start is found too.
            here = base
            for end in range(start + 2, n + 1):
                here &= self._any_of(self._runs(units[start:end]))
                if not here:
                    break
                reach[end] |= here
        return reach[n]

    def _scored(self, marked: tuple[str, ...]) -> list[tuple[int, int]]:
        """(score, rows) from the highest score down: each word typed with diacritics adds
        3 where a word of the text is that word, 2 where one begins with it, 1 where one
        begins with it once only đ is kept (and đ was typed)."""
        scores = {0: self._everything}
        for word in marked:
            levels = self._scores.recall(word)
            if levels is None:
                levels = self._scores.remember(word, self._word_levels(word))
            added: dict[int, int] = {}
            for score, rows in scores.items():
                rest = rows
                for level, level_rows in levels:
                    hit = rows & level_rows
                    if hit:
                        added[score + level] = added.get(score + level, 0) | hit
                        rest &= ~level_rows
                if rest:
                    added[score] = added.get(score, 0) | rest
            scores = added
        return sorted(scores.items(), reverse=True)

    def _word_levels(self, word: str) -> list[tuple[int, int]]:
        """(score, rows) of one word typed with diacritics, the rows of each score apart."""
        index = self._exact_index()
        begins = index.prefix(word)
        whole = begins & (index.word(word) | index.prefix(word + ","))
        levels = [(3, whole), (2, begins & ~whole)]
        if "đ" in word:
            table = _keep_d_table()
            kept = self._kept_d_words()
            start = word.translate(table)
            lo = bisect.bisect_left(kept, (start,))
            words = []
            for translated, exact in kept[lo:]:
                if not translated.startswith(start):
                    break
                words.append(exact)
            levels.append((1, index.rows_of_words(words) & ~begins))
        return levels

    def _kept_d_words(self) -> list[tuple[str, str]]:
        """(word with only đ kept, word) for every word of the texts with diacritics that
        holds đ: only those begin with a word typed with đ (nationally 110 of 2,100)."""
        if self._kept_d is None:
            words = self._exact_index().words
            with self._building:
                if self._kept_d is None:
                    table = _keep_d_table()
                    self._kept_d = sorted((w.translate(table), w) for w in words if "đ" in w)
        return self._kept_d


def _not_ascii(text: str) -> bool:
    return not text.isascii()


def _name_of(key: str) -> str:
    return key.partition(SEPARATOR)[0]


def _by_score(
    parts: list[int | list[int]], scores: list[tuple[int, int]], size: int
) -> list[int | list[int]]:
    """The parts' rows from the highest score down, in the parts' order within a score."""
    if len(scores) == 1:
        return parts
    out: list[int | list[int]] = []
    for _score, rows in scores:
        mask: bytes | None = None
        for part in parts:
            if isinstance(part, list):
                if mask is None:
                    mask = mask_of(rows, size)
                out.append(list(compress(part, map(mask.__getitem__, part))))
            elif part & rows:
                out.append(part & rows)
    return out


@functools.cache
def _keep_d_table() -> dict[int, str]:
    """Lower-case Latin letters with diacritics -> their base letter, except đ. (Characters
    without a Unicode decomposition fold to themselves or to nothing here: skipping them
    makes the table in a tenth of the time, on the first search that needs it.)"""
    table = {}
    for code in range(0xC0, 0x1F00):
        ch = chr(code)
        if ch == "đ" or ch.lower() != ch or not unicodedata.decomposition(ch):
            continue
        base = fold(ch)
        if len(base) == 1 and base.isascii() and base != ch:
            table[code] = base
    return table
