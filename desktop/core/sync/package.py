"""The package file: a ZIP anyone can open, holding a signed manifest and the payload.

```
HTX_T44_2026-11-25_3_H457.htxpkg
├── manifest.json   format and schema versions, package id, source, destination, sequence,
│                   creation time, record counts, SHA-256 of the payload (and of its
│                   deflated bytes as stored in the ZIP)
├── manifest.sig    Ed25519 signature of manifest.json by the source office
├── payload.json    the records, table by table, column by column:
│                   {"tables": {name: {"columns": [...], "data": [[column values], ...]}}}
│                   (payload.bin instead when encrypted to the receiving office)
└── DOC-TOI.txt     a short note for whoever opens the file by hand
```

Reading never trusts the file: sizes are bounded before anything is decompressed, only the
expected entries are read (nothing is ever extracted to disk), and every value is checked
against the schema before the merge sees it. Any problem raises `PackageError` with a
Vietnamese message; nothing has been written at that point.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import re
import struct
import tempfile
import threading
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import BigInteger, Boolean, Date, Integer, String, Text

from desktop import __version__
from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.records import SPECS
from desktop.core.sync import keys
from desktop.core.sync.payload_text import StreamingText

FORMAT = "htx-sync-package"
# Bump when the layout changes; readers keep every older version. 1: rows; 2: columns.
FORMAT_VERSION = 2
SCHEMA_VERSION = 2  # version of the payload's tables and columns
# The schema version a table first appeared in: a package states the lowest version that
# holds all its tables, so an older app still reads a package without the newer tables.
# 2: `approval` (sign-off of figures).
TABLE_SCHEMA = {"approval": 2}


def schema_of(tables: Any) -> int:
    return max([1, *(TABLE_SCHEMA.get(name, 1) for name in tables)])


MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PAYLOAD = "payload.json"
PAYLOAD_ENCRYPTED = "payload.bin"
NOTE = "DOC-TOI.txt"
SUFFIX = ".htxpkg"

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_MANIFEST_BYTES = 256 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 400  # uncompressed / compressed beyond this is a zip bomb, not a package
MAX_TEXT = 100_000
MAX_INT = 2**63 - 1
MAX_INT32 = 2**31 - 1  # Integer columns (sequence numbers, years, counts): 4 bytes on PostgreSQL
_OFFICE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}\Z")
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


# Many ids or dates joined, each checked where it must lie (every one as long as the first).
_UUIDS_RE = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})*")
_DATES_RE = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2})*")  # the one form dates travel as


def _not_text(text: str) -> bool:
    """Whether a text holds what no database stores: NUL, or a lone surrogate (U+D800 to
    U+DFFF: exactly the characters UTF-8 cannot encode, which is quicker to ask than to
    look for them)."""
    if "\x00" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _all_uuids(values: list[Any]) -> bool:
    """Whether every value is an id as this app writes them (`_UUID_RE`)."""
    return (
        set(map(type, values)) == {str}
        and set(map(len, values)) == {36}
        and _UUIDS_RE.fullmatch("".join(values)) is not None
    )


class PackageError(KnownError):
    """The file is not a package this office can accept; nothing was changed."""


@dataclass(frozen=True)
class Manifest:
    package_id: str
    source_office: str
    destination_office: str | None
    sequence: int
    created_at: str
    full: bool
    counts: dict[str, int]
    payload_sha256: str
    payload_size: int
    encrypted: bool
    ephemeral_key: str | None
    note_sha256: str | None = None  # the human note is signed too (None: an older package)
    # The SHA-256 and size of the payload entry's bytes as stored in the file (deflated): a
    # reader checks them before decompressing anything, and needs to decompress the payload
    # only once (None: an older package, or an encrypted one, whose payload is stored as is).
    stored_sha256: str | None = None
    stored_size: int | None = None
    format_version: int = FORMAT_VERSION
    schema_version: int = SCHEMA_VERSION
    app_version: str = __version__

    def to_json(self) -> dict[str, Any]:
        note = {"note": {"name": NOTE, "sha256": self.note_sha256}} if self.note_sha256 else {}
        stored = (
            {
                "stored": {
                    "sha256": self.stored_sha256,
                    "size": self.stored_size,
                    "method": "deflate",
                }
            }
            if self.stored_sha256
            else {}
        )
        return {
            **note,
            "format": FORMAT,
            "format_version": self.format_version,
            "schema_version": self.schema_version,
            "app_version": self.app_version,
            "package_id": self.package_id,
            "source_office": self.source_office,
            "destination_office": self.destination_office,
            "sequence": self.sequence,
            "created_at": self.created_at,
            "full": self.full,
            "counts": self.counts,
            "payload": {
                "name": PAYLOAD_ENCRYPTED if self.encrypted else PAYLOAD,
                "sha256": self.payload_sha256,
                "size": self.payload_size,
                "encrypted": self.encrypted,
                "ephemeral_key": self.ephemeral_key,
                **stored,
            },
        }


@dataclass
class Package:
    """A package read from a file, signature not yet checked."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: str
    payload_bytes: bytes
    path: Path | None = None
    note_bytes: bytes | None = None
    # Read from the file as it is needed (`read_package(stream=True)`): the payload entry's
    # name; `payload_bytes` is then empty.
    payload_entry: str | None = None


def file_name(source: str, created: date, sequence: int, destination: str | None) -> str:
    """`HTX_<office>_<yyyy-mm-dd>_<seq>.htxpkg`; the province adds `_<destination>` because it
    numbers the packages of each office separately."""
    base = f"HTX_{source}_{created.isoformat()}_{sequence}"
    return f"{base}_{destination}{SUFFIX}" if destination else f"{base}{SUFFIX}"


