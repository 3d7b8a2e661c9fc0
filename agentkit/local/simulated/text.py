"""Text handling for the simulated model: words, stems, clauses, numbers, token counts.

Kept apart from the decision rules so each rule in `model.py` reads as one line of intent
("split the request into clauses", "count tokens") rather than as regular expressions.
"""

from __future__ import annotations

import json
import re
from typing import Any

from agentkit.local import lexicon
from agentkit.local.simulated.tokens import ends_in_initial

STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being below between both
    but by can could did do does doing down during each for from further had has have having he her here
    hers him his how i if in into is it its itself just let me more most my no nor not now of off on once
    only or other our ours out over own please same she should so some such than that the their theirs them
    then there these they this those through to too under until up us very was we were what when where which
    while who whom why will with would you your yours tell give show find get using use want need know""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9']*|\d+(?:\.\d+)?")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])(?!(?<=(?<![A-Za-z0-9])[a-z])[A-Z]+(?![a-z]))")
"""A camelCase boundary, not inside a word like "pH" or "mRNA" (`lexicon._CAMEL`)."""
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:,\d{3})*(?:\.\d+)?(?![\w.])|(?<![\w.])-?\d+(?:\.\d+)?(?=\s*%)")
_SENTENCE = re.compile(r"(?<=[.?!;])\s+|\n+")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Ltd|Co|Corp|vs|etc|No|e\.g|i\.e|approx)|\b[A-Z])\.$", re.I)
_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|v|vs)\.$")
"""A dot after a title or after "v."/"vs." ("Roe v. Wade") ends no sentence: a name goes on after it."""
_LIST_MARKER = re.compile(r"(?:\(?\d{1,2}|[a-z])[.)]|[-*•]", re.I)
"""A list item's number or bullet ("1.", "b)", "-"): it opens the item after it, it is no sentence."""
_ITEM_MARK = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z]\)|[-*•])(?:\s+|$)", re.I)
"""A list item's number or bullet that is no word of the item: "1." or "2)" before an item says only
where it stands in the list ("1. Convert 26.2 miles …" asks to convert 26.2 miles, not 1). A letter
with a dot ("A.") stays, since it may be an initial ("A. Smith")."""
# Joins after which a new ask always starts ("..., then the time in Madrid", "; also what is 9 * 9"); a
# sentence that opens on "Also" or "Then" begins its ask after that word, so "Then for CHEM220." reads as
# "for CHEM220" (a preposition and a new value for the ask before) and "Then get the calories in shrimp."
# as the same words as the ask before for another thing, as it would without "Then".
_JOINERS = re.compile(
    r",\s*(?:and\s+then|then|also|plus)\s+|\s+(?:and\s+then|and\s+also|then)\s+|^\s*(?:also|then),?\s+", re.I
)
_QUESTION_AFTER_COMMA = re.compile(r",\s+(?=(?:what|how|who|when|where|which|why)\b)", re.I)
_SUBORDINATORS = frozenset(
    "if when whenever assuming given suppose supposing provided once unless after before since because while".split()
)
"""Words that open a clause which sets a condition or the scene for the question after its comma ("If I
play 20 times, what is the probability …", "Since I burned 500 calories, what …"): the two are one ask."""
# "and" (with or without a comma) starts a new ask only when what follows begins like one.
_AND = re.compile(r"(\s*,?\s+and\s+)", re.I)
OPENING_QUOTES = frozenset("'\"“‘")
"""Marks that open a quoted value (`options.QUOTES` holds the closing ones too)."""
_QUESTION_WORDS = frozenset("what how who whom whose when where which why".split())


def _question_word(word: str) -> bool:
    """Whether `word` is a question word, also contracted with the verb after it ("what's", "who's",
    "where're", "how'd"): "…, and what's its capital?" asks as "…, and what is its capital?" does."""
    return word in _QUESTION_WORDS or word.split("'", 1)[0] in _QUESTION_WORDS


_OBJECT_START = frozenset(
    "the a an me us my our it them this that these those for to up out all some any his her their your "
    "whether if".split()
)
"""Words that open a verb's object: after one, a word that is also a noun is the verb ("book a flight",
"check whether 7 is prime")."""
_QUOTED = re.compile(r"\"([^\"]+)\"|'([^']+)'|“([^”]+)”")


_PRONOUN_ONE_BEFORE = frozenset("for of in at on with from about".split())
"""Prepositions after which "one" stands for the thing asked for, said again of a new subject."""
_OPENERS = frozenset(
    "after that then now also next and so later afterwards meanwhile yesterday today tonight earlier recently".split()
)
"""Words a telling clause may open on before its subject: order and time ("Later, you …", "Yesterday I ran …")."""
_ASKING_AFTER_I = frozenset("want need would will wish wonder".split())
"""Verbs after "I" that ask, not tell: "I want …", "I need …", "I wonder what X means" (a question told)."""
_TELLING_SUBJECTS = frozenset("i we you they there it".split())
_MODALS = frozenset("can could should must may might shall".split())
_TELLING_VERBS = frozenset("have has had is are was were".split())


