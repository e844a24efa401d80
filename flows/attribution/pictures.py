"""Picture captions: 'Photo taken on June 29 shows a bridge' describes an image, and
'Aerial footage shows the flooded streets' what a camera saw; nobody said anything.

Wire copy (Xinhua, People's Daily, China Daily) runs its captions inline with the body, so
'show' with a picture as its subject would make a statement of every caption. A frame is not
a statement when a picture (``picture_noun``: photo, image, video, footage ...) comes, among
the words just before its cue, before a form of 'show' (``picture_verb``) that is the cue
itself or follows the speaker's first word ('Photo taken on June 29 shows a view of the
bridge': 'view of' is no cue there either).
Left alone: 'show' with any other subject ('a poll shows', 'the data show', 'Lee showed
that C'), a picture named further back than PICTURE_WINDOW words or in another clause ('in a
2005 video, the poll shows C'), a caption before the speaker ('After the video showed the
crowd, Lee said C') and a picture noun inside a name ('Motion Picture Producers figures
showed C').

A picture's credit or a caption before a content are no one's words either
(``without_credit``).

The word classes come from ``data/frame_words.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.attribution.content_before import RE_CONTENT_DATELINE
from flows.attribution.frames import Frame
from flows.attribution.lexicon import Lexicon

__all__ = ["captions_picture", "without_credit"]

PICTURE_WINDOW = 12  # words before the cue ('Photo taken on Sept. 26, 2020 in Jiaozuo shows')
RE_WORD = re.compile(r"[A-Za-z]+")
# between the picture and the cue: another clause ('in a 2005 video, the poll shows'), but
# not a date's comma ('Photo taken on Sept. 26, 2020 shows')
RE_CLAUSE_BREAK = re.compile(r"[;:]|,(?! \d)")
# a picture's credit: an agency and a name, with a slash ('(Harbour News/Ann Lee)', '(Photo by
# Ann Lee/Harbour News)'), and the dash or spaces after it
RE_BRACKET_CREDIT = re.compile(
    r"\((?:Photo by )?[A-Z][\w'’. ]{0,40}/[A-Z][\w'’. ]{0,40}\)(?:\s*--)?\s+"
)
# a caption's credit after its full stop, before a capital: '... June 1. (Daily Online/Ann
# Lee) C', '... Region. /Xinhua BEIJING, ...' (a space before the slash: not 'U.S./ASEAN')
RE_CAPTION_CREDIT = re.compile(
    r"[.!?](?:\s*\([^()\n]{2,60}/[^()\n]{2,60}\)|\s+/[A-Z]\w+)\s+(?=[A-Z\"\u201c])"
)


def captions_picture(text: str, clause_start: int, frame: Frame, lex: Lexicon) -> bool:
    """Whether the frame is in a caption: a picture, then 'show' (the cue, or a word after
    the speaker's start)."""
    verbs, pictures = lex.frame_class("picture_verb"), lex.frame_class("picture_noun")
    cue_shows = frame.cue.lower() in verbs
    # the common cases, tested cheaply: no 'show' after the speaker's start, no picture
    after_speaker = "" if cue_shows else text[frame.speaker_start : frame.cue_start].lower()
    if not cue_shows and not any(verb in after_speaker for verb in verbs):
        return False
    before = text[clause_start : frame.cue_start].lower()
    if not any(noun in before for noun in pictures):
        return False
    words = list(RE_WORD.finditer(text, clause_start, frame.cue_start))[-PICTURE_WINDOW:]
    if cue_shows:
        show = len(words)
    else:
        shows = [i for i, w in enumerate(words)
                 if w.group().lower() in verbs and w.start() > frame.speaker_start]
        if not shows:
            return False
        show = shows[-1]
    return any(w.group().lower() in pictures and not _in_name(text, words, i)
               and not RE_CLAUSE_BREAK.search(text, w.end(), frame.cue_start)
               for i, w in enumerate(words[:show]))


def _in_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """A capitalised word next to another (a space between): part of a name ('Motion
    Picture Producers', 'Image Bank figures show' at a sentence's start), not a caption after
    a credit ('(Xinhua/Li Xin) Photo taken ...')."""
    if not words[i].group()[0].isupper():
        return False
    return any(
        0 <= j < len(words) and words[j].group()[0].isupper()
        and text[min(words[i].end(), words[j].end()) : max(words[i].start(), words[j].start())]
        == " "
        for j in (i - 1, i + 1)
    )


def without_credit(text: str, frame: Frame) -> Frame:
    """The frame without a picture's credit in brackets that opens its content, the end of
    a caption before it: '(Harbour News/Ann Lee) "The pier holds," Tom Hall said.'"""
    if text[frame.content_start : frame.content_start + 1] != "(":
        return _after_caption(text, frame)  # most contents: no bracket
    credit = RE_BRACKET_CREDIT.match(text, frame.content_start, frame.content_end)
    if credit is None or credit.end() >= frame.content_end:
        return frame
    return replace(frame, content_start=credit.end())


def _after_caption(text: str, frame: Frame) -> Frame:
    """A content before its cue that holds a caption ending in its credit ('A view of the
    port, June 1. (Daily Online/Ann Lee) Revenue rose 5 percent, data showed.') starts after
    the last credit and a dateline after it: the caption was no one's words."""
    start, end = frame.content_start, frame.content_end
    if frame.cue_start < end or text.find("/", start, end) < 0:
        return frame  # a content after its cue, or no slash: most contents
    credits = list(RE_CAPTION_CREDIT.finditer(text, frame.content_start, frame.content_end))
    if not credits:
        return frame
    start = credits[-1].end()
    dateline = RE_CONTENT_DATELINE.match(text, start, frame.content_end)
    start = dateline.end() if dateline else start
    return frame if start >= frame.content_end else replace(frame, content_start=start)
