"""The database schema (SQLAlchemy 2 declarative models).

Every table whose rows travel between offices ("synced tables") shares the same bookkeeping
columns (`SyncedMixin`):

- `id`: a UUID made where the record was created, so records from different offices never
  collide;
- `deleted`: a flag instead of removal, so that a deletion can travel and be undone;
- `updated_by` / `updated_at`: the office that last changed the record and when (wall clock,
  for people only: merges never decide by it);
- `sync_meta`: the record's version state (see `desktop.core.versions`): which office write
  produced each field, what the record's writers had already seen, and any concurrent values in
  conflict;
- `has_conflict`: whether `sync_meta` holds an unresolved conflict (indexed for the view);
- `sync_seq` / `sync_origin`: the local change sequence used for incremental export, and the
  office whose package last set the whole row (so it is not echoed back to that office).

Bulk paths (export, merge, demo data, Excel import) use these tables through SQLAlchemy Core;
single-record edits go through `desktop.core.registry`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedMixin:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(32), default="", nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    sync_meta: Mapped[str] = mapped_column(Text, default="{}", nullable=False)
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False, index=True)
    sync_seq: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False, index=True)
    sync_origin: Mapped[str | None] = mapped_column(String(32))


# --- reference data (the province owns it) ----------------------------------------------------


class Office(SyncedMixin, Base):
    """A participating office: the province (hub) or a district / department office."""

    __tablename__ = "office"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # province | commune | department | district
    area_scheme: Mapped[str] = mapped_column(String(10))
    area_code: Mapped[str | None] = mapped_column(String(10))
    # A department's right to change registry records, set at enrolment: "all", "none" or
    # "sectors:agri,trade" (None: area alone decides, as for every other role).
    registry_access: Mapped[str | None] = mapped_column(String(200))
    # An old district office after the 2025 reform: retired (sends no more, its last
    # packages still accepted) and the commune offices that took over its work.
    retired: Mapped[bool | None] = mapped_column(Boolean, default=False)
    successors: Mapped[str | None] = mapped_column(String(300))  # office codes, comma separated
    # The area it had before it was mapped to a commune (its packages made before still count).
    former_area_scheme: Mapped[str | None] = mapped_column(String(10))
    former_area_code: Mapped[str | None] = mapped_column(String(10))
    public_key: Mapped[str | None] = mapped_column(String(100))  # Ed25519, base64
    box_key: Mapped[str | None] = mapped_column(String(100))  # X25519 for encryption, base64


class Sector(SyncedMixin, Base):
    """Lĩnh vực: an editable lookup."""

    __tablename__ = "sector"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


# --- the registry -----------------------------------------------------------------------------


class Cooperative(SyncedMixin, Base):
    __tablename__ = "cooperative"
    # Unique among live records is enforced by validation, not by an index: two offices may
    # create the same code before they have seen each other, and the merge must accept both
    # (the duplicate is then reported for a person to resolve).
    registration_code: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(300))
    entity_type: Mapped[str] = mapped_column(String(10))  # HTX | LHHTX | QTDND | NHHTX | THT
    sector: Mapped[str | None] = mapped_column(String(32))  # sector.code
    status: Mapped[str] = mapped_column(String(20))
    governance: Mapped[str | None] = mapped_column(String(10))  # full | reduced
    area_scheme: Mapped[str] = mapped_column(String(10))
    area_code: Mapped[str | None] = mapped_column(String(10), index=True)  # most specific unit
    province_code: Mapped[str | None] = mapped_column(String(10))
    district_code: Mapped[str | None] = mapped_column(String(10), index=True)  # pre2025 only
    # The unit the record had before it was moved to the post-2025 codes (kept for history
    # and for reports by old district).
    former_area_scheme: Mapped[str | None] = mapped_column(String(10))
    former_area_code: Mapped[str | None] = mapped_column(String(10), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    representative: Mapped[str | None] = mapped_column(String(200))
    representative_title: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    founded_on: Mapped[date | None] = mapped_column(Date)
    registered_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # Derived on every write, stored and indexed: diacritic-free search text and a Vietnamese
    # sort key for the name.
    search_key: Mapped[str] = mapped_column(Text, default="")
    name_sort: Mapped[str] = mapped_column(Text, default="", index=True)


class Indicator(SyncedMixin, Base):
    """One cooperative's figures for one year. The id is derived from (cooperative, year) so
    that two offices entering the same year merge instead of duplicating."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("cooperative_id", "year"),)
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    members: Mapped[int | None] = mapped_column(Integer)
    members_official: Mapped[int | None] = mapped_column(Integer)
    members_associate: Mapped[int | None] = mapped_column(Integer)
    members_individual: Mapped[int | None] = mapped_column(Integer)
    members_household: Mapped[int | None] = mapped_column(Integer)
    members_legal: Mapped[int | None] = mapped_column(Integer)
    workers: Mapped[int | None] = mapped_column(Integer)
    workers_regular: Mapped[int | None] = mapped_column(Integer)
    workers_members: Mapped[int | None] = mapped_column(Integer)
    charter_capital: Mapped[int | None] = mapped_column(BigInteger)  # whole đồng
    assets: Mapped[int | None] = mapped_column(BigInteger)
    revenue: Mapped[int | None] = mapped_column(BigInteger)
    profit: Mapped[int | None] = mapped_column(BigInteger)  # may be negative
    average_income: Mapped[int | None] = mapped_column(BigInteger)  # đồng/worker/month
    size_class: Mapped[str | None] = mapped_column(String(10))
    classification: Mapped[str | None] = mapped_column(String(10))


