"""The search as first written (desktop/core/search.py before it was made quick): one
Python loop per row for every step. Kept as the reference that the quick search must equal
row for row (tests/core/test_search_quick.py); only the matching and ranking are here, the
parts both share (parsing, places, the key layout) come from desktop.core.search."""

from __future__ import annotations

from itertools import compress, product

from desktop.core import search
from desktop.core.search import Query, Ranked, Unit


class PlainSearch(search.SearchIndex):
    def matching(self, query: Query, candidates: list[int], *, known: int = 0) -> list[int]:
        """The candidates (in their order) where every unit begins a word of the key; the
        first `known` units are known to match every candidate already."""
        keys = self.keys
        for unit in query.units[known:]:
            alternatives = [" " + a for a in unit.alternatives]
            if len(alternatives) == 1:
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
        units = query.units
        if not units or not matched:
            return Ranked(list(matched), len(matched), {})
        names, keys = self.names, self.keys
        phrases = [" " + " ".join(combo) for combo in product(*(u.alternatives for u in units))]
        # 0: the whole phrase in the name.
        hit = _any_in(phrases, names, matched)
        rank0 = list(compress(matched, hit))
        rest = [i for i, h in zip(matched, hit, strict=True) if not h]
        # Places named by several words must be found as such.
        places = [" " + run for run in self._place_runs(query.words)]
        if places and rest:
            whole = [True] * len(rest)
            for place in places:
                whole = [w and place in keys[i] for w, i in zip(whole, rest, strict=True)]
            weak = [i for i, w in zip(rest, whole, strict=True) if not w]
            rest = list(compress(rest, whole))
        else:
            weak = []
        # 1: every unit in the name (for one unit, that is rank 0).
        if len(units) > 1:
            hit = [True] * len(rest)
            for unit in units:
                found = _any_in([" " + a for a in unit.alternatives], names, rest)
                hit = [a and b for a, b in zip(hit, found, strict=True)]
            rank1 = list(compress(rest, hit))
            rest = [i for i, h in zip(rest, hit, strict=True) if not h]
        else:
            rank1 = []
        # 2: covered by runs: any run in the name, runs of two or more anywhere.
        strong = set(rest) if len(units) == 1 else self._covered(units, rest)
        rank2 = [i for i in rest if i in strong]
        if weak:
            weak_set = set(weak)
            weak_set.update(i for i in rest if i not in strong)
            rank3 = [i for i in matched if i in weak_set]  # back in the table's order
        else:
            rank3 = [i for i in rest if i not in strong]
        good = rank0 + rank1 + rank2
        if places and good:
            area = self.areas
            inside = [True] * len(good)
            for place in places:
                inside = [w and place in area[i] for w, i in zip(inside, good, strict=True)]
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
                good = within + [i for i, w in zip(good, inside, strict=True) if not w]
        if query.marked:
            good = self._by_diacritics(query.marked, good)
            rank3 = self._by_diacritics(query.marked, rank3)
        return Ranked(good + rank3, len(good), dict.fromkeys(rank3, 3))

    def _covered(self, units: tuple[Unit, ...], rows: list[int]) -> set[int]:
        """Rows whose key holds the units as consecutive runs, in any order of runs: a run
        of one unit must be in the name, longer runs may be in any field."""
        n = len(units)
        names, keys = self.names, self.keys

        def phrases(start: int, end: int) -> list[str]:
            combos = product(*(u.alternatives for u in units[start:end]))
            return [" " + " ".join(combo) for combo in combos]

        reach: list[set[int]] = [set() for _ in range(n + 1)]
        reach[0] = set(rows)
        for start in range(n):
            if not reach[start]:
                continue
            base = sorted(reach[start])
            hit = _any_in(phrases(start, start + 1), names, base)
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
        exact_key = self._exact_key
        texts = [exact_key(i) for i in rows]
        scores = [0] * len(rows)
        for word in marked:
            exact = " " + word
            hit = [exact in text for text in texts]
            scores = [s + 2 if h else s for s, h in zip(scores, hit, strict=True)]
            whole = (exact + " ", exact + ",")
            scores = [
                s + 1 if h and (whole[0] in text or whole[1] in text or text.endswith(exact)) else s
                for s, h, text in zip(scores, hit, texts, strict=True)
            ]
            if "đ" in word:
                table = search._keep_d_table()
                keep_d = " " + word.translate(table)
                for n in range(len(rows)):
                    if not hit[n] and keep_d in texts[n].translate(table):
                        scores[n] += 1
        if not any(scores):
            return rows
        order = sorted(range(len(rows)), key=lambda n: -scores[n])
        return [rows[n] for n in order]


def _any_in(phrases: list[str], texts: list[str], rows: list[int]) -> list[bool]:
    """For each row, whether any phrase is in its text."""
    first, *others = phrases
    hit = [first in texts[i] for i in rows]
    for other in others:
        hit = [h or other in texts[i] for h, i in zip(hit, rows, strict=True)]
    return hit


def plain_keep_d_table() -> dict[int, str]:
    """The keep-đ table made the first way: every character folded."""
    table = {}
    for code in range(0xC0, 0x1F00):
        ch = chr(code)
        if ch == "đ" or ch.lower() != ch:
            continue
        base = search.fold(ch)
        if len(base) == 1 and base.isascii() and base != ch:
            table[code] = base
    return table