def _note(source: str, destination: str | None, sequence: int, created_at: str) -> str:
    return (
        "Đây là gói đồng bộ của chương trình HTX Desktop.\n"
        f"Đơn vị gửi: {source}; đơn vị nhận: {destination or '-'};"
        f" số thứ tự gói: {sequence}; tạo lúc: {created_at}.\n"
        "Hãy mở tệp bằng HTX Desktop (menu Đồng bộ > Nhập gói, hoặc kéo thả tệp vào cửa sổ).\n"
        "Không sửa các tệp bên trong: chữ ký số sẽ không còn khớp và gói sẽ bị từ chối.\n"
    )


def write_package(
    folder: Path,
    *,
    source: str,
    destination: str | None,
    sequence: int,
    full: bool,
    payload: dict[str, Any],
    counts: dict[str, int],
    signing_key: str,
    encrypt_to: str | None = None,
    name_destination: bool = False,
) -> tuple[Path, Manifest]:
    """Write a package atomically (temporary file, then rename) and return its path."""
    with PackageWriter(folder, source=source, destination=destination, sequence=sequence,
                       full=full, signing_key=signing_key, encrypt_to=encrypt_to,
                       name_destination=name_destination) as writer:  # fmt: skip
        for name, body in payload["tables"].items():
            writer.add_table(name, body["columns"], body["data"])
        return writer.finish(counts, payload.get("staff"))


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_INLINE_BYTES = 1 << 20  # a payload smaller than this is compressed without a thread
_LEVEL = 6  # deflate level of a payload (a full national package: 0.45 x a zipped CSV dump)
# ... and of a payload under _INLINE_BYTES (a few thousand changes: a few hundred KB at most
# once compressed, where level 6 would take three times as long to save a tenth of that).
_SMALL_LEVEL = 1


