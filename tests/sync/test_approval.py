"""Sign-off of figures through packages: an office submits, the province approves or returns,
the state travels both ways, approved figures are locked until reopened, and a package may
only carry what its sender may write (issue 10 item 5)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import approvals
from desktop.core.errors import KnownError
from desktop.core.records import SPECS, Writer
from desktop.core.sync import merger
from desktop.core.tasks import editing
from tests.sync.test_properties import SLOW
from tests.sync.world import DONG_HOI, LE_THUY, PROVINCE, Office, World, differences

YEAR = 2024


def submit(office: Office, period: str = str(YEAR), note: str | None = None) -> approvals.Status:
    with office.ws.transaction() as conn:
        return approvals.submit(conn, office.identity, period, note)


def decide(office: Office, code: str, decision: str, comment: str | None = None,
           period: str = str(YEAR)) -> approvals.Status:  # fmt: skip
    with office.ws.transaction() as conn:
        return approvals.decide(conn, office.identity, code, period, decision, comment)


def state(office: Office, code: str, period: str = str(YEAR)) -> approvals.Status:
    with office.ws.reading() as conn:
        return approvals.status(conn, code, period)


def up(world: World, code: str) -> merger.ImportReport:
    report = world.province.receive(world.offices[code].export_one())
    assert report.status == merger.APPLIED, report.errors
    return report


def test_submit_approve_lock_and_reopen_travel_in_packages(world: World) -> None:
    coop = world.coops["457"][0]
    other = world.coops["450"][0]
    assert state(world.province, LE_THUY).state == approvals.NOT_SUBMITTED
    assert submit(world.lethuy, note="Số liệu đã rà soát").state == approvals.SUBMITTED
    up(world, LE_THUY)
    seen = state(world.province, LE_THUY)
    assert (seen.state, seen.note) == (approvals.SUBMITTED, "Số liệu đã rà soát")

    approved = decide(world.province, LE_THUY, approvals.APPROVE, "Đạt")
    assert approved.state == approvals.APPROVED and approved.by and approved.at
    # Locked at the province: this office's cooperatives, that year; nothing else.
    with pytest.raises(KnownError, match=r"đã được cấp tỉnh duyệt.*Mở lại"):
        world.province.edit(coop, {}, {YEAR: {"members": 99}})
    world.province.edit(coop, {}, {YEAR + 1: {"members": 99}})
    world.province.edit(other, {}, {YEAR: {"members": 77}})
    world.province.edit(coop, {"phone": "0232 3999 999"})
    assert world.province.row("indicator", _ind(coop))["members"] != 99

    world.sync_down()
    at_office = state(world.lethuy, LE_THUY)
    assert (at_office.state, at_office.comment) == (approvals.APPROVED, "Đạt")
    assert not at_office.changed_since
    with pytest.raises(KnownError, match="đã được cấp tỉnh duyệt"):
        world.lethuy.edit(coop, {}, {YEAR: {"revenue": 5}})
    with pytest.raises(KnownError, match="không cần gửi lại"):
        submit(world.lethuy)

    assert decide(world.province, LE_THUY, approvals.REOPEN).state == approvals.SUBMITTED
    world.sync_down()
    world.lethuy.edit(coop, {}, {YEAR: {"revenue": 5}})
    up(world, LE_THUY)
    assert world.province.row("indicator", _ind(coop))["revenue"] == 5
    world.assert_districts_match()


def test_deleting_or_moving_a_cooperative_with_approved_figures_is_refused(world: World) -> None:
    """Approved figures change as surely when a cooperative leaves or joins the office's area
    as when a figure is edited: deleting, moving and restoring are locked too."""
    from desktop.core import areas, registry
    from desktop.core.sync import conflicts

    coop, kept = world.coops["457"][:2]
    elsewhere = world.coops["450"][0]
    place = world.province.row("cooperative", coop)["area_code"]
    other_commune = next(u.code for u in areas.children("pre2025", "457") if u.code != place)
    dong_hoi_commune = world.province.row("cooperative", elsewhere)["area_code"]
    world.province.delete(kept)  # deleted before the approval: not in the approved figures
    no_figures = world.province.add_coop("457", "Hợp tác xã Dịch vụ Phong Thủy")
    submit(world.lethuy)
    up(world, LE_THUY)
    decide(world.province, LE_THUY, approvals.APPROVE)
    world.sync_down()

    for office in (world.province, world.lethuy):
        with office.ws.reading() as conn:  # what the window asks before the person confirms
            assert registry.delete_refusal(conn, coop).startswith("Không xóa được")
            assert registry.delete_refusal(conn, no_figures) is None
        with pytest.raises(KnownError) as refused:
            office.delete(coop)
        assert str(refused.value) == (
            "Không xóa được “Hợp tác xã Nông nghiệp Sen Thủy”: số liệu năm 2024 của hợp tác xã "
            "này nằm trong số liệu của UBND huyện Lệ Thủy mà cấp tỉnh đã duyệt. Nếu cần xóa, hãy "
            "đề nghị cấp tỉnh “Mở lại” số liệu năm 2024."
        )
        with pytest.raises(KnownError, match=r"Không khôi phục được .* năm 2024 .*Mở lại"):
            office.restore(kept)
    with pytest.raises(KnownError, match=r"Không chuyển được .* sang địa bàn khác.*Mở lại"):
        world.province.edit(coop, {"area_code": dong_hoi_commune})
    with pytest.raises(KnownError, match=r"Không chuyển được .*năm 2024 .*của UBND huyện Lệ Thủy"):
        world.province.edit(elsewhere, {"area_code": other_commune})  # it would join them
    for field, value, refusal in (("area_code", dong_hoi_commune, "Không chuyển được"),
                                  ("deleted", True, "Không xóa được")):  # fmt: skip
        # Settling a conflict on the record may not do it either.
        with pytest.raises(KnownError, match=refusal), world.province.ws.transaction() as conn:
            conflicts.resolve(conn, world.province.identity, "cooperative", coop, field, value)
    assert world.province.row("cooperative", coop)["deleted"] is False
    assert world.province.row("cooperative", coop)["area_code"] == place
    assert world.province.row("cooperative", kept)["deleted"] is True

    # What leaves the approved figures as they are is allowed: a move within the office's
    # area, a cooperative without figures that year, another office's cooperative.
    world.province.edit(coop, {"area_code": other_commune})
    world.province.delete(no_figures)
    world.province.delete(elsewhere)
    assert not state(world.province, LE_THUY).changed_since

    decide(world.province, LE_THUY, approvals.REOPEN)
    world.province.delete(coop)
    world.province.restore(kept)


def test_a_spreadsheet_neither_edits_nor_moves_approved_figures(world: World, tmp_path) -> None:
    import openpyxl

    from desktop.core import areas
    from desktop.core.excel.importer import import_file

    submit(world.lethuy)
    up(world, LE_THUY)
    decide(world.province, LE_THUY, approvals.APPROVE)
    coop = world.province.row("cooperative", world.coops["457"][0])
    elsewhere = world.province.row("cooperative", world.coops["450"][0])

    def sheet(name: str, rows: list[list[object]]):
        book = openpyxl.Workbook()
        book.active.append(["Mã số HTX", "Tên hợp tác xã", "Địa chỉ"])
        for row in rows:
            book.active.append(row)
        book.save(tmp_path / name)
        return tmp_path / name

    # The address names a ward of Đồng Hới: the row moves the cooperative there.
    address = areas.full_name("pre2025", elsewhere["area_code"])
    assert "Đồng Hới" in address
    moved = sheet("chuyen.xlsx", [[coop["registration_code"], coop["name"], address]])
    with pytest.raises(KnownError, match=r"Không chuyển được .*năm 2024 .*của UBND huyện Lệ Thủy"):
        import_file(world.province.ws, moved)
    assert world.province.row("cooperative", coop["id"])["area_code"] == coop["area_code"]


def _ind(coop: str) -> str:
    from desktop.core.registry import indicator_id

    return indicator_id(coop, YEAR)


def test_return_needs_a_comment_and_the_office_sees_it(world: World) -> None:
    submit(world.donghoi)
    up(world, DONG_HOI)
    with pytest.raises(KnownError, match="cần có ý kiến"):
        decide(world.province, DONG_HOI, approvals.RETURN, "  ")
    decide(world.province, DONG_HOI, approvals.RETURN, "Thiếu số liệu HTX Bắc Lý")
    world.sync_down()
    seen = state(world.donghoi, DONG_HOI)
    assert (seen.state, seen.comment) == (approvals.RETURNED, "Thiếu số liệu HTX Bắc Lý")
    # Returned figures are not locked; the office fixes them and submits again.
    world.donghoi.edit(world.coops["450"][1], {}, {YEAR: {"members": 40}})
    assert submit(world.donghoi).state == approvals.SUBMITTED
    up(world, DONG_HOI)
    assert state(world.province, DONG_HOI).state == approvals.SUBMITTED


def test_only_the_office_submits_and_only_the_province_decides(world: World) -> None:
    with pytest.raises(KnownError, match="Chỉ cấp tỉnh"):
        decide(world.lethuy, LE_THUY, approvals.APPROVE)
    with pytest.raises(KnownError, match="không gửi duyệt"):
        submit(world.province)
    with pytest.raises(KnownError, match="chưa gửi"):
        decide(world.province, LE_THUY, approvals.APPROVE)
    submit(world.lethuy)
    up(world, LE_THUY)
    with pytest.raises(KnownError, match="chưa được duyệt nên không cần mở lại"):
        decide(world.province, LE_THUY, approvals.REOPEN)
    with pytest.raises(KnownError, match="Kỳ duyệt"):
        submit(world.lethuy, "2026-Q3")


def test_a_package_claiming_a_decision_or_another_office_is_refused_record_by_record(
    world: World,
) -> None:
    # Lệ Thủy edits figures (accepted below)...
    world.lethuy.edit(world.coops["457"][1], {}, {YEAR: {"members": 55}})
    submit(world.lethuy)
    record = approvals.approval_id(LE_THUY, str(YEAR))
    # ...then a modified program at Lệ Thủy approves its own figures...
    world.lethuy.write("approval", record, {"decision": "approved", "decided_on": 1})
    # ...and submits for Đồng Hới...
    with world.lethuy.ws.transaction() as conn:
        Writer(conn, world.lethuy.identity).create(
            SPECS["approval"],
            {"office_code": DONG_HOI, "period": str(YEAR), "submitted": 1, "decided_on": 0},
            record_id=approvals.approval_id(DONG_HOI, str(YEAR)),
        )
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED
    refused = [r for r in report.records if r.kind == "refused"]
    assert sorted(r.table for r in refused) == ["approval", "approval"]
    reasons = " ".join(r.reason or "" for r in refused)
    assert "không được duyệt, trả lại hay mở lại" in reasons
    assert "chỉ được gửi số liệu của chính mình" in reasons
    assert state(world.province, LE_THUY).state == approvals.NOT_SUBMITTED
    assert state(world.province, DONG_HOI).state == approvals.NOT_SUBMITTED
    assert world.province.row("indicator", _ind(world.coops["457"][1]))["members"] == 55


def test_an_honest_submission_made_before_any_decision_is_accepted_whole(world: World) -> None:
    submit(world.lethuy)
    report = up(world, LE_THUY)
    assert report.counts["refused"] == 0


def test_a_late_edit_of_approved_figures_is_merged_and_marked_changed(world: World) -> None:
    """Lệ Thủy edits after submitting; the province approves before that package arrives.
    The edit is merged (every office converges), and the approval reads "changed since"
    on both sides until the province reopens and approves again."""
    coop = world.coops["457"][2]
    submit(world.lethuy)
    up(world, LE_THUY)
    decide(world.province, LE_THUY, approvals.APPROVE)
    world.lethuy.edit(coop, {}, {YEAR: {"members": 123}})
    report = up(world, LE_THUY)
    assert report.counts["refused"] == 0
    assert world.province.row("indicator", _ind(coop))["members"] == 123
    assert state(world.province, LE_THUY).changed_since
    world.sync_down()
    assert state(world.lethuy, LE_THUY).changed_since
    with world.province.ws.reading() as conn:
        summary = approvals.summary(conn, world.province.identity, str(YEAR))
    assert (summary.approved, summary.changed) == (1, 1)
    assert "thay đổi sau khi duyệt" in summary.text()
    decide(world.province, LE_THUY, approvals.REOPEN)
    submit_after = None
    world.sync_down()
    submit_after = submit(world.lethuy)
    assert submit_after.state == approvals.SUBMITTED
    up(world, LE_THUY)
    assert not decide(world.province, LE_THUY, approvals.APPROVE).changed_since
    world.sync_down()
    world.assert_districts_match()


def test_task_reports_of_an_approved_half_year_are_locked(world: World) -> None:
    assignment = world.tasks[f"assignment:donghoi:{DONG_HOI}"]
    with world.donghoi.ws.transaction() as conn:
        report_id = editing.add_report(
            conn, world.donghoi.identity, assignment,
            {"period": "2026-Q1", "status": "in_progress", "percent": 30,
             "reported_on": "2026-03-20", "content": "Đã rà soát"},
        )  # fmt: skip
    submit(world.donghoi, "2026-H1")
    up(world, DONG_HOI)
    decide(world.province, DONG_HOI, approvals.APPROVE, period="2026-H1")
    world.sync_down()
    for office in (world.donghoi, world.province):
        with (
            pytest.raises(KnownError, match=r"6 tháng đầu năm 2026.*đã được cấp tỉnh duyệt"),
            office.ws.transaction() as conn,
        ):
            editing.update_report(conn, office.identity, report_id, {"percent": 50},
                                  on_behalf=True)  # fmt: skip
    with world.donghoi.ws.transaction() as conn:  # the second half is open
        editing.add_report(
            conn, world.donghoi.identity, assignment,
            {"period": "2026-Q3", "status": "in_progress", "percent": 60,
             "reported_on": "2026-09-20", "content": "Đã rà soát thêm"},
        )  # fmt: skip


def test_a_package_with_sign_off_records_states_schema_2(world: World) -> None:
    import json
    import zipfile

    from desktop.core.sync import package

    submit(world.lethuy)
    with zipfile.ZipFile(world.lethuy.export_one()) as archive:
        manifest = json.loads(archive.read(package.MANIFEST))
    assert manifest["schema_version"] == 2 == package.SCHEMA_VERSION


# --- any order -----------------------------------------------------------------------------------

_office_step = st.tuples(
    st.sampled_from([LE_THUY, DONG_HOI]),
    st.sampled_from(["submit", "submit", "edit"]),
    st.sampled_from([str(YEAR), "2026-H1"]),
)
_province_step = st.tuples(
    st.sampled_from([LE_THUY, DONG_HOI]),
    st.sampled_from(approvals.DECISIONS),
    st.sampled_from([str(YEAR), "2026-H1"]),
)


def _office_acts(world: World, step: tuple[str, str, str], n: int) -> None:
    code, kind, period = step
    office = world.offices[code]
    try:
        if kind == "submit":
            submit(office, period, note=f"lần {n}")
        else:
            coop = world.coops["457" if code == LE_THUY else "450"][n % 3]
            office.edit(coop, {}, {YEAR: {"members": 100 + n}})
    except KnownError:
        pass  # approved figures: the office is told no, as a person would be


def _province_acts(world: World, step: tuple[str, str, str]) -> None:
    code, decision, period = step
    with contextlib.suppress(KnownError):  # a step the state does not allow: refused
        decide(world.province, code, decision, "Ý kiến của tỉnh", period=period)


@SLOW
@given(
    rounds=st.lists(
        st.tuples(st.lists(_office_step, max_size=4), st.lists(_province_step, max_size=3)),
        min_size=1,
        max_size=3,
    ),
    data=st.data(),
)
def test_sign_off_state_converges_whatever_the_order_of_packages(
    make_world: Callable[[], World], rounds: list, data: st.DataObject
) -> None:
    world = make_world()
    n = 0
    for office_steps, province_steps in rounds:
        packages = []
        for step in office_steps:
            n += 1
            _office_acts(world, step, n)
            packages.append(world.offices[step[0]].export_one())
        # The province imports this round's packages in any order; a second copy of it in
        # another order ends in the same state.
        twin = world.copy_province(f"twin-{n}")
        for path in data.draw(st.permutations(packages)):
            assert world.province.receive(path).status in (merger.APPLIED, merger.ALREADY)
        for path in data.draw(st.permutations(packages)):
            assert twin.receive(path).status in (merger.APPLIED, merger.ALREADY)
        assert not differences(world.province.canonical(), twin.canonical())
        twin.close()
        for step in province_steps:
            _province_acts(world, step)
        world.sync_down()
    world.settle()
    world.assert_districts_match()
    for code in (LE_THUY, DONG_HOI):
        for period in (str(YEAR), "2026-H1"):
            there, here = (
                state(world.offices[code], code, period),
                state(world.province, code, period),
            )
            assert there == here
    assert not world.province.conflicted_rows() & {
        ("approval", approvals.approval_id(c, p)) for c in (LE_THUY, DONG_HOI)
        for p in (str(YEAR), "2026-H1")
    }  # fmt: skip
    assert PROVINCE not in {s.office_code for s in _all(world)}


def _all(world: World) -> list[approvals.Status]:
    with world.province.ws.reading() as conn:
        return approvals.statuses(conn, world.province.identity, str(YEAR))


# --- the province's master on PostgreSQL ------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.slow
def test_sign_off_with_the_province_on_postgresql(pg_world: World) -> None:
    """The same steps with the master on PostgreSQL and the district on SQLite: the digest
    of the approved figures is the same on both, so neither reads "changed since"."""
    world = pg_world
    coop = world.coops["457"][0]
    submit(world.lethuy)
    up(world, LE_THUY)
    assert not decide(world.province, LE_THUY, approvals.APPROVE).changed_since
    with pytest.raises(KnownError, match="đã được cấp tỉnh duyệt"):
        world.province.edit(coop, {}, {YEAR: {"members": 99}})
    world.sync_down()
    assert state(world.lethuy, LE_THUY) == state(world.province, LE_THUY)
    assert not state(world.lethuy, LE_THUY).changed_since
    decide(world.province, LE_THUY, approvals.REOPEN)
    world.province.edit(coop, {}, {YEAR: {"members": 99}})
    world.sync_down()
    world.assert_districts_match()


def test_the_reports_say_how_many_offices_are_approved(world: World) -> None:
    from desktop.core.reports import coops, directive
    from desktop.core.reports.document import Paragraph

    submit(world.lethuy)
    submit(world.lethuy, "2024-H2")
    up(world, LE_THUY)
    decide(world.province, LE_THUY, approvals.APPROVE)
    with world.province.ws.reading() as conn:
        document, _figures = coops.build(conn, world.province.identity, YEAR)
        report = directive.collect(conn, world.province.identity, "2024-H2",
                                   today=date(2025, 1, 15))  # fmt: skip
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert "Số liệu năm 2024 đã duyệt: 1/2 đơn vị." in texts
    assert report.figures_approval == "Số liệu năm 2024 đã duyệt: 1/2 đơn vị"
    # The half year: Lệ Thủy submitted but is not approved yet.
    assert report.reports_approval == "Số liệu 6 tháng cuối năm 2024 đã duyệt: 0/2 đơn vị"
    built = directive.build(report, world.province.identity, today=date(2025, 1, 15))
    shown = [b.text for b in built.blocks if isinstance(b, Paragraph)]
    assert report.figures_approval + "." in shown
