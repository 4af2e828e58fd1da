"""The payload is read from the file as it is decompressed (never held whole): whatever the
chunks it arrives in, it reads as the standard decoder reads the whole text, and a file that
changes after its hash was checked is refused before anything it brought is kept."""

from __future__ import annotations

import hashlib
import itertools
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.sync import merger, package, payload_text
from desktop.core.sync.payload_text import StreamingText
from tests.sync.forge import entries, keys_of, write_zip
from tests.sync.world import World

_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner, max_size=5),
    max_leaves=30,
)  # fmt: skip


def _chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


@settings(max_examples=300, deadline=None)
@given(value=_json_values, spaces=st.sampled_from(["", " ", "\n\t "]), cuts=st.lists(st.integers(0, 400), max_size=12),
       first_read=st.integers(1, 64))  # fmt: skip
@example(value=0.0, spaces="", cuts=[2], first_read=1)  # "0." then "0": the number goes on
@example(value=1e-05, spaces="", cuts=[2], first_read=1)  # "1e" then "-05"
def test_any_value_in_any_chunks_reads_as_the_decoder_reads_it(
    value: Any, spaces: str, cuts: list[int], first_read: int
) -> None:
    text = spaces + json.dumps(value, ensure_ascii=False) + spaces
    data = text.encode("utf-8")  # a letter's bytes may be cut between two chunks
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(payload_text, "_FIRST_READ", first_read)
        reader = StreamingText(iter(_chunked(data, cuts)))
        start = reader.skip(0)
        read, end = reader.value(start)
        assert reader.at_end(end)
    assert read == json.loads(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40), cuts=st.lists(st.integers(0, 60), max_size=6))
def test_any_text_is_refused_exactly_when_the_decoder_refuses_it(
    text: str, cuts: list[int]
) -> None:
    try:
        expected: Any = json.loads(text)
    except ValueError:
        expected = ValueError
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(payload_text, "_FIRST_READ", 3)
        reader = StreamingText(iter(_chunked(text.encode("utf-8", "surrogatepass"), cuts)))
        try:
            start = reader.skip(0)
            read, end = reader.value(start)
            if not reader.at_end(end):
                raise ValueError("extra data")
        except (ValueError, RecursionError):
            read = ValueError
    if expected is ValueError or read is ValueError:
        assert read is expected
    else:  # (NaN is not equal to itself)
        assert json.dumps(read) == json.dumps(expected)


_scalars = (
    st.none() | st.booleans() | st.integers() | st.text(alphabet=st.sampled_from('ab"[]{},:\\ đ\n'))
)
_columns = st.lists(
    _scalars | st.lists(_scalars, max_size=3) | st.dictionaries(st.text(max_size=2), _scalars)
)


@settings(max_examples=400, deadline=None)
@given(column=_columns, spaces=st.sampled_from(["", " ", "\n "]), tail=st.sampled_from(["", ",1]", "]"]),
       cuts=st.lists(st.integers(0, 200), max_size=8), first_read=st.integers(1, 32),
       ascii=st.booleans())  # fmt: skip
def test_a_column_kept_as_text_decodes_as_the_decoder_reads_it(
    column: list[Any], spaces: str, tail: str, cuts: list[int], first_read: int, ascii: bool
) -> None:
    """A column kept undecoded (`array_text`) is exactly the text the decoder reads as the
    array, and ends where it ends; one with an inner array may be cut short, but then what
    is kept is not JSON."""
    text = json.dumps(column, ensure_ascii=ascii) + spaces + tail
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(payload_text, "_FIRST_READ", first_read)
        kept = StreamingText(iter(_chunked(text.encode("utf-8"), cuts))).array_text(0)
        read, end = StreamingText(iter(_chunked(text.encode("utf-8"), cuts))).value(0)
    assert kept is not None
    if any(type(v) is list for v in column):
        try:
            decoded = json.loads(kept[0])
        except ValueError:
            return
        assert decoded == read and kept[1] == end
    else:
        assert json.loads(kept[0]) == read == column
        assert kept[1] == end


