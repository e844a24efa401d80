"""Trace offsets in a published article's text back into the raw text it was cleaned from.

Cleaning collapses white space, repairs broken characters and removes boilerplate, so the
published ``articles.text`` is not the raw text. ``articles.raw_offset_map`` records where
each piece of it came from as a JSON list of runs ``[start, end, raw_start]``, sorted by
``start``, meaning

    text[start:end] == raw_text[raw_start : raw_start + (end - start)]

exactly (verbatim copies only). Characters between runs were changed by cleaning (a
collapsed space, a repaired character) and map to the nearest run before them.

``raw_text`` is what the reader took from the input, decoded with ``articles.encoding``:

* ``txt``: the whole file;
* ``jsonl`` / ``csv``: the record's ``text`` field (the raw line is what ``raw_sha256`` hashes);
* ``html``: the text trafilatura extracted from the page (``flows.html``), not the markup,
  re-computable from the page with the same trafilatura version.

A statement's ``start``/``end`` become raw offsets with :func:`raw_span`.
"""

from __future__ import annotations

import json
from bisect import bisect_right

Run = tuple[int, int, int]  # (start, end, raw_start)
ANCHOR_WORDS = 4  # words of the text used to find where it resumes in the raw text
ANCHOR_CHARS = 24
NEAR_WINDOW = 4096  # search this far ahead first, then the rest of the raw text


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    """Length of the common prefix of a[i:] and b[j:], by doubling then halving steps."""
    limit = min(len(a) - i, len(b) - j)
    if a[i: i + limit] == b[j: j + limit]:  # the usual case: the rest is a verbatim copy
        return limit
    done, step = 0, 64
    while done < limit:
        size = step if step < limit - done else limit - done
        if a[i + done: i + done + size] == b[j + done: j + done + size]:
            done += size
            step *= 2
        elif size == 1:
            break
        else:
            step = max(1, size // 2)
    return done


def _resync(text: str, i: int, raw: str, j: int) -> int:
    """Where in raw (from j) the next words of the text at i resume, or -1.

    The words may be separated by any white space in raw (cleaning collapses it). Found
    with str.find on the first word (a regex per anchor would cost a compile each time)."""
    words = text[i: i + ANCHOR_CHARS * 4].split()[:ANCHOR_WORDS]
    if not words:
        return -1
    for high in (min(len(raw), j + NEAR_WINDOW), len(raw)):
        k = raw.find(words[0], j, high)
        while k >= 0:
            if _words_follow(raw, k + len(words[0]), words[1:]):
                return k
            k = raw.find(words[0], k + 1, high)
    return -1


def _words_follow(raw: str, k: int, words: list[str]) -> bool:
    """Whether raw at k holds the words, each after at least one white-space character."""
    for word in words:
        after = _skip_space(raw, k)
        if after == k or not raw.startswith(word, after):
            return False
        k = after + len(word)
    return True


def _skip_space(s: str, k: int) -> int:
    while k < len(s) and s[k].isspace():
        k += 1
    return k


def align_offsets(text: str, raw: str) -> list[Run]:
    """The verbatim runs shared by text and raw, in order (a monotone alignment)."""
    runs: list[Run] = []
    i = j = 0
    synced = True  # raw[j] is where text[i] is expected; else only look for the next anchor
    while i < len(text):
        size = _common_prefix(text, i, raw, j) if synced else 0
        if size:
            if runs and runs[-1][1] == i and runs[-1][2] + (i - runs[-1][0]) == j:
                runs[-1] = (runs[-1][0], i + size, runs[-1][2])
            else:
                runs.append((i, i + size, j))
            i, j = i + size, j + size
        elif text[i].isspace():  # white space the cleaner collapsed or inserted
            i, j = _skip_space(text, i), _skip_space(raw, j) if synced else j
        elif synced and j < len(raw) and raw[j].isspace() and i and text[i - 1].isspace():
            j = _skip_space(raw, j)
        elif (found := _resync(text, i, raw, j)) >= 0:
            j, synced = found, True
        else:  # a changed word: skip it, then look for the next one
            while i < len(text) and not text[i].isspace():
                i += 1
            synced = False
    return runs


def dump_offset_map(runs: list[Run]) -> str:
    """Compact JSON, as json.dumps(runs, separators=(",", ":")) writes it (5x faster)."""
    return "[" + ",".join(f"[{a},{b},{c}]" for a, b, c in runs) + "]"


def load_offset_map(value: str | None) -> list[Run]:
    return [(int(a), int(b), int(c)) for a, b, c in json.loads(value or "[]")]


def raw_offset(runs: list[Run], offset: int) -> int | None:
    """The raw offset of text offset ``offset`` (a gap maps to the end of the run before)."""
    k = bisect_right([r[0] for r in runs], offset) - 1
    if k < 0:
        return None
    start, end, raw_start = runs[k]
    return raw_start + min(offset, end) - start


def raw_span(runs: list[Run], start: int, end: int) -> tuple[int, int] | None:
    """The raw half-open span of text[start:end], or None when nothing of it is mapped."""
    first, last = raw_offset(runs, start), raw_offset(runs, max(start, end - 1))
    if first is None or last is None:
        return None
    return first, last + 1


def coverage(runs: list[Run], text: str) -> float:
    """Share of the text's non-space characters that lie in a verbatim run."""
    wanted = sum(1 for c in text if not c.isspace())
    covered = sum(1 for a, b, _ in runs for c in text[a:b] if not c.isspace())
    return covered / wanted if wanted else 1.0
