"""E-mail addresses and phone numbers as people write them, checked the same way everywhere
(the form, the CLI, Excel imports): `email_problem` and `phone_problem` return a Vietnamese
message saying what is wrong and what is expected, or None when the value is fine."""

from __future__ import annotations

import re

from desktop.core.i18n import translate

# One address: no spaces, one @, a domain with a dot and a top-level part of letters.
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$"
)
# Several numbers or addresses are written with these between them.
_LIST = re.compile(r"\s*[;,/]\s*")
_PHONE_MARKS = str.maketrans("", "", " .-()")


def email_problem(text: str | None) -> str | None:
    """`htx@` -> a message; `htx.senthuy@gmail.com` (or several, separated by `;` or `,`) ->
    None; empty -> None."""
    text = (text or "").strip()
    if not text:
        return None
    for address in _LIST.split(text):
        if not _EMAIL.match(address):
            return translate(
                "Contacts",
                "Thư điện tử “{value}” chưa đúng: cần có dạng tên@tên-miền, "
                "ví dụ htxsenthuy@gmail.com.",
            ).format(value=address)
    return None


def phone_problem(text: str | None) -> str | None:
    """A phone number written the usual ways (`0912 345 678`, `0912.345.678`,
    `(0232) 3822 123`, `+84 912 345 678`; several separated by `;`, `,` or `/`) -> None;
    anything else -> a message."""
    text = (text or "").strip()
    if not text:
        return None
    for number in _LIST.split(text):
        digits = number.translate(_PHONE_MARKS)
        if digits.startswith("+84"):
            digits = "0" + digits[3:]
        elif digits.startswith("84") and len(digits) in (11, 12):
            digits = "0" + digits[2:]
        hotline = digits[:4] in ("1800", "1900") and len(digits) in (8, 10)
        if not digits.isdigit() or not (
            hotline or (digits.startswith("0") and len(digits) in (10, 11))
        ):
            return translate(
                "Contacts",
                "Số điện thoại “{value}” chưa đúng: cần 10 chữ số (di động, ví dụ "
                "0912 345 678) hoặc 11 chữ số (cố định kèm mã vùng, ví dụ 0232 3822 123); "
                "có thể bắt đầu bằng +84.",
            ).format(value=number)
    return None
