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
import os
import sys
from functools import cache
from typing import Any

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8  # glibc's mallopt parameters
ARENAS = 2  # heaps shared by all threads (glibc's default: 8 per core)
MMAP_THRESHOLD = 1 << 20  # blocks from 1 MiB are mmapped, given back as soon as freed
TRIM_THRESHOLD = 8 << 20  # free memory at the top of a heap kept for reuse before trimming
ARROW_POOL = "ARROW_DEFAULT_MEMORY_POOL"  # read by pyarrow when it is imported


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
    """Cap the heaps and fix the mmap threshold in this process; False when not glibc.

    Arrow then allocates from the same heaps (``ARROW_DEFAULT_MEMORY_POOL=system`` unless set
    otherwise): its default pool, mimalloc, keeps one heap per thread and takes back what
    another thread freed only when the owner allocates again; the flow's process held ~70 MiB
    there (12 MiB in use) after Prefect's task threads had unpickled batch tables."""
    libc = _glibc()
    if libc is None:
        return False
    if os.environ.setdefault(ARROW_POOL, "system") == "system" and "pyarrow" in sys.modules:
        arrow = sys.modules["pyarrow"]
        arrow.set_memory_pool(arrow.system_memory_pool())
    return all(libc.mallopt(param, value) == 1 for param, value in (
        (M_ARENA_MAX, ARENAS), (M_MMAP_THRESHOLD, MMAP_THRESHOLD),
        (M_TRIM_THRESHOLD, TRIM_THRESHOLD)))


def release_memory() -> None:
    """Hand the free pages of every heap back to the system (~10 ms on a few hundred MB)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
