"""Clean wire copy: page chrome, photo credits, datelines and sign-offs out of the body.

Each step is a pure function ``str -> (fields, str)`` that finds its own pattern and
leaves other text unchanged; ``WIRE_STEPS`` is their order and ``clean_wire`` runs them.
Re-running a step on its own output changes nothing. Shapes handled (from real copy):

* People's Daily Online pages flattened to one line: ``... English >> <title> [By <author>]
  ( <source> ) 14:20, November 18, 2020 <body> (For the latest China news ...)
  (Web editor: ...) Related reading ...``: only the body is kept.
* Photo credits: a leading caption ``<caption> Photo: VCG <body>``, ``<caption> (Xinhua/Li
  Xin) <body>``, ``Illustration: Liu Rui/GT <body>``; later credits become paragraph breaks.
* Datelines: ``NEW DELHI, Nov. 18 (Xinhua) -- ``, ``SALVADOR, Feb 26 - ``,
  ``WASHINGTON (Reuters) - ``: the ``dateline`` and its ``place`` become fields.
* Reuters sign-offs (a last paragraph ``Reuter``) are dropped; ALL-CAPS titles are
  title-cased (``fix_title``).
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterator

Fields = dict[str, str]
WireStep = Callable[[str], tuple[Fields, str]]

AGENCIES = ("People's Daily Online", "People’s Daily Online", "People's Daily",
            "People’s Daily", "Visual China Group", "China News Service", "Global Times",
            "China Daily", "Getty Images", "cnsphoto", "Ecns.cn", "Xinhua", "Reuters",
            "Bloomberg", "CGTN", "VCG", "CFP", "AFP", "EPA", "AP", "IC", "GT")
ACRONYMS = frozenset({"US", "UK", "EC", "EEC", "OPEC", "GATT", "IMF", "USDA", "CCC", "FED",
                      "GNP", "GDP", "CPI", "NYSE", "SEC", "FDIC", "LDC", "NATO", "UN", "USSR",
                      "IBM", "AT&T", "GM", "GE", "EMS", "ECU", "OECD", "ASEAN", "CD", "CDS",
                      "FRG", "ICO", "ICCO", "EDT", "EST", "GMT", "BP", "ITT", "CBT", "CME",
                      "NASD", "FCC", "FDA", "EPA", "IRS", "EU", "AP", "CEO", "PLC", "NV", "AG",
                      "SA", "SPA", "II", "III", "IV"})
SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
                         "of", "off", "on", "or", "over", "the", "to", "up", "vs", "with"})
MONTHS = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # 'MARCH', 'Nov.'"
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_PLACE = r"[A-Z][A-Za-z.'’/-]*(?: [A-Za-z.'’/-]+){0,3}?(?:,? [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
_DASH = r"\s*(?:--|-|—|–)\s+"

RE_PAGE_HEADER = re.compile(
    r"English (?:&gt;|>){2} (?P<title>.+?) (?:By (?P<author>[^()]{2,80}?) )?"
    r"\( ?(?P<source>[^()]{2,60}?) ?\) (?P<time>\d{1,2}:\d{2}), "
    r"(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}) ")
RE_PAGE_TRAILER = re.compile(r"\s*(?:\(For the latest [^()]{0,40}news|\(Web editor:|"
                             r"Enable Ginger Cannot connect to Ginger)")
RE_PAGINATION = re.compile(r"\s*(?:【\d+】\s*)+")
RE_CREDIT = re.compile(
    r"\((?:Photos?(?: by (?P<by>" + _NAME + r"))?\s*[/:]\s*(?P<paren>[^()]{2,60})"
    r"|(?P<pair>(?:" + _AGENCY + r")/ ?" + _NAME + r"|" + _NAME + r"/(?:" + _AGENCY + r")"
    r"|" + _NAME + r"/" + _NAME + r" via (?:" + _AGENCY + r")"  # '(Ann Lee/Pixsell via Xinhua)'
    r"|[\w-]+(?:\.[\w-]+)+/Photos? by " + _NAME + r"))[)）]"  # '(eng.example.cn/Photo by Bo Li)'"
    r"|(?<![\w(])(?:Photos?|Illustration|Graphic|Image) ?: ?(?P<colon>(?:courtesy of )?"
    r"(?:" + _NAME + r"/(?:" + _AGENCY + r")|(?:" + _AGENCY + r")|[A-Z]{2,10}))(?=\s|$)")
RE_DATELINE = re.compile(
    r"^(?P<dateline>(?P<place>" + _PLACE + r"),? (?P<date>" + MONTHS + r" ?\d{1,2})"
    r"(?: ?\((?P<agency>[A-Z][\w .'’&-]{0,30})\))?)" + _DASH
    + r"|^(?P<dateline2>(?P<place2>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:, [A-Z][A-Za-z.]+)?) "
    r"\((?:" + _AGENCY + r"|UPI|dpa)\))" + _DASH)
# Every match of RE_CREDIT starts with one of these: the search tries only there (7x faster).
RE_CREDIT_START = re.compile(r"\(|Photo|Illustration|Graphic|Image")
# and holds one of these (a credit in brackets, or a word then a colon): a text without
# either has no credit, which str's search tells 50x faster (most texts hold neither)
CREDIT_MARKS = ("(", ":")
RE_LATE_DATELINE = re.compile(  # an agency dateline after a caption, e.g. "... /Xinhua BEIJING,"
    r"(?:(?<=[.)])|\s/(?P<credit>" + _AGENCY + r"))\s+(?=[A-Z][A-Z.'’ -]{1,40}[A-Z.]"
    r"(?:, [A-Z][A-Za-z]+)?, " + MONTHS + r" ?\d{1,2} \((?:" + _AGENCY + r")\)" + _DASH + ")")
RE_AGENCY_IN_PARENS = re.compile(r"\((?:" + _AGENCY + r")\)")  # in every RE_LATE_DATELINE match
RE_SIGNOFF = re.compile(r"(?:\n\n|(?<=[.!?\"'])\s+|^)(?:Reuters?|REUTERS?|reuter)(?:\.\.\.)?"
                        r"(?:\^M)?\s*$")
RE_WORD = re.compile(r"\S+")
# a sentence's end inside a leading caption: after a word's two lower-case letters (not
# 'U.S.', 'Dr.'), before a capital. A caption is one sentence; text before the credit that
# holds two is body text with the caption ('Ann Lee said C. A view of the hall. (Xinhua/Li
# Mo)'), and the credit only breaks the paragraph
RE_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])[\"\u201d\u2019]? +(?=[\"\u201c]?[A-Z])")
SIGNOFF_CHARS = 40  # a sign-off sits in the last characters: search only there
SIGNOFF_CORE = "euter"  # in every sign-off RE_SIGNOFF finds, in lower or upper case
LEADING_CAPTION_CHARS = 600


def strip_page_chrome(text: str) -> tuple[Fields, str]:
    """A flattened news page: the body between the header line and the trailer, or no change."""
    fields: Fields = {}
    while (header := RE_PAGE_HEADER.search(text)) and (
            trailer := RE_PAGE_TRAILER.search(text, header.end())):
        body = RE_PAGINATION.sub(" ", text[header.end(): trailer.start()]).strip()
        found = {"title": header["title"].strip(), "published": header["date"],
                 "source": header["source"].strip()}
        if header["author"]:
            found["author"] = header["author"].strip()
        fields = {**found, **fields}
        text = html.unescape(body) if "&" in body else body
    return fields, text


def _credit(match: re.Match[str]) -> str:
    if match["paren"]:
        return f"{match['by']}/{match['paren'].strip()}" if match["by"] else match["paren"].strip()
    return (match["pair"] or match["colon"]).strip()


def split_photo_credits(text: str) -> tuple[Fields, str]:
    """A leading caption and its credit become fields; later credits become paragraph breaks."""
    fields: Fields = {}
    first_paragraph = text.split("\n\n", 1)[0][:LEADING_CAPTION_CHARS]
    lead = next(_find_credits(first_paragraph), None)
    if lead and text[lead.end():].strip() and not RE_SENTENCE_END.search(text, 0, lead.start()):
        fields["photo_credit"] = _credit(lead)
        if caption := text[: lead.start()].strip():
            fields["caption"] = caption
        text = text[lead.end():].lstrip()
    credits = list(_find_credits(text))
    return fields, _break_at_credits(text, credits) if credits else text


def _find_credits(text: str) -> Iterator[re.Match[str]]:
    """RE_CREDIT.finditer(text), trying the pattern only where a credit can start."""
    if not any(mark in text for mark in CREDIT_MARKS):
        return
    at = 0
    while start := RE_CREDIT_START.search(text, at):
        if match := RE_CREDIT.match(text, start.start()):
            yield match
            at = match.end()
        else:
            at = start.start() + 1


def _break_at_credits(text: str, credits: list[re.Match[str]]) -> str:
    pieces, at = [], 0
    for match in credits:
        pieces.append(text[at: match.start()])
        at = match.end()
    pieces.append(text[at:])
    return "\n\n".join(p.strip() for p in pieces if p.strip())


def split_dateline(text: str) -> tuple[Fields, str]:
    """A wire dateline at the start (or right after a caption) becomes dateline and place."""
    fields: Fields = {}
    while True:  # a repeated dateline goes too, so that a second run finds nothing
        if match := RE_DATELINE.match(text):
            fields.setdefault("dateline", (match["dateline"] or match["dateline2"]).strip())
            fields.setdefault("place", (match["place"] or match["place2"]).strip().rstrip(","))
            text = text[match.end():]
            continue
        late = (RE_LATE_DATELINE.search(text, 0, LEADING_CAPTION_CHARS)
                if RE_AGENCY_IN_PARENS.search(text, 0, LEADING_CAPTION_CHARS) else None)
        if late is None or not RE_DATELINE.match(text[late.end():]):
            return fields, text
        if caption := text[: late.start()].strip():
            fields.setdefault("caption", caption)
        if late["credit"]:
            fields.setdefault("photo_credit", late["credit"])
        text = text[late.end():]


def strip_signoff(text: str) -> tuple[Fields, str]:
    """Drop a closing agency sign-off such as ``Reuter``."""
    while True:
        at = max(0, len(text.rstrip()) - SIGNOFF_CHARS)
        tail = text[at:]
        if SIGNOFF_CORE not in tail and SIGNOFF_CORE.upper() not in tail:  # (no search)
            break
        match = RE_SIGNOFF.search(text, at)
        if match is None or match.start() == 0:
            break
        text = text[: match.start()].rstrip()
    return {}, text


WIRE_STEPS: tuple[WireStep, ...] = (strip_page_chrome, split_photo_credits, split_dateline,
                                    strip_signoff)


def clean_wire(text: str) -> tuple[Fields, str]:
    """Run WIRE_STEPS in order; a field found by an earlier step is kept."""
    fields: Fields = {}
    for step in WIRE_STEPS:
        found, text = step(text)
        fields = {**found, **fields}
    return fields, text


@functools.lru_cache(maxsize=1 << 15)  # (headline words recur: a third are new in a batch)
def _title_word(word: str, first: bool) -> str:
    core = word.strip("\"'“”‘’()[],:;-")
    if word.startswith("<") or "." in core.rstrip(".") or core in ACRONYMS or not core:
        return word
    lower = word.lower()
    if not first and lower in SMALL_WORDS:
        return lower
    if "-" not in lower:
        return lower[:1].upper() + lower[1:] if lower[:1].isalpha() else lower
    return "-".join(part[:1].upper() + part[1:] if part[:1].isalpha() else part
                    for part in lower.split("-"))


def fix_title(title: str) -> str:
    """Title-case an ALL-CAPS headline (keeping acronyms, tickers and U.S.); else unchanged."""
    if title.isascii():  # (the usual case: letters are a-z and A-Z, and stay ASCII)
        if title.upper() != title or sum(map(str.isalpha, title)) < 2:
            return title
    else:
        letters = [c for c in title if c.isalpha()]
        if len(letters) < 2 or any(c.islower() for c in letters):
            return title
    words = RE_WORD.findall(title)
    fixed = " ".join(_title_word(w, i == 0) for i, w in enumerate(words))
    if fixed.isascii():
        return fixed if fixed.upper() != fixed else title
    return fixed if any(c.islower() for c in fixed) else title
