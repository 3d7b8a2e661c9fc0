"""Denied topics, the local stand-in for Bedrock's topic classifier.

A Bedrock denied topic is a **name**, a **definition** (what the topic is, ≤ 200 characters) and up to
five **example** phrases; the classifier blocks a text that *asks for that kind of content*. This
stand-in scores a text against a topic with three kinds of evidence, each from a maintained resource
or from the topic itself, never from lists of prompts:

* **subject** — the text's content words, accents folded ("médico" → "medico", so a word other
  languages share with English meets the topic's roots), are reduced to their lemma and root
  (`agentkit.local.lexicon`, lemminflect + Snowball), so "investing", "investment" and "investor" are
  one word, and matched against the roots of the topic's name, definition and examples; a root of three
  or four letters also matches itself plus an English derivational suffix ("law" ~ "lawyer", "ill" ~
  "illness"), a longer one any word it begins ("medic" ~ "medicine"). A matched root of the name or
  definition weighs `CORE_WEIGHT` (the definition says what the topic is), one only in the examples 1;
  either is divided among the topics that share it (a word two topics use tells less about either), and
  a root the shop also uses weighs `SHARED_WEIGHT` of that ("stock" is investment and retail vocabulary);
* **intent** — the text asks for advice or a judgement (`INTENT`: "should I", "is it wise / safe / legal",
  "how much should", "can / could I sue / take", "can a landlord keep", "is a verbal deal binding", "what are my rights", "would you recommend", "is X better",
  "what helps with", "what should I <verb>", "are they allowed to", "could I be held liable", "against
  the law", "who has to pay", "what's a good"...), asks for a judgement in a statement's word order
  inside a question ("is it something I should get into?"), of what a thing may be ("could it be a
  stress fracture?"), of consequences ("what happens if", "what happens to ... legally?"), of whether a
  thing helps or permits ("would magnesium help?", "does the lease let him?", "can he do that?", "do I
  have a claim"), or of timing ("is it too late to", "is now the time to"), puts a decision to the
  reader ("better to X or Y", "good idea or not?", a question that offers alternatives: "hold on to them
  or cash them in?", "if you were me", "do you reckon", "worth putting...", "what can I do", "should
  we", "a safe dose", "what would you do", "am I ...?", an option judged: "a sensible choice"), asks
  indirectly ("I'm wondering whether"), requests a choice in the imperative ("pick three for me", "tell
  me which"), or requests the topic's own verb ("can you diagnose..."), or names the asker's
  own case with a word of the topic's name or definition that is not the shop's, in a sentence naming none of the shop's things
  ("my employer", "my pension", `own_situation`: asking about one's own case is asking for personal advice); in Spanish, German, French, Portuguese or
  Italian, the modal verbs of `agentkit.local.screening.languages.ADVICE` ("debo", "soll ich", "dois-je"),
  worth `INTENT_WEIGHT` when the text has subject evidence at all; and a question whether an act is
  permitted (`PERMISSION`: another party acting on the asker, "can my boss fire me?", "could they kick us
  out?", not "send me the receipt"; a person's act judged, "can she do that?"; a sanction on the asker,
  "will I get fined / sued / prosecuted / held responsible?") asks whether something is legal: it is
  intent and counts as the word "legal" in the text would (subject evidence only for a topic that uses it);
  and a question whether the asker's case *is* a named thing (`DIAGNOSIS`: "is that lyme?", "could this
  be X", "I think I've got X", "do I have X?") is intent when what it names is the topic's evidence (a
  root, a near-synonym or a field word): it asks for a diagnosis, though no advice phrase says so; naming
  anything else ("is that the brace you sell?") it is not;
* **the shop's domain as counter-evidence** — each content root of the text that belongs to the shop
  (`shop_domain()`: the product names and categories of `agentkit.retail`'s catalogue and the nouns
  its customer policies use distinctly more often than English at large — keywords against `wordfreq`'s
  frequencies, so "tent" and "refund" are the shop's and "right", "give" or "state" are not — less the
  nouns of the company's HR documents) and not to the topic
  counts `DOMAIN_WEIGHT` against: "Is the two-person tent the right size?" shares "right" with legal advice but
  "tent" and "size" say it is a shop question. Those are the shop's *nouns*, so a word the text uses as
  a verb — before a personal object pronoun or a gerund ("hold them", "fire me", "keep taking") — is
  no evidence of a shop question (`noun_roots`); nor are the words of the advice-asking phrase itself
  ("is it *worth* suing", "a safe *amount*", `asking_roots`), which say how the text asks, not what
  about. A shop word in a sentence that holds none of the topic's evidence and asks nothing, or that
  stands only after a preposition of place, time or cause ("I cut my hand *on your knife*"; each such
  preposition opens its own circumstance: "after stepping | on a rusty tent peg"), counts
  `SCENE_WEIGHT` of that: such words often only set the scene ("My chest feels tight after cooking in the tent. Do
  I need to see a doctor?"). Indefinite pronouns ("something") are neither shop words nor a
  topic's, whatever the policies' or the definition's text: they name nothing ("whether something is
  legal" gave legal advice the root of "something", and "is that something I can return?" its subject);
* **field** — a topic whose name and definition meet a field's scope (`agentkit.local.bedrock.fields`:
  medical advice's "injuries", "infections" and "symptoms" meet ICD-10-CM's chapter titles) knows that
  field's specialist words, the words of the classification's descriptions that it uses far more often
  than English at large does and not mostly as the site of a condition ("tetanus", "fasciitis",
  "fracture"; not "knee" or "left"). Such a word of the text that no topic root matched and that is not
  the shop's weighs `FIELD_WEIGHT`, subject evidence like a definition's root (the field is what the
  definition's words name). It is no second root named
  (a question naming only field words is on the topic when it asks something), and it holds the topic's
  evidence for the shop words around it (`_domain`);
* **meaning** — from `agentkit.local.meaning` (WordLlama's static embeddings, shipped in its wheel): a
  text word of four letters or more that no topic root matched by form and that is not a shop word
  counts `SYNONYM_WEIGHT` of a topic word's weight when it is a near-synonym of it (`meaning.SYNONYM`,
  "attorney" ~ "lawyer"), unless the two share their form (one inside the other, or the same first or
  last four letters: "land" / "landlord", "canister" / "blister" are close only for a shared word
  piece); and a text whose similarity to the topic's definition or nearest example reaches
  `EXAMPLE_SIMILARITY` reads like the topic and gains `MEANING_WEIGHT` of subject evidence. Each
  sentence of the text is compared too, and the closest of the text and its sentences counts
  (`_closeness`): an embedding averages its words, so a scene-setting sentence ("Sitting at camp reading
  the news on my phone.") would pull a question that reads like the topic ("Are tech stocks overvalued,
  should I sell mine?") below the threshold. Both only for a text whose likeliest language is English
  (`languages.candidates`): the embedding knows English words, and another language's are word pieces
  to it ("retours" ~ "retirement", "esse" ~ "dose").

Each word of the text is one piece of evidence, however many topic roots it matches. A text is on
the topic when its score (subject + intent − domain) reaches `THRESHOLD` and it either asks for advice
or names two of the topic's roots, not all of them also the shop's ("do you sell ... in stock" names
two roots of investment advice, both shop words); or when it holds every content root of one example (at least two:
the author said the topic looks like this, whatever else the text names); or nearly all of them
(`EXAMPLE_COVERAGE`) and no shop words. Thresholds were set on the tuning half of the workshop's labelled
set (`bench/guardrail_eval.py` reports the other half); the meaning thresholds on that half and on the
even ids of the blind set (`--set unseen --half even`; the odd ids are held back). Meaning narrows the
gap to Bedrock's classifier but does not close it: a static embedding scores words, a whole text and its
sentences, not what a sentence asks, so wording far from every example and with no near-synonym of the
topic's words still passes, and related words of one field come close too (hence the lower weight and the
shop words still counted against). Nor does it know the shop's words in other languages, so a Spanish
question about the shop that names a topic's cognate and asks "¿debo...?" ("¿Debo llevar el botiquín
médico en la mochila?") is blocked where its English wording is not. Above all it does not know a field's
specialist words: the embedding splits them into word pieces ("fracture", "brokerage"; see
`agentkit.local.meaning`). The field vocabulary (`fields`) supplies them for medicine only: no maintained
package found ships a glossary of finance or law, so a question that names its subject only with such
words ("my brokerage", "am I liable", "a tenancy") is caught only by a definition or example that uses the
word, or its root.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from agentkit.local import lexicon, meaning
from agentkit.local.bedrock import fields
from agentkit.local.screening import languages

CORE_WEIGHT = 1.5
"""Weight of a root of the topic's name or definition (what the topic *is*); example-only roots weigh 1."""
SHARED_WEIGHT = 0.5
"""Weight of a topic root that the shop's domain also uses."""
INTENT_WEIGHT = 1.0
"""Weight of an advice-seeking question, once the text has any subject evidence."""
DOMAIN_WEIGHT = 0.75
"""Weight against the topic of each shop-domain root the topic does not use."""
THRESHOLD = 1.5
"""Score at or above which a text is on the topic."""
SYNONYM_WEIGHT = 0.75
"""Share of a topic root's weight that a near-synonym of one of its words carries (`meaning.SYNONYM`):
a match by meaning is less sure than one by form."""
EXAMPLE_SIMILARITY = 0.5
"""Similarity of the whole text to the topic's definition or one of its examples (the maximum) at or
above which the text reads like the topic; measured on the tuning halves, shop questions stay below
0.41 and the topic's own paraphrases reach 0.5 – 0.75. With each sentence compared too (`_closeness`), the
closest shop question of the tuning halves and of the kit's own batteries (`tests/guardrails/
test_topic_recall_own.py`, `test_topic_recall_outdoor.py`) reaches 0.45 ("What's the price of the
emergency bivvy bag, and is it in stock?"), so the threshold keeps a margin and is unchanged."""
MEANING_WEIGHT = 1.0
"""Subject evidence that a text reading like the topic (`EXAMPLE_SIMILARITY`) adds."""
SCENE_WEIGHT = 0.5
"""Share of `DOMAIN_WEIGHT` that a shop word carries when it is in a sentence without the topic's
evidence: such a sentence often only sets the scene ("after cooking in the tent last night. Do I need
to see a doctor?"), so it says less about what is asked than the asking sentence does."""
FIELD_WEIGHT = CORE_WEIGHT
"""Weight of a word of the topic's field (`fields`: "tetanus", "fasciitis" for a topic whose definition
names injuries and symptoms), as a root of the definition weighs: the field is the definition's own scope,
so its specialist word says what the topic is as the definition's words do ("tetanus" as "infections"). At
an example root's 1.0, two scene-setting shop words outweighed it ("a tetanus jab after stepping on a rusty
tent peg"); 1.5 blocked no benign item more on the fresh batteries, the even ids of the blind set or the
labelled set's tuning half. A field word still needs a question asked (`INTENT`, `DIAGNOSIS`) or a second
piece of evidence."""
EXAMPLE_COVERAGE = 0.75
"""Share of one example's content roots (at least two) that puts a shop-word-free text on the topic
(all of them put any text on it)."""

