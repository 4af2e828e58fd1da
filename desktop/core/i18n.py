"""Translation for the core, without Qt.

The source language is Vietnamese: every message is written in Vietnamese inside
`translate(context, text)`, which `pyside6-lupdate` extracts into `resources/translations/*.ts`
together with the UI's `self.tr()` strings. When the English language is chosen, the core reads
the English `.ts` file directly (XML), so the CLI and core messages follow the same catalogue as
the window.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from desktop.core.paths import resources_dir

SOURCE_LANGUAGE = "vi"
_language = os.environ.get("HTX_LANG", SOURCE_LANGUAGE)


def set_language(language: str) -> None:
    global _language
    _language = language


def language() -> str:
    return _language


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    return read_catalogue(resources_dir() / "translations" / f"htx_{language}.ts")


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from a Qt Linguist `.ts` file (finished ones only)."""
    import xml.etree.ElementTree as ET  # only for a language other than the source

    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or not translation.text:
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            table[(name, source)] = translation.text
    return table


def translate(context: str, text: str) -> str:
    """Return `text` (Vietnamese) in the current language; falls back to Vietnamese."""
    if _language == SOURCE_LANGUAGE:
        return text
    return _catalogue(_language).get((context, text), text)
