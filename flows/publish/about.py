"""What the dataset is, in words: the constants every metadata file and the data card share."""

from __future__ import annotations

from flows.writer import FORMULA_ESCAPE, FORMULA_PREFIXES

NAME = "who-said-what"
TITLE = "Who said what: attributed statements in news articles"
DESCRIPTION = (
    "Statements quoted or reported in news articles, each with its speaker, reporting cue, "
    "kind (direct, indirect or mixed) and character offsets into the article text, "
    "extracted by a rule-based pipeline. Five tables: articles, sentences, statements, "
    "speakers and rejects (what the pipeline refused and why)."
)
KEYWORDS = ("quotations", "attribution", "reported speech", "news", "speakers", "nlp")
LANGUAGE = "en"
CREATOR = "who-said-what maintainers"

# The licence of what this project adds (segmentation, attribution, identifiers, metadata).
LICENSE_ID = "CC-BY-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENSE_TITLE = "Creative Commons Attribution 4.0 International"
SOURCE_TERMS = (
    "The article texts and the words quoted in them remain the copyright of their publishers; "
    "no source states an open licence. They are redistributed here as research excerpts, and "
    "the CC-BY-4.0 licence covers only what this project adds."
)

PIPELINE = (
    "Raw articles (txt, jsonl, csv, html) are read in byte-range batches, cleaned (encoding "
    "repair, boilerplate, captions and datelines removed), split into paragraphs and "
    "sentences, and scanned for reporting frames (X said C; C, X said; according to X) over "
    "a lexicon of cues. Pronouns and surnames are resolved to earlier named speakers. Every "
    "table is validated against its pandera schema and the offset invariant "
    "text[start:end] == content before it is written; refused inputs and rows go to rejects."
)

KNOWN_LIMITS = (
    "Attribution is rule-based: statements without a reporting cue from the lexicon are "
    "missed, and long or nested quotations can be split or merged.",
    "Speaker resolution works within an article only by name and pronoun; the same person "
    "under two spellings gets two speaker_id values.",
    "A speaker known only by a description ('the company', 'officials', 'a spokesman') or not "
    "at all ('(unattributed)') gets a speaker_id per article: descriptions are not merged "
    "across stories.",
    "speaker_type is a heuristic (person, group, organization, anonymous).",
    "confidence is the probability given by a logistic scorer learned from the PolNeAR dev "
    "set (over symbolic features of each candidate: cue, frame shape, kind, speaker, content); "
    "rows below 0.1 are not kept, nor rows below 0.4 whose cue only the learned lexicon has "
    "(not the hand list of speech verbs: 'named', 'listed as', 'declined'). On dev, precision "
    "rises with it, but it is not calibrated on other sources.",
    "Coverage is whatever articles were in the raw folder: it is not a sample of the news.",
    "Speakers are named people: this is personal data. Ask the maintainers to remove a row.",
)

OFFSETS = (
    "start, end, cue_start, cue_end, speaker_start and speaker_end count Unicode code points "
    "of articles.text from 0, end exclusive (Python's text[start:end]; in SQL "
    "`substring(text, start + 1, \"end\" - start)`), not bytes. JavaScript and Java index "
    "UTF-16 code units, which differ after a character outside the Basic Multilingual Plane "
    "such as an emoji. content and speaker_mention are exactly their span; cue is its span "
    "with each run of whitespace written as one space ('according  to' -> 'according to')."
)

_SPOKEN = {"\t": "a tab", "\r": "a carriage return"}
_STARTS = [_SPOKEN.get(prefix, prefix) for prefix in FORMULA_PREFIXES]
# The CSV escape in one phrase, from the characters flows.writer escapes; every file that
# describes the CSV copies says it with these words.
CSV_ESCAPE = (
    f"a text cell starting with {', '.join(_STARTS[:-1])} or {_STARTS[-1]} gets "
    f"an apostrophe ({FORMULA_ESCAPE}) put before it against formula injection"
)
CSV_UNDO = (
    "Stripping one leading apostrophe from such a cell gives the original, except where "
    "the original itself began with an apostrophe and one of those characters (it is "
    "written as it is, so it looks escaped)"
)
CSV_POLICY = (
    f"In the CSV files {CSV_ESCAPE}, as OWASP's CSV-injection guidance recommends. The "
    "Parquet files and the DuckDB database keep the exact text, so offsets (start, end) "
    "index the Parquet values, and the tables of datapackage.json and croissant.json read "
    "the Parquet files (datapackage.json lists the CSV copies as <table>-csv). "
    f"{CSV_UNDO}."
)
