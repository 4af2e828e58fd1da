"""Official administrative units, both schemes, from the `vietnamadminunits` package.

Codes are kept as zero-padded text together with their scheme, because the 2025 reform reused
codes with new meanings (province 44 is Quảng Bình before 2025 and Quảng Trị after).

- `pre2025`: province (2 digits) > district (3 digits) > commune (5 digits), 63 provinces.
- `post2025`: province (2 digits) > commune (5 digits), 34 provinces.
"""

from __future__ import annotations

import importlib.util
import logging
import marshal
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.core import paths
from desktop.core.i18n import translate
from desktop.core.text import fold, sort_key

log = logging.getLogger(__name__)

_UnitRow = tuple[str, str, str, "str | None"]  # level, code, name, parent

PRE2025 = "pre2025"
POST2025 = "post2025"
SCHEMES = (PRE2025, POST2025)


def scheme_label(scheme: str) -> str:
    if scheme == PRE2025:
        return translate("Areas", "Trước 01/07/2025 (tỉnh – huyện – xã)")
    return translate("Areas", "Từ 01/07/2025 (tỉnh – xã)")


@dataclass(frozen=True, slots=True)
class Unit:
    scheme: str
    level: str  # "province", "district" or "commune"
    code: str
    name: str
    parent: str | None  # code of the unit above, same scheme


class _Units(Mapping[str, Unit]):
    """The units by code (codes are unique within a scheme and level length), each made
    when first asked for: the first screen names a few dozen of the 10,794."""

    def __init__(self, scheme: str, rows: dict[str, _UnitRow]) -> None:
        self._scheme = scheme
        self._rows = rows
        self._made: dict[str, Unit] = {}

    def __getitem__(self, code: str) -> Unit:
        made = self._made.get(code)
        if made is None:
            level, _code, name, parent = self._rows[code]
            made = self._made[code] = Unit(self._scheme, level, code, name, parent)
        return made

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __contains__(self, code: object) -> bool:
        return code in self._rows

    def row(self, code: str) -> _UnitRow | None:
        """The unit's row, without making (and keeping) its `Unit`."""
        return self._rows.get(code)


@dataclass
class _Tree:
    units: _Units
    children: dict[str | None, list[str]]  # in the dataset's order
    ordered: dict[str | None, list[Unit]]  # each parent's units by name, made when first asked


def _dataset() -> Path:
    """The package's SQLite dataset, found without importing the package.

    Importing `vietnamadminunits` loads its address parsers (shapely, ~0.5 s); we need only
    the data.
    """
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("vietnamadminunits is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset.db"


def _rows(sql: str) -> list[sqlite3.Row]:
    uri = _dataset().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql).fetchall()


def _tuples(sql: str) -> list[tuple[str | None, ...]]:
    uri = _dataset().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return conn.execute(sql).fetchall()


def _read_units(scheme: str) -> list[_UnitRow]:
    """Every unit of the scheme once, in the dataset's order (a province's row repeats for
    each of its communes)."""
    found: list[_UnitRow] = []
    seen: set[str] = set()

    def add(level: str, code: str | None, name: str | None, parent: str | None) -> None:
        if code and code not in seen:
            seen.add(code)
            found.append((level, code, name or "", parent))

    if scheme == PRE2025:
        sql = (
            "SELECT provinceCode, province, districtCode, district, wardCode, ward"
            " FROM admin_units_legacy"
        )
        for province, pname, district, dname, ward, wname in _tuples(sql):
            add("province", province, pname, None)
            add("district", district, dname, province)
            add("commune", ward, wname, district)
    elif scheme == POST2025:
        sql = "SELECT provinceCode, province, wardCode, ward FROM admin_units"
        for province, pname, ward, wname in _tuples(sql):
            add("province", province, pname, None)
            add("commune", ward, wname, province)
    else:
        raise ValueError(scheme)
    return found