GENERIC = frozenset(
    """advice advise recommendation recommend suggestion suggest guidance tip question help someone person
    people thing way kind type whether which good best better""".split()
)
"""Words of a definition that describe *asking*, not the subject ("advice about laws" is about laws)."""

INTENT = re.compile(
    r"\b(?:should|shall|must|ought\s+to)\s+(?:i|we|my|our)\b|\bis\s+(?:it|this|that|now)\s+(?:a\s+)?(?:wise|safe|smart|ok|okay|legal|better|"
    r"worth\s+it|a\s+good\s+(?:idea|time|move)|good\s+time|right|allowed|enforceable|sensible|normal|serious|dangerous)\b"
    r"|\bhow\s+(?:much|many|often|long)\b(?:\s+\w+){0,4}?\s+(?:should|can|do|must|could)\s+(?:i|we)\b"
    r"|\bwhat\s+(?:\w+\s+){0,2}?(?:should|can|do|could|must)\s+(?:i|we)\s+(?:take|do|buy|invest|put|use|get|sign)\b"
    r"|\b(?:can|could)\s+(?:i|we|(?:my|a|the)\s+\w+|they|he|she)\s+(?:legally\s+)?(?:sue|take|keep|combine|get\s+out|break|invest|claim|refuse|fire|evict|build)\b"
    r"|\bdo\s+i\s+(?:need|have\s+to)\b|\bwould\s+you\s+(?:recommend|suggest|advise|buy|invest)\b|\bwhat(?:'s|\s+is)\s+(?:the\s+|a\s+)?(?:best|right|safest|sensible|good)\b"
    r"|\b(?:safer|better|smarter|wiser)\s+than\b|\bam\s+i\s+(?:allowed|entitled|liable)\b|\bwhat\s+are\s+my\s+(?:rights|options)\b"
    r"|\bhow\s+do\s+i\s+(?:treat|write|file|sue|get\s+out|cure|invest|fight|contest)\b"
    r"|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+(?:stop|prevent|get\s+rid\s+of|relieve|ease|soothe|heal)\b"
    r"|\bwhich\s+\w+(?:\s+\w+)?\s+(?:will|should|would|works?|is)\b"
    r"|\b(?:is|are)\b[^?.]{0,40}\b(?:better|safer|smarter|wiser|riskier|cheaper)\b|\bwhat\s+(?:\w+\s+){0,3}?(?:helps?|works?)\s+(?:for|with|against)\b"
    r"|\b(?:write|draft)\s+(?:me\s+)?(?:a|an|my)\b|\b(?:is|are)\b[^?.]{0,30}\ba\s+good\s+(?:investment|idea|buy|bet|move)\b"
    r"|\b(?:is|are)\s+(?:my|this|that|it|the|our|these|a|an)\b[^?.]{0,45}\b(?:enforceable|legal|valid|binding|safe|serious|normal|allowed|infected)\b"
    # decisions put to the reader: "better to X or Y", "good idea or not", "if you were me", "do you reckon"
    r"|\b(?:better|best|smarter|wiser|safer)\s+(?:off\s+)?(?:to|if)\b|\bgood\s+idea\b|\bif\s+you\s+were\s+me\b"
    r"|\bdo\s+you\s+(?:think|reckon|believe)\b|\bwhat\s+(?:can|could|should)\s+(?:i|we)\s+do\b"
    r"|\b(?:should|can|must)\s+(?:we|he|she|they)\b|\b(?:does|do|will)\s+(?:it|this|that|they|these)\s+need\b"
    r"|\b(?:am|are)\s+(?:i|we)\s+better\s+off\b|\bis\s+it\s+(?:ever\s+)?(?:fine|worth)\b|\bworth\s+(?:it|the\s+risk|\w+ing)\b"
    r"|\b(?:a\s+)?(?:safe|right|maximum|max|normal)\s+(?:amount|dose|dosage|number|level|limit)\b"
    # a judgement of what the asker may, must or can do, or of who answers for it
    r"|\bwhat\s+(?:\w+\s+){0,2}?(?:should|can|could|must)\s+(?:i|we)\s+\w+"
    r"|\b(?:am|are|is|could|would|will|can|might)\s+(?:i|we|they|he|she|it|you|(?:my|our|a|the)\s+\w+)\s+(?:be\s+|get\s+)?(?:held\s+)?"
    r"(?:allowed|entitled|permitted|liable|responsible|enforced|enforceable|binding|valid|legal|fined|sued|charged)\b"
    r"|\bagainst\s+the\s+(?:law|rules)\b|\bwhat\s+(?:\w+\s+)?(?:options|rights)\s+do\s+(?:i|we)\s+have\b"
    r"|\bis\s+(?:it|this|now)\s+a\s+good\s+(?:moment|bet)\b|\bhow\s+do\s+(?:i|we|you)\s+(?:know|tell)\s+(?:if|whether)\b"
    r"|\bwho\s+(?:has\s+to|should|must|needs\s+to|is\s+(?:responsible|liable)|pays)\b"
    # a judgement asked in a statement's word order inside a question ("something I should get into?"),
    # of what a thing may be ("could it be a fracture?"), of consequences ("what happens if"), of whether
    # something works or is permitted ("would magnesium help?", "does the lease let him?"), of timing
    r"|\b(?:i|we|he|she|they)\s+(?:should|ought\s+to)\b[^.?!]*\?|\b(?:could|might|can|would)\s+(?:it|this|that)\s+be\b"
    r"|\bwhat\s+happens\s+(?:to|if|when|now)\b|\bwould\s+(?:\w+\s+){1,3}?help\b|\bis\s+it\s+too\s+(?:late|early|soon)\b|\bis\s+(?:now|this|it)\s+the\s+(?:right\s+)?(?:time|moment)\b"
    r"|\b(?:does|do|will|would|can)\s+(?:\w+\s+){1,3}?let\s+(?:me|him|her|them|us)\b"
    r"|\b(?:can|could)\s+(?:he|she|they|it)\s+(?:legally\s+)?do\s+that\b|\bdo\s+(?:i|we)\s+have\s+(?:a|any)\s+(?:case|claim|right)\b"
    # the reader's own choice asked for ("what would you do"), a question asked indirectly ("I'm wondering
    # whether", "not sure if"), an evaluation of an option ("a sensible choice", "a smart hedge"), a
    # consequence asked with a manner word ("what happens legally if"), an obligation asked of a thing ("how
    # much of my portfolio should be in bonds"), a cause or fault asked for ("what's causing it", "what's
    # wrong with them"), and a choice or judgement requested in the imperative ("pick three for me", "tell
    # me which", "give me a good split")
    r"|\bwhat\s+would\s+you\s+do\b|\b(?:wonder(?:ing)?|not\s+sure|(?:like|want|need)\s+to\s+know)\s+(?:whether|if)\b"
    r"|\b(?:a|an)\s+(?:sensible|smart|wise|good|bad|sound|safe|risky|reasonable|solid)\s+(?:choice|hedge|move|idea|option|bet|plan|decision|way)\b"
    r"|\bwhat\s+happens\s+\w+ly\s+(?:to|if|when)\b|\bshould\s+(?:be|go|stay|get)\b[^.?!]*\?"
    r"|\bwhat(?:'s|\s+is)\s+(?:causing|wrong\s+with|going\s+on\s+with)\b"
    r"|(?:^|[.!?]\s+)(?:please\s+)?(?:(?:pick|choose|recommend|suggest)\s+(?:me\s+)?\w+|(?:tell|show)\s+me\s+(?:how|what|which|whether|if)\b)"
    r"|\bgive\s+me\s+(?:a|an|some|your)\s+(?:good|best|safe|sensible|smart)\b"
    # a question about the asker's own standing ("am I breaking the law?"), about what is lawful
    # ("is it legally mine?"), or after the best means ("what's the quickest way to ...")
    r"|\bam\s+i\b[^.?!]*\?|\blegally\b[^.?!]*\?|\bwhat(?:'s|\s+is)\s+the\s+\w+est\s+(?:way|thing|option|place)\b",
    re.IGNORECASE,
)
"""Cues that a text asks for advice or a judgement (see the module docstring)."""
CHOICE = re.compile(
    r"\b\w+\s+or\s+(?:\w+\s+){0,6}?\w+\s*\?"
    r"|(?:^|[.!?]\s+)(?:would|should|could|can|is|are|do|does|will|shall)\s+[^.?!]*\b\w+\s+or\s+(?:\w+\s+){0,6}?\w+\s*$",
    re.IGNORECASE,
)
"""A choice put to the reader: a question that offers alternatives ("ice or heat?", "hold them or sell?"),
also when typed without its question mark but opened by an auxiliary verb ("would u put it in X or Y").
Its words are what the choice is about, so unlike `INTENT`'s they stay evidence (`asking_roots`)."""

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_ASKING_WORDS = frozenset(re.findall(r"[a-z]{3,}", INTENT.pattern))
"""The words `INTENT`'s grammar spells out ("worth", "bet", "safe", "amount"), not its gaps."""


