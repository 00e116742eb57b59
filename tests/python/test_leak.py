"""No leak: 100,000 calls leave the process's resident memory where the first
ten thousand put it (allocator noise aside)."""

from __future__ import annotations

import os

import verity

CALLS = 100_000
WARM_UP = 10_000
ALLOWED_GROWTH = 16 << 20  # bytes; a leak of 160 bytes a call would pass 16 MiB


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_check_does_not_leak(model):
    texts = [f"Officials said on Monday that bridge {n} reopened after repairs." for n in range(100)]
    for n in range(WARM_UP):
        model.check(text=texts[n % 100], title="Bridge reopens")
    before = resident_bytes()
    for n in range(CALLS - WARM_UP):
        model.check(text=texts[n % 100], title="Bridge reopens")
    assert resident_bytes() - before < ALLOWED_GROWTH


def test_errors_and_batches_do_not_leak(model):
    batch = [{"id": str(n), "text": f"The council met on day {n} and approved the budget."} for n in range(200)]

    def round_trip() -> None:
        model.check_many(batch, threads=2)
        try:
            model.check(text="")
        except verity.VerityError:
            pass

    for _ in range(50):
        round_trip()
    before = resident_bytes()
    for _ in range(450):
        round_trip()
    assert resident_bytes() - before < ALLOWED_GROWTH
