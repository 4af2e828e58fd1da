"""Fixed vocabularies: codes stored in the database and their Vietnamese labels.

Codes are short English words (stable for scripts and packages); labels go through
`translate` so that the English interface can show its own. Inputs accept either.
"""

from __future__ import annotations

from desktop.core.i18n import translate
from desktop.core.text import fold


def entity_types() -> dict[str, str]:
    return {
        "HTX": translate("Vocab", "Hợp tác xã"),
        "LHHTX": translate("Vocab", "Liên hiệp hợp tác xã"),
        "QTDND": translate("Vocab", "Quỹ tín dụng nhân dân"),
        "NHHTX": translate("Vocab", "Ngân hàng hợp tác xã"),
        "THT": translate("Vocab", "Tổ hợp tác"),
    }


def statuses() -> dict[str, str]:
    return {
        "active": translate("Vocab", "Đang hoạt động"),
        "suspended": translate("Vocab", "Tạm ngừng kinh doanh"),
        "stopping": translate("Vocab", "Ngừng hoạt động / chờ giải thể"),
        "revoked": translate("Vocab", "Bị thu hồi GCN"),
        "dissolved": translate("Vocab", "Đã giải thể"),
    }


def governance_models() -> dict[str, str]:
    return {"full": translate("Vocab", "Đầy đủ"), "reduced": translate("Vocab", "Rút gọn")}


def size_classes() -> dict[str, str]:
    return {
        "micro": translate("Vocab", "Siêu nhỏ"),
        "small": translate("Vocab", "Nhỏ"),
        "medium": translate("Vocab", "Vừa"),
        "large": translate("Vocab", "Lớn"),
    }


def classifications() -> dict[str, str]:
    return {
        "good": translate("Vocab", "Tốt"),
        "fair": translate("Vocab", "Khá"),
        "average": translate("Vocab", "Trung bình"),
        "weak": translate("Vocab", "Yếu"),
        "unrated": translate("Vocab", "Không xếp loại"),
    }


def representative_titles() -> list[str]:
    return [
        translate("Vocab", "Chủ tịch Hội đồng quản trị"),
        translate("Vocab", "Giám đốc"),
        translate("Vocab", "Tổ trưởng"),
    ]


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
