"""Wire-copy cleaners: unit tables (invented text, including inputs that must not change),
idempotence, and a few real articles of ../shared/corpus read in place."""

from __future__ import annotations

import json
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.clean import clean_article
from flows.formats import sha256_hex
from flows.records import Article, RawArticle
from flows.wire import (
    WIRE_STEPS,
    clean_wire,
    fix_title,
    split_dateline,
    split_photo_credits,
    strip_page_chrome,
    strip_signoff,
)
from tests.conftest import CORPUS, need

PAGE = ("Lakes reopen - Daily Example Online DD_belatedPNG.fix('div'); Home World Sports "
        "English &gt;&gt; Lakes reopen By Ann Lee ( Xinhua ) 09:30, March 02, 2021 "
        "Boats sail on the lake. (Xinhua/Bo Tan) TOWNVILLE, March 2 (Xinhua) -- "
        "The lakes reopened on Tuesday, officials said. 【1】 【2】 (For the latest news, follow "
        "us ) (Web editor: Zed, Yan) Related reading Other story Most Read 1 Another")


@pytest.mark.parametrize(("text", "fields", "body"), [
    ("SPRINGTON, Nov. 18 (Xinhua) -- Rain fell.",
     {"dateline": "SPRINGTON, Nov. 18 (Xinhua)", "place": "SPRINGTON"}, "Rain fell."),
    ("OLD HARBOUR, Feb 26 - Showers continued.",
     {"dateline": "OLD HARBOUR, Feb 26", "place": "OLD HARBOUR"}, "Showers continued."),
    ("LAKEVIEW, Ohio, march 11 - A company said.",
     {"dateline": "LAKEVIEW, Ohio, march 11", "place": "LAKEVIEW, Ohio"}, "A company said."),
    ("MAPLE FALLS, Calif. (AP) — The mayor spoke.",
     {"dateline": "MAPLE FALLS, Calif. (AP)", "place": "MAPLE FALLS, Calif."}, "The mayor spoke."),
    ("NORTHTON (Reuters) - Prices fell.",
     {"dateline": "NORTHTON (Reuters)", "place": "NORTHTON"}, "Prices fell."),
    ("A gate at dusk. /Xinhua RIVERTON, Nov. 17 (Xinhua) -- Trade grew.",
     {"caption": "A gate at dusk.", "photo_credit": "Xinhua",
      "dateline": "RIVERTON, Nov. 17 (Xinhua)", "place": "RIVERTON"}, "Trade grew."),
    ("STONEVILLE, MARCH 26 - Rain fell.",  # a month in capitals
     {"dateline": "STONEVILLE, MARCH 26", "place": "STONEVILLE"}, "Rain fell."),
    ("STONEVILLE, September 3 - Rain fell.",
     {"dateline": "STONEVILLE, September 3", "place": "STONEVILLE"}, "Rain fell."),
    # must not change
    ("US - China talks resume.", {}, "US - China talks resume."),
    ("OLD TOWN, Mayor 2 - a new hall.", {}, "OLD TOWN, Mayor 2 - a new hall."),  # no month
    ("OLD TOWN, MAYOR 2 - a new hall.", {}, "OLD TOWN, MAYOR 2 - a new hall."),
    ("BEIJING is big, he said on Nov. 18.", {}, "BEIJING is big, he said on Nov. 18."),
    ("He said: MAY 5 - no.", {}, "He said: MAY 5 - no."),
    ("", {}, ""),
])
def test_split_dateline(text: str, fields: dict[str, str], body: str) -> None:
    assert split_dateline(text) == (fields, body)