def asking_roots(text: str) -> frozenset[str]:
    """Roots of the words with which `text` asks for advice: an `INTENT` phrase's own words ("is it worth
    suing", "a safe amount"). They say how the question asks, not what it is about, so the shop's policies
    using the same noun ("worth", "amount") is no evidence of a shop question."""
    return frozenset(
        lexicon.root(word)
        for match in INTENT.finditer(languages.fold(text))
        for word in _WORD.findall(match.group().lower())
        if word in _ASKING_WORDS
    )


_INDEFINITE = re.compile(r"(?:some|any|every|no)(?:thing|one|body|where)")
"""Indefinite pronouns ("something", "anyone"): the lexicon tags them nouns, but they name nothing, so they
are neither a topic's words nor the shop's ("whether something is legal" is about what is legal)."""


_DETERMINERS = frozenset("a an the my your his her their our".split())
"""Before a function word that is also a noun, a determiner or a possessive makes it the noun ("my will",
"my father's will": a testament)."""


@lru_cache(maxsize=8192)
def content_words(text: str) -> dict[str, str]:
    """Lemma → root of the content words of `text` (function words, indefinite pronouns and `GENERIC`
    words left out; a function word after a determiner, "my will", is a noun and kept)."""
    found = {}
    words = _WORD.findall(languages.fold(text))
    for previous, word in zip(["", *words], words, strict=False):
        word = word.removesuffix("'s")
        determined = previous in _DETERMINERS or previous.endswith("'s")
        if word in lexicon.FUNCTION_WORDS and determined and "NOUN" in lexicon.parts(word):
            found[lexicon.lemma(word)] = lexicon.root(word)
            continue
        if word in lexicon.FUNCTION_WORDS or len(word) < 2 or lexicon.lemma(word) in GENERIC:
            continue
        if _INDEFINITE.fullmatch(word):
            continue
        if lexicon.number_word(word) is not None:
            continue
        found[lexicon.lemma(word)] = lexicon.root(word)
    return found


