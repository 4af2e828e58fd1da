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
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, compress, filterfalse, product, repeat
from operator import add, is_, not_
from typing import Any, cast

from desktop.core.text import fold, fold_each

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

_UNKNOWN = 255  # a word's score for a row not yet worked out (SearchIndex._word_scores)
_SCORED_WORDS = 16  # words whose scores are kept
_PAIRS_KEPT = 24  # two-letter word beginnings kept (SearchIndex._beginning)


@dataclass
class Ranked:
    rows: list[int]  # row numbers, best first
    strong: int  # how many of the first rows match strongly (ranks 0-2)
    ranks: dict[int, int]  # row number -> rank, for rows shown as weak (rank 3)


class SearchIndex:
    """Search over rows that carry `search_key` (and `name`, `address`, `representative`,
    for the diacritic-exact ordering). `area_name(row)` gives a row's full area name."""

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
        for i in self._layout:
            keys[i] = " " + (rows[i]["search_key"] or "")
        self.keys = keys
        self._names: list[str] | None = None
        self._areas: list[str] | None = None
        self._exact: list[str | None] = [None] * len(rows)
        self._places: list[str] | None = None
        self._area_rows: dict[str, list[int]] | None = None
        # Words typed with diacritics -> per row, its score (see `_word_scores`).
        self._scored: dict[str, bytearray] = {}
        # Word beginnings of one or two letters -> per row, in the key, in the name
        # (`_beginning`), the most recently used last.
        self._beginnings: dict[str, tuple[bytes, bytes]] = {}

    @property
    def names(self) -> list[str]:
        """ " " + the name part of every key (made on first use: a few milliseconds)."""
        if self._names is None:
            self._names = self._in_layout(lambda key: key.partition(SEPARATOR)[0])
        return self._names

    @property
    def areas(self) -> list[str]:
        """The area part of every key, one text per place (a few thousand places for
        30,000 rows: each row's own copy took 2.5 MB)."""
        if self._areas is None:
            shared: dict[str, str] = {}
            keep = shared.setdefault

            def area(key: str) -> str:
                text = key.rpartition(SEPARATOR)[2]
                return keep(text, text)

            self._areas = self._in_layout(area)
        return self._areas

    @property
    def area_rows(self) -> dict[str, list[int]]:
        """The rows of each area text (see `areas`)."""
        if self._area_rows is None:
            rows: dict[str, list[int]] = {}
            for i, area in enumerate(self.areas):
                rows.setdefault(area, []).append(i)
            self._area_rows = rows
        return self._area_rows

    def _in_layout(self, part: Callable[[str], str]) -> list[str]:
        """part(key) of every key, made in the order of `self._layout` (see `__init__`)."""
        keys = self.keys
        out = [""] * len(keys)
        for i in self._layout:
            out[i] = part(keys[i])
        return out

    def prepare(self) -> None:
        """Make what the first search needs ahead of it (call when idle)."""
        _ = self.names
        _ = self.areas
        _ = self.area_rows
        _ = self.places

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

    def _beginning(self, start: str) -> tuple[bytes, bytes]:
        """Per row (by row number), whether a word of its key begins with `start` (one or
        two letters) (1 or 0), and whether a word of its name does. Worked out once per
        letter, and for the last few pairs of letters typed: the first letters match most
        rows, and looking up each of them in its key took longer than anything else those
        keystrokes do. A pair is looked for only in the rows its first letter found."""
        found = self._beginnings.pop(start, None)
        if found is None:
            word = " " + start
            if len(start) == 1:
                in_key = bytes([word in key for key in self.keys])
                in_name = bytes([word in name for name in self.names])
            else:
                first_key, first_name = self._beginning(start[0])
                keys, names = self.keys, self.names
                key_hits, name_hits = bytearray(len(keys)), bytearray(len(keys))
                for i in compress(range(len(keys)), first_key):
                    if word in keys[i]:
                        key_hits[i] = 1
                        if first_name[i] and word in names[i]:
                            name_hits[i] = 1
                in_key, in_name = bytes(key_hits), bytes(name_hits)
            found = (in_key, in_name)
            pairs = [k for k in self._beginnings if len(k) > 1]
            if len(start) > 1 and len(pairs) >= _PAIRS_KEPT:
                del self._beginnings[pairs[0]]  # the least recently used pair
        self._beginnings[start] = found
        return found

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
        (stored text is NFC already)."""
        key = self._exact[i]
        if key is None:
            row = self._rows[i]
            key = self._exact[i] = (
                f" {row.get('name') or ''} | {row.get('address') or ''}"
                f" | {row.get('representative') or ''} | {self._area_name(row)}"
            ).lower()
        return key

    # --- matching -------------------------------------------------------------------------

    def matching(self, query: Query, candidates: list[int], *, known: int = 0) -> list[int]:
        """The candidates (in their order) where every unit begins a word of the key; the
        first `known` units are known to match every candidate already."""
        keys = self.keys
        for unit in query.units[known:]:
            alternatives = [" " + a for a in unit.alternatives]
            if len(alternatives) == 1 and len(alternatives[0]) <= 3:  # one or two letters
                in_key = self._beginning(alternatives[0][1:])[0]
                candidates = list(compress(candidates, map(in_key.__getitem__, candidates)))
            elif len(alternatives) == 1:
                (word,) = alternatives
                candidates = [i for i in candidates if word in keys[i]]
            else:
                first, *others = alternatives
                hit = [first in keys[i] for i in candidates]
                for other in others:
                    hit = [h or other in keys[i] for h, i in zip(hit, candidates, strict=True)]
                candidates = list(compress(candidates, hit))
        return candidates

    def rank(self, query: Query, matched: list[int]) -> Ranked:
        """Order matched rows (given in the table's order) best first."""
        # (`hit` lists below hold True / False, or 1 / 0 where read from a letter's bytes.)
        units = query.units
        if not units or not matched:
            return Ranked(list(matched), len(matched), {})
        names, keys = self.names, self.keys
        phrases = [" " + " ".join(combo) for combo in product(*(u.alternatives for u in units))]
        # 0: the whole phrase in the name.
        hit: Sequence[int]
        if len(phrases) == 1 and len(phrases[0]) <= 3:  # one or two letters
            in_name = self._beginning(phrases[0][1:])[1]
            hit = list(map(in_name.__getitem__, matched))
        else:
            hit = _any_in(phrases, names, matched)
        rank0 = list(compress(matched, hit))
        rest = list(compress(matched, map(not_, hit)))
        # Places named by several words must be found as such.
        places = [" " + run for run in self._place_runs(query.words)]
        if places and rest:
            whole = [True] * len(rest)
            for place in places:
                whole = [w and place in keys[i] for w, i in zip(whole, rest, strict=True)]
            weak = list(compress(rest, map(not_, whole)))
            rest = list(compress(rest, whole))
        else:
            weak = []
        # 1: every unit in the name (for one unit, that is rank 0). Each unit is looked for
        # only where the ones before it were found.
        rank1: list[int] = []
        first: set[int] = set()  # the rows of `rest` with the first unit in the name
        if len(units) > 1:
            rank1 = rest
            for n, unit in enumerate(units):
                found = self._in_names([" " + a for a in unit.alternatives], rank1)
                rank1 = list(compress(rank1, found))
                if not n:
                    first = set(rank1)
                if not rank1:
                    break
            if rank1:
                first.difference_update(rank1)
                rest = list(filterfalse(set(rank1).__contains__, rest))
        # 2: covered by runs: any run in the name, runs of two or more anywhere.
        if len(units) == 1:  # one unit found anywhere is a run
            rank2, loose = rest, []
        else:
            strong = self._covered(units, rest, first)
            inside = list(map(strong.__contains__, rest))
            rank2 = list(compress(rest, inside))
            loose = list(compress(rest, map(not_, inside)))
        if weak:
            weak_set = set(weak)
            weak_set.update(loose)
            # back in the table's order
            rank3 = list(compress(matched, map(weak_set.__contains__, matched)))
        else:
            rank3 = loose
        good = rank0 + rank1 + rank2
        if places and good:
            area = self.areas
            # The rows lying in the places: each area text (a few thousand for 30,000 rows)
            # is looked at once, not each row's.
            lying: set[int] | None = None
            for place in places:
                here = self.area_rows
                rows = set(chain.from_iterable(here[a] for a in here if place in a))
                lying = rows if lying is None else lying & rows
            inside = list(map(cast(set[int], lying).__contains__, good)) if lying else []
            if any(inside):
                # The larger unit first where two share a name (Thành phố Đồng Hới before Xã
                # Đông Hội): the full name runs from the commune up to the province.
                # A place named in full before one that only begins so ("dong ha" is Đông Hà
                # before Đông Hải).
                last = places[-1]

                def larger_first(i: int) -> tuple[bool, int]:
                    end = area[i].rfind(last) + len(last)
                    return area[i][end : end + 1] not in ("", " "), area[i].count(" ", end)

                within = sorted(compress(good, inside), key=larger_first)
                good = within + list(compress(good, map(not_, inside)))
        if query.marked:
            good = self._by_diacritics(query.marked, good)
            rank3 = self._by_diacritics(query.marked, rank3)
        return Ranked(good + rank3, len(good), dict.fromkeys(rank3, 3))

    def _in_names(self, phrases: list[str], rows: list[int]) -> Sequence[int]:
        """For each row, whether any phrase is in its name (1 / 0 or True / False)."""
        if len(phrases) == 1 and len(phrases[0]) <= 3:  # one or two letters
            in_name = self._beginning(phrases[0][1:])[1]
            return list(map(in_name.__getitem__, rows))
        return _any_in(phrases, self.names, rows)

    def _covered(
        self, units: tuple[Unit, ...], rows: list[int], first: set[int] | None = None
    ) -> set[int]:
        """Rows whose key holds the units as consecutive runs, in any order of runs: a run
        of one unit must be in the name, longer runs may be in any field. `first`: the
        rows whose name holds the first unit, when known."""
        n = len(units)
        keys = self.keys

        def phrases(start: int, end: int) -> list[str]:
            combos = product(*(u.alternatives for u in units[start:end]))
            return [" " + " ".join(combo) for combo in combos]

        reach: list[set[int]] = [set() for _ in range(n + 1)]
        for start in range(n):
            # (In any order: the result is a set.)
            base = rows if not start else list(reach[start])
            if not base:
                continue
            if not start and first is not None:
                reach[1] |= first
            else:
                hit = self._in_names(phrases(start, start + 1), base)
                reach[start + 1] |= set(compress(base, hit))
            # A run found means every shorter run from the same start is found too.
            here = base
            for end in range(start + 2, n + 1):
                here = list(compress(here, _any_in(phrases(start, end), keys, here)))
                if not here:
                    break
                reach[end] |= set(here)
        return reach[n]

    def _by_diacritics(self, marked: tuple[str, ...], rows: list[int]) -> list[int]:
        """Rows whose text has the letters typed first (2 per word, 3 as a whole word), then
        those keeping đ where đ was typed (1), stable within each score."""
        if len(rows) < 2:
            return rows
        scores: list[int] | None = None
        for word in marked:
            memo = self._word_scores(word)
            found = list(map(memo.__getitem__, rows))
            if _UNKNOWN in found:
                todo = list(compress(rows, map(_UNKNOWN.__eq__, found)))
                shorter = self._shorter_scores(word)
                if shorter is not None:
                    # Where the word as typed so far scored 0, the longer word does too.
                    before = list(map(shorter.__getitem__, todo))
                    deque(map(memo.__setitem__, compress(todo, map(not_, before)),
                              repeat(0)), maxlen=0)  # fmt: skip
                    todo = list(compress(todo, before))
                for i, score in zip(todo, self._scores_of(word, todo), strict=True):
                    memo[i] = score
                found = list(map(memo.__getitem__, rows))
            scores = found if scores is None else list(map(add, scores, found))
        if scores is None or not any(scores):
            return rows
        # Highest score first; a stable sort, also when reversed.
        return [rows[n] for n in sorted(range(len(rows)), key=scores.__getitem__, reverse=True)]

    def _shorter_scores(self, word: str) -> bytearray | None:
        """The scores of the longest beginning of `word` scored before ("Đồ" for "Đồn"),
        where a row scoring 0 for it scores 0 for `word`: a row without " đồ" has no
        " đồn", and without " đo" once only đ is kept, no " đon". (Not where `word` has a
        đ and the beginning none: "ả" scored 0 where " a" is not looked for.)"""
        for end in range(len(word) - 1, 0, -1):
            shorter = word[:end]
            if shorter in self._scored and ("đ" in shorter or "đ" not in word):
                return self._scored[shorter]
        return None

    def _word_scores(self, word: str) -> bytearray:
        """Per row, the score of a word typed with diacritics, as far as worked out
        (_UNKNOWN where not yet): typing on ("Đồng" -> "Đồng Hới") scores the same word
        again over much the same rows, and that was most of such a keystroke."""
        memo = self._scored.pop(word, None)
        if memo is None:
            memo = bytearray([_UNKNOWN]) * len(self.keys)
            if len(self._scored) >= _SCORED_WORDS:
                del self._scored[next(iter(self._scored))]  # the least recently used
        self._scored[word] = memo
        return memo

    def _scores_of(self, word: str, rows: list[int]) -> list[int]:
        """The score of `word` for each row (see `_by_diacritics`)."""
        made = self._exact
        for i in compress(rows, map(is_, map(made.__getitem__, rows), repeat(None))):
            self._exact_key(i)
        texts = cast(list[str], [made[i] for i in rows])
        exact = " " + word
        hit = [exact in text for text in texts]
        scores = [2 if h else 0 for h in hit]
        whole = (exact + " ", exact + ",")
        scores = [
            s + 1 if h and (whole[0] in text or whole[1] in text or text.endswith(exact)) else s
            for s, h, text in zip(scores, hit, texts, strict=True)
        ]
        if "đ" in word and not _kept_as_typed(word):
            # " " + the word with only đ kept, looked for in the text with only đ kept,
            # without making that text: each letter may be any letter that turns into it.
            search = _keeping_d(word).search
            for n, text in enumerate(texts):
                if not hit[n] and search(text):
                    scores[n] += 1
        return scores


def _any_in(phrases: list[str], texts: list[str], rows: list[int]) -> list[bool]:
    """For each row, whether any phrase is in its text."""
    first, *others = phrases
    hit = [first in texts[i] for i in rows]
    for other in others:
        hit = [h or other in texts[i] for h, i in zip(hit, rows, strict=True)]
    return hit


@functools.cache
def _kept_as_typed(word: str) -> bool:
    """Whether keeping only đ finds nothing more than the letters as typed: so when `word`
    has no letter that taking the marks off makes ("đ" alone). The table maps one letter to
    one letter, so a row's text holds `word.translate(table)` after translating only where it
    holds it before, if none of those letters is one the table makes."""
    return word.translate(_keep_d_table()) == word and not set(word) & _kept_letters()


@functools.lru_cache(maxsize=256)
def _keeping_d(word: str) -> re.Pattern[str]:
    """A pattern found in a text where `" " + word.translate(_keep_d_table())` is in
    `text.translate(_keep_d_table())` (the table maps a letter to one letter, so a letter
    of the translated text is the letter found or any letter the table turns into it)."""
    table = _keep_d_table()
    parts = []
    for letter in " " + word.translate(table):
        becoming = [chr(code) for code, into in table.items() if into == letter]
        if ord(letter) not in table:
            becoming.append(letter)
        if len(becoming) == 1:
            parts.append(re.escape(becoming[0]))
        else:
            parts.append("[" + "".join(map(re.escape, becoming)) + "]")
    return re.compile("".join(parts))


@functools.cache
def _kept_letters() -> frozenset[str]:
    return frozenset(_keep_d_table().values())


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
