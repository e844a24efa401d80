"""Clean a raw article: metadata out of the body, broken text repaired, paragraphs kept.

Cleaners are pure ``str -> str`` functions applied in the order of ``CLEANERS``; each is
idempotent. The layout of plain-text articles (the sample's shape) is

    Title line
    | Publisher                      (optional)
    Caption ... [Photo/Agency]       (optional)
    paragraph, blank line, paragraph, ...
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from datetime import date, datetime

import ftfy
from ftfy.badness import is_bad

from flows.provenance import align_offsets, dump_offset_map
from flows.records import Article, RawArticle, Reject
from flows.wire import clean_wire, fix_title

logger = logging.getLogger(__name__)

RE_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
RE_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff\u2060\u00ad]")
RE_MOJIBAKE_PAIR = re.compile(  # a UTF-8 lead byte, then a continuation byte, as cp1252/Latin-1
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122"
    "\u0161\u203a\u0153\u017e\u0178]")
_ODD_SPACE = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"  # inline space other than " "
# A run of inline space that is not already one plain space (it becomes one plain space).
RE_INLINE_SPACE = re.compile(f" [ {_ODD_SPACE}]+|[{_ODD_SPACE}][ {_ODD_SPACE}]*")
RE_ODD_SPACE = re.compile(f"[{_ODD_SPACE}]")
RE_BLANK_LINES = re.compile(r"\n\s*\n+")
RE_LINE_BREAK = re.compile(r" ?\n ?")
RE_SPACE_AT_BREAK = re.compile(r"\n\n(?:\s|(?<=\s\n\n))")  # white space before or after
RE_PUBLISHER_LINE = re.compile(r"^\|\s*(?P<publisher>\S.*?)\s*$")
RE_PHOTO_CREDIT = re.compile(r"\s*\[(?:Photo|Photos|Image|Video)\s*/\s*(?P<credit>[^\]]+)\]\s*$",
                             re.IGNORECASE)
RE_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y%m%d")
MAX_TEXT_CHARS = 2_000_000
# Fast paths (most text needs no change; a regex pass costs ~10 ns a character):
NEWLINE_CHARS = "\r\x0b\x0c\x85\u2028\u2029"  # what RE_NEWLINES can match
ASCII_CONTROL = bytes(c for c in range(128) if RE_CONTROL.match(chr(c)))


def normalize_newlines(text: str) -> str:
    if not any(c in text for c in NEWLINE_CHARS):
        return text
    return RE_NEWLINES.sub("\n", text)


def remove_control_chars(text: str) -> str:
    """Drop invisible control and formatting characters (keeps tabs and newlines)."""
    if text.isascii() and len(text.encode("ascii").translate(None, ASCII_CONTROL)) == len(text):
        return text
    return RE_CONTROL.sub("", text)


def fix_mojibake(text: str) -> str:
    """Repair mis-decoded text (â€™ -> ’) with ftfy; quotes stay as written.

    UTF-8 read as cp1252 or Latin-1 always shows a lead byte (Â-ô) followed by a
    continuation byte's character, so text without such a pair is not examined further
    (ftfy's own check costs about a millisecond on a long article)."""
    if text.isascii() or not RE_MOJIBAKE_PAIR.search(text) or not is_bad(text):
        return text
    return ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False,
                         normalization="NFC", fix_character_width=False)