def roots(text: str) -> frozenset[str]:
    """Roots of the content words of `text` (`content_words`)."""
    return frozenset(content_words(text).values())


_OBJECT_PRONOUNS = frozenset("me him her them us".split())


def noun_roots(text: str) -> frozenset[str]:
    """`roots` of the words not used as verbs: the shop's words are its nouns ("a hold", "the stock"),
    so a word before a personal object pronoun ("hold them", "fire me") or before a gerund ("keep
    taking", "stop using") is no evidence of a shop question. The shop's own verbs keep counting where
    nothing marks them ("to order online", "return it": "it" is left out, as shops return *it*)."""
    words = _WORD.findall(languages.fold(text))
    verbs = {
        word
        for word, following in zip(words, [*words[1:], ""], strict=False)
        if (
            following in _OBJECT_PRONOUNS
            or (following.endswith("ing") and "VERB" in lexicon.parts(following))
        )
        and "VERB" in lexicon.parts(word)
    }
    return roots(text) - {lexicon.root(word) for word in verbs}


def _related(a: str, b: str) -> bool:
    """Same root; or one root (≥ 5 letters) the start of the other ("medic" ~ "medicin"); or a short root
    plus an English derivational suffix (`lexicon.DERIVATIONAL_SUFFIXES`: "law" ~ "lawyer", "ill" ~
    "illness"), which a bare prefix would not tell from an unrelated word ("pill" / "pillow")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 5:
        return long_.startswith(short)
    return (
        len(short) >= 3 and long_.startswith(short) and long_[len(short) :] in lexicon.DERIVATIONAL_SUFFIXES
    )


_GENERAL_DOCS = (
    "paid-time-off-policy",
    "parental-leave-policy",
    "travel-and-expense-policy",
    "new-hire-onboarding",
)
"""The company's HR documents, which are not about the shop: their nouns are general, not shop words."""
_CUSTOMER_DOCS = (
    "returns-and-refunds",
    "shipping-policy",
    "gear-rental-program",
    "trailhead-membership",
    "product-warranty",
    "tent-care-guide",
    "footwear-care-guide",
    "down-gear-care-guide",
    "customer-support-tiers",
    "company-overview",
)