class PackageWriter:
    """Writes a package while its payload is being produced, table by table.

    The payload's JSON (`{"tables": {name: {"columns": [...], "data": [[...], ...]}, ...},
    "staff": {...}}`, the bytes `json.dumps` makes of the whole payload) is encoded a column
    at a time and handed to a thread that hashes and deflates it into the ZIP entry, so
    compressing (zlib and hashlib let other threads run) overlaps reading the next table, and
    the whole payload is never held as one string. The manifest, which holds the payload's
    hash and size, its signature and the note follow the payload in the ZIP (readers find
    entries by name). An encrypted payload is sealed whole, so it is gathered in memory.

    Nothing is in place until `finish`: the temporary file is renamed only once it is whole
    and flushed to disk; leaving the `with` block without `finish` (an error, a cancel)
    removes it.
    """

    def __init__(self, folder: Path, *, source: str, destination: str | None, sequence: int,
                 full: bool, signing_key: str, encrypt_to: str | None = None,
                 name_destination: bool = False) -> None:  # fmt: skip
        self._source, self._destination, self._sequence = source, destination, sequence
        self._full, self._signing_key, self._encrypt_to = full, signing_key, encrypt_to
        self._now = datetime.now(UTC).replace(microsecond=0)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / file_name(
            source, self._now.date(), sequence, destination if name_destination else None
        )
        counter, stem = 2, target.stem
        while target.exists():
            target = target.with_name(f"{stem} ({counter}){SUFFIX}")
            counter += 1
        self.target = target
        self._hash = hashlib.sha256()
        self._size = 0
        self._tables: list[str] = []
        self._sealed: list[bytes] | None = [] if encrypt_to else None
        self._error: BaseException | None = None
        fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=folder)
        self._temp = Path(temp)
        self._handle = os.fdopen(fd, "wb")
        self._archive = zipfile.ZipFile(
            self._handle, "w", zipfile.ZIP_DEFLATED, compresslevel=_LEVEL
        )
        self._entry: Any = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._thread: threading.Thread | None = None
        # Chunks held until there are enough to be worth a thread (a small package is
        # compressed in this thread when it is finished: starting a thread and handing it
        # a few dozen chunks costs more than compressing them).
        self._pending: list[bytes] | None = None
        self._pending_size = 0
        if self._sealed is None:
            self._pending = []
        self._put(b'{"tables":{')

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, kind: Any, value: Any, traceback: Any) -> None:
        if kind is not None:
            self.abort()

    def _deflate(self) -> None:
        """The compressing thread: hash and write the chunks until None."""
        while True:
            chunk = self._queue.get()
            if chunk is None:
                return
            if self._error is not None:
                continue  # drain, so that the producer never blocks
            try:
                self._hash.update(chunk)
                self._entry.write(chunk)
            except BaseException as exc:  # a full disk: raised in the producer's thread
                self._error = exc

    def _put(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._size += len(chunk)
        if self._sealed is not None:
            self._sealed.append(chunk)
        elif self._pending is not None:
            self._pending.append(chunk)
            self._pending_size += len(chunk)
            if self._pending_size >= _INLINE_BYTES:
                self._start_thread()
        else:
            self._queue.put(chunk)

    def _start_thread(self) -> None:
        """Hand the chunks held so far, and every later one, to the compressing thread."""
        pending, self._pending = self._pending or [], None
        self._entry = self._open_payload(_LEVEL)
        self._thread = threading.Thread(target=self._deflate, name="package-deflate",
                                        daemon=True)  # fmt: skip
        self._thread.start()
        for chunk in pending:
            self._queue.put(chunk)

    def _open_payload(self, level: int) -> Any:
        self._archive.compresslevel = level  # taken by the entry when it opens
        try:
            return self._archive.open(PAYLOAD, mode="w")
        finally:
            self._archive.compresslevel = _LEVEL

    def _deflate_pending(self) -> None:
        """A small payload: hash and compress the chunks held, in this thread."""
        if self._pending is None:
            return
        pending, self._pending = self._pending, None
        self._entry = self._open_payload(_SMALL_LEVEL)
        for chunk in pending:
            self._hash.update(chunk)
            self._entry.write(chunk)

    def add_table(self, name: str, columns: list[str], data: list[Any]) -> None:
        """One table of the payload, column by column (format 2)."""
        self.add_encoded_table(name, columns, map(_json, data))

    def add_encoded_table(self, name: str, columns: list[str], parts: Iterable[bytes]) -> None:
        """One table of the payload, its columns given as JSON arrays (UTF-8)."""
        head = b"," if self._tables else b""
        self._put(head + _json(name) + b':{"columns":' + _json(columns) + b',"data":[')
        for i, part in enumerate(parts):
            if i:
                self._put(b",")
            self._put(part)
        self._put(b"]}")
        self._tables.append(name)

    def finish(self, counts: dict[str, int], staff: dict[str, str] | None) -> tuple[Path, Manifest]:
        """Close the payload, sign the manifest and put the file in place."""
        try:
            self._put(b"}" + (b',"staff":' + _json(staff) if staff else b"") + b"}")
            ephemeral = stored_sha256 = stored_size = None
            if self._sealed is not None:
                plain = b"".join(self._sealed)
                self._sealed = None
                ephemeral, sealed = keys.encrypt(cast(str, self._encrypt_to), plain)
                del plain
                payload_sha256, payload_size = hashlib.sha256(sealed).hexdigest(), len(sealed)
                self._archive.writestr(PAYLOAD_ENCRYPTED, sealed, compress_type=zipfile.ZIP_STORED)
                del sealed
            else:
                self._deflate_pending()
                self._stop_thread()
                if self._error is not None:
                    raise self._error
                self._entry.close()
                payload_sha256, payload_size = self._hash.hexdigest(), self._size
                stored_sha256, stored_size = self._stored_hash()
            created_at = self._now.isoformat().replace("+00:00", "Z")
            note = _note(self._source, self._destination, self._sequence, created_at).encode(
                "utf-8"
            )
            manifest = Manifest(
                package_id=str(uuid.uuid4()),
                source_office=self._source,
                destination_office=self._destination,
                sequence=self._sequence,
                created_at=created_at,
                full=self._full,
                counts=counts,
                schema_version=schema_of(self._tables),
                payload_sha256=payload_sha256,
                payload_size=payload_size,
                encrypted=bool(self._encrypt_to),
                ephemeral_key=ephemeral,
                note_sha256=hashlib.sha256(note).hexdigest(),
                stored_sha256=stored_sha256,
                stored_size=stored_size,
            )
            manifest_bytes = json.dumps(
                manifest.to_json(), ensure_ascii=False, indent=1, sort_keys=True
            ).encode()
            signature = keys.sign(self._signing_key, manifest_bytes)
            self._archive.writestr(MANIFEST, manifest_bytes)
            self._archive.writestr(SIGNATURE, signature.encode("ascii"), zipfile.ZIP_STORED)
            self._archive.writestr(NOTE, note)
            self._archive.close()
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.replace(self._temp, self.target)
            return self.target, manifest
        except BaseException:
            self.abort()
            raise

    def _stored_hash(self) -> tuple[str, int]:
        """The SHA-256 and size of the payload entry's deflated bytes, read back from the
        file being written (from the page cache: a national payload's 6 MB)."""
        info = self._archive.getinfo(PAYLOAD)
        self._handle.flush()
        digest = hashlib.sha256()
        with open(self._temp, "rb") as handle:
            for chunk in _stored_chunks(handle, info):
                digest.update(chunk)
        return digest.hexdigest(), info.compress_size

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def abort(self) -> None:
        """Drop the file being written (nothing was put in place)."""
        if self._thread is not None:
            self._error = self._error or RuntimeError("package writing abandoned")
            self._stop_thread()
        closings = [self._archive.close, self._handle.close]
        if self._entry is not None:
            closings.insert(0, self._entry.close)  # the archive refuses to close around it
        for closing in closings:
            with contextlib.suppress(OSError, ValueError, RuntimeError, zipfile.BadZipFile):
                closing()
        self._temp.unlink(missing_ok=True)


def atomic_write_zip(target: Path, entries: list[tuple[str, bytes, int]]) -> None:
    """Write a ZIP next to the target, flush it to disk, then rename it into place."""
    fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w") as archive:
                for name, data, method in entries:
                    archive.writestr(name, data, compress_type=method, compresslevel=6)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# --- reading ------------------------------------------------------------------------------------


def _too_big() -> PackageError:
    return PackageError(translate("Package", "Gói có phần dữ liệu quá lớn, không phải gói hợp lệ."))


def _check_size(info: zipfile.ZipInfo, limit: int) -> None:
    if info.file_size > limit:
        raise _too_big()
    if (
        info.compress_size
        and info.file_size / max(info.compress_size, 1) > MAX_RATIO
        and info.file_size > 1_000_000
    ):
        raise PackageError(
            translate(
                "Package", "Gói có phần dữ liệu nén bất thường (nghi ngờ tệp độc hại), không nhập."
            )
        )


def _bounded_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    _check_size(info, limit)
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise PackageError(
            translate("Package", "Gói có phần dữ liệu quá lớn, không phải gói hợp lệ.")
        )
    return data


def _damaged(path: Path) -> str:
    return translate(
        "Package",
        "Tệp “{name}” không phải là gói đồng bộ hợp lệ hoặc đã bị hỏng (có thể do rút USB khi "
        "đang chép). Hãy xin đơn vị gửi chép lại tệp.",
    ).format(name=path.name)


_CHUNK = 1 << 20  # bytes of a streamed payload decompressed at a time
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
                NotImplementedError, RuntimeError, zlib.error)  # fmt: skip


