"""The database schema, as SQLAlchemy Core tables.

Every table whose rows travel between offices ("synced tables") shares the same bookkeeping
columns (`_synced_columns`):

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

Every read and write goes through SQLAlchemy Core: bulk paths (export, merge, demo data, Excel
import) and single-record edits (`desktop.core.registry`, `desktop.core.records`) alike. Plain
tables rather than ORM classes, because nothing uses an ORM session, and the ORM's modules and
a mapping of these tables were about 5 MB of the window's memory.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
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

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def _synced_columns() -> list[Column[object]]:
    """The bookkeeping columns of a synced table, after its own (new ones for each table: a
    column belongs to one table)."""
    return [
        Column("id", String(36), primary_key=True),
        Column("deleted", Boolean, default=False, nullable=False),
        Column("updated_by", String(32), default="", nullable=False),
        Column("updated_at", DateTime),
        Column("sync_meta", Text, default="{}", nullable=False),
        Column("has_conflict", Boolean, default=False, nullable=False, index=True),
        Column("sync_seq", BigInteger, default=0, nullable=False, index=True),
        Column("sync_origin", String(32)),
    ]


# --- reference data (the province owns it) ----------------------------------------------------


# A participating office: the province (hub) or a district / department office.
office = Table(
    "office",
    metadata,
    Column("code", String(32), unique=True, nullable=False),
    Column("name", String(200), nullable=False),
    Column("role", String(16), nullable=False),  # province | commune | department | district
    Column("area_scheme", String(10), nullable=False),
    Column("area_code", String(10)),
    # A department's right to change registry records, set at enrolment: "all", "none" or
    # "sectors:agri,trade" (None: area alone decides, as for every other role).
    Column("registry_access", String(200)),
    # An old district office after the 2025 reform: retired (sends no more, its last
    # packages still accepted) and the commune offices that took over its work.
    Column("retired", Boolean, default=False),
    Column("successors", String(300)),  # office codes, comma separated
    # The area it had before it was mapped to a commune (its packages made before still count).
    Column("former_area_scheme", String(10)),
    Column("former_area_code", String(10)),
    Column("public_key", String(100)),  # Ed25519, base64
    Column("box_key", String(100)),  # X25519 for encryption, base64
    *_synced_columns(),
)


# Lĩnh vực: an editable lookup.
sector = Table(
    "sector",
    metadata,
    Column("code", String(32), unique=True, nullable=False),
    Column("name", String(200), nullable=False),
    Column("position", Integer, default=0, nullable=False),
    *_synced_columns(),
)


# --- the registry -----------------------------------------------------------------------------


cooperative = Table(
    "cooperative",
    metadata,
    # Unique among live records is enforced by validation, not by an index: two offices may
    # create the same code before they have seen each other, and the merge must accept both
    # (the duplicate is then reported for a person to resolve).
    Column("registration_code", String(20), index=True, nullable=False),
    Column("name", String(300), nullable=False),
    Column("entity_type", String(10), nullable=False),  # HTX | LHHTX | QTDND | NHHTX | THT
    Column("sector", String(32)),  # sector.code
    Column("status", String(20), nullable=False),
    Column("governance", String(10)),  # full | reduced
    Column("area_scheme", String(10), nullable=False),
    Column("area_code", String(10), index=True),  # most specific unit
    Column("province_code", String(10)),
    Column("district_code", String(10), index=True),  # pre2025 only
    # The unit the record had before it was moved to the post-2025 codes (kept for history
    # and for reports by old district).
    Column("former_area_scheme", String(10)),
    Column("former_area_code", String(10), index=True),
    Column("address", String(300)),
    Column("representative", String(200)),
    Column("representative_title", String(100)),
    Column("phone", String(50)),
    Column("email", String(200)),
    Column("founded_on", Date),
    Column("registered_on", Date),
    Column("notes", Text),
    # Derived on every write, stored and indexed: diacritic-free search text and a Vietnamese
    # sort key for the name.
    Column("search_key", Text, default="", nullable=False),
    Column("name_sort", Text, default="", index=True, nullable=False),
    *_synced_columns(),
)


# One cooperative's figures for one year. The id is derived from (cooperative, year) so
# that two offices entering the same year merge instead of duplicating.
indicator = Table(
    "indicator",
    metadata,
    Column("cooperative_id", ForeignKey("cooperative.id"), index=True, nullable=False),
    Column("year", Integer, nullable=False),
    Column("members", Integer),
    Column("members_official", Integer),
    Column("members_associate", Integer),
    Column("members_individual", Integer),
    Column("members_household", Integer),
    Column("members_legal", Integer),
    Column("workers", Integer),
    Column("workers_regular", Integer),
    Column("workers_members", Integer),
    Column("charter_capital", BigInteger),  # whole đồng
    Column("assets", BigInteger),
    Column("revenue", BigInteger),
    Column("profit", BigInteger),  # may be negative
    Column("average_income", BigInteger),  # đồng/worker/month
    Column("size_class", String(10)),
    Column("classification", String(10)),
    *_synced_columns(),
    UniqueConstraint("cooperative_id", "year"),
)


# --- directives and tasks ---------------------------------------------------------------------


directive = Table(
    "directive",
    metadata,
    Column("number", String(50), nullable=False),  # số ký hiệu, e.g. 12/CT-UBND
    Column("issued_on", Date),
    Column("issuer", String(200)),
    Column("title", Text, nullable=False),
    Column("summary", Text),
    *_synced_columns(),
)


task = Table(
    "task",
    metadata,
    Column("directive_id", ForeignKey("directive.id"), index=True, nullable=False),
    Column("position", Integer, default=0, nullable=False),
    Column("title", Text, nullable=False),
    Column("content", Text),
    Column("cycle", String(12), nullable=False),  # once | continuous | month | quarter ...
    Column("deadline", Date),
    Column("previous_deadline", Date),
    Column("extensions", Integer, default=0, nullable=False),
    *_synced_columns(),
)


assignment = Table(
    "assignment",
    metadata,
    Column("task_id", ForeignKey("task.id"), index=True, nullable=False),
    Column("office_code", String(32), index=True, nullable=False),
    Column("role", String(8), nullable=False),  # lead | support
    *_synced_columns(),
)


progress_report = Table(
    "progress_report",
    metadata,
    Column("assignment_id", ForeignKey("assignment.id"), index=True, nullable=False),
    Column("office_code", String(32), index=True, nullable=False),
    Column("period", String(10), nullable=False),  # 2026, 2026-H1, 2026-Q3, 2026-11 or ""
    Column("reported_on", Date, nullable=False),
    Column("document_number", String(50)),
    Column("status", String(12), nullable=False),  # not_started | in_progress | done
    Column("percent", Integer, default=0, nullable=False),
    Column("content", Text),
    Column("difficulties", Text),
    Column("proposals", Text),
    *_synced_columns(),
)


# Sign-off of one office's figures for one period (what DHIS2 calls data approval).
#
# The office writes its submission (`submitted` counts them), the province its decision on
# one submission (`decided_on`); no field is written by both, so the record never holds a
# conflict and its state is read from the two (see `desktop.core.approvals`). The id is
# derived from (office, period) so that every office names the same record.
approval = Table(
    "approval",
    metadata,
    Column("office_code", String(32), index=True, nullable=False),
    Column("period", String(10), nullable=False),  # 2026 (figures and reports) or 2026-H1
    # The office's part.
    Column("submitted", Integer, default=0, nullable=False),  # how many times submitted
    Column("submitted_by", String(100)),  # staff member
    Column("submitted_at", String(20)),  # UTC, ISO (2026-11-29T04:40:00)
    Column("submit_note", Text),
    # The province's part.
    Column("decision", String(12)),  # approved | returned | reopened
    Column("decided_on", Integer, default=0, nullable=False),  # the submission decided
    Column("comment", Text),
    Column("decided_by", String(100)),
    Column("decided_at", String(20)),
    # Digest of the figures as approved: they changed since when it differs from today's.
    Column("fingerprint", String(64)),
    *_synced_columns(),
    UniqueConstraint("office_code", "period"),
)


# --- local bookkeeping (never travels) ----------------------------------------------------------


# Key/value settings of this installation (office identity, keys, preferences).
setting = Table(
    "setting",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


# Monotonic counters: `clock` numbers this office's writes (the counter in a version),
# `seq` numbers local change transactions (what incremental export looks at).
counter = Table(
    "counter",
    metadata,
    Column("name", String(16), primary_key=True),
    Column("value", BigInteger, default=0, nullable=False),
)


# Who changed which field of which record from what to what, and when.
history = Table(
    "history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("table_name", String(32), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("field", String(64), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("office", String(32), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("source", String(16), nullable=False),  # edit | import | excel | undo | resolve
    Column("package_id", String(36)),
    Column("staff", String(100)),  # the person, when known
    Index("ix_history_record", "table_name", "record_id"),
)


# Which staff member made each office write (a version's dot): kept with the data and
# carried in packages, so that every office's history can say who did it.
write_author = Table(
    "write_author",
    metadata,
    Column("dot", String(60), primary_key=True),
    Column("staff", String(100), nullable=False),
    Column("seq", BigInteger, default=0, index=True, nullable=False),  # change seq it came in
)


# Every package exported or imported, with what it did and how to undo an import.
package_log = Table(
    "package_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("direction", String(8), nullable=False),  # export | import
    Column("package_id", String(36), index=True, nullable=False),
    Column("file_name", String(300), nullable=False),
    Column("source_office", String(32), nullable=False),
    Column("destination_office", String(32)),
    Column("sequence", Integer, nullable=False),
    Column("full", Boolean, default=False, nullable=False),
    Column("created_at", DateTime),
    Column("processed_at", DateTime, nullable=False),
    Column("status", String(16), nullable=False),  # exported | applied | undone
    Column("counts", Text, default="{}", nullable=False),  # JSON
    Column("report", Text),  # JSON: refused records, errors
    Column("change_seq", BigInteger),  # seq the import wrote
    Column("undo_data", LargeBinary),  # zlib JSON before-images
    Index("ix_package_log_source_seq", "source_office", "sequence"),
)