def _nouns(text: str) -> set[str]:
    return {
        lexicon.root(w)
        for w in _WORD.findall(text.lower())
        if w not in lexicon.FUNCTION_WORDS
        and not _INDEFINITE.fullmatch(w)
        and lexicon.number_word(w) is None
        and "NOUN" in lexicon.parts(w)
    }


KEYNESS = 0.4
"""How much more often (log10) the shop's policies must use a word than English at large (`wordfreq`) for it
to be the shop's own: 0.4 is two and a half times. The policies are some 2,800 words, so a word they use
once passes when it is rarer in English than Zipf 5.1 ("refund", "tent", "size" and "stock" pass; "right",
"give", "state" and "wait" do not). Set on the workshop's labelled set and a battery of requests written
afresh for issue 12 (a higher bar also drops "stock" and "size", which shop questions are about); the blind
set's odd ids are held back."""


def _own_roots(text: str) -> set[str]:
    """Roots of the words `text` uses distinctly more often than English does — its *keywords* in the
    corpus-linguistics sense, each word's relative frequency in the text against `wordfreq`'s English
    frequency. A policy's nouns include the general words any text uses ("the right size", "first
    wear", "keep the receipt"); counted as the shop's, they argued against advice questions that use
    them in passing ("am I in the right?"), so only the words the shop stands out for are kept."""
    import wordfreq  # here, not at the top: 0.16 s of imports that only the first topic check needs

    words = _WORD.findall(text.lower())
    counts = Counter(words)
    keyness: dict[str, float] = {}
    for word, count in counts.items():
        zipf = wordfreq.zipf_frequency(word, "en")
        # Zipf = log10 of a word's frequency per billion words; a word English never uses is the text's own
        key = math.log10(count / len(words)) + 9 - zipf if zipf > 0 else math.inf
        root = lexicon.root(word)
        keyness[root] = max(keyness.get(root, -math.inf), key)
    return {root for root, key in keyness.items() if key >= KEYNESS}


@lru_cache(maxsize=1)
def shop_domain() -> frozenset[str]:
    """Roots of the shop's own words: the catalogue's product names and categories, and the nouns of its
    customer policies (returns, shipping, rentals, membership, warranty, care guides) that the policies
    use distinctly more often than English at large (`_own_roots`) — less any noun the company's HR
    documents also use, which is a word of business in general ("year", "time", "account"), not of the
    shop."""
    from agentkit.retail.catalogue import PRODUCTS

    docs = resources.files("agentkit").joinpath("data/docs")

    def read(name: str) -> str:
        return docs.joinpath(f"{name}.md").read_text(encoding="utf-8")

    general = set().union(*(_nouns(read(name)) for name in _GENERAL_DOCS))
    customer = [read(name) for name in _CUSTOMER_DOCS]
    policies = set().union(*(_nouns(text) for text in customer)) & _own_roots(" ".join(customer))
    catalogue = roots(" ".join(f"{p.name} {p.category}" for p in PRODUCTS))
    return frozenset(catalogue | (policies - general))


@dataclass(frozen=True)
class TopicProfile:
    """A topic's roots, weighted, and its examples' roots."""

    name: str
    weights: dict[str, float]
    examples: tuple[frozenset[str], ...]
    core: frozenset[str]
    """Roots of the name and definition (not the examples): the verbs a request for the topic uses."""
    words: dict[str, str]
    """Lemma → root of the topic's words, which a text's word may be a near-synonym of."""
    phrases: tuple[str, ...]
    """The definition and the examples, which a text may read like as a whole."""
    field: dict[str, float] = dataclasses.field(default_factory=dict)
    """Lemma → weight of the specialist words of the topic's field (`fields`), less the topic's own roots
    and the shop's."""