def normalize_unicode(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def normalize_paragraphs(text: str) -> str:
    """One space between words, one blank line between paragraphs, no edge white space."""
    if _is_normalized(text):
        return text
    paragraphs = RE_BLANK_LINES.split(RE_INLINE_SPACE.sub(" ", text))
    return "\n\n".join(p for p in (
        (RE_LINE_BREAK.sub(" ", p) if "\n" in p else p).strip() for p in paragraphs) if p)


def _is_normalized(text: str) -> bool:
    """Whether normalize_paragraphs would return text unchanged: no run of inline space but
    single plain spaces, every line break in an exact blank line, no white space at the
    edges of a paragraph."""
    if (not text or text[0].isspace() or text[-1].isspace() or "  " in text or "\t" in text
            or "\n\n\n" in text):
        return False
    if not text.isascii() and RE_ODD_SPACE.search(text):
        return False
    if text.count("\n") != 2 * text.count("\n\n"):  # a line break that is not a blank line
        return False
    return not RE_SPACE_AT_BREAK.search(text)


CLEANERS = (normalize_newlines, remove_control_chars, fix_mojibake, normalize_unicode,
            normalize_paragraphs)


def clean_text(text: str, *, max_rounds: int = 3) -> str:
    """Apply CLEANERS in order until nothing changes (repairs can expose more to repair)."""
    return _clean_rounds(text, max_rounds)[0]


def _clean_rounds(text: str, max_rounds: int = 3) -> tuple[str, bool]:
    """clean_text's text, and whether it is settled: CLEANERS leave it unchanged."""
    for _ in range(max_rounds):
        before = text
        for cleaner in CLEANERS:
            text = cleaner(text)
        if text == before:
            return text, True
    return text, False


def _settled_slice(part: str, settled: str) -> bool:
    """Whether part, taken out of a settled ASCII text, is settled too: clean_text(part) ==
    part without running it (the wire steps mostly cut a dateline or a sign-off off).

    A settled ASCII text is paragraphs joined by exact blank lines, each without a line
    break, a tab, a double space or white space at its edges, and without control or
    line-end characters: a slice of it keeps all this but where it was cut, so a slice
    with no white space at its ends is settled. (A non-ASCII text is not claimed: NFC and
    ftfy's verdicts need not hold for its slices.)"""
    if not part or part[0].isspace() or part[-1].isspace() or not settled.isascii():
        return False
    at = settled.find(part[:SLICE_PROBE])
    return at >= 0 and settled.startswith(part, at)


SLICE_PROBE = 32  # characters of a part looked for in the text it was taken from


def parse_date(value: str | None) -> str | None:
    """An ISO 8601 date (YYYY-MM-DD) from a feed's date string, or None."""
    if not value:
        return None
    value = value.strip()
    formats: tuple[str, ...]
    if match := RE_ISO_DATE.match(value):
        value, formats = match.group(0), ("%Y-%m-%d",)
        if value.isascii():  # date.fromisoformat reads it as strptime does, 10x faster
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                return None
    else:
        formats = DATE_FORMATS
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def split_front_matter(text: str) -> tuple[str | None, str | None, str | None, str | None, str]:
    """Title, publisher, caption and photo credit of a plain-text article, and its body."""
    paragraphs = text.split("\n\n")
    title = publisher = caption = credit = None
    if len(paragraphs) > 1 and not RE_PUBLISHER_LINE.match(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    if paragraphs and (match := RE_PUBLISHER_LINE.match(paragraphs[0])):
        publisher, paragraphs = match.group("publisher"), paragraphs[1:]
    if paragraphs and (match := RE_PHOTO_CREDIT.search(paragraphs[0])):
        caption = paragraphs[0][: match.start()].strip() or None
        credit, paragraphs = match.group("credit").strip(), paragraphs[1:]
    return title, publisher, caption, credit, "\n\n".join(paragraphs)


def clean_article(raw: RawArticle, *, max_chars: int = MAX_TEXT_CHARS) -> Article | Reject:
    """The cleaned Article, or a Reject saying why the raw article has no usable body."""
    if len(raw.raw_text) > max_chars:
        return Reject(raw.source_path, "clean", "too_long",
                      f"body of {len(raw.raw_text):,} characters exceeds the limit of "
                      f"{max_chars:,}", article_id=raw.article_id)
    cleaned, settled = _clean_rounds(raw.raw_text)
    text = cleaned
    title, publisher, caption, credit = raw.title, raw.publisher, None, None
    if raw.source_format == "txt":
        title, publisher, caption, credit, text = split_front_matter(text)
    wire, text = clean_wire(text)  # page chrome, credits, dateline, sign-off (flows.wire)
    if not (settled and _settled_slice(text, cleaned)):
        text = clean_text(text)
    if not text.strip():
        return Reject(raw.source_path, "clean", "empty_body",
                      "no body text is left after cleaning", article_id=raw.article_id)
    published = parse_date(raw.published) or parse_date(wire.get("published"))
    extra = raw.extra
    if raw.published and published is None:  # kept: "no date" differs from "unreadable"
        extra = json.dumps({**json.loads(extra or "{}"), "published": raw.published},
                           ensure_ascii=False, sort_keys=True)
    return Article(
        article_id=raw.article_id,
        source_path=raw.source_path,
        source_format=raw.source_format,
        title=_title(title or wire.get("title")),
        publisher=publisher,
        published_date=published,
        caption=caption or wire.get("caption"),
        photo_credit=credit or wire.get("photo_credit"),
        text=text,
        raw_sha256=raw.raw_sha256,
        url=raw.url,
        author=raw.author or wire.get("author"),
        dateline=wire.get("dateline"),
        extra=extra,
        place=wire.get("place"),
        encoding=raw.encoding,
        raw_offset_map=dump_offset_map(align_offsets(text, raw.raw_text)),
    )


def _title(title: str | None) -> str | None:
    return fix_title(clean_text(title)) or None if title else None