def _units(scheme: str) -> list[_UnitRow]:
    """`_read_units`, kept in the data folder after the first read: the dataset's rows are
    wide (borders, coordinates), and reading them took 45 ms of the window's first paint,
    which names the areas of the first rows. Marked with the dataset's size and time and
    the Python version (marshal's format); a missing or unreadable copy is read again."""
    dataset = _dataset().stat()
    stamp = f"{scheme}-{dataset.st_size}-{dataset.st_mtime_ns}-py{sys.version_info[0]}{sys.version_info[1]}"
    kept = paths.data_dir() / "cache" / f"areas-{stamp}.marshal"
    try:
        loaded = marshal.loads(kept.read_bytes())
        if isinstance(loaded, list):
            return loaded
    except (OSError, EOFError, ValueError, TypeError):
        pass
    units = _read_units(scheme)
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=kept.parent, suffix=".tmp", delete=False) as out:
            out.write(marshal.dumps(units))
        os.replace(out.name, kept)
    except OSError:  # a read-only folder: read from the dataset each time
        log.info("could not keep the area list in %s", kept.parent, exc_info=True)
    return units


@cache
def _tree(scheme: str) -> _Tree:
    """Read once. The first screen's area names need it, so it is kept cheap: a kept copy
    of the units (`_units`), and the names sorted per parent only when a list of units is
    asked for (`children`)."""
    if scheme not in SCHEMES:
        raise ValueError(scheme)
    rows: dict[str, _UnitRow] = {}
    children: dict[str | None, list[str]] = {}
    for row in _units(scheme):
        rows[row[1]] = row
        children.setdefault(row[3], []).append(row[1])
    return _Tree(_Units(scheme, rows), children, {})


def unit(scheme: str, code: str | None) -> Unit | None:
    if not code or scheme not in SCHEMES:
        return None
    return _tree(scheme).units.get(code)


def _row(scheme: str, code: str | None) -> _UnitRow | None:
    if not code or scheme not in SCHEMES:
        return None
    return _tree(scheme).units.row(code)


def name(scheme: str, code: str | None) -> str:
    # Read from the row: a `Unit` kept for each of the 3,000 units the list's area filter
    # names (and each one a search key's full name passes) was 0.4 MB.
    found = _row(scheme, code)
    return found[2] if found is not None else (code or "")


def children(scheme: str, parent: str | None) -> list[Unit]:
    """Provinces (parent None), or the units directly under `parent`, by name."""
    tree = _tree(scheme)
    found = tree.ordered.get(parent)
    if found is None:  # (two threads may both sort it: the same list, either is kept)
        codes = tree.children.get(parent, [])
        found = sorted((tree.units[c] for c in codes), key=lambda u: sort_key(u.name))
        tree.ordered[parent] = found
    return list(found)


def provinces(scheme: str) -> list[Unit]:
    return children(scheme, None)


def lineage(scheme: str, code: str | None) -> list[Unit]:
    """The unit and every unit above it, from the province down."""
    chain: list[Unit] = []
    current = unit(scheme, code)
    while current is not None:
        chain.append(current)
        current = unit(scheme, current.parent)
    return list(reversed(chain))


def full_name(scheme: str, code: str | None) -> str:
    """The unit's name, then each unit's above it (as `lineage`, read from the rows)."""
    names: list[str] = []
    found = _row(scheme, code)
    while found is not None:
        names.append(found[2])
        found = _row(scheme, found[3])
    return ", ".join(names)


def contains(scheme: str, outer: str | None, inner: str | None) -> bool:
    """Whether unit `inner` lies within (or is) unit `outer` in the same scheme."""
    if not outer:
        return True
    return any(u.code == outer for u in lineage(scheme, inner))


def find(scheme: str, text: str, level: str | None = None) -> list[Unit]:
    """Units whose name matches `text` ignoring diacritics (`le thuy` finds Huyện Lệ Thủy)."""
    key = fold(text)
    return [
        u
        for u in _tree(scheme).units.values()
        if (level is None or u.level == level) and key in fold(u.name)
    ]


# --- the 1 July 2025 reform: old units -> new ones ---------------------------------------------