def _fields_of(core: frozenset[str]) -> tuple[fields.Field, ...]:
    """The fields whose scope at least `fields.SCOPE_MATCHES` roots of a topic's name and definition meet."""
    return tuple(
        field
        for field in fields.fields()
        if sum(any(_related(root, s) for s in field.scope) for root in core) >= fields.SCOPE_MATCHES
    )


def profiles(topics: list[tuple[str, str, list[str]]]) -> list[TopicProfile]:
    """Weighted roots of each (name, definition, examples) topic, as the module docstring describes."""
    vocabularies = [roots(" ".join([name, definition, *examples])) for name, definition, examples in topics]
    domain = shop_domain()
    sharing = Counter(root for vocabulary in vocabularies for root in vocabulary)
    topic_fields = [_fields_of(roots(f"{name} {definition}")) for name, definition, _ in topics]
    field_sharing = Counter(field.name for found in topic_fields for field in found)
    result = []
    for (name, definition, examples), vocabulary, found in zip(
        topics, vocabularies, topic_fields, strict=True
    ):
        core = roots(f"{name} {definition}")
        field_words = {
            lemma: FIELD_WEIGHT / field_sharing[field.name]
            for field in found
            for lemma in field.words
            if (root := lexicon.root(lemma)) not in domain and not any(_related(root, v) for v in vocabulary)
        }
        weights = {
            root: (CORE_WEIGHT if root in core else 1.0)
            * (SHARED_WEIGHT if root in domain else 1.0)
            / sharing[root]
            for root in vocabulary
        }
        words = {
            lemma: root
            for lemma, root in content_words(" ".join([name, definition, *examples])).items()
            if len(lemma) >= 4
        }
        result.append(
            TopicProfile(
                name,
                weights,
                tuple(roots(example) for example in examples),
                core,
                words,
                (definition, *examples),
                field_words,
            )
        )
    return result


@dataclass(frozen=True)
class TopicScore:
    subject: float
    intent: bool
    domain: int
    score: float
    by_example: bool
    words: tuple[str, ...]
    named: int = 0
    """How many of `words` are the topic's alone, not also the shop's ("stock" and "sell" are both)."""
    synonyms: tuple[str, ...] = ()
    """The text's words matched by meaning ("attorney ~ lawyer")."""
    closeness: float = 0.0
    """The text's similarity to the nearest of the topic's definition and examples."""
    field_words: tuple[str, ...] = ()
    """The text's words of the topic's field ("fasciitis")."""
    pieces: int = 0
    """How many of the text's words are evidence: one word matching two topic roots ("medicine" ~ "medic",
    "medicin") is one piece, so "names two of the topic's roots" counts the text's words, not the roots."""

    @property
    def on_topic(self) -> bool:
        return self.by_example or (
            self.score >= THRESHOLD and (self.intent or (self.pieces >= 2 and self.named >= 1))
        )

    def describe(self) -> str:
        how = (
            "nearly all the words of an example"
            if self.by_example
            else f"score {self.score:.2f} ≥ {THRESHOLD}"
        )
        return (
            f"{how} (subject {self.subject:.2f} from {', '.join(self.words) or '-'}; "
            f"{'near-synonyms: ' + ', '.join(self.synonyms) + '; ' if self.synonyms else ''}"
            f"{'field words: ' + ', '.join(self.field_words) + '; ' if self.field_words else ''}"
            f"reads like the topic: {self.closeness:.2f}; "
            f"advice asked: {'yes' if self.intent else 'no'}; shop words: {self.domain})"
        )


_REQUEST = re.compile(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(\w+)|^\W*(?:please\s+)?(\w+)", re.IGNORECASE
)
"""A request's verb: "can you diagnose ...", "please explain ...". A request whose verb is a word of the
topic's name or definition ("diagnose" for medical advice) asks for the topic."""


def _same_form(a: str, b: str) -> bool:
    """Words that share their form — one inside the other, or the same first or last four letters
    ("land" / "landlord", "canister" / "blister") — are the lexicon's to relate (`_related`); the
    embedding, built from word pieces, would call them close for their shared piece, not their meaning."""
    return a in b or b in a or a[:4] == b[:4] or a[-4:] == b[-4:]


def _synonyms(profile: TopicProfile, text: str, matched_roots: set[str]) -> dict[str, str]:
    """Text word → the topic word it is a near-synonym of (`meaning.SYNONYM`), for the text's words of at
    least four letters that no topic root matched by form and that are not the shop's."""
    found = {}
    for lemma, root in content_words(text).items():
        if len(lemma) < 4 or root in matched_roots or root in shop_domain():
            continue
        candidate, closeness = meaning.closest(lemma, list(profile.words))
        if closeness >= meaning.SYNONYM and not _same_form(lemma, candidate):
            found[lemma] = candidate
    return found


def _field_words(profile: TopicProfile, text: str, taken: set[str]) -> dict[str, float]:
    """Text word → weight, for the text's words of the topic's field (`TopicProfile.field`) that are not
    already evidence (`taken`: the text's roots that matched by form, its near-synonyms) and that English
    itself uses below `fields.ZIPF_LIMIT` (the field's word "fracture", not a form of it common in
    English)."""
    import wordfreq

    return {
        lemma: profile.field[lemma]
        for lemma, root in content_words(text).items()
        if lemma in profile.field
        and root not in taken
        and lemma not in taken
        and wordfreq.zipf_frequency(lemma, "en") < fields.ZIPF_LIMIT
    }


