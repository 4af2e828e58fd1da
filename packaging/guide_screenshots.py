"""Regenerate the screenshots of the built-in guide (resources/guide/images/*.png).

    uv run python packaging/guide_screenshots.py

Runs offscreen on a 1366×768 screen less a 40-point taskbar, from empty data folders in a
temporary directory, in today's units (province and commune, since 01/07/2025): the province
sets itself up, adds cooperatives and the sample directive, enrols the commune Sen Ngư; the
commune installs its setup file, edits and exports; the province previews the package. Each screen is grabbed as the program shows it, so the guide always
shows today's screens. `--scale 1.25` grabs them as at 125 % display scaling.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "guide" / "images"
SCREEN = (1366, 768 - 40)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="htx-guide-"))
    config = scratch / "screen.json"
    width, height = (round(SCREEN[0] / args.scale), round(SCREEN[1] / args.scale))
    config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": width,
                      "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                      "dpr": args.scale}]}))  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["HTX_DATA_DIR"] = str(scratch / "data")
    os.environ["HTX_LANG"] = "vi"
    sys.path.insert(0, str(ROOT))
    args.out.mkdir(parents=True, exist_ok=True)
    shots = Shots(scratch, args.out)
    shots.run()
    for name, size in shots.sizes.items():
        print(f"{name}: {size[0]}×{size[1]}")
    return 0


class Shots:
    def __init__(self, scratch: Path, out: Path) -> None:
        from desktop.ui.app import make_application

        self.app = make_application()
        self.scratch = scratch
        self.out = out
        self.sizes: dict[str, tuple[int, int]] = {}

    def grab(self, widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            self.app.processEvents()
        widget.grab().save(str(self.out / f"{name}.png"))
        self.sizes[name] = (widget.width(), widget.height())

    def run(self) -> None:
        from desktop.core import registry
        from desktop.core.sync import enrolment, exporter
        from desktop.core.tasks import board, editing, sample
        from desktop.core.workspace import Workspace
        from desktop.ui.enroll_dialog import EnrollDialog
        from desktop.ui.export_dialog import ExportDialog
        from desktop.ui.first_run import FirstRunDialog
        from desktop.ui.guide import GuideDialog
        from desktop.ui.import_dialog import ImportDialog
        from desktop.ui.main_window import MainWindow
        from desktop.ui.task_dialogs import TaskDialog

        (self.scratch / "province").mkdir()
        province = Workspace.open(str(self.scratch / "province" / "htx.sqlite3"))
        first = FirstRunDialog(province)
        first.office.name.setText("Sở Tài chính tỉnh Quảng Trị")
        first.office.role.setCurrentIndex(first.office.role.findData("province"))
        first.office.area.set_area("post2025", "44")
        self.grab(first, "01-thiet-lap-tinh")
        first.save()
        with province.transaction() as conn:
            sample.load_sample(conn, province.require_identity())
            for code, name, commune in (
                ("3100123459", "Hợp tác xã Nông nghiệp Sen Ngư", "19288"),
                ("3100123460", "Hợp tác xã Dịch vụ Nông nghiệp Lệ Thủy", "19249"),
                ("3100765432", "Hợp tác xã Nuôi trồng Thủy sản Đồng Hới", "18880"),
            ):
                registry.add_cooperative(
                    conn, province.identity,
                    {"registration_code": code, "name": name, "area_scheme": "post2025",
                     "area_code": commune, "sector": "agri"},
                )  # fmt: skip
        window = MainWindow(province)
        window.load_deferred_pages()
        self.grab(window, "02-tinh-danh-sach-htx")
        window.show_page(window.directive_page)
        self.grab(window, "03-tinh-van-ban-chi-dao")
        window.show_page(window.board_page)
        self.grab(window, "04-tinh-theo-doi-tien-do")
        enrol = EnrollDialog(province, window.bus, window)
        enrol.office.name.setText("UBND xã Sen Ngư")
        enrol.office.area.set_area("post2025", "19288")
        self.grab(enrol, "05-cap-tep-thiet-lap")
        enrol.close()
        with province.reading() as conn:
            directive = board.directives(conn)[0]["id"]
        enrolment.enroll(province, code="X19288", name="UBND xã Sen Ngư", area_code="19288",
                         scheme="post2025", role="commune",
                         out=self.scratch / "THIET-LAP_X19288.htxsetup")  # fmt: skip
        with province.transaction() as conn:  # the commune reports on one task of its own
            editing.add_task(conn, province.require_identity(), directive, {
                "title": "Rà soát, báo cáo tình hình hợp tác xã trên địa bàn xã",
                "cycle": "once", "deadline": date.today() + timedelta(days=5)},
                [("X19288", "lead")])  # fmt: skip
        task = TaskDialog(province, window.bus, directive, parent=window)
        self.grab(task, "06-them-nhiem-vu")
        task.close()
        # The setup file, written again now that the commune has a task: it carries the
        # province's data as it is when written.
        setup = enrolment.enroll(province, code="X19288", name="UBND xã Sen Ngư",
                                 area_code="19288", scheme="post2025", role="commune",
                                 out=self.scratch / "THIET-LAP_X19288.htxsetup")  # fmt: skip

        (self.scratch / "commune").mkdir()
        commune = Workspace.open(str(self.scratch / "commune" / "htx.sqlite3"))
        first = FirstRunDialog(commune)
        self.grab(first, "07-thiet-lap-xa")
        enrolment.install_setup(commune, setup)
        office = MainWindow(commune)
        self.grab(office, "08-xa-danh-sach-htx")
        office.show_page(office.task_page)
        self.grab(office, "09-xa-nhiem-vu")
        with commune.transaction() as conn:
            coop = registry.find_id(conn, "3100123459")
            registry.update_cooperative(conn, commune.identity, coop, {"phone": "0912 345 678"},
                                        {2025: {"members": 25, "revenue": 1_500_000_000}})  # fmt: skip
        from desktop.ui.coop_dialog import CoopDialog

        dialog = CoopDialog(commune, office.bus, coop, parent=office)
        self.grab(dialog, "10-sua-htx")
        dialog.close()
        export = ExportDialog(commune, office.bus, office.runner, office)
        export.folder.setText(str(self.scratch / "usb"))
        self.grab(export, "11-xuat-goi")
        export.close()
        (self.scratch / "usb").mkdir()
        package = exporter.export(commune, self.scratch / "usb")[0].path
        with province.transaction() as conn:
            registry.update_cooperative(conn, province.identity, coop, {"phone": "0232 111 222"})
        preview = ImportDialog(province, window.bus, window.runner, package, window)
        preview.start()
        while preview.report is None:
            self.app.processEvents()
        self.grab(preview, "12-xem-truoc-goi")
        preview.apply()
        while preview.isVisible():
            self.app.processEvents()
        window.show_page(window.conflicts_page)
        self.grab(window, "13-xung-dot")
        window.show_page(window.sync_page)
        self.grab(window, "14-nhat-ky-dong-bo")
        self.grab(GuideDialog(window), "15-huong-dan")


if __name__ == "__main__":
    raise SystemExit(main())