def tells(clause: str) -> bool:
    """Whether a clause tells rather than asks: "I left my umbrella …", "After that, I have another
    function …", "There are two cones …", "Later, you take a loan …" (not "I want to know …", "we need
    the …", "you should …")."""
    found = re.findall(r"[a-z']+", clause.lower())
    while found and (found[0] in _OPENERS or found[0] in lexicon.DISCOURSE_MARKERS):
        found = found[1:]
    if len(found) >= 3 and found[0] in NOUN_PHRASE_OPENERS:
        return _noun_phrase_tells(found)
    if len(found) < 2 or found[0] not in _TELLING_SUBJECTS:
        return False
    if found[0] == "i":
        return found[1] not in _ASKING_AFTER_I
    if found[0] == "you":  # "You weigh 75 kg", "you take another loan" (not "you can …", "you should …")
        if len(found) > 2 and lexicon.parts(found[1]) == {"ADV"}:
            found = found[:1] + found[2:]  # "You also paid …", "you recently sold …": the adverb tells no ask
        return found[1] not in _ASKING_AFTER_I | _MODALS and "VERB" in lexicon.parts(found[1])
    return found[1] in _TELLING_VERBS


NOUN_PHRASE_OPENERS = frozenset("a an the my our his her their this".split())
_PHRASE_WORDS = NOUN_PHRASE_OPENERS | frozenset("your its in of on at for from".split())
"""Words of a phrase inside a subject ("the thermostat in your den"): prepositions, articles, possessives."""


def _noun_phrase_tells(found: list[str]) -> bool:
    """Whether words that open on a determiner ("a patient …", "our company …") are a subject and its
    finite verb: one of "is"/"has"/"was" …, or an inflected verb that is no noun ("weighs", "earns",
    "saved"; not "costs", "prices", nor an "-ing" that only modifies the noun: "a car weighing …"), within
    the next four words, before any number; a preposition, article or possessive between them uses none of
    the four, so a subject may carry a phrase of place before its verb ("The thermostat in your den is
    currently at 17 degrees": the state the thing is in, told)."""
    content = 0
    for word in found[1:9]:
        if word.isdigit():
            return False
        if word in _TELLING_VERBS:
            return True
        if word in _PHRASE_WORDS:
            continue
        content += 1
        if content > 4:
            return False
        parts = lexicon.parts(word)
        if (
            "VERB" in parts
            and parts <= {"VERB", "ADJ"}
            and not word.endswith("ing")
            and lexicon.lemma(word) != word
        ):
            return True
    return False


_WHEN_WORDS = _OPENERS | frozenset(
    "last this yesterday earlier recently previously once back in on during over the".split()
)
"""Words a report may open on before its subject, saying when ("Last season he …", "This morning I …")."""
_REPORT_SUBJECTS = frozenset("i we you he she they it".split())
_POSSESSIVES = frozenset("my our his her their".split())
_SUBJECT_OPENERS = _POSSESSIVES | frozenset("the a an".split())
"""Words that open a report's subject of a noun or two: "my neighbour", "the garage", "a plumber"."""
_WANTING = frozenset("want need like love hope wonder plan try look intend wish".split())
"""Verbs whose past still asks ("I wanted to know …", "I was wondering …", "we were hoping …")."""
_CONTRACTED = (
    (r"'ve\b", " have"),
    (r"'d\b", " would"),
    (r"'ll\b", " will"),
    (r"'m\b", " am"),
    (r"'re\b", " are"),
)
_BEFORE_NOW = re.compile(
    r"\b(?:already|yesterday|ago|earlier|previously|last\s+(?!\d)[a-z]+|this\s+morning|the\s+other\s+day)\b",
    re.I,
)
"""Words that set an act before the time of asking ("already", "yesterday", "last week", "two days ago")."""
_POLITE_MODALS = ("can", "could", "would", "will")
"""The modals of a request put as a question ("can you …", "could you …")."""
_YOU_ASKED = rf"\b(?:{'|'.join(_POLITE_MODALS)})\s+you\b"
POLITE_ASK = re.compile(rf"^\W*{_YOU_ASKED}", re.I)
"""A question put as a request ("Can you tell me the total flight cost?")."""
_ASKS_TOO = re.compile(rf"\bplease\b|{_YOU_ASKED}|,\s*so\b|\?")


_DASH = re.compile(r"\s[—–-]\s")
"""A dash between words, after which a clause may go on to ask ("… it's now worth $13,750 — what's my
ROI", its "'s" an "is"): the question after it is asked of what was told before it."""


def reports(clause: str) -> bool:
    """Whether a statement only reports what was done or is known already: a subject (a pronoun, or
    "my/our/the/a …" and a noun or two: "the garage", "a plumber"), after at most a few words of when, and a verb in the simple past or
    the perfect, or any verb after "already", with words that set the act before the time of asking
    (`_BEFORE_NOW`: "My neighbour sold a 4-bedroom one for $520,000 last spring", "Last season he scored
    30 goals", "We already covered Earth and Venus in class"). It tells of an act done, whose values are
    that act's, not an ask of one now. A past with no such words is a story's narrative past, the setting
    of a problem ("John invested $5,000 at 5% …"), and is no report of this kind. A past of wanting ("I
    wanted to know …", "I was wondering …") still asks, a modal's form ("could", "would") is no past, and
    a clause that also asks (a question, also after a dash: "… worth $13,750 — what's my ROI"; "please",
    "can you …", ", so …") does not only report."""
    if (
        asks_question(clause)
        or any(asks_question(re.sub(r"['’]s\b", " is", part, count=1)) for part in _DASH.split(clause)[1:])
        or _ASKS_TOO.search(clause)
        or not _BEFORE_NOW.search(clause)
    ):
        return False  # (not `is_question`: ", who is 80 kg" is a relative clause here)
    lowered = clause.lower()
    for contracted, full in _CONTRACTED:
        lowered = re.sub(contracted, full, lowered)
    found = re.findall(r"[a-z]+|\d+", lowered)
    at = next((i for i, w in enumerate(found[:5]) if w in _REPORT_SUBJECTS or w in _SUBJECT_OPENERS), None)
    if at is None or at and found[0] not in _WHEN_WORDS:
        return False
    rest = found[at + 1 :]
    if found[at] in _SUBJECT_OPENERS:  # "my neighbour", "the garage", "a plumber": the subject's nouns
        while rest[:1] and len(found) - len(rest) - at <= 2 and not lexicon.past_tense(rest[0]):
            rest = rest[1:]
    already = False
    while rest and (rest[0] == "already" or lexicon.parts(rest[0]) == {"ADV"}):
        already, rest = already or rest[0] == "already", rest[1:]
    if not rest:
        return False
    verb, after = rest[0], rest[1:]
    if already:
        return bool(lexicon.parts(verb) & {"VERB", "AUX"})
    if verb in ("have", "has", "had") and after and lexicon.past_participle(after[0]):
        return lexicon.lemma(after[0]) not in _WANTING
    if verb in ("was", "were") and after and after[0].endswith("ing"):
        return lexicon.lemma(after[0]) not in _WANTING
    return lexicon.past_tense(verb) and verb not in _MODALS and lexicon.lemma(verb) not in _WANTING


