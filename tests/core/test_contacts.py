"""E-mail addresses and phone numbers as offices write them."""

from __future__ import annotations

import pytest

from desktop.core.contacts import email_problem, phone_problem


@pytest.mark.parametrize(
    "value",
    ["htx.senthuy@gmail.com", "HTX_LeThuy@quangbinh.gov.vn", " a@b.vn ",
     "htx@yahoo.com; ketoan.htx@gmail.com", "", None],
)  # fmt: skip
def test_usual_addresses_pass(value):
    assert email_problem(value) is None


@pytest.mark.parametrize(
    "value", ["htx@", "htx", "@gmail.com", "htx@gmail", "htx@@gmail.com", "htx sen@gmail.com",
              "htx@gmail..com", "htx@gmail.c", "htx@gmail.com; htx@"],
)  # fmt: skip
def test_unfinished_addresses_are_refused_with_an_example(value):
    message = email_problem(value)
    assert message is not None
    assert "ví dụ htxsenthuy@gmail.com" in message
    assert "“" in message  # names what was typed


@pytest.mark.parametrize(
    "value",
    ["0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "(0232) 3822 123",
     "0232 3822 123", "+84 912 345 678", "84912345678", "024 3826 8888",
     "0232 3822 123 / 0912 345 678", "1900 1234", ""],
)  # fmt: skip
def test_usual_numbers_pass(value):
    assert phone_problem(value) is None


@pytest.mark.parametrize("value", ["0912", "12345678901", "0912 345 67a", "091234567890",
                                   "không có", "+1 555 1234", "0912345678 / 12"])  # fmt: skip
def test_wrong_numbers_are_refused_with_examples(value):
    message = phone_problem(value)
    assert message is not None
    assert "0912 345 678" in message and "0232 3822 123" in message