def test_a_package_reads_the_same_in_small_chunks(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.lethuy.edit(world.coops["457"][0], {"name": "Hợp tác xã Sen Thủy đổi tên"})
    world.lethuy.add_coop(
        "457", "Hợp tác xã Ngư Thủy Bắc", {2023: {"members": 9}, 2024: {"members": 12}}
    )
    path = world.lethuy.export_one()
    public = keys_of(world.lethuy)["signing_public"]
    whole = json.loads(entries(path)[package.PAYLOAD])
    expected = package.check_payload(whole)
    monkeypatch.setattr(package, "_CHUNK", 7)
    monkeypatch.setattr(payload_text, "_FIRST_READ", 5)
    read = package.read_package(path, stream=True)
    assert read.payload_bytes == b"" and read.payload_entry == package.PAYLOAD
    streamed = package.open_payload(read, sender_public_key=public, box_private_key=None)
    assert streamed == expected
    held = package.open_payload(
        package.read_package(path), sender_public_key=public, box_private_key=None
    )
    assert held == expected


def test_repeated_values_are_shared_and_keep_their_type() -> None:
    years = [2024] * 100 + [2025] * 100
    shared = package._shared([int(str(y)) for y in years])
    assert shared == years and len({id(v) for v in shared}) == 2
    mixed = [True] * 100 + [1] * 100  # True == 1: such a column is left as it is
    assert [type(v) for v in package._shared(mixed)] == [bool] * 100 + [int] * 100
    distinct = [str(n) for n in range(1000)]
    assert package._shared(distinct) is distinct
    # Texts first, then values no text equals but that equal each other: left as they are.
    texts_then = ["a"] * 100 + [1] * 50 + [True] * 50
    assert [type(v) for v in package._shared(texts_then)] == [str] * 100 + [int] * 50 + [bool] * 50
    lists = ["a"] * 100 + [[1]]  # not a column of plain values (the checks refuse it)
    assert package._shared(lists) is lists
    names = [str(n % 3) for n in range(300)] + [None]
    shared_names = package._shared(names)
    assert shared_names == names and len({id(v) for v in shared_names}) == 4


def test_a_file_changed_after_its_hash_was_checked_is_refused_and_nothing_kept(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick written to while the import runs: the payload read is hashed again as it
    is read and must still be what the sender signed, or the import is rolled back."""
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {"phone": "0913 111 222"})
    path = world.lethuy.export_one()
    files = entries(path)
    altered = files[package.PAYLOAD].replace(b"0913 111 222", b"0913 999 999")
    assert altered != files[package.PAYLOAD]
    before = world.province.canonical()
    real = package.verify

    def verify_then_swap(read: package.Package, **options: Any) -> None:
        real(read, **options)  # the file as signed passes ...
        if read.payload_entry is not None:  # ... and is then altered before it is read
            write_zip(path, {**files, package.PAYLOAD: altered})

    monkeypatch.setattr(package, "verify", verify_then_swap)
    report = world.province.receive(path)
    assert report.status == merger.REFUSED
    assert "mã kiểm tra" in report.errors[0]
    assert world.province.canonical() == before
    # The altered file, read afresh, is refused by the first hash check.
    monkeypatch.setattr(package, "verify", real)
    assert world.province.receive(path).status == merger.REFUSED
    assert world.province.canonical() == before
    # And the package as sent imports.
    write_zip(path, files)
    assert world.province.receive(path).status == merger.APPLIED
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(package.MANIFEST))
    assert manifest["payload"]["sha256"] == hashlib.sha256(files[package.PAYLOAD]).hexdigest()
    assert keys_of(world.lethuy)  # the sender's keys signed it


@pytest.mark.parametrize("inline_bytes", [0, 1 << 20])
def test_small_and_large_payloads_are_written_alike(world: World, inline_bytes: int) -> None:
    """A payload compressed in the writer's own thread (small) or by its compressing thread
    (large; here every payload) reads back and imports the same."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(package, "_INLINE_BYTES", inline_bytes)
        world.lethuy.edit(world.coops["457"][1], {"phone": "0914 000 111"})
        path = world.lethuy.export_one()
    payload = json.loads(entries(path)[package.PAYLOAD])
    assert "cooperative" in payload["tables"]
    assert world.province.receive(path).status == merger.APPLIED
    assert world.province.row("cooperative", world.coops["457"][1])["phone"] == "0914 000 111"
