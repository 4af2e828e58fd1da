"""How `v1_H457_to_T44.htxpkg` and `v1_sample.json` were made (kept so that every later version
of the reader is tested against a package the first version wrote).

The sample must be written by the format-1 code, so run this script against the source of a
commit from before format 2 (3fb7305, the last one with `FORMAT_VERSION = 1`), not against the
current tree:

    git archive 3fb7305 desktop db resources | tar -x -C /tmp/htx-v1
    HTX_DATA_DIR=$(mktemp -d) PYTHONPATH=/tmp/htx-v1 uv run python tests/data/make_v1_sample.py

It sets up a province (T44) and the district of Lệ Thủy (H457, area 457) in a scratch folder;
the district adds two cooperatives with their figures, edits one, adds and deletes a third, and
sends its first package to the province. The package and what a reader needs to check it (the
district's public signing key) are copied here; the keys themselves are thrown away.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from desktop.core import registry, settings
from desktop.core.sync import enrolment, exporter, package
from desktop.core.text import make_registration_code
from desktop.core.workspace import Workspace

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "v1_H457_to_T44.htxpkg"
INFO = HERE / "v1_sample.json"


def main() -> int:
    if package.FORMAT_VERSION != 1:
        sys.stderr.write("run this against the format-1 code (see the docstring)\n")
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        province = Workspace.open(str(folder / "province.sqlite3"))
        enrolment.init_province(
            province,
            code="T44",
            name="Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
            area_code="44",
            scheme="pre2025",
        )
        setup = enrolment.enroll(
            province, code="H457", name="UBND huyện Lệ Thủy", area_code="457",
            out=folder / "H457.htxsetup",
        )  # fmt: skip
        province.close()
        district = Workspace.open(str(folder / "lethuy.sqlite3"))
        enrolment.install_setup(district, setup)
        ident = district.require_identity()
        with district.transaction() as conn:
            ids = [
                registry.add_cooperative(
                    conn,
                    ident,
                    {
                        "registration_code": make_registration_code(f"3100{n:05d}"),
                        "name": name,
                        "area_scheme": "pre2025",
                        "area_code": "19312" if n == 1 else "19267",
                        "founded_on": "05/03/2019",
                        "phone": "0232 3882 123",
                    },
                    {2023: {"members": 18 + n, "revenue": "1.250.000.000"}, 2024: {"members": 21}},
                )
                for n, name in enumerate(
                    [
                        "Hợp tác xã Nông nghiệp Sen Thủy mẫu",
                        "Hợp tác xã Dịch vụ Phong Thủy mẫu",
                        "Tổ hợp tác tạm (sẽ xóa)",
                    ],
                    start=1,
                )
            ]
        with district.transaction() as conn:
            registry.update_cooperative(
                conn, ident, ids[0], {"representative": "Nguyễn Văn Mẫu"}, {2024: {"profit": -5}}
            )
            registry.delete_cooperative(conn, ident, ids[2])
        with district.reading() as conn:
            public = settings.get(conn, "keys")["signing_public"]
        (result,) = exporter.export(district, folder / "out")
        district.close()
        shutil.copyfile(result.path, SAMPLE)
        INFO.write_text(
            json.dumps(
                {
                    "file": SAMPLE.name,
                    "format_version": package.FORMAT_VERSION,
                    "schema_version": package.SCHEMA_VERSION,
                    "source_office": "H457",
                    "destination_office": "T44",
                    "source_public_key": public,
                    "cooperatives": {
                        "kept": ids[:2],
                        "deleted": ids[2],
                    },
                    "made_by": "tests/data/make_v1_sample.py at commit 3fb7305",
                },
                ensure_ascii=False,
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    sys.stdout.write(f"{SAMPLE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
