"""Which areas a report groups by, and the area filter, as SQL expressions.

Cooperatives are grouped by their stored area code at the level under the office's own area:
the provinces for a national office, the districts (pre-2025 scheme) or communes (post-2025)
for a province, the communes for a district. A post-2025 cooperative has no district, so at
the district level it is grouped by its commune.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, literal

from desktop.core import areas
from desktop.core.i18n import translate
from desktop.core.records import SPECS
from desktop.core.settings import Identity

_coop = SPECS["cooperative"].table

PROVINCE = "province"
DISTRICT = "district"
COMMUNE = "commune"


def area_level(identity: Identity) -> str:
    """The level under the office's own area."""
    unit = areas.unit(identity.area_scheme, identity.area_code)
    if unit is None:
        return PROVINCE
    if unit.level == PROVINCE:
        return DISTRICT if identity.area_scheme == areas.PRE2025 else COMMUNE
    return COMMUNE


def level_heading(level: str) -> str:
    return {
        PROVINCE: translate("Reports", "Tỉnh / thành phố"),
        DISTRICT: translate("Reports", "Quận / huyện"),
        COMMUNE: translate("Reports", "Xã / phường / thị trấn"),
    }[level]


def area_key(level: str) -> ColumnElement[Any]:
    """The code a cooperative is grouped under at `level`."""
    if level == PROVINCE:
        return _coop.c.province_code
    if level == DISTRICT:
        return case(
            (_coop.c.area_scheme == areas.PRE2025, _coop.c.district_code),
            else_=_coop.c.area_code,
        )
    return _coop.c.area_code


def area_name(scheme: str, code: str | None) -> str:
    return areas.name(scheme, code) if code else translate("Reports", "Chưa rõ địa bàn")


@dataclass(frozen=True)
class AreaFilter:
    """Cooperatives within one unit (any level) of a scheme."""

    scheme: str
    code: str

    def unit(self) -> areas.Unit | None:
        return areas.unit(self.scheme, self.code)

    def label(self) -> str:
        return areas.name(self.scheme, self.code)

    def clause(self) -> ColumnElement[bool]:
        found = self.unit()
        if found is None:
            return literal(False)
        column = {
            PROVINCE: _coop.c.province_code,
            DISTRICT: _coop.c.district_code,
            COMMUNE: _coop.c.area_code,
        }[found.level]
        return and_(_coop.c.area_scheme == self.scheme, column == self.code)


def level_below(area: AreaFilter | None, identity: Identity) -> str:
    """The grouping level when the report is narrowed to `area`."""
    if area is None:
        return area_level(identity)
    found = area.unit()
    if found is None or found.level == COMMUNE:
        return COMMUNE
    if found.level == PROVINCE:
        return DISTRICT if area.scheme == areas.PRE2025 else COMMUNE
    return COMMUNE


def parse_area(identity: Identity, text: str | None) -> AreaFilter | None:
    """An `--area CODE` (in the office's scheme); None for empty. Raises KnownError."""
    from desktop.core.errors import KnownError

    if not text:
        return None
    code = text.strip()
    if areas.unit(identity.area_scheme, code) is None:
        raise KnownError(
            translate(
                "Reports",
                "Không có địa bàn mã “{code}” trong danh mục {scheme}. Hãy ghi mã tỉnh (2 chữ "
                "số), huyện (3 chữ số) hoặc xã (5 chữ số).",
            ).format(code=code, scheme=areas.scheme_label(identity.area_scheme))
        )
    return AreaFilter(identity.area_scheme, code)
