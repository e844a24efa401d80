"""How a raw input's bytes become RawArticles, format by format (txt, jsonl, csv, html):
decoding (UTF-8, UTF-16 with a BOM, unambiguous cp1252), article ids, record fields.

Readers take the bytes of one chunk (``flows.ingest.Chunk``) and never raise for bad input:
whatever cannot be read becomes a Reject with a reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from typing import TYPE_CHECKING

from flows.records import RawArticle, Reject, SourceFormat

if TYPE_CHECKING:
    from flows.ingest import Chunk

FORMATS: dict[str, SourceFormat] = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".html.gz": "html",
    ".htm.gz": "html",
}
FEED_FIELDS = ("id", "text", "title", "publisher", "published", "url", "author")
# Other names feeds use for a field (the corpus sets say `date` and `source`); the first
# non-empty one wins, a non-empty loser is kept in `extra`.
FIELD_ALIASES = {"published": ("published", "date", "published_date"),
                 "publisher": ("publisher", "source")}
# Bytes that cp1252 maps to typographic punctuation (€ ‚ „ … ‹ ‘ ’ “ ” • – — ›) and that every
# ISO-8859 code page leaves to C1 control codes: their presence makes cp1252 unambiguous.
CP1252_PUNCTUATION = frozenset(b"\x80\x82\x84\x85\x8b\x91\x92\x93\x94\x95\x96\x97\x9b")
RE_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
MAX_NON_ASCII_LETTERS = 0.25  # share of letters; more is not Western text read as cp1252
ID_ALIASES = ("id", "doc_id", "article_id")  # first present one is the article id
RE_UNSAFE_ID = re.compile(r"[^A-Za-z0-9._:\-]+")
RE_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}")  # as schemas.ARTICLE_ID
MAX_ID_LENGTH = 200
MAX_CSV_FIELD = 2**31 - 1  # csv's default 128 KiB would refuse a whole file for one long body


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes) -> tuple[str | None, tuple[str, str] | None]:
    """Decode input bytes (see decode_bytes); else say why it is not text."""
    text, _, problem = decode_bytes(data)
    return text, problem


def decode_bytes(data: bytes) -> tuple[str | None, str, tuple[str, str] | None]:
    """The text, the encoding it was read with, or (None, "", (check, reason)).

    Policy: UTF-8 (a BOM is allowed) or UTF-16 with a BOM. Bytes that are not UTF-8 are
    read as cp1252 only when that is unambiguous and plausible: they hold cp1252's curly
    quotes or dashes (0x91-0x97 ...), which no ISO-8859 code page has, and decode to text
    without control codes and with few non-ASCII letters. Anything else is refused:
    NUL bytes are ``binary``; other undecodable bytes are ``not_utf8``.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            return None, "", ("not_utf8", "starts with a UTF-16 byte-order mark but does not "
                                          "decode")
    if b"\x00" in data[:8192]:
        return None, "", ("binary", "binary content (NUL bytes); expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _decode_cp1252(data, error)
    if "\x00" in text:
        return None, "", ("binary", "binary content (NUL characters); expected UTF-8 text")
    return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8", None


def _decode_cp1252(data: bytes, error: UnicodeDecodeError,
                   ) -> tuple[str | None, str, tuple[str, str] | None]:
    where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, "", ("not_utf8", f"not valid UTF-8 ({where}) nor cp1252 text; re-encode "
                                      "the file as UTF-8")
    letters = [c for c in text if c.isalpha()]
    non_ascii = sum(1 for c in letters if ord(c) > 127)
    plausible = (not RE_CONTROL_CHARS.search(text)
                 and non_ascii <= MAX_NON_ASCII_LETTERS * len(letters))
    if plausible and CP1252_PUNCTUATION.intersection(data):
        return text, "cp1252", None
    hint = ""
    if plausible:
        snippet = text[max(0, error.start - 20): error.start + 20].replace("\n", " ")
        hint = (f"; it reads as Latin-1/cp1252 ({snippet!r}), but without cp1252's curly "
                "quotes or dashes the 8-bit code page is ambiguous, so it is not guessed")
    return None, "", ("not_utf8", f"not valid UTF-8: {where}{hint}; re-encode the file as "
                                  "UTF-8")


def safe_id(value: str) -> str:
    """The value itself when it is a safe id; else a safe rewrite plus a hash of the value,
    so that distinct values keep distinct ids."""
    if RE_SAFE_ID.fullmatch(value) and ".." not in value:
        return value
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    cleaned = RE_UNSAFE_ID.sub("-", folded).strip("-._:")[: MAX_ID_LENGTH - 9]
    return f"{cleaned or 'article'}-{hashlib.sha1(value.encode()).hexdigest()[:8]}"


def _stem(rel: str) -> str:
    name = rel.rsplit("/", 1)[-1]
    fmt_suffix = max((s for s in FORMATS if name.lower().endswith(s)), key=len, default="")
    return name[: len(name) - len(fmt_suffix)] if fmt_suffix else name


def _read_txt(data: bytes, chunk: Chunk) -> tuple[list[RawArticle], list[Reject]]:
    text, encoding, problem = decode_bytes(data)
    if problem:
        return [], [Reject(chunk.path, "ingest", *problem)]
    assert text is not None
    if not text.strip():
        return [], [Reject(chunk.path, "ingest", "empty", "the file is empty or only white space")]
    article_id = safe_id(_stem(chunk.path))
    return [RawArticle(article_id, chunk.path, "txt", text, sha256_hex(data),
                       encoding=encoding)], []


def _read_jsonl(data: bytes, chunk: Chunk) -> tuple[list[RawArticle], list[Reject]]:
    articles: list[RawArticle] = []
    rejects: list[Reject] = []
    stem = safe_id(_stem(chunk.path))
    for i, line in enumerate(data.split(b"\n")):
        line_no = chunk.first_line + i
        if not line.strip():
            continue
        where = f"{chunk.path}:{line_no}"
        text, encoding, problem = decode_bytes(line)
        if problem:
            rejects.append(Reject(where, "ingest", *problem))
            continue
        text = text or ""
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as error:  # too deep, too long a number, not JSON
            rejects.append(Reject(where, "ingest", "bad_json",
                                  f"line {line_no} is not JSON: {error}"))
            continue
        if ("\\ud" in text or "\\uD" in text) and _has_lone_surrogate(record):
            rejects.append(Reject(where, "ingest", "bad_unicode", f"line {line_no} holds a lone "
                                  "surrogate escape (\\ud800-\\udfff), which is not a character"))
            continue
        got = _feed_record(record, where, f"{stem}-{line_no}", "jsonl", line, encoding)
        if isinstance(got, Reject):
            rejects.append(got)
        else:
            articles.append(got)
    return articles, rejects


def _has_lone_surrogate(record: object) -> bool:
    """Whether a decoded JSON record holds a lone surrogate. Text decoded from bytes holds
    none (the codecs refuse them), so only a ``\\ud800``-``\\udfff`` escape makes one: a line
    without ``\\ud`` or ``\\uD`` is not checked (re-encoding the record costs about a fifth
    of reading it)."""
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _read_csv(data: bytes, chunk: Chunk) -> tuple[list[RawArticle], list[Reject]]:
    text, encoding, problem = decode_bytes(data)
    if problem:
        return [], [Reject(chunk.path, "ingest", *problem)]
    assert text is not None
    stem = safe_id(_stem(chunk.path))
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_FIELD))  # long bodies are rows
    # strict: a quote left open (a truncated file, a stray '"') ends the reading instead of
    # swallowing the rows after it into one field
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows: list[dict[str, str]] = []
    broken: list[Reject] = []
    try:
        rows.extend(reader)
    except csv.Error as error:
        if not rows:
            return [], [Reject(chunk.path, "ingest", "bad_csv",
                               f"not a readable CSV file: {error} (line {reader.reader.line_num})")]
        broken.append(Reject(f"{chunk.path}:{len(rows) + 2}", "ingest", "bad_csv",
                             f"row {len(rows) + 2} is not valid CSV: {error} (line "
                             f"{reader.reader.line_num}); the rest of the file was not read"))
    if not rows:
        return [], [Reject(chunk.path, "ingest", "empty", "the CSV file has no data rows")]
    articles: list[RawArticle] = []
    rejects: list[Reject] = []
    for row_no, row in enumerate(rows, start=2):
        if None in row:  # more fields than the header: an unquoted comma cut the text
            fields = len(reader.fieldnames or ()) + len(row[None])  # type: ignore[index]
            rejects.append(Reject(f"{chunk.path}:{row_no}", "ingest", "bad_csv",
                                  f"row {row_no} has {fields} fields, the header "
                                  f"{len(reader.fieldnames or ())}: a comma in an unquoted "
                                  "field?"))
            continue
        raw = json.dumps(row, ensure_ascii=False, sort_keys=True).encode()
        got = _feed_record(row, f"{chunk.path}:{row_no}", f"{stem}-{row_no}", "csv", raw,
                           encoding)
        (rejects if isinstance(got, Reject) else articles).append(got)  # type: ignore[arg-type]
    return articles, rejects + broken


