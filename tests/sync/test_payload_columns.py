"""A table's column that runs on past the text held is decoded once, when its end may be in
what is held, not again each time more text is read (a national package's columns run on for
megabytes: decoding them from their start again and again cost a third of reading it)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.core.sync import payload_text
from desktop.core.sync.payload_text import StreamingText


class _Counting(json.JSONDecoder):
    calls = 0

    def raw_decode(self, s: str, idx: int = 0) -> tuple[Any, int]:
        _Counting.calls += 1
        return super().raw_decode(s, idx)


@pytest.mark.parametrize(
    "column",
    [
        list(range(20_000)),
        [f"Hợp tác xã số {n}" for n in range(5_000)],
        [json.dumps({"c": {"name": [["x", f"T.{n}"]]}}) for n in range(3_000)],  # "]" inside
    ],
)
def test_a_long_column_is_decoded_once(column: list[Any]) -> None:
    text = json.dumps([column, ["tail"]], ensure_ascii=False)
    data = text.encode("utf-8")
    chunks = [data[i : i + 100] for i in range(0, len(data), 100)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(payload_text, "_FIRST_READ", 64)
        reader = StreamingText(iter(chunks))
        reader._decoder = _Counting()
        _Counting.calls = 0
        read, end = reader.value(1)
        assert read == column
        # A "]" inside the values may be taken for the end: then it is decoded as before,
        # again each time the text held has doubled (never once per chunk read).
        bound = 1 if not any("]" in str(v) for v in column) else len(text).bit_length()
        assert _Counting.calls <= bound
        assert reader.char(end) == ","
        tail, end = reader.value(reader.skip(end + 1))
        assert tail == ["tail"] and reader.char(end) == "]"
