"""Words people read for the parts of a package (tables, kinds of change, statuses)."""

from __future__ import annotations

from desktop.core.i18n import translate


def _t(text: str) -> str:
    return translate("SyncLabels", text)


def table_labels() -> dict[str, str]:
    return {
        "office": _t("Đơn vị"),
        "sector": _t("Lĩnh vực"),
        "cooperative": _t("Hợp tác xã"),
        "indicator": _t("Chỉ tiêu năm"),
        "directive": _t("Văn bản chỉ đạo"),
        "task": _t("Nhiệm vụ"),
        "assignment": _t("Phân công"),
        "progress_report": _t("Báo cáo tiến độ"),
    }


def change_labels() -> dict[str, str]:
    return {
        "new": _t("Mới"),
        "changed": _t("Sửa"),
        "deleted": _t("Xóa"),
        "conflict": _t("Xung đột"),
        "refused": _t("Từ chối"),
    }


def status_labels() -> dict[str, str]:
    return {
        "applied": _t("Đã nhập"),
        "already_imported": _t("Đã nhập trước đó"),
        "refused": _t("Bị từ chối"),
        "dry_run": _t("Xem trước"),
        "exported": _t("Đã xuất"),
        "undone": _t("Đã hoàn tác"),
    }


def describe_counts(counts: dict[str, int]) -> str:
    """`{"cooperative": 3, "indicator": 12}` -> `Hợp tác xã: 3, Chỉ tiêu năm: 12`."""
    labels = table_labels()
    parts = [f"{labels.get(k, k)}: {v}" for k, v in counts.items() if v]
    return ", ".join(parts) if parts else _t("không có thay đổi")