@pytest.mark.parametrize(("text", "fields", "body"), [
    ("Minister Jo Doe Photo: VCG More leaders will visit.",
     {"caption": "Minister Jo Doe", "photo_credit": "VCG"}, "More leaders will visit."),
    ("Illustration: Liu Ann/GT The union signed a deal.",
     {"photo_credit": "Liu Ann/GT"}, "The union signed a deal."),
    ("A view of the hall. (Xinhua/Li Mo) After talks, he left.",
     {"caption": "A view of the hall.", "photo_credit": "Xinhua/Li Mo"}, "After talks, he left."),
    ("Birds fly. (Photo by Ann Bo/Xinhua) Birds returned.",
     {"caption": "Birds fly.", "photo_credit": "Ann Bo/Xinhua"}, "Birds returned."),
    ("Fish swim. Photo: Xinhua Women dance. Photo: Xinhua The end came.",
     {"caption": "Fish swim.", "photo_credit": "Xinhua"}, "Women dance.\n\nThe end came."),
    ("Only a caption. (Xinhua/Li Mo)", {}, "Only a caption."),  # nothing follows: kept as body
    ("Ann Lee said the dam holds. A view of the hall. (Xinhua/Li Mo) After talks, he left.",
     {}, "Ann Lee said the dam holds. A view of the hall.\n\nAfter talks, he left."),  # 2 sentences
    ("Troops of the U.S. Army march, Oct. 2. (Xinhua/Li Mo) After talks, he left.",
     {"caption": "Troops of the U.S. Army march, Oct. 2.", "photo_credit": "Xinhua/Li Mo"},
     "After talks, he left."),  # one sentence with abbreviations
    ("Rain fell.\n\nA bench, Oct. 18. (Xinhua/ Bo Tan) Trade grew.", {},  # a space after '/'
     "Rain fell.\n\nA bench, Oct. 18.\n\nTrade grew."),
    ("Rain fell.\n\nA nurse. (Ann Lee/Pixsell via Xinhua) The authors said more.", {},
     "Rain fell.\n\nA nurse.\n\nThe authors said more."),
    ("Rain fell.\n\nJets train. (eng.example.com.cn/Photo by Xu Ling) A city held talks.", {},
     "Rain fell.\n\nJets train.\n\nA city held talks."),
    # must not change
    ("Speed rose to 5 (km/h) today.", {}, "Speed rose to 5 (km/h) today."),
    ("Trade (U.S./Canada) grew.", {}, "Trade (U.S./Canada) grew."),
    ("Trade (Acme/Bo Co via cable) grew.", {}, "Trade (Acme/Bo Co via cable) grew."),
    ("Prices (in yuan/tonne) rose.", {}, "Prices (in yuan/tonne) rose."),
    ("The photo: a blur.", {}, "The photo: a blur."),
])
def test_split_photo_credits(text: str, fields: dict[str, str], body: str) -> None:
    assert split_photo_credits(text) == (fields, body)


@pytest.mark.parametrize(("text", "body"), [
    ("Prices rose.\n\nReuter", "Prices rose."),
    ("Prices rose.\n\nREUTER...", "Prices rose."),
    ("Prices rose. Reuter", "Prices rose."),
    ("Reuter said prices rose.", "Reuter said prices rose."),  # must not change
    ("Prices rose, said Reuter", "Prices rose, said Reuter"),  # must not change
    ("Reuter", "Reuter"),  # a body that is only the sign-off is left for the empty check
    ("Prices rose.\n\nReuters", "Prices rose."),
    ("Prices rose.\n\nREUTERS  \n", "Prices rose."),
    ("Prices rose.\n\nreuter^M", "Prices rose."),
    ("Prices rose. Reuter\n\nREUTER", "Prices rose."),  # repeated: both go
    ("Prices rose.\n\nAFP", "Prices rose.\n\nAFP"),  # must not change: not a sign-off
])
def test_strip_signoff(text: str, body: str) -> None:
    assert strip_signoff(text) == ({}, body)


def test_strip_page_chrome_keeps_only_the_body() -> None:
    fields, body = strip_page_chrome(PAGE)
    assert fields == {"title": "Lakes reopen", "author": "Ann Lee", "source": "Xinhua",
                      "published": "March 02, 2021"}
    assert body.startswith("Boats sail on the lake.")
    assert body.endswith("officials said.")
    assert "Web editor" not in body and "【" not in body


def test_clean_wire_runs_the_steps_in_order() -> None:
    fields, body = clean_wire(PAGE)
    assert body == "The lakes reopened on Tuesday, officials said."
    assert (fields["caption"], fields["photo_credit"]) == ("Boats sail on the lake.",
                                                           "Xinhua/Bo Tan")
    assert (fields["place"], fields["dateline"]) == ("TOWNVILLE", "TOWNVILLE, March 2 (Xinhua)")


