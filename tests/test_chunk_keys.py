"""Chunk records keep their de-duplication keys packed (``flows.chunks.ArticleKeys``): the
packed keys must give the next run the same verdicts as the keys they were made from."""

from __future__ import annotations

import hashlib
import json
import random

import pytest

from flows.chunks import DIGEST, ArticleKeys, ChunkIndex, ChunkRecord, Dedup
from flows.records import Article, body_sha256


def digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


# (article_id, body) in input order: a copy of a body, an id used again with another body
ARTICLES = [("a1", "Rain fell on the harbour."), ("a2", "The mayor opened a bridge."),
            ("a3", "Rain fell on the harbour."), ("a2", "A different text, same id."),
            ("a4", "The council met at noon.")]


def judged() -> list[tuple[str, bytes, bool]]:
    flags, _ = Dedup().judge((i, digest(t), "feed.jsonl") for i, t in ARTICLES)
    return [(i, digest(t), f) for (i, t), f in zip(ARTICLES, flags, strict=True)]


def test_packed_keys_iterate_as_the_keys_they_were_packed_from() -> None:
    keys = judged()
    assert [k[2] for k in keys] == [True, True, False, False, True]
    packed = ArticleKeys.pack(keys)
    assert list(packed) == keys
    assert len(packed) == 5
    assert packed[2] == keys[2]


def test_packed_keys_survive_the_incremental_index_as_json() -> None:
    record = ChunkRecord("ab" * 32, 5, ArticleKeys.pack(judged()), [],
                         {"articles": (0, 3)})
    again = ChunkRecord.from_json(json.loads(json.dumps(record.to_json())))
    assert again == record
    assert list(again.keys) == judged()


def test_replayed_packed_keys_get_the_verdicts_they_were_recorded_with() -> None:
    packed = ArticleKeys.from_json(json.loads(json.dumps(ArticleKeys.pack(judged()).to_json())))
    flags, rejects = Dedup().judge((i, d, "feed.jsonl") for i, d, _ in packed)
    assert flags == [kept for _, _, kept in packed]
    assert [r.check for r in rejects] == ["duplicate_text", "duplicate_id"]
    assert "article a1" in rejects[0].reason


def test_body_digest_is_the_raw_sha256_of_the_cleaned_text() -> None:
    article = Article.from_text("Rain fell on the harbour.")
    assert body_sha256(article) == digest("Rain fell on the harbour.")
    assert len(body_sha256(article)) == DIGEST


@pytest.mark.parametrize("keys", [
    {"ids": ["a1", "a2"], "digests": "00" * DIGEST, "kept": "11"},  # one digest short
    {"ids": ["a1"], "digests": "00" * DIGEST, "kept": "10"},  # one verdict too many
    {"ids": ["a1"], "digests": "00" * DIGEST, "kept": "y"},  # not a verdict
    [["a1", "00" * DIGEST, True]],  # the former layout: one list per article
])
def test_keys_that_do_not_line_up_make_the_index_reuse_nothing(keys: object) -> None:
    data = {"sha256": "ab" * 32, "n_raw": 1, "keys": keys, "rejects": [],
            "rows": {"articles": [0, 1]}}
    with pytest.raises((ValueError, TypeError, KeyError)):
        ChunkRecord.from_json(data)
    assert ChunkIndex.of(None, {"raw.jsonl@0+10": data}).records == {}


def test_a_digest_of_the_wrong_size_is_refused() -> None:
    with pytest.raises(ValueError, match="digest"):
        ArticleKeys.pack([("a1", b"short", True)])


@pytest.mark.parametrize("seed", range(12))
def test_replay_gives_the_verdicts_and_state_of_judging_one_by_one(seed: int) -> None:
    """``Dedup.replay`` (set operations when every replayed article stays kept) against
    ``judge``, on chunks whose ids and bodies repeat, within a chunk or across chunks."""
    rng = random.Random(seed)
    chunks = []
    for c in range(4):
        n = rng.randrange(1, 8)
        chunks.append([(f"id{rng.randrange(30 if rng.random() < 0.5 else 10**6)}",
                        digest(f"body {rng.randrange(30 if rng.random() < 0.5 else 10**6)}"),
                        f"chunk{c}.jsonl") for _ in range(n)])
    one_by_one, replayed = Dedup(), Dedup()
    for c, chunk in enumerate(chunks):
        # the keys as a previous run recorded them (their verdicts then, alone)
        flags, _ = Dedup().judge(chunk)
        if c % 2:  # also a record that says all were kept, whatever they repeat
            flags = [True] * len(chunk)
        if c == 3:  # and a chunk repeating an id and a body of its own
            chunk += [(chunk[0][0], digest("new body"), chunk[0][2]),
                      ("id-new", chunk[0][1], chunk[0][2])]
            flags += [True, True]
        keys = ArticleKeys.pack((i, d, f) for (i, d, _), f in zip(chunk, flags, strict=True))
        expected = one_by_one.judge(chunk)
        assert replayed.replay(keys, chunk[0][2]) == expected
        assert (replayed.ids, replayed.bodies) == (one_by_one.ids, one_by_one.bodies)
    replayed.undo()
    one_by_one.undo()
    assert (replayed.ids, replayed.bodies) == (one_by_one.ids, one_by_one.bodies)


def test_keys_with_dropped_articles_keep_everything_but_their_verdicts() -> None:
    packed = ArticleKeys.pack(judged())
    dropped = packed.with_dropped({"a4", "a9"})
    assert [k[2] for k in dropped] == [True, True, False, False, False]
    assert dropped.ids == packed.ids and dropped.digests == packed.digests
