"""Which registry records an office may change, beyond its area.

A commune or district office may change the cooperatives of its area. A department (sở,
ban, ngành) reports on its assignments; whether it may also change registry records is set at
enrolment: all of the province's, only those of some sectors, or none. The setting is stored
on the office record as text (`all`, `none`, `sectors:agri,trade`) and checked both where
the department edits and at the province when its package is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.core import settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate

ALL = "all"
NONE = "none"
_SECTORS = "sectors:"


def role_label(role: str) -> str:
    return {
        settings.PROVINCE: translate("Roles", "Cấp tỉnh (tổng hợp toàn tỉnh)"),
        settings.COMMUNE: translate("Roles", "Cấp xã / phường / đặc khu"),
        settings.DEPARTMENT: translate("Roles", "Sở, ban, ngành cấp tỉnh"),
        settings.DISTRICT: translate("Roles", "Cấp huyện (địa giới trước 01/07/2025)"),
    }.get(role, role)


def make(value: str | Iterable[str] | None) -> str:
    """`all`, `none`, or the sectors given (a list, or text `agri,trade`)."""
    if value is None:
        return NONE
    if isinstance(value, str):
        text = value.strip()
        if text in (ALL, NONE):
            return text
        items = [s.strip() for s in text.removeprefix(_SECTORS).split(",") if s.strip()]
    else:
        items = [s for s in value if s]
    if not items:
        return NONE
    return _SECTORS + ",".join(sorted(set(items)))


def sectors_of(access: str | None) -> frozenset[str] | None:
    """None: every sector; an empty set: none."""
    if access is None or access == ALL:
        return None
    if access.startswith(_SECTORS):
        return frozenset(s for s in access[len(_SECTORS) :].split(",") if s)
    return frozenset()


def may_change(role: str | None, access: str | None, sector: str | None) -> bool:
    """Whether an office of this role and access may change a record of this sector (its
    area checked apart). Only departments are limited; an older department record without
    the setting keeps what it had (its area)."""
    if role != settings.DEPARTMENT:
        return True
    allowed = sectors_of(access)
    return allowed is None or (sector or "") in allowed


def check_sectors(access: str, known: Mapping[str, str]) -> None:
    unknown = sorted((sectors_of(access) or frozenset()) - set(known))
    if unknown:
        raise ValidationError(
            {
                "access": translate(
                    "Roles", "Lĩnh vực {codes} không có trong danh mục lĩnh vực."
                ).format(codes=", ".join(unknown))
            }
        )


def describe(access: str | None, sector_names: Mapping[str, str]) -> str:
    allowed = sectors_of(access)
    if allowed is None:
        return translate("Roles", "Được sửa mọi hợp tác xã trong tỉnh")
    if not allowed:
        return translate("Roles", "Không sửa hồ sơ hợp tác xã (chỉ báo cáo nhiệm vụ)")
    names = ", ".join(sector_names.get(code, code) for code in sorted(allowed))
    return translate("Roles", "Chỉ sửa hợp tác xã lĩnh vực: {names}").format(names=names)
