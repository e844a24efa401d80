"""Find raw inputs, plan them into batches and read each batch into RawArticles.

Only this module reads the raw folder. A batch is a list of byte ranges of input files, so
a batch can be read anywhere (another process, a Dask worker) without sharing state.
Everything that cannot be read becomes a Reject with a reason; nothing is skipped silently
except hidden files (names starting with a dot), which are not inputs.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flows.records import RawArticle, Reject, SourceFormat

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


@dataclass(frozen=True, slots=True)
class Chunk:
    """A byte range of one input file; whole files have length -1."""

    path: str  # relative to the raw folder, POSIX separators
    source_format: SourceFormat
    offset: int = 0
    length: int = -1
    first_line: int = 1
    stamp: tuple[int, int] | None = None  # (size, mtime_ns) at planning: changes are refused


@dataclass(frozen=True, slots=True)
class Batch:
    index: int
    chunks: tuple[Chunk, ...]
    root: Path | None = None  # what chunk paths are relative to, when not the raw folder


def format_of(name: str) -> SourceFormat | None:
    lower = name.lower()
    for suffix, fmt in sorted(FORMATS.items(), key=lambda kv: -len(kv[0])):
        if lower.endswith(suffix):
            return fmt
    return None


def list_inputs(raw_dir: Path) -> tuple[list[tuple[str, SourceFormat]], list[Reject]]:
    """Every input file under raw_dir (sorted), and rejects for files that are not inputs."""
    root = raw_dir.resolve()
    inputs: list[tuple[str, SourceFormat]] = []
    rejects: list[Reject] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            rel = (Path(dirpath) / name).relative_to(root).as_posix()  # os.walk won't follow
            check, reason = _unreadable_reason(Path(dirpath) / name, root) or ("not_a_file", "")
            rejects.append(Reject(rel, "ingest", check, f"{reason} (a linked folder)"))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            problem = _unreadable_reason(path, root)
            fmt = format_of(name)
            if problem:
                rejects.append(Reject(rel, "ingest", problem[0], problem[1]))
            elif fmt is None:
                rejects.append(Reject(rel, "ingest", "unsupported_format",
                                      f"unsupported file type {Path(name).suffix or '(none)'!r}; "
                                      f"expected one of {', '.join(sorted(FORMATS))}"))
            else:
                inputs.append((rel, fmt))
    return sorted(inputs), rejects


def _unreadable_reason(path: Path, root: Path) -> tuple[str, str] | None:
    if path.is_symlink():
        try:
            target = path.resolve()
        except (OSError, RuntimeError) as error:  # a symlink loop
            return "not_a_file", f"the symlink cannot be resolved: {error}"
        if not target.is_relative_to(root):
            return "outside_raw_dir", f"symlink points outside the raw folder ({target})"
    if not path.is_file():
        return "not_a_file", "not a regular file"
    if not os.access(path, os.R_OK):
        return "unreadable", "permission denied: the file is not readable"
    return None


def plan_batches(raw_dir: Path, *, batch_size: int = 2000) -> tuple[list[Batch], list[Reject]]:
    """Split the inputs into batches of about batch_size articles, in a stable order."""
    inputs, rejects = list_inputs(raw_dir)
    chunks: list[tuple[Chunk, int]] = []
    for rel, fmt in inputs:
        try:
            info = (raw_dir / rel).stat()
            stamp = (info.st_size, info.st_mtime_ns)
            planned = (list(_line_chunks(raw_dir / rel, rel, batch_size, stamp))
                       if fmt == "jsonl" else [(Chunk(rel, fmt, stamp=stamp), 1)])
        except OSError as error:
            rejects.append(Reject(rel, "ingest", "read_error", f"cannot read: {error}"))
            continue
        if not planned:
            rejects.append(Reject(rel, "ingest", "empty", "the file has no records"))
        chunks.extend(planned)
    batches: list[Batch] = []
    current: list[Chunk] = []
    size = 0
    for chunk, n in chunks:
        if current and size + n > batch_size:
            batches.append(Batch(len(batches), tuple(current)))
            current, size = [], 0
        current.append(chunk)
        size += n
    if current:
        batches.append(Batch(len(batches), tuple(current)))
    return batches, rejects


def _line_chunks(path: Path, rel: str, lines_per_chunk: int, stamp: tuple[int, int] | None = None,
                 ) -> Iterator[tuple[Chunk, int]]:
    """Chunks of lines_per_chunk lines; chunks of blank lines only are left out."""
    offset, line_no = 0, 1
    with path.open("rb") as handle:
        while True:
            start, count, filled = offset, 0, 0
            for line in handle:
                offset += len(line)
                count += 1
                filled += bool(line.strip())
                if count == lines_per_chunk:
                    break
            if count == 0:
                return
            if filled:
                yield Chunk(rel, "jsonl", start, offset - start, line_no, stamp), count
            line_no += count


def read_batch(raw_dir: Path, batch: Batch) -> tuple[list[RawArticle], list[Reject]]:
    """Read every chunk of a batch; unreadable input becomes rejects, never an exception."""
    articles: list[RawArticle] = []
    rejects: list[Reject] = []
    for chunk in batch.chunks:
        try:
            data = _read_bytes((batch.root or raw_dir) / chunk.path, chunk)
        except OSError as error:
            rejects.append(Reject(chunk.path, "ingest", "read_error",
                                  f"cannot read: {error.strerror or error}"))
            continue
        except FileChanged as error:
            rejects.append(Reject(chunk.path, "ingest", "changed_during_run", str(error)))
            continue
        reader = READERS[chunk.source_format]
        got, refused = reader(data, chunk)
        articles.extend(got)
        rejects.extend(refused)
    return articles, rejects


class FileChanged(Exception):
    """The file is not the one that was planned (its size or time changed)."""


def _read_bytes(path: Path, chunk: Chunk) -> bytes:
    with path.open("rb") as handle:
        info = os.fstat(handle.fileno())
        if chunk.stamp and chunk.stamp != (info.st_size, info.st_mtime_ns):
            raise FileChanged(f"the file changed after the run listed it (size {chunk.stamp[0]}"
                              f" -> {info.st_size} bytes); its records are not read, run again")
        handle.seek(chunk.offset)
        return handle.read() if chunk.length < 0 else handle.read(chunk.length)


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
        try:
            record = json.loads(text or "")
        except (ValueError, RecursionError) as error:  # too deep, too long a number, not JSON
            rejects.append(Reject(where, "ingest", "bad_json",
                                  f"line {line_no} is not JSON: {error}"))
            continue
        if _has_lone_surrogate(record):
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
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as error:
        return [], [Reject(chunk.path, "ingest", "bad_csv", f"not a readable CSV file: {error}")]
    if not rows:
        return [], [Reject(chunk.path, "ingest", "empty", "the CSV file has no data rows")]
    articles: list[RawArticle] = []
    rejects: list[Reject] = []
    for row_no, row in enumerate(rows, start=2):
        raw = json.dumps(row, ensure_ascii=False, sort_keys=True).encode()
        got = _feed_record(row, f"{chunk.path}:{row_no}", f"{stem}-{row_no}", "csv", raw,
                           encoding)
        (rejects if isinstance(got, Reject) else articles).append(got)  # type: ignore[arg-type]
    return articles, rejects


def _feed_record(record: object, where: str, default_id: str, fmt: SourceFormat,
                 raw: bytes, encoding: str = "utf-8") -> RawArticle | Reject:
    if not isinstance(record, dict):
        return Reject(where, "ingest", "bad_record", "a feed record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Reject(where, "ingest", "missing_text", "the record has no non-empty `text` field")
    given_id = next((record[k] for k in ID_ALIASES if record.get(k) not in (None, "")), None)
    article_id = safe_id(str(given_id)) if given_id not in (None, "") else default_id
    aliased, used = _aliased_fields(record)
    extra = {k: v for k, v in record.items()
             if k not in FEED_FIELDS and k not in ID_ALIASES and k not in used and k is not None}

    def field(name: str) -> str | None:
        value = record.get(name)
        return None if value in (None, "") else str(value)

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
                values[name] = str(value)
                used.add(alias)
    return values, used


def _read_html(data: bytes, chunk: Chunk) -> tuple[list[RawArticle], list[Reject]]:
    from flows.html import read_html  # trafilatura is heavy: import only when needed

    return read_html(data, chunk.path)


READERS = {"txt": _read_txt, "jsonl": _read_jsonl, "csv": _read_csv, "html": _read_html}
