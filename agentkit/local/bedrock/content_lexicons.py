"""The content-filter lexicons of the local guardrail: a few telling phrases per category, by confidence.

Bedrock's content filters are classifiers that give each category a confidence (NONE, LOW, MEDIUM,
HIGH). This stand-in cannot classify; it looks for phrases, and each phrase carries the confidence it
stands for: a HIGH phrase is unambiguous ("exterminate them"), a LOW one is merely
suggestive ("stupid"). A text's confidence in a category is the highest of its matches.
PROMPT_ATTACK is not a phrase list: it is the structural detector of `agentkit.local.screening.injection`.
The lists are short on purpose — enough to show each filter and its strength at work in the
workshop, not to catch harmful content. Phrases are regular expressions matched case-insensitively
as whole words (a phrase may end in punctuation, e.g. a colon); slurs are deliberately absent.
"""

from __future__ import annotations

import re

Confidence = str  # "LOW" | "MEDIUM" | "HIGH"

LEXICONS: dict[str, dict[Confidence, tuple[str, ...]]] = {
    "HATE": {
        "HIGH": (r"subhuman", r"inferior races?", r"exterminate (?:them|all of them)", r"(?:are|is) vermin"),
        "MEDIUM": (
            r"i hate (?:all )?(?:women|men|immigrants|foreigners|muslims|jews|christians|gay people)",
        ),
        "LOW": (r"those people",),
    },
    "INSULTS": {
        "HIGH": (r"(?:you|you're|you are) (?:a |an )?(?:worthless|pathetic) (?:idiot|moron|loser)",),
        "MEDIUM": (r"idiots?", r"morons?", r"imbeciles?", r"losers?"),
        "LOW": (r"stupid", r"dumb", r"useless"),
    },
    "SEXUAL": {
        "HIGH": (r"porn(?:ography)?", r"explicit sex(?:ual)?", r"nude (?:photos|pictures|images)"),
        "MEDIUM": (r"erotic", r"sexting"),
        "LOW": (r"sexy",),
    },
    "VIOLENCE": {
        "HIGH": (
            r"(?:kill|murder|stab|shoot) (?:you|him|her|them|someone|my \w+)",
            r"(?:build|make) a (?:bomb|pipe bomb)",
        ),
        "MEDIUM": (r"beat (?:him|her|them|someone) up", r"hurt (?:someone|him|her|them)"),
        "LOW": (r"punch", r"fight"),
    },
    "MISCONDUCT": {
        "HIGH": (
            r"launder(?:ing)? money",
            r"(?:make|cook) meth",
            r"steal (?:a|his|her|their) (?:car|identity|credit card)",
            r"hack into",
        ),
        "MEDIUM": (r"shoplift(?:ing)?", r"fake (?:id|passport)", r"evade taxes", r"pick a lock"),
        "LOW": (r"pirated?", r"cheat(?:ing)? on"),
    },
}
"""Category → confidence → phrases."""

_EDGE_START = r"(?<!\w)"
_EDGE_END = r"(?:(?<=\w)(?!\w)|(?<!\w))"
"""Whole words at both ends, so a phrase may also end in punctuation: after "new instructions:" a
plain `\b` would demand a letter straight after the colon, and the phrase never matched before a space."""

COMPILED: dict[str, dict[Confidence, re.Pattern[str]]] = {
    category: {
        confidence: re.compile(_EDGE_START + "(?:" + "|".join(phrases) + ")" + _EDGE_END, re.IGNORECASE)
        for confidence, phrases in levels.items()
    }
    for category, levels in LEXICONS.items()
}