@pytest.mark.parametrize(("title", "expected"), [
    ("BAHIA COCOA REVIEW", "Bahia Cocoa Review"),
    ("U.S. BEEF TALKS WITH JAPAN SEEN TOUGH", "U.S. Beef Talks with Japan Seen Tough"),
    ("ACME <ACM> 3RD QTR NET", "Acme <ACM> 3rd Qtr Net"),
    ("OPEC OUTPUT FALLS - USDA", "OPEC Output Falls - USDA"),
    ("UGANDA RE-ROUTES COFFEE", "Uganda Re-Routes Coffee"),
    # must not change
    ("Ad sales boost profit", "Ad sales boost profit"),
    ("OPEC", "OPEC"),
    ("", ""),
])
def test_fix_title(title: str, expected: str) -> None:
    assert fix_title(title) == expected
    assert fix_title(expected) == expected


FRAGMENTS = ["SPRINGTON, Nov. 18 (Xinhua) -- ", "OLD HARBOUR, Feb 26 - ", "Reuter",
             "Photo: VCG ", "(Xinhua/Li Mo) ", "Words here. ", "\n\n", "said ", "NORTHTON ",
             "(Reuters) - ", "English &gt;&gt; T ( X ) 10:00, May 1, 2020 ", "(Web editor: Z) "]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_each_step_is_idempotent(text: str) -> None:
    for step in WIRE_STEPS:
        _, once = step(text)
        assert step(once) == ({}, once), step.__name__


def _corpus_rows(name: str, n: int) -> list[dict[str, str]]:
    path = need(CORPUS / name / "articles.jsonl")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in islice(handle, n)]


def _clean(row: dict[str, str]) -> Article:
    raw = RawArticle(row["id"], "corpus.jsonl", "jsonl", row["text"],
                     sha256_hex(row["text"].encode()), title=row["title"],
                     publisher=row["source"], published=row["date"])
    article = clean_article(raw)
    assert isinstance(article, Article), article
    return article


def test_real_peoples_daily_pages_lose_their_chrome() -> None:
    for row in _corpus_rows("peoplesdaily", 5):
        article = _clean(row)
        assert "DD_belatedPNG" not in article.text and "Web editor" not in article.text
        assert "&gt;" not in article.text and "Most Read" not in article.text
    first = _clean(_corpus_rows("peoplesdaily", 1)[0])
    assert (first.place, first.published_date) == ("NEW DELHI", "2020-11-18")
    assert first.dateline == "NEW DELHI, Nov. 18 (Xinhua)"
    assert first.text.startswith("At least ten people died")


def test_real_reuters_copy_has_datelines_titles_and_no_signoff() -> None:
    for row in _corpus_rows("reuters21578", 20):
        article = _clean(row)
        assert not article.text.rstrip().endswith(("Reuter", "REUTER"))
        assert article.title and any(c.islower() for c in article.title)
        if row["text"].split(" - ", 1)[0].isupper():
            assert article.place and not article.text.startswith(article.place)
    first = _clean(_corpus_rows("reuters21578", 1)[0])
    assert (first.place, first.title) == ("SALVADOR", "Bahia Cocoa Review")
    assert first.text.count("\n\n") >= 3  # paragraphs kept


def test_real_global_times_caption_becomes_fields() -> None:
    rows = {r["id"]: r for r in _corpus_rows("globaltimes", 7)}
    article = _clean(rows["globaltimes-0002"])
    assert (article.caption, article.photo_credit) == ("Belarusian President Alexander "
                                                       "Lukashenko", "VCG")
    assert article.text.startswith("More European leaders")
    assert "â€" not in (_clean(rows["globaltimes-0005"]).title or "")  # mojibake repaired


def test_real_bbc_text_is_unchanged_but_for_paragraph_spacing() -> None:
    for row in _corpus_rows("bbc", 10):
        article = _clean(row)
        assert article.text == row["text"].strip()
        assert article.dateline is None and article.caption is None
