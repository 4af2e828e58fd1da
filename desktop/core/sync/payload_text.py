"""A payload's JSON text read as it is decompressed, one value at a time.

The reader of a package walks the payload's outer levels itself and hands each inner value
(a table's column, say) to the standard decoder. This window holds only the part of the text
that the value being read needs: the text before it is dropped once read, and more is
decoded from the byte chunks (UTF-8, checked) when a value runs past what is held. So a
national payload (50 MB of UTF-8, twice that as a Python string with Vietnamese letters in
it) is never held whole, only its largest column.

Positions are offsets in the whole text. Anything malformed raises `ValueError` (a
`UnicodeDecodeError` for bytes that are not UTF-8), as the standard decoder does.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_TAIL = re.compile(r"[0-9.eE+\-]*")
_CLOSERS = {"[": "]", "{": "}"}
_FIRST_READ = 1 << 20  # characters read ahead at least, each time more are needed


class StreamingText:
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._utf8 = codecs.getincrementaldecoder("utf-8")("strict")
        self._decoder = json.JSONDecoder()
        self._buffer = ""
        self._base = 0  # the position of the buffer's first character in the whole text
        self._done = False

    def _grow(self) -> bool:
        """Decode at least as much again as is held (so that a value longer than the
        window is re-scanned a bounded number of times); False at the end of the text."""
        if self._done:
            return False
        wanted = max(len(self._buffer), _FIRST_READ)
        parts = [self._buffer]
        added = 0
        while added < wanted:
            chunk = next(self._chunks, None)
            if chunk is None:
                tail = self._utf8.decode(b"", final=True)
                parts.append(tail)
                added += len(tail)
                self._done = True
                break
            text = self._utf8.decode(chunk)
            parts.append(text)
            added += len(text)
        self._buffer = "".join(parts)
        return added > 0 or not self._done

    def drop(self, at: int) -> None:
        """The text before `at` is read and will not be looked at again."""
        cut = at - self._base
        if cut > _FIRST_READ // 4:  # not for every small value: each drop copies the rest
            self._buffer = self._buffer[cut:]
            self._base = at

    def char(self, at: int) -> str:
        """The character at `at` ("" past the end)."""
        while at - self._base >= len(self._buffer):
            if not self._grow():
                return ""
        return self._buffer[at - self._base]

    def skip(self, at: int) -> int:
        """Past the spaces from `at`."""
        while True:
            match = _SPACE.match(self._buffer, at - self._base)
            end = (match.end() if match else at - self._base) + self._base
            if end - self._base < len(self._buffer) or not self._grow():
                return end
            at = end

    def value(self, at: int) -> tuple[Any, int]:
        """The JSON value starting at `at` and where the spaces after it end."""
        closer = _CLOSERS.get(self.char(at))
        searched = at + 1  # an array or object cannot end before here
        while True:
            if closer is not None:
                self._hold(closer, searched)
            try:
                value, end = self._decoder.raw_decode(self._buffer, at - self._base)
            except (ValueError, RecursionError):
                searched = self._base + len(self._buffer)  # it did not end in what is held
                if self._grow():  # it may go on past what is held
                    continue
                raise
            # A number read up to the window's edge, or up to a part that cannot end one
            # ("0." or "1e" with the rest of the number still compressed), may go on.
            if _NUMBER_TAIL.fullmatch(self._buffer, end) and self._grow():
                continue
            return value, self.skip(end + self._base)

    def array_text(self, at: int) -> tuple[str, int] | None:
        """The text of the array opening at `at`, undecoded, and where the spaces after it
        end (None: the text ends first). It ends at the first "]" outside its texts (after
        an even number of quotes, escaped ones not counted): its end, if it holds no inner
        array; if it does, what is returned is not JSON. Only `json.loads` says whether it
        is JSON, and reads it as `value` would have."""
        searched, quotes = at + 1, 0  # real quotes between `at` and `searched`
        while True:
            self._hold("]", searched)
            base, buffer = self._base, self._buffer
            close = buffer.find("]", searched - base)
            if close < 0:
                return None
            start = searched - base
            if buffer.find("\\", start, close) < 0:
                quotes += buffer.count('"', start, close)
            elif buffer.find("\\\\", start, close) < 0:  # every backslash escapes what follows
                quotes += buffer.count('"', start, close) - buffer.count('\\"', start, close)
            else:  # (no escape spans a "]": the parts are counted one after the other)
                part = buffer[start:close].replace("\\\\", "").replace('\\"', "")
                quotes += part.count('"')
            if quotes % 2 == 0:
                return buffer[at - base : close + 1], self.skip(close + 1 + base)
            searched = close + 1 + base  # that "]" is inside a text

    def _hold(self, closer: str, searched: int) -> None:
        """Read on until the text held has `closer` at or after `searched` (or all is held):
        an array or object is decoded once it may end in what is held, not each time more is
        held (a table's column runs on for megabytes: it would be decoded several times)."""
        while self._buffer.find(closer, searched - self._base) < 0:
            searched = self._base + len(self._buffer)
            if not self._grow():
                return

    def whole(self, at: int) -> Any:
        """The rest of the text from `at`, decoded as one JSON document."""
        while self._grow():
            pass
        return json.loads(self._buffer[at - self._base :])

    def at_end(self, at: int) -> bool:
        return self.char(at) == ""
