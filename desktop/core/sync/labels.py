"""Words people read for the parts of a package (tables, kinds of change, statuses)."""

from __future__ import annotations

from desktop.core.i18n import translate


def table_labels() -> dict[str, str]:
    return {
        "office": translate("SyncLabels", "Đơn vị"),
        "sector": translate("SyncLabels", "Lĩnh vực"),
        "cooperative": translate("SyncLabels", "Hợp tác xã"),
        "indicator": translate("SyncLabels", "Chỉ tiêu năm"),
        "directive": translate("SyncLabels", "Văn bản chỉ đạo"),
        "task": translate("SyncLabels", "Nhiệm vụ"),
        "assignment": translate("SyncLabels", "Phân công"),
        "progress_report": translate("SyncLabels", "Báo cáo tiến độ"),
        "approval": translate("SyncLabels", "Duyệt số liệu"),
    }


def change_labels() -> dict[str, str]:
    return {
        "new": translate("SyncLabels", "Mới"),
        "changed": translate("SyncLabels", "Sửa"),
        "deleted": translate("SyncLabels", "Xóa"),
        "conflict": translate("SyncLabels", "Xung đột"),
        "refused": translate("SyncLabels", "Từ chối"),
    }


def status_labels() -> dict[str, str]:
    return {
        "applied": translate("SyncLabels", "Đã nhập"),
        "already_imported": translate("SyncLabels", "Đã nhập trước đó"),
        "refused": translate("SyncLabels", "Bị từ chối"),
        "dry_run": translate("SyncLabels", "Xem trước"),
        "exported": translate("SyncLabels", "Đã xuất"),
        "undone": translate("SyncLabels", "Đã hoàn tác"),
    }


def describe_counts(counts: dict[str, int]) -> str:
    """`{"cooperative": 3, "indicator": 12}` -> `Hợp tác xã: 3, Chỉ tiêu năm: 12`."""
    labels = table_labels()
    parts = [f"{labels.get(k, k)}: {v}" for k, v in counts.items() if v]
    return ", ".join(parts) if parts else translate("SyncLabels", "không có thay đổi")