_WISHING = frozenset("like love want wonder appreciate prefer".split())
"""Verbs that after "I would" ask now, whatever the condition ("…, I'd like to know the trails")."""
_CONDITIONS = frozenset("if unless once whenever".split()) | {"in case", "depending on"}
_OWN_LATER = re.compile(
    r",\s*(?:then\s+)?(?:i|we)\s+(?:will|would|might|may|could|shall|am\s+going\s+to|are\s+going\s+to)\b",
    re.I,
)


def defers(clause: str) -> bool:
    """Whether a clause states what the asker will do once a result is known, not an ask of it now: it
    opens on a condition ("if", "unless", "once", "in case") and its main clause, after the comma, is the
    asker's own later act ("If it rains, I'll check Florence instead", "If the rate is good, I'll also
    convert 200 pounds later", "If it's delayed, I'll need a hotel near JFK"). The condition hangs on what
    the ask before will return; until it does, the plan calls nothing. A main clause that asks ("If I
    invest $1,000, what will I have?", "if so, book it"), or wants ("…, I'd like to know …"), is no such
    plan, nor is a condition on the asker's own doing ("If I travel on Friday, I'll need a flight …"),
    a premise the ask is made on."""
    lowered = clause.lower()
    for contracted, full in _CONTRACTED:
        lowered = re.sub(contracted, full, lowered)
    found = words(lowered)
    while found and (found[0] in lexicon.DISCOURSE_MARKERS or found[0] in _OPENERS or found[0] == "but"):
        found = found[1:]
    size = next((len(c.split()) for c in _CONDITIONS if found[: len(c.split())] == c.split()), 0)
    later = _OWN_LATER.search(lowered)
    if not size or later is None or found[size : size + 1] in (["i"], ["we"], ["my"], ["our"]):
        return False  # "If I travel on Friday, I'll need …": the asker's own premise, then an ask
    verb = [w for w in words(lowered[later.end() :])[:3] if lexicon.parts(w) != {"ADV"}][:1]
    return not verb or lexicon.lemma(verb[0]) not in _WISHING  # "…, I'd like to know …" asks


def words(text: str) -> list[str]:
    """Words of `text`, snake_case and camelCase identifiers split, lower-cased."""
    spaced = _CAMEL.sub(" ", text).replace("_", " ").replace("-", " ")
    return [w.lower() for w in _WORD.findall(spaced)]


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stopwords dropped), in order, without repeats."""
    seen: dict[str, None] = {}
    for w in words(text):
        if w not in STOPWORDS:
            seen.setdefault(lexicon.stem(w), None)
    return list(seen)


def count_tokens(value: Any) -> int:
    """A deterministic token estimate: words and punctuation marks of the text or JSON.

    Real tokenizers differ per model; the simulator only needs a figure that grows with the
    text the way real counts do, so token accounting and budgets can be exercised offline.
    """
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
    return len(_TOKEN.findall(text))


def truncate_tokens(text: str, limit: int) -> str:
    """The prefix of `text` holding at most `limit` tokens (by `count_tokens`)."""
    if limit <= 0:
        return ""
    for n, match in enumerate(_TOKEN.finditer(text), start=1):
        if n == limit:
            return text[: match.end()]
    return text


_ADDRESS_END = re.compile(r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*\.$")
_TOWN_ALONE = re.compile(r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}(?:,\s*[A-Z]{2})?[.!?]?")
"""A sentence that is only a town's name after one that ends on a street address ("a cab to 540 El Camino
Real. Berkeley"): a name alone asks nothing, it is the address's town, so the two are one sentence."""


def sentences(text: str) -> list[str]:
    """Sentences and lines of `text`; a dot after an abbreviation ("Mr.", "D.C.", "e.g.") or a name's
    initial ("Ursula K. Le Guin") ends none."""
    found: list[str] = []
    for piece in _split_outside_quotes(_inline_asks(_inline_list(_line_list(text)))):
        piece = piece.replace("\x02", ".").replace("\x03", "\n")
        piece = _ITEM_MARK.sub("", piece.strip(), count=1)  # the item's number is no part of it
        if not piece:
            continue
        if (
            found
            and (
                _TITLE_END.search(found[-1])
                or ends_in_initial(found[-1], piece)  # "Ursula K. Le Guin"
                or (_ABBREVIATION_END.search(found[-1]) and not piece[:1].isupper())
                or _LIST_MARKER.fullmatch(found[-1])
                or (_ADDRESS_END.search(found[-1]) and _TOWN_ALONE.fullmatch(piece))  # "… Real. Berkeley"
            )
        ):
            found[-1] = f"{found[-1]} {piece}"
        else:
            found.append(piece)
    return found