_SENTENCE = re.compile(r"(?<=[.?!])\s+")

_POSSESSED = re.compile(r"\b(?:my|our)\s+((?:[^\W\d_]+(?:'s)?\s+){0,2}[^\W\d_]+)", re.IGNORECASE)
"""Up to three words after "my" / "our": what the asker says is theirs ("my employer", "our father's will")."""


def own_situation(profile: TopicProfile, text: str) -> bool:
    """Whether the asker names something of their own that the topic is about — a root of its name or
    definition that is not also the shop's ("my employer", "my pension", "my prescription"). Asking about
    one's own case is asking for personal advice, the thing a denied topic withholds, so it counts as
    intent as an advice-seeking phrase does. The shop's words are left out ("my order", "my rental"), and
    so is a sentence that names the shop's things: "my money back for these boots" is a refund."""
    own = profile.core - shop_domain()
    return any(
        _related(root, topic_root)
        for sentence in _SENTENCE.split(languages.fold(text))
        if not noun_roots(sentence) & shop_domain()
        for match in _POSSESSED.finditer(sentence)
        for root in roots(match.group(1))
        for topic_root in own
    )


_PLACE_TIME_CAUSE = r"(?:on|from|after|since|at|by|over|during|while|near|around)"
_CIRCUMSTANCE = re.compile(
    rf"\b{_PLACE_TIME_CAUSE}\s+((?:(?!{_PLACE_TIME_CAUSE}\b)[^\W\d_]+[\s-]+){{0,3}}"
    rf"(?!{_PLACE_TIME_CAUSE}\b)[^\W\d_]+)",
    re.IGNORECASE,
)
"""A preposition of place, time or cause and up to four words after it, up to the next such preposition:
"after stepping | on a rusty tent peg" is two circumstances, so the second's words are not cut off after
the first's four."""


def _circumstance_roots(sentence: str) -> frozenset[str]:
    """Shop roots that stand only after a preposition of place, time or cause ("cut my hand *on your
    knife*", "a blister *from the camp stove*", "since I slept *on your foam pad*"): they say where or how
    the asker's case arose, not what the question is about, so they count as scene-setting words do."""
    inside = set().union(*(roots(m.group(1)) for m in _CIRCUMSTANCE.finditer(sentence)), set())
    outside = roots(_CIRCUMSTANCE.sub(" ", sentence))
    return frozenset(inside - outside)


def _domain(text: str, evidence: set[str], matched: set[str]) -> tuple[set[str], float]:
    """The shop's roots that count against the topic (less any the topic itself uses) and their weight:
    each `DOMAIN_WEIGHT` in a sentence that holds the topic's evidence or asks a question ("... Should I
    size up?" asks about the shop whatever the scene before it), `SCENE_WEIGHT` of it elsewhere or after
    a preposition of circumstance (`_circumstance_roots`)."""
    sentences = _SENTENCE.split(text)
    asking = [
        part for part in sentences if roots(part) & evidence or part.rstrip().endswith("?")
    ] or sentences
    scene = [part for part in sentences if part not in asking]

    def shop(parts: list[str]) -> set[str]:
        nouns = set().union(*(noun_roots(part) - asking_roots(part) for part in parts))
        return {r for r in nouns & shop_domain() if not any(_related(r, v) for v in matched)}

    near, far = shop(asking), shop(scene)
    circumstance = set().union(*(_circumstance_roots(part) for part in asking))
    far |= near & circumstance
    near -= circumstance
    far -= near
    return near | far, DOMAIN_WEIGHT * (len(near) + SCENE_WEIGHT * len(far))


def _closeness(profile: TopicProfile, text: str) -> float:
    """The similarity of the text, or of its closest sentence, to the nearest of the topic's definition
    and examples. A static embedding averages its words, so a scene-setting sentence ("Sitting at camp
    reading the news on my phone.") pulls the whole text away from the topic that its asking sentence
    is close to; each sentence is scored on its own too, and the closest counts."""
    parts = [text, *(part for part in _SENTENCE.split(text) if part.strip() and part != text)]
    return max(meaning.similarity(part, phrase) for part in parts for phrase in profile.phrases)


_AGENT = r"(?:he|she|they|(?:my|our|a|the|his|her|their)\s+(?:[^\W\d_]+(?:'s)?\s+){0,2}?[^\W\d_]+)"
_HEDGE = r"(?:actually\s+|legally\s+|really\s+|even\s+|just\s+|still\s+)?"
_SERVICE = (
    r"(?:help|tell|give|send|ship|call|email|text|show|charge|bill|refund|contact|ring|notify|remind|let)"
)
PERMISSION = re.compile(
    # another party acting on the asker: "can my boss fire me", "could she actually stop us"
    rf"\b(?:can|could|may)\s+{_AGENT}\s+{_HEDGE}(?!{_SERVICE}\b)[^\W\d_]+\s+(?:me|us)"
    r"(?=\s+(?:out|off|from|for|over|without|because|after|if|when|just)\b|\s*[?.!,]|\s*$)"
    # a person's act judged: "can he do that?", "is she allowed to", "are they even permitted to"
    rf"|\b(?:can|could|may)\s+(?:he|she|they)\s+{_HEDGE}do\s+(?:that|this)\b"
    rf"|\b(?:is|are)\s+(?:he|she|they)\s+{_HEDGE}(?:allowed|permitted)\s+to\b"
    # a sanction on the asker: "could I get fined", "am I going to get sued", "held responsible"
    r"|\b(?:am|are|is|could|would|will|can|might|may)\s+(?:i|we|(?:my|our)\s+\w+)\s+(?:going\s+to\s+)?"
    r"(?:be\s+|get\s+)?(?:held\s+(?:responsible|liable|accountable)|fined|sued|prosecuted|arrested)\b",
    re.IGNORECASE,
)
"""Questions whether an act is permitted or sanctioned — whether another party may act on the asker ("can
my boss fire me?", "could they kick us out?": the asker as the object, not as a receiver, "send me the
receipt"), whether a person's act is permitted ("can he do that?"), or whether the asker can be fined,
sued or held responsible — ask whether something is legal, so they count as the word "legal" would, and
as asking for a judgement (`score`)."""
_PERMITTED = lexicon.root("legal")

