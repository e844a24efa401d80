"""Read saved web pages (.html, .htm, gzipped or not) with trafilatura."""

from __future__ import annotations

import gzip
import zlib

from flows.ingest import decode_text, safe_id, sha256_hex
from flows.records import RawArticle, Reject


def read_html(data: bytes, path: str) -> tuple[list[RawArticle], list[Reject]]:
    import trafilatura

    digest = sha256_hex(data)
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            return [], [Reject(path, "ingest", "bad_gzip", f"cannot gunzip: {error}")]
    html, problem = decode_text(data)
    if problem or html is None:
        return [], [Reject(path, "ingest", *(problem or ("not_utf8", "undecodable")))]
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return [], [Reject(path, "ingest", "no_article_text",
                           "no article text could be extracted from the page")]
    stem = path.rsplit("/", 1)[-1].split(".", 1)[0]
    return [RawArticle(
        safe_id(stem), path, "html", text.replace("\n", "\n\n"), digest,
        title=getattr(doc, "title", None), publisher=getattr(doc, "sitename", None),
        published=getattr(doc, "date", None), url=getattr(doc, "url", None),
        author=getattr(doc, "author", None),
    )], []
