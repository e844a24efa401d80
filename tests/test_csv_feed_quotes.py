"""A CSV feed whose quote is left open (a truncated download, a stray '"') must not swallow
the rows after it into one article's text: the rows before are read, the rest is a reject."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.ingest import plan_batches, read_batch

HEADER = "id,title,text\n"
GOOD = 'c1,Harbour,"The mayor said the plan would pass, ""surely"", by spring."\n'


def read(tmp_path: Path, body: str) -> tuple[list, list]:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "feed.csv").write_text(HEADER + body, encoding="utf-8")
    batches, rejects = plan_batches(raw)
    articles = []
    for batch in batches:
        got, refused = read_batch(raw, batch)
        articles += got
        rejects += refused
    return articles, rejects


@pytest.mark.parametrize("broken", [
    'c2,Dam,"The engineer said the dam would hold.\nc3,Library,The librarian spoke.\n',  # open
    'c2,Dam,"The engineer said the dam would',  # a download cut inside a quoted field
    'c2,Dam,"The engineer said" the dam would hold.\nc3,Library,The librarian spoke.\n',
])
def test_a_broken_quote_ends_the_file_with_a_reject(tmp_path: Path, broken: str) -> None:
    articles, rejects = read(tmp_path, GOOD + broken)
    assert [(a.article_id, a.raw_text) for a in articles] == [
        ("c1", 'The mayor said the plan would pass, "surely", by spring.')]
    assert [(r.source_path, r.check) for r in rejects] == [("feed.csv:3", "bad_csv")]
    assert "the rest of the file was not read" in rejects[0].reason


def test_quotes_inside_unquoted_and_quoted_fields_still_read(tmp_path: Path) -> None:
    articles, rejects = read(tmp_path, GOOD + 'c2,Screens,A 5" screen was said to sell well.\n')
    assert rejects == []
    assert [a.raw_text for a in articles][1] == 'A 5" screen was said to sell well.'


def test_a_row_with_more_fields_than_the_header_is_refused(tmp_path: Path) -> None:
    """An unquoted comma in the text ('said, on Monday, that') splits it into extra fields:
    the row is refused instead of publishing the text cut at the first comma."""
    articles, rejects = read(tmp_path, GOOD + "c2,Dam,The engineer said, on Monday, that the "
                             "dam would hold.\nc3,Library,The librarian spoke.\n")
    assert [a.article_id for a in articles] == ["c1", "c3"]
    assert [(r.source_path, r.check) for r in rejects] == [("feed.csv:3", "bad_csv")]
    assert "5 fields" in rejects[0].reason and "3" in rejects[0].reason


def test_the_reason_names_the_line_where_reading_stopped(tmp_path: Path) -> None:
    # the quote opened on line 4 closes on line 5, followed by text: reading stops on line 5
    # (the DictReader's own line_num still said 3, the last row it returned)
    body = GOOD + "c2,Plain,The clerk spoke.\n" + (
        'c3,Dam,"The engineer said the dam would hold.\nc4,Library,"The librarian" spoke.\n')
    articles, rejects = read(tmp_path, body)
    assert [a.article_id for a in articles] == ["c1", "c2"]
    assert [(r.source_path, r.check) for r in rejects] == [("feed.csv:4", "bad_csv")]
    assert "(line 5)" in rejects[0].reason, rejects[0].reason
