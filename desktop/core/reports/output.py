"""Writing a report file whole or not at all, with a Vietnamese message when it cannot be."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import KnownError
from desktop.core.i18n import translate

FORMATS = (".docx", ".pdf")


def output_format(path: str | Path) -> str:
    """`.docx` or `.pdf` from the file name; KnownError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise KnownError(
            translate(
                "Reports",
                "Tệp “{name}” không phải .docx hoặc .pdf. Hãy đặt tên tệp có đuôi .docx "
                "(Word, sửa được) hoặc .pdf.",
            ).format(name=Path(path).name)
        )
    return suffix


def write_atomically(path: str | Path, suffix: str, write: Callable[[str], object]) -> Path:
    """Call `write(temporary_path)`, then move the file into place: a reader never sees half
    a file, and a failure leaves any earlier file as it was."""
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(suffix=suffix, dir=target.parent)
        os.close(handle)
        try:
            write(temporary)
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError as exc:
        raise KnownError(
            translate(
                "Reports",
                "Không ghi được tệp “{path}”: thư mục không ghi được, ổ đĩa đầy hoặc tệp đang "
                "mở trong chương trình khác. Hãy đóng tệp hoặc chọn nơi lưu khác.",
            ).format(path=target),
            detail=str(exc),
        ) from exc
    return target
