"""Read saved web pages (.html, .htm, gzipped or not) with trafilatura.

load (gunzip, decode) -> extract (trafilatura: main text and metadata) -> check language
-> one RawArticle. The article's raw text is the extracted text with paragraphs separated
by blank lines; ``raw_sha256`` hashes the file's bytes as stored (gzipped or not).
Pages whose text is not English are refused with the detected language in the reason.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from typing import Any

from flows.formats import decode_bytes, safe_id, sha256_hex
from flows.records import RawArticle, Reject

logger = logging.getLogger(__name__)

MAX_PAGE_BYTES = 32 * 1024 * 1024  # a page (gunzipped) larger than this is refused unread
PAGE_SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm")
LANGUAGES = frozenset({"en"})  # languages the pipeline publishes
LANGUAGE_SAMPLE_CHARS = 4000  # enough text for py3langid, cheap on long pages
MIN_LANGUAGE_CHARS = 200  # shorter texts are not judged (too little evidence)
MIN_WORDS = 8  # fewer extracted words is navigation or a stub, not an article
RE_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
RE_SPACE_RUN = re.compile(r"[ \t]+")
RE_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+(?P<site>[^-|–—:]{2,60})$")
EXTRACT_OPTIONS: dict[str, Any] = {
    "with_metadata": True, "include_comments": False, "include_tables": False,
    "include_images": False, "favor_precision": False, "deduplicate": False,
}


def gunzip(data: bytes, *, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The page bytes; at most limit + 1 bytes are inflated, so a gzip bomb is never read."""
    if data[:2] != b"\x1f\x8b":
        return data
    return gzip.GzipFile(fileobj=io.BytesIO(data)).read(limit + 1)


def decode_page(data: bytes) -> tuple[str | None, str, tuple[str, str] | None]:
    """UTF-8 first; else the charset the page declares; else the ingest policy's reply."""
    text, encoding, problem = decode_bytes(data)
    if text is not None or (problem and problem[0] == "binary"):
        return text, encoding, problem
    declared = RE_META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name), name, None
        except (LookupError, UnicodeDecodeError):
            pass
    return None, "", problem


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None when too short to judge."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < MIN_LANGUAGE_CHARS:
        return None
    import py3langid

    language, _ = py3langid.classify(sample)
    return str(language)


def paragraphs_of(text: str) -> str:
    """trafilatura's one-line-per-block text as paragraphs separated by blank lines."""
    lines = (RE_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def drop_headline(text: str, title: str | None) -> str:
    """The text without a first paragraph that repeats the page's title (the headline)."""
    first, _, rest = text.partition("\n\n")
    if title and rest and first.casefold() in (title.casefold(),
                                               RE_TITLE_SUFFIX.sub("", title).casefold()):
        return rest
    return text


def strip_site_suffix(title: str | None, site: str | None) -> str | None:
    """``Headline - Site`` -> ``Headline`` when the suffix names the site."""
    if not title or not site:
        return title
    match = RE_TITLE_SUFFIX.search(title)
    if match and match["site"].casefold().replace(" ", "") in {
            site.casefold().replace(" ", ""), site.casefold().removeprefix("the ")}:
        return title[: match.start()].strip() or title
    return title


def page_stem(path: str) -> str:
    """The file name without its page suffix: ``news.bbc.com.x.html.gz`` -> ``news.bbc.com.x``."""
    name = path.rsplit("/", 1)[-1]
    suffix = next((s for s in PAGE_SUFFIXES if name.lower().endswith(s)), "")
    return name[: len(name) - len(suffix)] if suffix else name


def _field(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None)
    return value.strip() or None if isinstance(value, str) else None


def read_html(data: bytes, path: str, *, languages: frozenset[str] = LANGUAGES,
              min_words: int = MIN_WORDS) -> tuple[list[RawArticle], list[Reject]]:
    """One article from a page's bytes, or a reject saying why the page has none."""
    import trafilatura

    digest = sha256_hex(data)
    try:
        data = gunzip(data)
    except (OSError, EOFError, zlib.error) as error:
        return [], [Reject(path, "ingest", "bad_gzip", f"cannot gunzip: {error}")]
    if len(data) > MAX_PAGE_BYTES:
        return [], [Reject(path, "ingest", "too_long", f"page of more than {MAX_PAGE_BYTES:,} "
                                                       "bytes (gunzipped); not read")]
    html, encoding, problem = decode_page(data)
    if problem or html is None:
        return [], [Reject(path, "ingest", *(problem or ("not_utf8", "undecodable")))]
    doc = trafilatura.bare_extraction(html, **EXTRACT_OPTIONS)
    title = _field(doc, "title")
    text = drop_headline(paragraphs_of(_field(doc, "text") or ""), title)
    if len(text.split()) < min_words:
        return [], [Reject(path, "ingest", "no_article_text",
                           f"no article text could be extracted from the page (found "
                           f"{len(text.split())} words; at least {min_words} are needed)")]
    language = detect_language(text)
    if language is not None and language not in languages:
        return [], [Reject(path, "ingest", "not_english",
                           f"detected language {language!r} (py3langid on the extracted text); "
                           f"only {', '.join(sorted(languages))} pages are kept")]
    stem = page_stem(path)
    hostname = _field(doc, "hostname")
    publisher = _field(doc, "sitename") or (hostname.removeprefix("www.") if hostname else None)
    return [RawArticle(
        safe_id(stem), path, "html", text, digest,
        title=strip_site_suffix(title, publisher), publisher=publisher,
        published=_field(doc, "date"), url=_field(doc, "url"), author=_field(doc, "author"),
        encoding=encoding,
    )], []