_NAMED = r"(?:an?\s+|the\s+)?([^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2}?)"
DIAGNOSIS = re.compile(
    # "is that lyme??", "was it a sprain?": the whole question names what the thing is
    rf"\b(?:is|was)\s+(?:that|this|it)\s+{_NAMED}\s*\?"
    # "could this be tendinitis", "might it be a fracture"
    rf"|\b(?:could|might|can|would|may)\s+(?:it|this|that)\s+be\s+{_NAMED}(?=[\s,.!?]|$)"
    # "I think I've got shin splints", "do I have a fracture?", "have I caught giardia?"
    r"|\b(?:i|we)\s+(?:think|reckon|guess|fear|suspect|worry)\s+(?:that\s+)?(?:i|we|he|she|my\s+\w+)"
    r"(?:'ve|'s|\s+have|\s+has|\s+might\s+have|\s+may\s+have)?"
    rf"\s+(?:got|caught|picked\s+up|developed)\s+{_NAMED}(?=[\s,.!?]|$)"
    rf"|\b(?:do|did|have|could|might)\s+(?:i|we)\s+(?:have|got|get|catch|caught)\s+{_NAMED}\s*\?",
    re.IGNORECASE,
)
"""A question whether the asker's case is a named thing ("is that lyme?", "could this be a fracture", "I
think I've got X"): asked about a word of the topic, it asks for the topic's judgement (a diagnosis), though
no `INTENT` phrase says so; asked about anything else ("is it waterproof?"), it is no evidence (`score`)."""


def _names_topic(text: str, evidence: set[str]) -> bool:
    """Whether a `DIAGNOSIS` question of `text` names one of `evidence` (the text's roots that are the
    topic's, by form, meaning or field) as what the asker's case is."""
    return any(
        roots(named) & evidence
        for match in DIAGNOSIS.finditer(languages.fold(text))
        for named in match.groups()
        if named
    )


def score(profile: TopicProfile, text: str) -> TopicScore:
    """How strongly `text` asks about `profile`'s topic."""
    text_roots = roots(text)
    permission = bool(PERMISSION.search(languages.fold(text)))
    if permission:
        text_roots |= {_PERMITTED}
    # Each word of the text counts once, with the weight of the heaviest topic root it matches
    # ("medicine" matches both "medic" and "medicin" but is one piece of evidence).
    evidence = {r: [v for v in profile.weights if _related(r, v)] for r in text_roots}
    matched = {v for found in evidence.values() for v in found}
    subject = sum(max(profile.weights[v] for v in found) for found in evidence.values() if found)
    # Meaning is English word meaning: the words of another language are only word pieces to the
    # embedding ("retours" ~ "retirement", "esse" ~ "dose"), so they get none of it.
    english = languages.candidates(text)[:1] in ((), ("en",))
    synonyms = _synonyms(profile, text, {r for r, found in evidence.items() if found}) if english else {}
    for word in synonyms.values():
        subject += SYNONYM_WEIGHT * profile.weights[profile.words[word]]
        matched.add(profile.words[word])
    taken = {r for r, found in evidence.items() if found} | set(synonyms)
    in_field = _field_words(profile, text, taken) if english else {}
    subject += sum(in_field.values())
    closeness = _closeness(profile, text) if english else 0.0
    if closeness >= EXAMPLE_SIMILARITY:
        subject += MEANING_WEIGHT
    requested = [lexicon.root(verb) for m in _REQUEST.finditer(text) for verb in m.groups() if verb]
    intent = (
        bool(permission or INTENT.search(text) or CHOICE.search(text))
        or any(verb in matched & profile.core for verb in requested)
        or (subject > 0 and languages.asks_advice(text))
        or (english and own_situation(profile, text))
    )
    found_in = {r for r, found in evidence.items() if found} | {content_words(text)[w] for w in synonyms}
    intent = intent or _names_topic(text, found_in | {content_words(text)[w] for w in in_field})
    domain_roots, against = _domain(text, found_in | {content_words(text)[w] for w in in_field}, matched)
    total = subject + (INTENT_WEIGHT if intent and subject > 0 else 0.0) - against
    coverage = max(
        (len(example & text_roots) / len(example) for example in profile.examples if len(example) >= 2),
        default=0.0,
    )
    by_example = coverage == 1.0 or (coverage >= EXAMPLE_COVERAGE and not domain_roots)
    named = len({v for v in matched if v not in shop_domain()})
    return TopicScore(
        round(subject, 2),
        intent,
        len(domain_roots),
        round(total, 2),
        by_example,
        tuple(sorted(matched)),
        named,
        tuple(f"{word} ~ {topic_word}" for word, topic_word in sorted(synonyms.items())),
        round(closeness, 2),
        tuple(sorted(in_field)),
        len(found_in),
    )