@dataclass(frozen=True)
class _Reform:
    one: dict[str, str]  # old commune (or district without communes) -> new commune
    split: dict[str, tuple[str, ...]]  # old commune -> candidate new communes, default first
    before: dict[str, tuple[str, ...]]  # new commune -> old units that went into it


@cache
def _reform() -> _Reform:
    """Read from the package's `converter_2025.json` (keyed by folded names, resolved to
    codes through its dataset): 9,569 old communes went whole into one new commune, 471 were
    split between several."""
    import json

    table = json.loads((_dataset().parent / "converter_2025.json").read_text(encoding="utf-8"))
    old = {
        f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}": r["wardCode"]
        or r["districtCode"]
        for r in _rows(
            "SELECT provinceKey, districtKey, wardKey, wardCode, districtCode"
            " FROM admin_units_legacy"
        )
    }
    new = {
        (r["provinceKey"], r["wardKey"]): r["wardCode"]
        for r in _rows("SELECT provinceKey, wardKey, wardCode FROM admin_units")
    }
    one: dict[str, str] = {}
    split: dict[str, tuple[str, ...]] = {}
    before: dict[str, list[str]] = {}
    for province, wards in table["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, old_keys in wards.items():
            target = new.get((province, ward))
            for key in old_keys:
                if target and key in old:
                    one[old[key]] = target
                    before.setdefault(target, []).append(old[key])
    for province, olds in table["DICT_PROVINCE_WARD_DIVIDED"].items():
        for key, candidates in olds.items():
            if key not in old:
                continue
            ranked = sorted(candidates, key=lambda c: not c.get("isDefaultNewWard"))
            codes = [new[(province, c["newWardKey"])] for c in ranked
                     if (province, c["newWardKey"]) in new]  # fmt: skip
            split[old[key]] = tuple(dict.fromkeys(codes))
            for code in codes:
                before.setdefault(code, []).append(old[key])
    return _Reform(one, split, {k: tuple(v) for k, v in before.items()})


def successors(old_code: str | None) -> list[Unit]:
    """The post-2025 communes an old commune became: one, or the candidates of a split
    commune (the package's default first). An old district or province: every new commune
    that took in part of it."""
    if not old_code:
        return []
    reform = _reform()
    found = unit(PRE2025, old_code)
    if found is None:
        return []
    if old_code in reform.one or old_code in reform.split:
        codes: tuple[str, ...] = (
            (reform.one[old_code],) if old_code in reform.one else reform.split[old_code]
        )
        return [u for u in (unit(POST2025, c) for c in codes) if u is not None]
    seen: dict[str, Unit] = {}
    for child in children(PRE2025, old_code):
        for successor in successors(child.code):
            seen.setdefault(successor.code, successor)
    return sorted(seen.values(), key=lambda u: sort_key(u.name))


def is_split(old_code: str | None) -> bool:
    return bool(old_code) and old_code in _reform().split


def predecessors(new_code: str | None) -> list[Unit]:
    """The pre-2025 communes that went (wholly or partly) into a new commune."""
    codes = _reform().before.get(new_code or "", ())
    return [u for u in (unit(PRE2025, c) for c in codes) if u is not None]


def successor_province(old_province: str | None) -> Unit | None:
    """The post-2025 province an old province became part of (Quảng Bình -> Quảng Trị)."""
    for new in successors(old_province)[:1]:
        return unit(POST2025, new.parent)
    return None


def with_successor(scheme: str, code: str | None) -> str:
    """An old unit's name followed by the new unit it became: `Xã Sen Thủy → Xã Sen Ngư`."""
    label = name(scheme, code)
    if scheme != PRE2025 or not code:
        return label
    found = unit(PRE2025, code)
    if found is None or found.level == "province":
        new_province = successor_province(code) if found else None
        return f"{label} → {new_province.name}" if new_province else label
    after = successors(code)
    if found.level == "district" or not after:
        return label
    return f"{label} → {' / '.join(u.name for u in after)}"
