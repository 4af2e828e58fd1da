"""Administrative units named in a spreadsheet ("Xã Sen Thủy", "huyện Lệ Thủy") to codes."""

from __future__ import annotations

import re
from typing import Any

from desktop.core import areas
from desktop.core.i18n import translate
from desktop.core.settings import Identity
from desktop.core.text import fold

_PREFIXES = re.compile(
    r"^(?:tinh|thanh pho|tp|huyen|quan|thi xa|tx|xa|phuong|thi tran|tt|dac khu)\b[ .]*"
)


def _key(name: str) -> str:
    key = re.sub(r"[^a-z0-9 ]+", " ", fold(name)).strip()
    key = _PREFIXES.sub("", key).strip()
    return re.sub(r"\s+", " ", key)


class AreaResolver:
    """Finds units by name inside the office's own area, caching every answer."""

    def __init__(self, identity: Identity) -> None:
        self.scheme = identity.area_scheme
        self.root = identity.area_code
        self._index: dict[tuple[str, str], list[areas.Unit]] = {}
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
            self._index.setdefault((unit.level, _key(unit.name)), []).append(unit)
        self._cache: dict[tuple[Any, ...], tuple[str | None, str | None, str]] = {}

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

    def resolve(
        self, province: str, district: str, commune: str
    ) -> tuple[str | None, str | None, str]:
        """(code, problem column kind, message): the most specific unit named, or a problem."""
        key = (province, district, commune)
        if key not in self._cache:
            self._cache[key] = self._resolve(province, district, commune)
        return self._cache[key]

    def _find(self, level: str, name: str, within: str | None) -> list[areas.Unit]:
        found = self._index.get((level, _key(name)), [])
        if within:
            found = [
                u
                for u in found
                if areas.contains(self.scheme, within, u.code)
                or areas.contains(self.scheme, u.code, within)  # the office's own province
            ]
        return found

    def _resolve(
        self, province: str, district: str, commune: str
    ) -> tuple[str | None, str | None, str]:
        within = self.root
        code = None
        for level, name, kind in (
            ("province", province, "province"),
            ("district", district, "district"),
            ("commune", commune, "commune"),
        ):
            if not name or (level == "district" and self.scheme == areas.POST2025):
                continue
            found = self._find(level, name, within)
            if not found and level == "commune":
                # A town may be listed where communes are (and post-2025 wards are communes).
                found = self._find("district", name, within)
            if not found:
                place = areas.name(self.scheme, within) if within else ""
                message = (
                    translate(
                        "Excel", "Không tìm thấy “{name}” trong danh mục đơn vị hành chính{place}."
                    )
                ).format(name=name, place=f" ({place})" if place else "")
                return None, kind, message
            if len(found) > 1:
                return (
                    None,
                    kind,
                    translate(
                        "Excel",
                        "Có nhiều đơn vị tên “{name}”: hãy ghi rõ huyện/tỉnh hoặc dùng cột mã "
                        "địa bàn.",
                    ).format(name=name),
                )
            unit = found[0]
            if within and unit.code != within and areas.contains(self.scheme, unit.code, within):
                continue  # a unit above the office's area: the area stays the narrower one
            code = within = unit.code
        return code, None, ""
