"""Give freed memory back to the system: glibc's allocator keeps it otherwise.

A batch passes through a process as tens of MB of short-lived objects (articles, sentences,
pickled results). glibc keeps what they freed for reuse: one heap per thread that allocated
(the flow has a dozen threads, Prefect's included), large blocks served from the heap once a
first one was freed (its mmap threshold grows), and free pages inside a heap kept until
``malloc_trim``. The run's peak memory then holds every batch's leftovers. So each process
that handles batches caps its heaps, serves large blocks by mmap (returned on free), and trims
after each batch. Elsewhere than glibc (musl, macOS) these are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8  # glibc's mallopt parameters
ARENAS = 2  # heaps shared by all threads (glibc's default: 8 per core)
MMAP_THRESHOLD = 1 << 20  # blocks from 1 MiB are mmapped, given back as soon as freed
TRIM_THRESHOLD = 8 << 20  # free memory at the top of a heap kept for reuse before trimming


@cache
def _glibc() -> Any | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018  (glibc only)
    except (OSError, AttributeError):
        return None
    return libc


def tune_malloc() -> bool:
    """Cap the heaps and fix the mmap threshold in this process; False when not glibc."""
    libc = _glibc()
    if libc is None:
        return False
    return all(libc.mallopt(param, value) == 1 for param, value in (
        (M_ARENA_MAX, ARENAS), (M_MMAP_THRESHOLD, MMAP_THRESHOLD),
        (M_TRIM_THRESHOLD, TRIM_THRESHOLD)))


def release_memory() -> None:
    """Hand the free pages of every heap back to the system (~10 ms on a few hundred MB)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