_POINTS_AT_LIST = re.compile(r"\b(?:these|those|following|below|list)\b", re.I)
"""Words of a colon's line that point at what follows as the things to act on ("Classify these:",
"Translate the following:", "Ping each host in this list:")."""


def line_lists(text: str) -> list[tuple[int, str, list[tuple[str, int, int]]]]:
    """Lists given one item to a line: for each line that ends in a colon and is followed by two lines or
    more, each of twelve words or fewer (an item, not a paragraph) up to a blank or a longer line, where
    its line starts, its words, and each item with its span in `text` (a bullet or an item number dropped,
    `_ITEM_MARK`). The one reading of such a list, for the sentence split (`_line_list`) and for the list
    value (`mentions._line_lists`)."""
    found = []
    for intro in re.finditer(r"^([^\n]*):[ \t]*\n", text, re.M):
        items: list[tuple[str, int, int]] = []
        at = intro.end()
        for line in re.finditer(r"^[^\n]*", text[at:], re.M):
            body = line.group(0)
            item = _ITEM_MARK.sub("", body.strip(), count=1).strip()
            if not item or len(item.split()) > 12 or item.endswith(":"):
                break
            start = at + line.start() + body.index(item)
            items.append((item, start, start + len(item)))
        if len(items) >= 2:
            found.append((intro.start(), intro.group(1), items))
    return found


def _line_list(text: str) -> str:
    """`text` with the line breaks of a list given one item to a line (`line_lists`) masked, so that the
    list stays in the sentence of the line whose colon opens it ("Ping the following:\nweb-1\nweb-2"): the
    items are the values of that one ask, not asks of their own — unless each begins like an ask
    ("Please:\nBook a flight\nFind a hotel") and the colon's line does not point at them ("these", "the
    following"), where the lines are a to-do list. The masked breaks are restored in the sentence."""
    for start, intro, items in line_lists(text):
        if not all(starts_ask(item) for item, _, _ in items) or _POINTS_AT_LIST.search(intro):
            end = items[-1][2]
            listed = text[start:end]
            if not any(starts_ask(item[:1].lower() + item[1:]) for item, _, _ in items):
                # an item's number ("1. 2025-07-04") ends no sentence inside a list of values: its dot is
                # masked too (items that ask, "Please do the following:\n1. Convert …", stay asks of their own)
                listed = re.sub(r"\n([ \t]*\(?\d{1,2})\.(?=[ \t])", "\n\\1\x02", listed)
            text = text[:start] + listed.replace("\n", "\x03") + text[end:]
    return text


_INLINE_ITEM = re.compile(r"(?<![\w.,])(\d{1,2})\.(?=[ \t]+[^\s\d])")


def _inline_list(text: str) -> str:
    """`text` with the dots of an inline numbered list's item numbers masked ("stock for: 1. SKU-4410
    2. SKU-5521"): numbers 1, 2 … in turn on one line, the first after a colon or at the line's start,
    whose items are values, not asks of their own — the list is one sentence, its items one series."""

    def masked(line: str) -> str:
        marks, items = _numbered(_INLINE_ITEM, line)
        if len(marks) < 2 or any(_item_asks(item) for item in items):
            return line  # "1. Book a flight 2. Find a hotel": each item asks, a sentence of its own
        for match in reversed(marks):
            line = line[: match.end() - 1] + "\x02" + line[match.end() :]
        return line

    return "\n".join(masked(line) for line in text.split("\n"))


def _numbered(pattern: re.Pattern[str], line: str) -> tuple[list[re.Match[str]], list[str]]:
    """The item numbers `pattern` finds in `line` that count 1, 2 … in turn, the first after a colon or at the
    line's start, and the item each opens (up to the next number, or the line's end)."""
    marks: list[re.Match[str]] = []
    for match in pattern.finditer(line):
        if match.group(1) != str(len(marks) + 1):
            continue
        if not marks and line[: match.start()].rstrip()[-1:] not in ("", ":"):
            continue
        marks.append(match)
    ends = [m.start() for m in marks[1:]] + [len(line)] if marks else []
    return marks, [line[m.end() : end] for m, end in zip(marks, ends, strict=True)]


def _item_asks(item: str) -> bool:
    """Whether a list's item begins like an ask: its first letter is no name's capital ("1) Convert 5 km …"
    asks as "convert 5 km …" would; `starts_ask` reads a capital after "and" as a name)."""
    item = item.strip()
    return starts_ask(item[:1].lower() + item[1:])


_INLINE_PAREN_ITEM = re.compile(r"(?<![\w.,(])\(?(\d{1,2})\)(?=[ \t]+[^\s\d])")
"""An item number closed by a parenthesis inside a line, "1)" or "(2)"."""


def _inline_asks(text: str) -> str:
    """`text` with a line break before each item number of an inline list numbered "1)", "2)" … in turn
    (the first after a colon or at the line's start) when an item begins like an ask ("Please do three
    things: 1) give me the capital of Chile, 2) the air quality in Lima, 3) …"): the items are asks of
    their own, as those of a list numbered "1.", "2." are (`_inline_list`), and each is its own sentence;
    items that are values ("1) SKU-4410 2) SKU-5521") stay one series."""

    def broken(line: str) -> str:
        marks, items = _numbered(_INLINE_PAREN_ITEM, line)
        if len(marks) < 2 or not any(_item_asks(item) for item in items):
            return line
        for match in reversed(marks):
            line = line[: match.start()] + "\n" + line[match.start() :]
        return line

    return "\n".join(broken(line) for line in text.split("\n"))


