"""Fixed vocabularies: codes stored in the database and their Vietnamese labels.

Codes are short English words (stable for scripts and packages); labels go through
`translate` so that the English interface can show its own. Inputs accept either.
"""

from __future__ import annotations

from desktop.core.i18n import translate
from desktop.core.text import fold


def _t(text: str) -> str:
    return translate("Vocab", text)


def entity_types() -> dict[str, str]:
    return {
        "HTX": _t("Hợp tác xã"),
        "LHHTX": _t("Liên hiệp hợp tác xã"),
        "QTDND": _t("Quỹ tín dụng nhân dân"),
        "NHHTX": _t("Ngân hàng hợp tác xã"),
        "THT": _t("Tổ hợp tác"),
    }


def statuses() -> dict[str, str]:
    return {
        "active": _t("Đang hoạt động"),
        "suspended": _t("Tạm ngừng kinh doanh"),
        "stopping": _t("Ngừng hoạt động / chờ giải thể"),
        "revoked": _t("Bị thu hồi GCN"),
        "dissolved": _t("Đã giải thể"),
    }


def governance_models() -> dict[str, str]:
    return {"full": _t("Đầy đủ"), "reduced": _t("Rút gọn")}


def size_classes() -> dict[str, str]:
    return {"micro": _t("Siêu nhỏ"), "small": _t("Nhỏ"), "medium": _t("Vừa"), "large": _t("Lớn")}


def classifications() -> dict[str, str]:
    return {
        "good": _t("Tốt"),
        "fair": _t("Khá"),
        "average": _t("Trung bình"),
        "weak": _t("Yếu"),
        "unrated": _t("Không xếp loại"),
    }


def representative_titles() -> list[str]:
    return [_t("Chủ tịch Hội đồng quản trị"), _t("Giám đốc"), _t("Tổ trưởng")]


# The sectors every installation starts with (an editable lookup, synced from the province).
DEFAULT_SECTORS: list[tuple[str, str]] = [
    ("agri", "Nông nghiệp"),
    ("industry", "Công nghiệp – tiểu thủ công nghiệp"),
    ("construction", "Xây dựng"),
    ("trade", "Thương mại – dịch vụ"),
    ("transport", "Giao thông vận tải"),
    ("credit", "Quỹ tín dụng nhân dân"),
    ("power", "Điện"),
    ("environment", "Môi trường"),
    ("other", "Khác"),
]


def match_code(text: str | None, table: dict[str, str]) -> str | None:
    """The code for `text`, given as a code or as a label, ignoring case and diacritics."""
    if text is None:
        return None
    key = fold(str(text))
    if not key:
        return None
    for code, label in table.items():
        if key in (fold(code), fold(label)):
            return code
    return None