def _payload_chunks(package: Package, expected_sha256: str | None) -> Iterator[bytes]:
    """The payload's bytes as they are decompressed from the file, bounded in size; at the
    end, their SHA-256 is checked against `expected_sha256` (when given): the file may have
    changed since it was first read, and what was read must be what the sender signed."""
    assert package.path is not None and package.payload_entry is not None
    digest = hashlib.sha256()
    size = 0
    try:
        with (
            zipfile.ZipFile(package.path) as archive,
            archive.open(package.payload_entry) as handle,
        ):
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > MAX_PAYLOAD_BYTES:
                    raise _too_big()
                digest.update(chunk)
                yield chunk
    except _READ_ERRORS as exc:
        raise PackageError(_damaged(package.path), detail=repr(exc)) from exc
    if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
        raise _altered()


def _stored_chunks(handle: Any, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """An entry's bytes as stored in the ZIP file (compressed), the bytes `ZipFile.open`
    decompresses: after the entry's local header, its compressed size."""
    handle.seek(info.header_offset)
    header = handle.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("no local header")
    name_size, extra_size = struct.unpack("<HH", header[26:30])
    handle.seek(info.header_offset + 30 + name_size + extra_size)
    left = info.compress_size
    while left:
        chunk = handle.read(min(left, _CHUNK))
        if not chunk:
            raise EOFError("entry cut short")
        left -= len(chunk)
        yield chunk


def _stored_as_signed(package: Package) -> bool:
    """Whether the payload entry's stored (deflated) bytes are those the sender signed (the
    manifest of a package written since it gives their hash): then what they decompress to
    is the payload signed, and it is not decompressed to be checked (its own hash is still
    checked at the end of reading it, `read_payload`). False when the manifest does not say,
    or the entry is stored otherwise (a package zipped again by another tool, whose payload
    is then checked as decompressed)."""
    manifest = package.manifest
    if manifest.stored_sha256 is None or package.path is None or package.payload_entry is None:
        return False
    digest = hashlib.sha256()
    try:
        with zipfile.ZipFile(package.path) as archive:
            info = archive.getinfo(package.payload_entry)
            if (
                info.compress_type != zipfile.ZIP_DEFLATED
                or info.compress_size != manifest.stored_size
                or info.flag_bits & 0x1  # encrypted by ZIP's own scheme: never ours
            ):
                return False
            with open(package.path, "rb") as handle:
                for chunk in _stored_chunks(handle, info):
                    digest.update(chunk)
    except _READ_ERRORS:
        return False  # the check on the decompressed payload says what is wrong
    return digest.hexdigest() == manifest.stored_sha256


def _payload_sha256(package: Package) -> str:
    if package.payload_entry is None:
        return hashlib.sha256(package.payload_bytes).hexdigest()
    digest = hashlib.sha256()
    for chunk in _payload_chunks(package, None):
        digest.update(chunk)
    return digest.hexdigest()


def _altered() -> PackageError:
    return PackageError(
        translate(
            "Package",
            "Nội dung gói không khớp với mã kiểm tra: tệp bị hỏng hoặc bị sửa. Hãy xin gửi lại gói.",
        )
    )


def read_package(path: Path, *, stream: bool = False) -> Package:
    """Open a package file and check its structure (not yet its signature). `stream`: leave
    a payload that is not encrypted in the file, to be hashed and then read from it as it
    is decompressed (`read_payload`), never held whole."""
    damaged = _damaged(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackageError(
            translate("Package", "Không đọc được tệp “{name}”.").format(name=path.name),
            detail=str(exc),
        ) from exc
    if size > MAX_FILE_BYTES:
        raise PackageError(
            translate("Package", "Tệp “{name}” quá lớn để là một gói đồng bộ.").format(
                name=path.name
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if len(infos) > 16 or any(n.startswith("/") or ".." in n or "\\" in n for n in infos):
                raise PackageError(damaged)
            if MANIFEST not in infos or SIGNATURE not in infos:
                raise PackageError(damaged)
            manifest_bytes = _bounded_read(archive, infos[MANIFEST], MAX_MANIFEST_BYTES)
            signature = _bounded_read(archive, infos[SIGNATURE], 1024).decode("ascii").strip()
            manifest = parse_manifest(manifest_bytes)
            name = PAYLOAD_ENCRYPTED if manifest.encrypted else PAYLOAD
            if name not in infos:
                raise PackageError(damaged)
            if stream and not manifest.encrypted:
                _check_size(infos[name], MAX_PAYLOAD_BYTES)
                payload_bytes, entry = b"", name
            else:
                payload_bytes = _bounded_read(archive, infos[name], MAX_PAYLOAD_BYTES)
                entry = None
            note = _bounded_read(archive, infos[NOTE], 64 * 1024) if NOTE in infos else None
    except PackageError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, UnicodeDecodeError, ValueError,
            NotImplementedError, RuntimeError, zlib.error) as exc:  # fmt: skip
        raise PackageError(damaged, detail=repr(exc)) from exc
    return Package(manifest, manifest_bytes, signature, payload_bytes, path, note, entry)


def parse_manifest(data: bytes) -> Manifest:
    bad = translate(
        "Package", "Phần mô tả (manifest) của gói không hợp lệ; gói bị hỏng hoặc đã bị sửa."
    )
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(bad, detail=repr(exc)) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackageError(translate("Package", "Tệp này không phải là gói đồng bộ HTX Desktop."))
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageError(bad)
    if version > FORMAT_VERSION or (
        isinstance(raw.get("schema_version"), int) and raw["schema_version"] > SCHEMA_VERSION
    ):
        raise PackageError(
            translate(
                "Package",
                "Gói này được tạo bởi phiên bản HTX Desktop mới hơn (định dạng {version}). "
                "Hãy cập nhật chương trình lên phiên bản mới nhất rồi nhập lại.",
            ).format(version=version)
        )
    try:
        payload = raw["payload"]
        manifest = Manifest(
            package_id=_check(raw["package_id"], str, _UUID_RE),
            source_office=_check(raw["source_office"], str, _OFFICE_RE),
            destination_office=None
            if raw.get("destination_office") is None
            else _check(raw["destination_office"], str, _OFFICE_RE),
            sequence=_check(raw["sequence"], int),
            created_at=_check(raw["created_at"], str),
            full=_check(raw["full"], bool),
            counts={_check(k, str): _check(v, int) for k, v in _check(raw["counts"], dict).items()},
            payload_sha256=_check(payload["sha256"], str, re.compile(r"^[0-9a-f]{64}$")),
            payload_size=_check(payload["size"], int),
            encrypted=_check(payload["encrypted"], bool),
            ephemeral_key=None
            if payload.get("ephemeral_key") is None
            else _check(payload["ephemeral_key"], str),
            note_sha256=None
            if raw.get("note") is None
            else _check(raw["note"]["sha256"], str, re.compile(r"^[0-9a-f]{64}$")),
            stored_sha256=None
            if payload.get("stored") is None
            else _check(payload["stored"]["sha256"], str, re.compile(r"^[0-9a-f]{64}$")),
            stored_size=None
            if payload.get("stored") is None
            else _check(payload["stored"]["size"], int),
            format_version=version,
            schema_version=_check(raw["schema_version"], int),
            app_version=str(raw.get("app_version", ""))[:40],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PackageError(bad, detail=repr(exc)) from exc
    if not 1 <= manifest.sequence <= MAX_INT32 or len(manifest.created_at) > 40:
        raise PackageError(bad)
    return manifest


def _check(value: Any, kind: type, pattern: re.Pattern[str] | None = None) -> Any:
    if kind is int and isinstance(value, bool):
        raise TypeError("bool is not int")
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}")
    if pattern is not None and not pattern.match(cast(str, value)):
        raise ValueError("bad format")
    return value


def verify(package: Package, *, sender_public_key: str | None) -> None:
    """The package is what its sender signed: manifest signature, payload hash, note hash."""
    manifest = package.manifest
    if not sender_public_key:
        raise PackageError(
            translate(
                "Package",
                "Gói đến từ đơn vị “{office}” chưa được đăng ký với đơn vị bạn. Không nhập gói "
                "từ đơn vị lạ; hãy liên hệ cấp tỉnh để được cấp tệp thiết lập.",
            ).format(office=manifest.source_office)
        )
    if not keys.verify(sender_public_key, package.manifest_bytes, package.signature):
        raise PackageError(
            translate(
                "Package",
                "Chữ ký số của gói không khớp với đơn vị “{office}”: gói đã bị sửa hoặc giả mạo. "
                "Không nhập; hãy xin đơn vị gửi lại gói.",
            ).format(office=manifest.source_office)
        )
    if not _stored_as_signed(package) and _payload_sha256(package) != manifest.payload_sha256:
        raise _altered()
    if manifest.note_sha256 is not None and (
        package.note_bytes is None
        or hashlib.sha256(package.note_bytes).hexdigest() != manifest.note_sha256
    ):
        raise PackageError(
            translate(
                "Package",
                "Ghi chú kèm gói (DOC-TOI.txt) đã bị sửa sau khi đơn vị gửi ký: gói không còn "
                "nguyên vẹn. Không nhập; hãy xin đơn vị gửi lại gói.",
            )
        )


def open_payload(
    package: Package,
    *,
    sender_public_key: str | None,
    box_private_key: str | None,
) -> dict[str, Any]:
    """Check the signature and the hash, decrypt if needed, and return the checked payload."""
    reader = read_payload(
        package, sender_public_key=sender_public_key, box_private_key=box_private_key
    )
    tables = dict(reader.tables())
    return {**reader.rest, "tables": tables}


def read_payload(
    package: Package,
    *,
    sender_public_key: str | None,
    box_private_key: str | None,
    release: bool = False,
) -> PayloadReader:
    """Check the signature and the hash, decrypt if needed, and return a reader of the payload
    that decodes and checks one table at a time (a national package is held as its text and
    one table's values, never as every table at once). `release`: drop the package's payload
    bytes once read. A payload left in the file (`read_package(stream=True)`) is checked
    first (its stored bytes against the hash the manifest gives of them, or, in an older
    package, its whole decompressed text), then read from the file as it is decompressed and
    hashed again: the reader raises `PackageError` at its end if the file changed in
    between."""
    verify(package, sender_public_key=sender_public_key)
    manifest = package.manifest
    if package.payload_entry is not None:
        return PayloadReader(
            _payload_chunks(package, manifest.payload_sha256), manifest.format_version
        )
    data = package.payload_bytes
    if release:
        package.payload_bytes = b""
    if manifest.encrypted:
        if not box_private_key or not manifest.ephemeral_key:
            raise PackageError(
                translate(
                    "Package", "Gói đã được mã hóa cho đơn vị khác; đơn vị bạn không mở được."
                )
            )
        plain = keys.decrypt(box_private_key, manifest.ephemeral_key, data)
        if plain is None:
            raise PackageError(
                translate(
                    "Package", "Gói đã được mã hóa cho đơn vị khác; đơn vị bạn không mở được."
                )
            )
        data = plain
    return PayloadReader(_slices(data), manifest.format_version)


def _slices(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        yield bytes(view[start : start + _CHUNK])


def _unreadable(exc: BaseException) -> PackageError:
    return PackageError(
        translate("Package", "Dữ liệu trong gói không đọc được (sai định dạng)."),
        detail=repr(exc),
    )


def _shared(values: list[Any]) -> list[Any]:
    """A column with each repeated value one object (the decoder makes a new string or
    number for every occurrence: 150,000 years, sector codes or version states where a few
    distinct ones would do). Columns whose first values are mostly distinct are left as
    they are."""
    return _share(values)[0]


def _share(values: list[Any]) -> tuple[list[Any], list[Any] | None]:
    """`_shared`, and the column's distinct values when it was shared (None when not): what
    the checks of a column's values read (the same types, lengths and characters)."""
    if len(values) < 64 or type(values[0]) not in _SHAREABLE:
        return values, None
    sample = values[:_SAMPLE]
    try:
        if 2 * len(set(sample)) > len(sample):
            return values, None
        seen: dict[Any, Any] = {}
        shared = list(map(seen.setdefault, values, values))
    except TypeError:  # a list or an object among them: not a column of plain values
        return values, None
    # True == 1 == 1.0: only values of types no other one equals are shared. Distinct values
    # all texts (or None) are the values' types (no other type equals a text); else every
    # value's type is looked at.
    if not set(map(type, seen)) <= _TEXTS and not set(map(type, values)) <= _SHAREABLE:
        return values, None
    return shared, list(seen)


_SAMPLE = 2_000
_SHAREABLE = {str, int, type(None)}
_TEXTS = {str, type(None)}


class Deferred:
    """A table's column kept as its JSON text until it is needed (`decode_deferred`): the
    records of a table that are unchanged here are never read past their id and version."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class PayloadReader:
    """A payload's JSON text, read one table at a time as it is decompressed.

    The payload is one object `{"tables": {name: table, ...}, ...}`. Its outer levels, each
    table's object and the list of its columns (or rows) are walked here and each column is
    decoded by the standard decoder on its own, so a table is decoded, checked
    (`check_table`) and handed over before the next one is decoded, and the text held is
    about one column (`payload_text`). A text that is not JSON gives the same refusal as
    decoding it whole; an outer shape other than this one is decoded whole and checked as
    such. The other keys of the payload are in `rest` once the tables have been read.
    """

    def __init__(self, chunks: Iterator[bytes], format_version: int) -> None:
        self._text = StreamingText(chunks)
        self._version = format_version
        self.rest: dict[str, Any] = {}
        self.end = 0  # where the value last read ends (and the spaces after it)
        # The distinct values of each column of the table last read (None: not shared).
        self._distinct: list[list[Any] | None] | None = None
        # False: the indicator ids a package leaves out are left to the reader's caller
        # (`check_table`).
        self.derive_ids = True
        # Table -> the columns decoded as the table is read; its other columns are kept as
        # their text (`Deferred`) until `decode_deferred`. A table not named: all decoded.
        self.decode_first: dict[str, frozenset[str]] = {}

    def tables(self) -> Iterator[tuple[str, dict[str, Any]]]:
        text = self._text
        try:
            start = text.skip(0)
            if text.char(start) != "{":
                yield from self._whole(start)
                return
            yield from self._walk(start)
        except PackageError:
            raise
        except (ValueError, RecursionError, IndexError) as exc:
            raise _unreadable(exc) from exc

    def _whole(self, start: int) -> Iterator[tuple[str, dict[str, Any]]]:
        payload = check_payload(self._text.whole(start), self._version)
        self.rest = {k: v for k, v in payload.items() if k != "tables"}
        yield from payload["tables"].items()

    def _value(self, at: int) -> tuple[Any, int]:
        value, end = self._text.value(at)
        self._text.drop(end)
        return value, end

    def _key(self, at: int) -> tuple[str, int]:
        key, at = self._value(at)
        if not isinstance(key, str) or self._text.char(at) != ":":
            raise ValueError(f"expected a name at {at}")
        return key, self._text.skip(at + 1)

    def _members(self, at: int) -> Iterator[tuple[str, int]]:
        """The members of the object opening at `at`: (name, where its value starts), the
        caller reading each value and saying where it ends (`self.end`)."""
        text = self._text
        if text.char(at) != "{":
            raise ValueError(f"expected an object at {at}")
        at = text.skip(at + 1)
        if text.char(at) == "}":
            self.end = text.skip(at + 1)
            return
        while True:
            key, at = self._key(at)
            yield key, at
            at = self.end
            if text.char(at) == "}":
                self.end = text.skip(at + 1)
                return
            if text.char(at) != ",":
                raise ValueError(f"expected ',' at {at}")
            at = text.skip(at + 1)

    def _items(self, at: int, columns: bool = False, names: list[str] | None = None,
               first: frozenset[str] = frozenset()) -> list[Any]:  # fmt: skip
        """The array opening at `at`, its items decoded one at a time (`self.end` after);
        `columns`: the items are a table's columns (their repeated values are shared, and
        each column's distinct values kept in `_distinct`); `names`: those columns' names
        when only those in `first` are decoded now (the others, if their text allows it, are
        kept as it: `Deferred`)."""
        text = self._text
        items: list[Any] = []
        distinct: list[list[Any] | None] = []
        if columns:
            self._distinct = distinct
        at = text.skip(at + 1)
        if text.char(at) == "]":
            self.end = text.skip(at + 1)
            return items
        while True:
            later = names is not None and len(items) < len(names) and names[len(items)] not in first
            raw = text.array_text(at) if later else None
            if raw is not None:
                item, at = Deferred(raw[0]), raw[1]
                text.drop(at)
            else:
                item, at = self._value(at)
            if columns and type(item) is list:
                item, few = _share(item)
                distinct.append(few)
            elif columns:
                distinct.append(None)
            items.append(item)
            del item
            if text.char(at) == "]":
                self.end = text.skip(at + 1)
                return items
            if text.char(at) != ",":
                raise ValueError(f"expected ',' at {at}")
            at = text.skip(at + 1)

    def _table(self, at: int, name: str) -> Any:
        """A table's value: an object is walked (its columns, or rows, an item at a time), as
        the decoder would read it (a name given twice: the last one counts)."""
        if self._text.char(at) != "{":
            value, self.end = self._value(at)
            return value
        body: dict[str, Any] = {}
        self._distinct = None
        first = self.decode_first.get(name)
        read_by: list[str] | None = None  # the names the columns were read by
        for key, inner in self._members(at):
            if key in ("data", "rows") and self._text.char(inner) == "[":
                names = body.get("columns") if key == "data" and first is not None else None
                if not (isinstance(names, list) and all(type(c) is str for c in names)):
                    names = None  # (checked as it is by `check_table`)
                body[key] = self._items(inner, key == "data", names, first or frozenset())
                if key == "data":
                    read_by = names
            else:
                if key == "data":
                    self._distinct = None
                body[key], self.end = self._value(inner)
        data = body.get("data")
        if read_by is not None and body.get("columns") is not read_by and type(data) is list:
            # The columns named again after the data: what is deferred may not be what the
            # names kept for later say; decoded now, as the decoder would read it.
            for at_column, column in enumerate(data):
                if type(column) is Deferred:
                    data[at_column] = json.loads(column.text)
            self._distinct = None
        return body

    def _walk(self, start: int) -> Iterator[tuple[str, dict[str, Any]]]:
        tables = False
        for key, at in self._members(start):
            if key == "tables" and not tables and self._text.char(at) == "{":
                tables = True
                seen: set[str] = set()
                for name, inner in self._members(at):
                    body = self._table(inner, name)
                    if name in seen:  # a name twice: not a package this app wrote
                        raise _bad(name[:50])
                    seen.add(name)
                    distinct, self._distinct = self._distinct, None
                    yield name, check_table(name, body, self._version, distinct, self.derive_ids)
                    del body, distinct
            else:
                value, self.end = self._value(at)
                if key == "tables":
                    raise _bad("tables")
                self.rest[key] = value
        if not self._text.at_end(self.end):
            raise ValueError("extra data")
        if not tables:
            raise _bad("tables")


# --- payload checking ---------------------------------------------------------------------------

_NONE = type(None)


def _column_checker(column) -> Any:
    kind = column.type
    nullable = column.nullable or column.name == "deleted"
    allowed: set[type]
    if isinstance(kind, Boolean):
        allowed = {bool}
    elif isinstance(kind, Integer | BigInteger):
        allowed = {int}
    else:
        allowed = {str}
    if nullable:
        allowed = allowed | {_NONE}
    limit = (
        getattr(kind, "length", None)
        if isinstance(kind, String) and not isinstance(kind, Text)
        else MAX_TEXT
    )
    largest = MAX_INT if isinstance(kind, BigInteger) else MAX_INT32

    def check(values: tuple) -> str | None:
        types = set(map(type, values))
        if not types <= allowed:
            return column.name
        if str in allowed:
            # (Without the None and the empty texts: nothing to check in them.)
            texts = values if _NONE not in types else list(filter(None, values))
            if texts and max(map(len, texts)) > (limit or MAX_TEXT):
                return column.name
            if _not_text("".join(texts)):
                return column.name
            dates = set(values) - {None} if isinstance(kind, Date) else None
            if dates:  # (an empty text among them too: it is not a date)
                if set(map(len, dates)) != {10} or not _DATES_RE.fullmatch("".join(dates)):
                    return column.name  # not all of the one form
                try:
                    for _ in map(date.fromisoformat, dates):
                        pass
                except ValueError:
                    return column.name
        # (Numbers without the None and the zeros: nothing beyond the limits among them.)
        elif int in allowed and (
            max(filter(None, values), default=0) > largest
            or min(filter(None, values), default=0) < -largest
        ):
            return column.name
        return None

    return check


_CHECKERS = {
    name: {c.name: _column_checker(c) for c in spec.table.columns if c.name in (*spec.fields, "id")}
    for name, spec in SPECS.items()
}


def column_values_ok(table: str, column: str, values: tuple[Any, ...]) -> bool:
    """Whether these values may stand in a synced table's column, as a package's own values
    may (type, length, text, dates): for values a package carries elsewhere (a concurrent
    version in a record's state)."""
    return _CHECKERS[table][column](values) is None


# Columns a row cannot do without (a missing column would be written as NULL).
_REQUIRED = {
    name: {c.name for c in spec.table.columns if c.name in spec.fields and not c.nullable}
    - {"deleted"}
    for name, spec in SPECS.items()
}


def malformed(what: str) -> PackageError:
    """The refusal of a payload whose structure is wrong (`what`: where)."""
    return _bad(what)


def _bad(what: str) -> PackageError:
    return PackageError(
        translate(
            "Package",
            "Dữ liệu trong gói sai cấu trúc: {what}. Gói bị hỏng hoặc do phần mềm khác tạo ra.",
        ).format(what=what)
    )


def check_payload(payload: Any, format_version: int = FORMAT_VERSION) -> dict[str, Any]:
    """Every table known, every column known and of the right type; ids are UUIDs (each
    table as `check_table` returns it)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("tables"), dict):
        raise _bad("tables")
    for table, body in payload["tables"].items():
        payload["tables"][table] = check_table(table, body, format_version)
    return payload


def _check_column(table: str, name: str, values: list[Any], few: list[Any] | None) -> None:
    """One column's values checked (`few`: its distinct values, when known)."""
    if not values:
        return
    if few is not None:  # the same types, lengths and characters
        values = few
    if name == "sync_meta":
        if (
            set(map(type, values)) != {str}
            or max(map(len, values)) > MAX_TEXT
            or _not_text("".join(values))
        ):
            raise _bad(f"{table}.sync_meta")
        return
    if name == "id" and not _all_uuids(values):
        raise _bad(f"{table}.id")
    failed = _CHECKERS[table][name](values)
    if failed:
        raise _bad(f"{table}.{failed}")


def decode_deferred(table: str, columns: list[str], data: list[Any],
                    names: Iterable[str] | None = None) -> None:  # fmt: skip
    """The columns of a checked table (`check_table`) kept as text (`Deferred`) decoded, in
    place (those in `names`, or all), and checked as `check_table` checks them: their
    values, the keys (`_check_keys`), and that every column holds as many values."""
    wanted = set(columns if names is None else names)
    count = next((len(c) for c in data if type(c) is list), None)
    decoded: set[str] = set()
    for at, (name, column) in enumerate(zip(columns, data, strict=True)):
        if type(column) is not Deferred or name not in wanted:
            continue
        decoded.add(name)
        try:
            values = json.loads(column.text)
        except (ValueError, RecursionError) as exc:
            raise _unreadable(exc) from exc
        if count is None and type(values) is list:
            count = len(values)
        if type(values) is not list or len(values) != count:
            raise _bad(f"{table}: data")
        values, few = _share(values)
        _check_column(table, name, values, few)
        data[at] = values
        del values, few
    _check_keys(table, columns, data, decoded)


def check_table(table: Any, body: Any, format_version: int = FORMAT_VERSION,
                distinct: list[list[Any] | None] | None = None,
                derive_ids: bool = True) -> dict[str, Any]:  # fmt: skip
    """One table of a payload, checked: returned as `{"columns": [...], "data": [[column
    values], ...], "count": rows}` whatever the layout in the file (a row is read across the
    columns, so a big table is never held twice): format 1 stored rows, format 2 stores
    columns (smaller once compressed, quicker to check) and may leave out indicator ids,
    which are derived from (cooperative, year). `distinct`: each column's distinct values
    (None for a column not known), as the reader found them: what the checks read.
    `derive_ids`: False leaves the ids a package leaves out to the caller, with the check
    that they are distinct (that no (cooperative, year) is given twice): the table has no
    id column then, and says `"derive_ids": True`."""
    if table not in SPECS:
        raise _bad(str(table)[:50])
    layout = "rows" if format_version < 2 else "data"
    if (
        not isinstance(body, dict)
        or not isinstance(body.get("columns"), list)
        or not isinstance(body.get(layout), list)
    ):
        raise _bad(table)
    columns = body["columns"]
    checkers = _CHECKERS[table]
    derived_id = table == "indicator" and format_version >= 2 and "id" not in columns
    if (
        any(not isinstance(c, str) for c in columns)
        or len(set(columns)) != len(columns)
        or ("id" not in columns and not derived_id)
        or "sync_meta" not in columns
        or any(c not in checkers and c != "sync_meta" for c in columns)
        or (derived_id and not {"cooperative_id", "year"} <= set(columns))
        or not _REQUIRED[table] <= set(columns)
    ):
        raise _bad(f"{table}: columns")
    if layout == "rows":
        rows = body["rows"]
        if any(not isinstance(r, list) or len(r) != len(columns) for r in rows):
            raise _bad(f"{table}: rows")
        data = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in columns]
    else:
        data = body["data"]
        if (
            len(data) != len(columns)
            or any(not isinstance(c, list | Deferred) for c in data)
            or len({len(c) for c in data if type(c) is list}) > 1
        ):
            raise _bad(f"{table}: data")
    if layout == "rows" or distinct is None or len(distinct) != len(data):
        distinct = [None] * len(data)
    for name, all_values, few in zip(columns, data, distinct, strict=True):
        if type(all_values) is list:
            _check_column(table, name, all_values, few)
    _check_keys(table, columns, data)
    if derived_id:
        coops, years = data[columns.index("cooperative_id")], data[columns.index("year")]
        if not derive_ids:
            return {"columns": columns, "data": data, "count": _count(coops), "derive_ids": True}
        from desktop.core.registry import indicator_ids

        columns = ["id", *columns]
        data = [indicator_ids(coops, years), *data]
        _check_keys(table, columns, data)  # (a cooperative and year given twice: one id twice)
    return {"columns": columns, "data": data, "count": _count(data[columns.index("id")])}


def _check_keys(table: str, columns: list[str], data: list[Any],
                names: set[str] | None = None) -> None:  # fmt: skip
    """What makes a table's rows each one record, of the key columns decoded (of those in
    `names`, if given): distinct ids; or, where the ids are left out, a cooperative and a
    year in every row."""
    if "id" in columns:
        ids = data[columns.index("id")]
        if type(ids) is list and (names is None or "id" in names) and len(set(ids)) != len(ids):
            raise _bad(f"{table}: id")
        return
    for name in ("cooperative_id", "year"):
        values = data[columns.index(name)]
        if type(values) is list and (names is None or name in names) and None in values:
            raise _bad(f"{table}.id")


def _count(column: list[Any] | Deferred) -> int:
    """The number of rows of a table, from its id (or cooperative) column; of one kept as
    text, as many as it has commas and one (ids have none): for the progress shown only."""
    if isinstance(column, Deferred):
        return column.text.count(",") + 1 if column.text.strip("[] \t\n\r") else 0
    return len(column)