_QUOTE_SPAN = re.compile(
    r"(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){1,300}?'(?!\w)|\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text quotes something ('…', "…", “…”, an apostrophe inside a word kept): each quote's
    span, its marks included."""
    return [m.span() for m in _QUOTE_SPAN.finditer(text)]


def _split_outside_quotes(text: str) -> list[str]:
    """`_SENTENCE` splits, except inside quotes (a quoted review may hold several sentences)."""
    masked = _QUOTE_SPAN.sub(lambda m: m.group(0).replace(" ", "\x00").replace("\n", "\x01"), text)
    return [p.replace("\x00", " ").replace("\x01", "\n") for p in _SENTENCE.split(masked)]


def _split_unquoted(pattern: re.Pattern[str], text: str) -> list[str]:
    """`pattern.split(text)` at the joins that stand outside quotes only: a quoted value is one value,
    whatever it says ("Save a note: 'call the plumber, then buy milk'" asks one thing)."""
    masked = _QUOTE_SPAN.sub(lambda m: m.group(0).replace(" ", "\x00").replace("\n", "\x01"), text)
    return [p.replace("\x00", " ").replace("\x01", "\n") for p in pattern.split(masked)]


def clauses(text: str) -> list[str]:
    """Split a request into the independent asks it contains.

    Sentences first, then the joins that always start a new ask ("then", "also", "plus"), then a
    question word after a comma (not after an "if …" clause: `_SUBORDINATORS`), then
    "and" — only where the words after it begin an ask of their own: a verb in its base form
    ("… and convert 3 kg to pounds"), a question word ("…, and what time is it?") or "another".
    An "and" inside a noun phrase ("salt and pepper", "rating above 4.5 and compatible with …",
    "a=2, b=6, and c=5") keeps the clause whole.
    """
    result: list[str] = []
    text = text.strip()
    if len(text) > 2 and text[0] + text[-1] in ('""', "''", "“”"):
        text = text[1:-1]  # a request wrapped whole in quotes
    text = _ASIDE.sub(lambda m: m.group("lead") or " ", text)
    for sentence in (act for whole in sentences(text) for act in _addressee_acts(whole)):
        for part in _joined_parts(sentence):
            for piece in _split_question(part):
                result.extend(_split_and(piece))
    return [c.strip(" ,.;:!?") for c in result if words(c)]


_ASIDE = re.compile(
    r"(?P<lead>(?:^|[,;.!?]\s*|\s+)(?:(?:and|but)\b,?\s*)?)"
    r"(?:while\s+you(?:'re|’re|\s+are)\s+at\s+it|by\s+the\s+way|if\s+you\s+(?:don't|don’t|do\s+not)\s+mind"
    r"|when\s+you\s+(?:get|have)\s+a\s+(?:chance|moment|minute|second))\s*,\s*",
    re.I,
)
"""An aside set off by commas that only says how or when to do the next ask ("Renew B-1042, and while you're
at it, search for books by Ali Smith", "By the way, what's the UV index in Nice?"): it asks nothing, so the
ask after it is read as if it followed the "and" (or opened the sentence) directly."""


_ADDRESSEE_ACT = re.compile(
    r"^(?P<time>(?:right\s+|just\s+)?(?:after|once|when|before|as\s+soon\s+as)\s+you)"
    r"(?P<aux>\s+have|'ve|’ve)?\s+(?P<act>[a-z][^,;:]*?),\s*(?P<main>\S.*)$",
    re.I | re.S,
)


def _addressee_acts(sentence: str) -> list[str]:
    """`sentence` split where a time clause opening it has the one asked as its subject and an act as its
    verb ("After you restart nginx on web-3, show me …", "Once you've looked up the price of AAPL,
    convert …", "Before you email the invoice, mark it as paid"): such a clause does not set the scene as
    "After taking the train, …" or "When I land, …" do — it tells the one asked to do a thing, an ask of
    its own beside the instruction after its comma. The act is a verb in its base form, or its past
    participle after "have" ("When you have checked …"); "When you have time, …" and "Once you're done,
    …" name no act. The instruction must begin like an ask (a verb before its object, a question word)."""
    found = _ADDRESSEE_ACT.match(sentence.strip())
    if not found:
        return [sentence]
    act, main = found.group("act"), found.group("main")
    verb = words(act)[:1]
    if not verb or "VERB" not in lexicon.parts(verb[0]) or lexicon.is_function_word(verb[0]):
        return [sentence]
    base = lexicon.lemma(verb[0]) == verb[0]
    if (found.group("aux") is None) != base or lexicon.lemma(verb[0]) in (
        "be",
        "have",
        "do",
        "get",
        "finish",
    ):
        return [sentence]  # "When you have time, …", "Once you're done, …": no act of the one asked
    if not (starts_ask(main) or asks_question(main)):
        return [sentence]
    return [act, main]


_ITEMS_BEFORE = re.compile(
    r"[a-z]+(?:\s+[a-z]+){0,2}\s*,\s*(?:an?\s+|some\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s*,?\s*$"
)
"""The end of a part that lists lower-case items, "… with mushrooms, peppers", "a tent, a stove"."""


_JOINERS_KEPT = re.compile(f"({_JOINERS.pattern})", re.I)
"""`_JOINERS` in a group, so a split keeps the joining words."""


def _joined_parts(sentence: str) -> list[str]:
    """`sentence` split at `_JOINERS`, except where "plus"/"also" only adds the last item to a list the
    words before it are giving ("mushrooms, peppers, and also some olives", "a tent, a stove, plus a
    lantern"): a part that ends in items a comma parts, followed by a short part that asks nothing (no
    verb before its object, no question word), is one ask."""
    pieces = _split_unquoted(_JOINERS_KEPT, sentence)
    kept = [pieces[0]]
    for join, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        adds = join.strip(" ,").lower() in ("plus", "also", "and also")
        if adds and _ITEMS_BEFORE.search(kept[-1]) and not starts_ask(piece) and 0 < len(words(piece)) <= 8:
            kept[-1] = f"{kept[-1]}{join}{piece}"
        else:
            kept.append(piece)
    return kept


_RESTATED_VALUE = re.compile(r"which\s+(?:is|was|will\s+be)\s+(?:the\s+)?\d", re.I)
"""A relative clause after a comma that says a value again ("this coming friday, which is 2025-06-13"):
it says more of what came before, and asks nothing (not "…, which is cheaper?")."""


_SCENE_PREPOSITIONS = frozenset("in on at during for throughout within across around near by over".split())
"""Prepositions that open a phrase setting a question's time or place ("In April, how much …")."""


def _scene_phrase(piece: str) -> bool:
    """Whether `piece`, before ", what/how …", is only a phrase a preposition opens, with no verb of its own
    ("In April, how much rain fell …", "At the Leeds branch, which …"): it says when or where the question
    is asked of, so the two are one ask and the phrase's values are the question's."""
    found = words(piece)
    if not found or found[0] not in _SCENE_PREPOSITIONS or len(found) > 6:
        return False
    return not any(
        "VERB" in lexicon.parts(w) and not lexicon.parts(w) & {"NOUN", "ADJ", "PROPN"} for w in found[1:]
    )


def _split_question(part: str) -> list[str]:
    """`part` cut before a question word after a comma ("Find the hotel, what does it cost?"), except
    after a clause that sets the question's condition ("If I shoot 20 times, what is …"), and before a
    relative clause that says a value again (`_RESTATED_VALUE`)."""
    pieces = _split_unquoted(_QUESTION_AFTER_COMMA, part)
    kept = [pieces[0]]
    for piece in pieces[1:]:
        opening = words(kept[-1])[:1]  # "After taking the train, …": "after" also orders asks (`_OPENERS`)
        if (
            _first_word(kept[-1]) in _SUBORDINATORS
            or opening
            and opening[0] in _SUBORDINATORS
            or _RESTATED_VALUE.match(piece)
            or _scene_phrase(kept[-1])
        ):
            kept[-1] = f"{kept[-1]}, {piece}"
        else:
            kept.append(piece)
    return kept


def _split_and(part: str) -> list[str]:
    pieces = _split_unquoted(_AND, part)
    kept = [pieces[0]]
    for join, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        asks = (
            starts_ask(piece)
            or ("," in join and _closed_pair(kept[-1]) and _verb_first(piece))
            or ("," in join and item_too(piece))
        )
        if asks and _last_of_items(kept[-1], piece):
            asks = False
        if _second_relative(kept[-1], piece) or _contrast_goes_on(kept[-1], piece):
            kept[-1] = f"{kept[-1]}{join}{piece}"  # "a trapezoid whose sides are … and whose height is …"
        elif asks and len(words(kept[-1])) >= 3 and len(words(piece)) >= 2:
            kept.append(piece)
        else:
            kept[-1] = f"{kept[-1]}{join}{piece}"
    return kept


TOO = re.compile(r"[\s,]+(?:as\s+well|too)\W*$", re.I)
""""too"/"as well" closing an item ("…, and 2001 as well", "The whippet, too."): it adds itself to the ask
before, as "also" opening it does."""


def item_too(piece: str) -> bool:
    """Whether `piece`, after ", and", is an item the ask before it is made of again, "too"/"as well" closing
    it ("Convert 49 to Roman numerals, and 2001 as well", "…, and Peru's too"): a few words and no verb of
    their own — a name, a number or a quote —, so an ask of its own that leaves out its verb (rule 6's
    item "also" adds)."""
    cut = TOO.search(piece)
    if not cut:
        return False
    item = piece[: cut.start()].strip()
    found = words(item)
    return (
        0 < len(found) <= 4
        and not lexicon.is_function_word(found[0])  # "Could you make it private as well?" asks an act
        and (item[:1].isupper() or item[:1].isdigit() or item[:1] in OPENING_QUOTES)
    )


_ONLY_A_VERB_AFTER = _OBJECT_START - {"for", "to", "up", "out"}
"""Words after a word that may be a noun or a verb that only its verb reading takes: its object's
determiner or pronoun ("check the news", "book me a table"), not a preposition a noun takes too."""


def _last_of_items(kept: str, piece: str) -> bool:
    """Whether `piece`, after "and", is the last member of a series of lower-case items `kept` ends on
    ("eggs, flour and milk for the cake", "screws, glue and tape for the shelf"): "a, b and c" is how
    English writes a list, so a word that is a noun as well as a verb ("milk", "tape", "paint") right after
    such a series is its last item, followed by what the items are for. It is the verb of an ask of its own
    only when its object opens as only a verb's does (`_ONLY_A_VERB_AFTER`: "…, and check the news"), or
    with a question word or a number."""
    found = words(piece)
    if len(found) < 2 or not _ITEMS_BEFORE.search(kept) or "NOUN" not in lexicon.parts(found[0]):
        return False
    after = found[1]
    return after not in _ONLY_A_VERB_AFTER and after not in _QUESTION_WORDS and not after.isdigit()


_CONTRAST_RUN = re.compile(r"\bone\s+[a-z]+\b[^.?!;]*,\s*another\b", re.I)
"""A run of items told apart by "one …, another …" ("I bought one share at $40, another at $55")."""


def _contrast_goes_on(kept: str, piece: str) -> bool:
    """Whether `piece`, after "and", is the last item of a run `kept` tells with "one …, another …" ("one
    share at $40, another at $55, and another at $70"): "another" goes on the run, no ask of its own."""
    return words(piece)[:1] == ["another"] and bool(_CONTRAST_RUN.search(kept))


_CLOSED_PAIR = re.compile(r"\band\s+[\w'-]+(?:\s+[\w'-]+)?\s*$", re.I)


def _closed_pair(kept: str) -> bool:
    """Whether `kept` ends on a pair its "and" has closed ("… of ibuprofen and naproxen"): a series ends at
    its "and", so a ", and" after it joins no third member but the next ask ("…, and check interactions
    between them", "…, and find recipes using them")."""
    return bool(_CLOSED_PAIR.search(kept))


def _verb_first(piece: str) -> bool:
    """Whether `piece` opens on a lower-case base-form verb (also a noun: "check", "find") and a word after
    it that is no coordinator: after a closed pair (`_closed_pair`) it is that verb, no member."""
    found = words(piece)
    if len(found) < 2 or not piece.lstrip()[:1].islower() or found[1] in ("and", "or"):
        return False
    word = found[0]
    return (
        "VERB" in lexicon.parts(word) and lexicon.lemma(word) == word and not lexicon.is_function_word(word)
    )


_RELATIVES = frozenset("who whom whose which".split())


def _second_relative(before: str, piece: str) -> bool:
    """Whether `piece`, after "and", opens with the relative pronoun a relative clause of `before` opened
    with after its noun ("a trapezoid whose parallel sides are 8 cm and 14 cm and **whose** height is 5
    cm"): a second relative clause of the same noun, which says more of it, no question of its own."""
    found = words(piece)[:1]
    if not found or found[0] not in _RELATIVES:
        return False
    said = words(before)
    return any(
        w == found[0] and k > 0 and not lexicon.is_function_word(said[k - 1]) for k, w in enumerate(said)
    )


def starts_ask(piece: str) -> bool:
    """Whether `piece` begins an ask of its own: a question word, "another", or a verb in its base form
    before its object ("book a flight"), not a capitalised name or a hyphenated compound. A word joined to
    a number by a hyphen ("… and web-4", "… and shop-40") is such a compound, a code naming a thing: the
    number is part of the word, no object of a verb "web" or "shop", so the code is one more item of the
    series, no ask of its own."""
    found = words(piece)
    while found and (found[0] in lexicon.DISCOURSE_MARKERS or _manner_adverb(found[0])):
        found = found[1:]  # "… and finally fetch …", "… and separately what …"
    if _polite_request(found):
        return True  # "…, and could you also tell me the weather there?": a request of its own
    first = found[:1]
    if not first or piece.lstrip()[:1].isupper():
        return False  # a capitalised word after "and" is a name ("… and Maroon 5"), not an instruction
    if piece.lstrip()[:1] in OPENING_QUOTES:
        return False  # "… and 'See you at six' to Marco": a quoted value, whatever its first word
    word = first[0]
    if _question_word(word) or word == "another":
        return True
    if found[:2] in (["the", "same"], ["once", "more"]):
        return True  # "…, and finally once more for Dallas": a variation ask is an ask of its own
    if word == "one" and found[1:2] and found[1] in _PRONOUN_ONE_BEFORE:
        return True  # "… a recipe for lasagna and one for risotto": "one" stands for the thing asked for
    compound = re.match(rf"{re.escape(word)}(?:-[a-z0-9]+)+", piece[piece.lower().find(word) :], re.I)
    if compound:
        return _hyphenated_verb(compound.group(0), found)
    parts = lexicon.parts(word)
    if "VERB" not in parts or lexicon.lemma(word) != word or lexicon.is_function_word(word):
        return False
    if "NOUN" not in parts:
        return True
    after = found[1:2]  # a word that is also a noun is a verb only before its object ("book a flight")
    return bool(after) and (
        after[0] in _OBJECT_START
        or after[0] in _QUESTION_WORDS
        or after[0].isdigit()
        or _opens_bare_object(piece, word, after[0])
    )


def _hyphenated_verb(compound: str, found: list[str]) -> bool:
    """Whether a hyphenated compound that opens a piece is its verb: a compound names a thing ("check-out
    date", "follow-up call"), unless its last part is a verb in its base form and its object opens right
    after it (`_OBJECT_START`: "… and double-check the share price of PEP", "… and spell-check the
    sentence …"), or, when its first part is a prefix the dictionary lacks ("re-", "pre-", "co-"), a noun
    does ("… and re-check disk usage on db-2") — a verb of the compound's own, whose object follows."""
    parts = compound.lower().split("-")
    last, after = parts[-1], found[len(parts) : len(parts) + 1]
    if not after or "VERB" not in lexicon.parts(last) or lexicon.lemma(last) != last:
        return False
    prefixed = not lexicon.known(parts[0]) and len(parts[0]) <= 3  # "re-check", "pre-book": a verb, prefixed
    return after[0] in _OBJECT_START or prefixed and "NOUN" in lexicon.parts(after[0])


_POLITE_FILLERS = frozenset("also please just kindly maybe then".split())


def _polite_request(found: list[str]) -> bool:
    """Whether words open a polite request: "can", "could", "would" or "will", "you", then (after "also",
    "please" …) a verb in its base form ("… and can you check whether the pavilion is free", "…, and could
    you also tell me the weather there"). It asks the one addressed to act, an ask of its own wherever it
    stands, as the bare verb would."""
    if len(found) < 3 or found[0] not in _POLITE_MODALS or found[1] not in ("you", "u"):
        return False
    rest = [w for w in found[2:5] if w not in _POLITE_FILLERS]
    return bool(rest) and "VERB" in lexicon.parts(rest[0]) and lexicon.lemma(rest[0]) == rest[0]


def _opens_bare_object(piece: str, verb: str, word: str) -> bool:
    """Whether `word`, right after a word that may be a noun or a verb, opens that verb's object
    without an article: a capitalised name or a people's adjective ("… and find French restaurants",
    "… and find Coldplay concerts"), or a word that can only be an adjective ("… and find cheap
    flights"). A noun is not followed by either in a request, so the word before is the verb — unless it
    is capitalised itself, a word of a title ("'Purple Rain' and 'Set Fire to the Rain'")."""
    written = re.search(rf"\b({re.escape(verb)})\s+({re.escape(word)})", piece, re.I)
    if not written or written.group(1)[:1].isupper():
        return False  # "… and 'Set Fire to the Rain'": a capitalised word is a title's, no instruction
    return written.group(2)[:1].isupper() or lexicon.parts(word) == frozenset({"ADJ"})


def is_question(piece: str) -> bool:
    """Whether `piece` asks a question: it does (`asks_question`), or a clause that sets its condition
    comes first ("Lastly, if I play 40 times, what is …")."""
    return asks_question(piece) or any(asks_question(p) for p in _QUESTION_AFTER_COMMA.split(piece)[1:])


def asks_question(piece: str) -> bool:
    """Whether `piece` is a question of its own: it begins, after "and"/"then"/"also" and the words
    that order a request ("Lastly, …"), with a question word ("… and then what is the distance …")."""
    return _first_word(piece) in _QUESTION_WORDS


def _first_word(piece: str) -> str:
    """The first word of `piece` after "and"/"then"/"also" and the words that order a request
    ("Lastly, …"), or "" for none."""
    found = words(piece)
    while found and (
        found[0] in lexicon.DISCOURSE_MARKERS or found[0] in _OPENERS or _manner_adverb(found[0])
    ):
        found = found[1:]
    return found[0] if found else ""


def _manner_adverb(word: str) -> bool:
    """Whether `word` can be nothing but an adverb and is no function word ("separately", "quickly"):
    after "and" it says how the next ask is to be done, the ask begins after it ("…, and separately
    what 2,500 INR comes to in USD"). Not "not" or "only", function words that change what follows,
    nor a word that may be a verb or a noun ("still", "well")."""
    return lexicon.parts(word) == frozenset({"ADV"}) and not lexicon.is_function_word(word)


def numbers(text: str) -> list[float]:
    """Numbers written in `text`, in order ("1,200.50" → 1200.5)."""
    return [float(m.group(0).replace(",", "")) for m in _NUMBER.finditer(text)]


def quoted(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]


def proper_nouns(text: str) -> list[str]:
    """Runs of capitalised words that do not start a sentence ("in New York" → "New York")."""
    found: list[str] = []
    for sentence in sentences(text):
        tokens = sentence.split()
        run: list[str] = []
        for i, raw in enumerate(tokens):
            word = raw.strip(",.;:!?()\"'")
            capitalised = word[:1].isupper() and word.lower() not in STOPWORDS
            if capitalised and (i > 0 or run):
                run.append(word)
            else:
                if run:
                    found.append(" ".join(run))
                run = []
            if raw[-1:] in ",.;:!?)":
                if run:
                    found.append(" ".join(run))
                run = []
        if run:
            found.append(" ".join(run))
    return list(dict.fromkeys(found))


def excerpt(text: str, limit: int = 300) -> str:
    """`text` on one line, cut at a word boundary near `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


WHAT_A_THING_IS = re.compile(
    r"^\W*(?:(?:hey|hi|so|ok|okay)\W+)?(?:(?:who|what)(?:'s|\s+is|\s+are|\s+was|\s+were)|tell\s+me\s+about)\s+"
    r"(?!(?:you|your|yours|my|me|i|it|its|this|that|these|those|there|here|up|new|wrong|going|happening|the\s+time)\b)"
    r"(?P<thing>[^?.!]*[A-Za-z])",
    re.IGNORECASE,
)
"""A question of who or what a thing or a person is, or "tell me about …" (`matching._asks_what_a_thing_is`);
`thing` is what it names, up to the question's end."""


def thing_asked_about(clause: str) -> str:
    """The thing a question of who or what it is names, whole: "what is quantum tunneling" → "quantum
    tunneling", "who is park ji sung" → "park ji sung", "what was the Hundred Years War?" → "Hundred Years
    War" (its article only points at it); "" when the clause is no such question, or says more after the
    thing (a comma, a second sentence) than the question itself."""
    found = WHAT_A_THING_IS.match(clause.strip())
    if not found or clause.strip()[found.end() :].strip(" ?.!"):
        return ""
    thing = re.sub(r"^(?:the|a|an)\s+", "", found["thing"].strip(), flags=re.IGNORECASE)
    return thing if 0 < len(thing.split()) <= 6 and "," not in thing else ""
