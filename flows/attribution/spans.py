"""Character spans of one sentence: its words, trimmed spans and comma-free segments.

Plain text helpers shared by the frame readers (``frames``, ``content_start``, ``readers``
...); they know no lexicon. Spans are half-open offsets into the article text.
"""

from __future__ import annotations

import re

__all__ = ["QUOTE_CLOSE", "QUOTE_OPEN", "RE_TOKEN", "letters"]

QUOTE_OPEN = '"\u201c\u00ab\u201e'
QUOTE_CLOSE = '"\u201d\u00bb'
RE_WORD = re.compile(r"[\w'’.-]+")
# a word that opens with a letter, as written (its case tells a name)
RE_LETTER_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# the closed classes of determiners the readers build their word sets from
ARTICLES = frozenset(["the", "a", "an"])
POSSESSIVE_DETERMINERS = frozenset(["my", "your", "his", "her", "its", "our", "their"])
# [;:()\[\]"\u201c\u201d\u00ab\u00bb\u2014]|''|``|\s\u2013\s|\s--\s, written to open with one set
# of characters, which the search skips to: the same breaks
RE_SEGMENT_BREAK = re.compile(
    r"[;:()\[\]\"\u201c\u201d\u00ab\u00bb\u2014'`\s]"
    r"(?:(?<=[;:()\[\]\"\u201c\u201d\u00ab\u00bb\u2014])|(?<=')'|(?<=`)`|(?<=\s)(?:\u2013|--)\s)"
)
# RE_SEGMENT_BREAK without its spaced dashes (searched where the span holds no dash): its
# set holds no space, which most characters are not
RE_MARK_BREAK = re.compile(
    r"[;:()\[\]\"\u201c\u201d\u00ab\u00bb\u2014'`]"
    r"(?:(?<=[;:()\[\]\"\u201c\u201d\u00ab\u00bb\u2014])|(?<=')'|(?<=`)`)"
)
RE_TOKEN = re.compile(r"\S+")
MAX_PARENTHESIS = 30
# words that open a phrase, so a content cut right before the next word never ends with one
DANGLING = frozenset(
    ["by", "for", "with", "of", "to", "from", "about", "after", "before", "without", "into",
     "than", "even"]
)  # fmt: skip
RE_CUT_MID_PHRASE = re.compile(  # one space, then a lower-case word that opens no clause
    # ('looked into whether', 'knew all about that', 'dealt with according to')
    r" (?!(?:that|whether|what|how|why|who|which|when|where|if|according)\b)[a-z]"
)
# the ASCII bytes that are no letter or digit, deleted by bytes.translate (a C loop; str's
# translate looks each character up in a dict)
ASCII_NOT_ALNUM = bytes(i for i in range(128) if not chr(i).isalnum())


def _words(text: str) -> list[str]:
    if text.isascii():  # the same words, lowered in one pass instead of one by one
        words = RE_WORD.findall(text.lower())
        if "." not in text and "'" not in text:  # (an ASCII text holds no "’")
            return words  # nothing to strip
        return [w.strip(".'’") for w in words]
    return [w.lower().strip(".'’") for w in RE_WORD.findall(text)]


def _word_count(text: str, start: int, end: int) -> int:
    """``len(_words(text[start:end]))``, without building the words."""
    return len(RE_WORD.findall(text, start, end))


def _first_word(text: str) -> str | None:
    """``_words(text)[0]`` (None for no word), without reading the other words."""
    m = RE_WORD.search(text)
    return None if m is None else m.group().lower().strip(".'’")


def _strip_span(text: str, start: int, end: int, chars: str = " \t\n,;:") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _skip_back(text: str, pos: int, chars: str) -> int:
    """``pos`` moved left over any of ``chars``."""
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _strip_span(text, start, end, " \t\n,;:\u2014-")
    if start > 0 and text[start - 1] == "-" and text[start : start + 1].isdigit() and (
        start == 1 or not text[start - 2].isalnum()
    ):
        start -= 1  # a minus sign, not a dash: '-5 degrees'
    while end > start and text[end - 1] in ".,;:( \u2014-":  # '(': 'C (the ministry said)'
        end -= 1
    if text[start : start + 1] == "(" or text[end - 1 : end] == ")":
        return _unbracketed(text, start, end)
    for conj in (" and", " but", " or"):
        if text.endswith(conj, start, end):
            return _trim_content(text, start, end - len(conj))
    if RE_CUT_MID_PHRASE.match(text, end):  # cut before a word: a last preposition is left
        last = text.rfind(" ", start, end)  # of the phrase cut off ('stop by | threatening')
        if last > start and text[last + 1 : end] in DANGLING:
            return _trim_content(text, start, last)
    return start, end


def _unbracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A content without the bracket that opens or closes the sentence around it and has no
    partner inside the content: '(Exports rose, the ministry said.)', '(According to the
    ministry, exports rose.)'; a bracketed aside inside it stays ('rose (in May)')."""
    if text[start : start + 1] == "(" and text.find(")", start, end) < 0:
        return _trim_content(text, start + 1, end)
    if text[end - 1 : end] == ")" and text.find("(", start, end) < 0:
        return _trim_content(text, start, end - 1)
    return start, end


def _segment_start(text: str, lo: int, pos: int) -> int:
    """Start of the comma-free, quote-free segment that ends at ``pos``."""
    seg = text.rfind(",", lo, pos) + 1
    # no break holds a comma, so those before the last comma (which cannot move ``seg``)
    # are not searched
    start = max(lo, seg)
    dashed = text.find("\u2013", start, pos) >= 0 or text.find("--", start, pos) >= 0
    for m in (RE_SEGMENT_BREAK if dashed else RE_MARK_BREAK).finditer(text, start, pos):
        if m.group() in "()" and _in_short_parenthesis(text, m.start(), lo, pos):
            continue  # "Sen. Ann Lee (D-Ore.) said"
        seg = max(seg, m.end())
    return max(lo, seg)


def _in_short_parenthesis(text: str, i: int, lo: int, hi: int) -> bool:
    if text[i] == "(":
        close = text.find(")", i, min(hi, i + MAX_PARENTHESIS))
        return close > i and "(" not in text[i + 1 : close]
    opening = text.rfind("(", max(lo, i - MAX_PARENTHESIS), i)
    return opening >= 0 and ")" not in text[opening + 1 : i]


def letters(text: str, start: int, end: int) -> int:
    """How many letters and digits ``text[start:end]`` holds (no spaces, no punctuation)."""
    part = text[start:end]
    if part.isascii():  # the same count, without a call per character
        return len(part.encode("ascii").translate(None, ASCII_NOT_ALNUM))
    return sum(map(str.isalnum, part))


def word_before_spaces(text: str, pos: int) -> str:
    """The whole word (letters, digits, "_") that the spaces before ``pos`` follow, or ""
    when none does."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end] if end < pos else ""