# --- directives and tasks ---------------------------------------------------------------------


class Directive(SyncedMixin, Base):
    __tablename__ = "directive"
    number: Mapped[str] = mapped_column(String(50))  # số ký hiệu, e.g. 12/CT-UBND
    issued_on: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)


class Task(SyncedMixin, Base):
    __tablename__ = "task"
    directive_id: Mapped[str] = mapped_column(ForeignKey("directive.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)
    cycle: Mapped[str] = mapped_column(String(12))  # once | continuous | month | quarter ...
    deadline: Mapped[date | None] = mapped_column(Date)
    previous_deadline: Mapped[date | None] = mapped_column(Date)
    extensions: Mapped[int] = mapped_column(Integer, default=0)


class Assignment(SyncedMixin, Base):
    __tablename__ = "assignment"
    task_id: Mapped[str] = mapped_column(ForeignKey("task.id"), index=True)
    office_code: Mapped[str] = mapped_column(String(32), index=True)
    role: Mapped[str] = mapped_column(String(8))  # lead | support


class ProgressReport(SyncedMixin, Base):
    __tablename__ = "progress_report"
    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"), index=True)
    office_code: Mapped[str] = mapped_column(String(32), index=True)
    period: Mapped[str] = mapped_column(String(10))  # 2026, 2026-H1, 2026-Q3, 2026-11 or ""
    reported_on: Mapped[date] = mapped_column(Date)
    document_number: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(12))  # not_started | in_progress | done
    percent: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str | None] = mapped_column(Text)
    difficulties: Mapped[str | None] = mapped_column(Text)
    proposals: Mapped[str | None] = mapped_column(Text)


class Approval(SyncedMixin, Base):
    """Sign-off of one office's figures for one period (what DHIS2 calls data approval).

    The office writes its submission (`submitted` counts them), the province its decision on
    one submission (`decided_on`); no field is written by both, so the record never holds a
    conflict and its state is read from the two (see `desktop.core.approvals`). The id is
    derived from (office, period) so that every office names the same record.
    """

    __tablename__ = "approval"
    __table_args__ = (UniqueConstraint("office_code", "period"),)
    office_code: Mapped[str] = mapped_column(String(32), index=True)
    period: Mapped[str] = mapped_column(String(10))  # 2026 (figures and reports) or 2026-H1
    # The office's part.
    submitted: Mapped[int] = mapped_column(Integer, default=0)  # how many times submitted
    submitted_by: Mapped[str | None] = mapped_column(String(100))  # staff member
    submitted_at: Mapped[str | None] = mapped_column(String(20))  # UTC, ISO (2026-11-29T04:40:00)
    submit_note: Mapped[str | None] = mapped_column(Text)
    # The province's part.
    decision: Mapped[str | None] = mapped_column(String(12))  # approved | returned | reopened
    decided_on: Mapped[int] = mapped_column(Integer, default=0)  # the submission decided
    comment: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[str | None] = mapped_column(String(20))
    # Digest of the figures as approved: they changed since when it differs from today's.
    fingerprint: Mapped[str | None] = mapped_column(String(64))


# --- local bookkeeping (never travels) ----------------------------------------------------------


class Setting(Base):
    """Key/value settings of this installation (office identity, keys, preferences)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Monotonic counters: `clock` numbers this office's writes (the counter in a version),
    `seq` numbers local change transactions (what incremental export looks at)."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class History(Base):
    """Who changed which field of which record from what to what, and when."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_record", "table_name", "record_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    office: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(16))  # edit | import | excel | undo | resolve
    package_id: Mapped[str | None] = mapped_column(String(36))
    staff: Mapped[str | None] = mapped_column(String(100))  # the person, when known


class WriteAuthor(Base):
    """Which staff member made each office write (a version's dot): kept with the data and
    carried in packages, so that every office's history can say who did it."""

    __tablename__ = "write_author"
    dot: Mapped[str] = mapped_column(String(60), primary_key=True)
    staff: Mapped[str] = mapped_column(String(100))
    seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True)  # change seq it came in


class PackageLog(Base):
    """Every package exported or imported, with what it did and how to undo an import."""

    __tablename__ = "package_log"
    __table_args__ = (Index("ix_package_log_source_seq", "source_office", "sequence"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(8))  # export | import
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    source_office: Mapped[str] = mapped_column(String(32))
    destination_office: Mapped[str | None] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    processed_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))  # exported | applied | undone
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    report: Mapped[str | None] = mapped_column(Text)  # JSON: refused records, errors
    change_seq: Mapped[int | None] = mapped_column(BigInteger)  # seq the import wrote
    undo_data: Mapped[bytes | None] = mapped_column(LargeBinary)  # zlib JSON before-images


def table_of(model: type[Base]) -> Table:
    """A model's table, typed as the `Table` it is (SQLAlchemy types `__table__` loosely)."""
    return cast(Table, model.__table__)