def _feed_record(record: object, where: str, default_id: str, fmt: SourceFormat,
                 raw: bytes, encoding: str = "utf-8") -> RawArticle | Reject:
    if not isinstance(record, dict):
        return Reject(where, "ingest", "bad_record", "a feed record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Reject(where, "ingest", "missing_text", "the record has no non-empty `text` field")
    id_key = next((k for k in ID_ALIASES if record.get(k) not in (None, "")), None)
    article_id = safe_id(str(record[id_key])) if id_key is not None else default_id
    aliased, used = _aliased_fields(record)
    extra = {k: v for k, v in record.items()
             if k not in FEED_FIELDS and k not in ID_ALIASES and k not in used and k is not None}
    if id_key is not None and article_id != str(record[id_key]):  # rewritten by safe_id
        extra[id_key] = record[id_key]  # the original, to find the record in the feed again

    def field(name: str) -> str | None:
        return metadata_text(record.get(name))

    return RawArticle(
        article_id, where.rsplit(":", 1)[0], fmt, text, sha256_hex(raw),
        title=field("title"), publisher=aliased["publisher"], published=aliased["published"],
        url=field("url"), author=field("author"),
        extra=json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
        encoding=encoding,
    )


def _aliased_fields(record: dict[str, object]) -> tuple[dict[str, str | None], set[str]]:
    """Each FIELD_ALIASES field from its first non-empty name, and the names consumed."""
    values: dict[str, str | None] = {}
    used: set[str] = set()
    for name, aliases in FIELD_ALIASES.items():
        values[name] = None
        for alias in aliases:
            value = record.get(alias)
            if value in (None, ""):
                used.add(alias)
            elif values[name] is None:
                values[name] = metadata_text(value)
                used.add(alias)
    return values, used


def metadata_text(value: object) -> str | None:
    """A feed's metadata value as text: a string as it is; a list of strings or numbers (a
    feed's several authors) joined with "; ", as trafilatura joins a page's authors; any
    other value as JSON (not Python's repr: "['Ann Lee']", "True")."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in value):
        return "; ".join(str(v) for v in value if v != "") or None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _read_html(data: bytes, chunk: Chunk) -> tuple[list[RawArticle], list[Reject]]:
    from flows.html import read_html  # trafilatura is heavy: import only when needed

    return read_html(data, chunk.path)


READERS = {"txt": _read_txt, "jsonl": _read_jsonl, "csv": _read_csv, "html": _read_html}
