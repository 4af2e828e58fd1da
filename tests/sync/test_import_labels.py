"""The import report names each yearly-figure row as "its cooperative – that year": the
cooperatives' names are read a batch at a time (`merger._coop_labels`)."""

from __future__ import annotations

from desktop.core.sync import merger
from tests.sync.world import World


def test_figure_rows_are_named_by_their_cooperative_and_year(world: World) -> None:
    coops = world.coops["457"]
    for n, coop in enumerate(coops):  # figures only: the cooperatives are not in the package
        world.lethuy.edit(coop, {}, {2025: {"members": 30 + n}})
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED, report.errors
    assert not [r for r in report.records if r.table == "cooperative"]
    figures = {r.id: r.label for r in report.records if r.table == "indicator"}
    assert len(figures) == len(coops)
    for coop in coops:
        row = world.province.row("cooperative", coop)
        assert row is not None
        name = f"{row['name']} ({row['registration_code']})"
        figure = next(
            i for i in figures if world.province.row("indicator", i)["cooperative_id"] == coop
        )
        assert figures[figure] == f"{name} – năm 2025"
