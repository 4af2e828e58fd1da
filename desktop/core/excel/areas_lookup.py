"""Administrative units named in a spreadsheet ("Xã Sen Thủy", "huyện Lệ Thủy", an address
"Thôn Đông, xã Sen Ngư, tỉnh Quảng Trị") to codes, in the office's scheme.

The most specific unit named wins: the commune named in the address (or in a commune column)
is looked up among the communes of the district and province named beside it, of the units
named in the title rows ("UBND HUYỆN LỆ THỦY"), and of the office's own area; an office
without an area looks in the whole country. When the text names a commune, the answer is that
commune or a problem: never the district or province above it. A name that fits several
units, or none, is a problem that lists the candidates (the person chooses, and the choice is
remembered); nothing is guessed.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.core import areas
from desktop.core.i18n import translate
from desktop.core.settings import Identity
from desktop.core.text import fold, nfc

_PREFIXES = re.compile(
    r"^(?:tinh|thanh pho|tp|huyen|quan|thi xa|tx|xa|phuong|thi tran|tt|dac khu)\b[ .]*"
)
# Words that open a unit's name in an address, with the levels they name.
_MARKS: dict[str, tuple[str, ...]] = {
    "tinh": ("province",),
    "thanh pho": ("district", "province"),
    "tp": ("district", "province"),
    "huyen": ("district",),
    "quan": ("district",),
    "thi xa": ("district",),
    "tx": ("district",),
    "xa": ("commune",),
    "phuong": ("commune",),
    "thi tran": ("commune",),
    "tt": ("commune",),
    "dac khu": ("commune",),
}
_MARK_RE = re.compile(
    r"(?<![a-z0-9])(thanh pho|thi tran|thi xa|dac khu|tinh|tp|huyen|quan|tx|xa|phuong|tt)"
    r"(?![a-z0-9])"
)
_NOT_UNITS = ("thon", "xom", "ap", "ban", "to", "khu pho", "khom", "so", "duong", "lang")
_LEVELS = ("province", "district", "commune")


def _key(name: str) -> str:
    key = re.sub(r"[^a-z0-9 ]+", " ", fold(name)).strip()
    key = _PREFIXES.sub("", key).strip()
    return re.sub(r"\s+", " ", key)


def _words(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


@dataclass(frozen=True)
class Mention:
    """A unit name found in text: its key, the levels it may be (all for no prefix) and the
    words as written."""

    levels: tuple[str, ...]
    key: str
    text: str = ""


def mentions(text: str) -> list[Mention]:
    """The unit names in an address or a title, in order ("Thôn 3, xã Sen Thủy, huyện Lệ
    Thủy" -> commune "sen thuy", district "le thuy"; "Thôn 3" is no unit and is dropped)."""
    original = nfc(text)
    folded = fold(original)
    if len(folded) != len(original):  # a letter folded to two: show the folded words
        original = folded
    plain = re.sub(r"[^a-z0-9]", " ", folded)  # same length: positions stay those of `text`
    out: list[Mention] = []
    for segment in re.finditer(r"[^,;]+", folded):
        base = segment.start()
        part = plain[base : segment.end()]
        if not part.strip():
            continue
        marks = [
            m
            for m in _MARK_RE.finditer(part)
            # "hợp tác xã" is no commune
            if not (m.group(1) == "xa" and part[: m.start()].rstrip().endswith("tac"))
        ]
        if not marks:
            key = " ".join(part.split())
            if not key.startswith(_NOT_UNITS) or key in ("ban", "to"):
                out.append(Mention(_LEVELS, key, original[base : segment.end()].strip(" .")))
            continue
        # Each mark opens a name that runs to the next mark (not one the name starts with).
        starts = [m for i, m in enumerate(marks) if i == 0 or m.start() > marks[i - 1].end() + 1]
        for i, m in enumerate(starts):
            end = starts[i + 1].start() if i + 1 < len(starts) else len(part)
            key = " ".join(part[m.end() : end].split())
            if key:
                written = original[base + m.start() : base + end].strip(" .-")
                out.append(Mention(_MARKS[m.group(1)], key, written))
    return out


@dataclass
class Located:
    """Where a row's text puts a cooperative: a code, or a problem with candidates."""

    code: str | None
    message: str = ""
    kind: str = ""  # which text the problem is about: "province", "district", "commune", "address"
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (code, full name)
    value: str = ""  # the name as written that the problem is about


class AreaResolver:
    """Finds units by name inside the office's own area (the whole country for an office
    without one), caching every answer."""

    def __init__(self, identity: Identity, hints: list[str] | None = None, *,
                 learned: dict[str, str] | None = None) -> None:  # fmt: skip
        self.scheme = identity.area_scheme
        # Names the person placed before (folded words of the name as written -> code).
        self.learned = learned or {}
        self.root = identity.area_code
        self._index: dict[tuple[str, str], list[areas.Unit]] = {}
        self._names: dict[str, list[str]] = {}  # level -> keys (for close matches)
        # Units inside the office's area, and those above it (lists name the province).
        if self.root:
            units = areas.lineage(self.scheme, self.root)
            pending = [self.root]
            while pending:
                children = areas.children(self.scheme, pending.pop())
                units.extend(children)
                pending.extend(u.code for u in children)
        else:
            units = list(areas._tree(self.scheme).units.values())
        for unit in units:
            key = _key(unit.name)
            if (unit.level, key) not in self._index:
                self._names.setdefault(unit.level, []).append(key)
            self._index.setdefault((unit.level, key), []).append(unit)
        self._cache: dict[tuple[Any, ...], Located] = {}
        self.context = self._context(hints or [])

    def _context(self, titles: list[str]) -> str | None:
        """The narrowest unit the title rows name ("UBND HUYỆN LỆ THỦY"), inside the
        office's area; None when they name none (or several)."""
        best: areas.Unit | None = None
        for title in titles:
            for mention in mentions(title):
                if mention.levels == _LEVELS:
                    continue  # a title's unmarked words are no unit
                found = [
                    u
                    for level in mention.levels
                    if level != "commune" or "ubnd" in _words(title)
                    for u in self._index.get((level, mention.key), [])
                ]
                if len(found) == 1 and (
                    best is None or areas.contains(self.scheme, best.code, found[0].code)
                ):
                    best = found[0]
        return best.code if best else None

    def code(self, text: Any) -> str | None:
        """A code typed in a cell (numbers lose their leading zeros: 1 may be 00001)."""
        if text is None or text == "":
            return None
        if isinstance(text, float) and text.is_integer():
            text = int(text)
        if isinstance(text, int):
            for width in (5, 3, 2):
                candidate = str(text).zfill(width)
                if areas.unit(self.scheme, candidate) is not None:
                    return candidate
            return str(text)
        return str(text).strip()

    def is_commune(self, code: str | None) -> bool:
        found = areas.unit(self.scheme, code) if code else None
        return found is not None and found.level == "commune"

    def resolve(
        self, province: str, district: str, commune: str, address: str = ""
    ) -> tuple[str | None, str | None, str]:
        """(code, problem column kind, message): the most specific unit named, or a problem."""
        found = self.locate(province, district, commune, address)
        return found.code, found.kind or None, found.message

    def locate(self, province: str, district: str, commune: str, address: str = "") -> Located:
        key = (province, district, commune, address)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._locate(province, district, commune, address)
        return found

    # --- the search -------------------------------------------------------------------------

    def _units(self, mention: Mention) -> list[areas.Unit]:
        return [u for level in mention.levels for u in self._index.get((level, mention.key), [])]

    def _inside(self, units: list[areas.Unit], outer: str | None) -> list[areas.Unit]:
        if not outer:
            return units
        return [u for u in units if areas.contains(self.scheme, outer, u.code)]

    def _locate(self, province: str, district: str, commune: str, address: str) -> Located:
        # (mention, which text it came from), most general first.
        named: list[tuple[Mention, str]] = []
        if province:
            named.append((Mention(("province",), _key(province), province), "province"))
        if district and self.scheme == areas.PRE2025:
            named.append((Mention(("district",), _key(district), district), "district"))
        if commune:
            # A town may be listed where communes are (and post-2025 wards are communes).
            named.append((Mention(("commune", "district"), _key(commune), commune), "commune"))
        if address:
            from_address = [
                m
                for m in mentions(address)
                if self.scheme == areas.PRE2025 or m.levels != ("district",)
            ]
            named.extend((m, "address") for m in reversed(from_address))
        if not named:
            return Located(None)
        # The narrowest unit the marked names and the columns agree on, level by level.
        within = self.root
        code: str | None = None
        marked = [(m, kind) for m, kind in named if m.levels != _LEVELS]
        for level in _LEVELS:
            level_names = [(m, kind) for m, kind in marked if m.levels[0] == level]
            if level == "district":
                # "Thành phố Đồng Hới" is a district; "TP Hồ Chí Minh" a province.
                level_names += [(m, k) for m, k in marked if m.levels == ("district", "province")]
            for mention, kind in level_names:
                taught = areas.unit(self.scheme, self.learned.get(_words(mention.text), ""))
                units = [taught] if taught else self._inside(self._units(mention), within)
                if len(units) > 1:  # "Phường Ba Đồn" is the ward, not "Thị xã Ba Đồn"
                    units = [u for u in units if u.level == level] or units
                if not units:
                    if mention.levels == ("district", "province") and level == "district":
                        continue  # tried as a province below... or already above
                    return self._unknown(mention, kind, within)
                if len(units) > 1:
                    hinted = self._inside(units, self.context)
                    if len(hinted) == 1:
                        units = hinted
                    else:
                        return self._ambiguous(mention, kind, units)
                unit = units[0]
                if (
                    within
                    and unit.code != within
                    and areas.contains(self.scheme, unit.code, within)
                ):
                    continue  # a unit above the office's area: the area stays the narrower
                code = within = unit.code
        # Unmarked parts of an address ("Sen Thủy, Lệ Thủy"): a unit inside what is known,
        # the province and district first, then the commune.
        found = areas.unit(self.scheme, code) if code else None
        if found is None or found.level != "commune":
            scope = code or self.context or self.root
            unmarked = [m for m, _kind in named if m.levels == _LEVELS]
            for level in _LEVELS:
                if found is not None and _LEVELS.index(level) <= _LEVELS.index(found.level):
                    continue
                for mention in unmarked:
                    units = [u for u in self._inside(self._units(mention), scope)
                             if u.level == level]  # fmt: skip
                    if len(units) == 1:
                        found = units[0]
                        code = scope = found.code
                        break
        return Located(code)

    def _label(self, unit: areas.Unit) -> str:
        return areas.full_name(self.scheme, unit.code)

    def _ambiguous(self, mention: Mention, kind: str, units: list[areas.Unit]) -> Located:
        names = [(u.code, self._label(u)) for u in units[:12]]
        return Located(
            None,
            translate(
                "Excel",
                "Có nhiều đơn vị tên “{name}”: {candidates}. Hãy chọn đơn vị đúng, ghi rõ "
                "huyện/tỉnh hoặc dùng cột mã địa bàn.",
            ).format(
                name=mention.text or mention.key,
                candidates="; ".join(f"{n} ({c})" for c, n in names),
            ),
            kind,
            names,
            mention.text or mention.key,
        )

    def _unknown(self, mention: Mention, kind: str, within: str | None) -> Located:
        place = areas.name(self.scheme, within) if within else ""
        keys: list[str] = []
        for level in mention.levels:
            keys += self._names.get(level, [])
        close = difflib.get_close_matches(mention.key, keys, n=8, cutoff=0.75)
        units = [
            u for k in close for level in mention.levels for u in self._index.get((level, k), [])
        ]
        units = self._inside(units, within)[:8]
        names = [(u.code, self._label(u)) for u in units]
        message = translate(
            "Excel", "Không tìm thấy “{name}” trong danh mục đơn vị hành chính{place}."
        ).format(name=mention.text or mention.key, place=f" ({place})" if place else "")
        if names:
            message += " " + translate("Excel", "Có phải: {candidates}?").format(
                candidates="; ".join(f"{n} ({c})" for c, n in names)
            )
        return Located(None, message, kind, names, mention.text or mention.key)
