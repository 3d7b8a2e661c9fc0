"""Sensitive information in text, the local stand-in for Bedrock's PII detection, on maintained libraries.

Each detector yields `(start, end)` spans of one PII type in a text. What a number *is* is decided by
the libraries that maintain those rules, not by patterns written here:

* **PHONE** — `phonenumbers` (Google's libphonenumber) finds phone numbers in text for the regions in
  `PHONE_REGIONS` (international numbers written with + and a country code in any region). A match
  counts when libphonenumber calls it a valid number, or when it is laid out like a phone number (a
  +, brackets or separators between digit groups) with at least `MIN_PHONE_DIGITS` digits; a bare
  run of digits counts only when the text calls it a phone ("call me on 5035550142"). A number the
  text names as something else — an order, invoice, tracking, model, SKU or reference number — is
  not a phone number, nor are digits inside a code with letters;
* **CREDIT_DEBIT_CARD_NUMBER** — 13 to 19 digits, grouped by spaces, dots or dashes or not at all,
  that pass the Luhn checksum (`stdnum.luhn`);
* **US_SOCIAL_SECURITY_NUMBER** — three, two and four digits with one separator (dash, space or dot)
  that `stdnum.us.ssn` accepts, or any such number, or nine bare digits, that the text calls a social
  security number (published sample numbers such as 078-05-1120 are still masked);
* **EMAIL** — an address, or one spelt out to dodge filters ("kim at example dot com", "(at)", "[dot]");
* **ADDRESS** — a US street address as `usaddress` (a conditional random field trained on addresses,
  shipped in its wheel) labels it: a house number, a street name and a street type that is one of
  usaddress's street names (Street, Ave, Road) and not a function word, a street name without
  function words in it ("2P Tent in Green" is a product, not an address), and the unit, city, state
  and ZIP code that follow;
* **AWS_ACCESS_KEY** — the documented access-key-id shape (AKIA/ASIA... and 16 characters).

Other PII types are accepted in a policy but not detected locally. `presidio-analyzer` was considered
(issue 12) and left out: its analyzer loads a spaCy model (`en_core_web_lg` by default), which is
published outside the package index and would be a download the offline kit may not make, and its
recognizers for these types rest on the same rules (phonenumbers for phones, the Luhn checksum for cards).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import phonenumbers
import usaddress
from stdnum import luhn
from stdnum.us import ssn

from agentkit.local import lexicon

Span = tuple[int, int]

PHONE_REGIONS = ("US", "GB")
"""Regions whose national formats are read (the workshop's shop is in the US and ships to the UK)."""
MIN_PHONE_DIGITS = 10
"""Digits a number needs to pass as a phone on its layout alone (a national number with area code)."""

_IDENTIFIER = re.compile(
    r"\b(?:order|invoice|tracking|track|sku|item|model|serial|transaction|ref|reference|receipt|confirmation|"
    r"parcel|shipment|product|part|ticket|case|booking|reservation|rma|id)\b(?:\s+(?:number|no\.?|num|code|id|#))?"
    r"(?:\s+(?:is|was|reads|says|:))?\s*[:#]?\s*$",
    re.IGNORECASE,
)
"""Words right before a number that name it as an identifier of something that is not a person."""
_PHONE_CUE = re.compile(
    r"\b(?:phone|call|text|mobile|cell|tel|telephone|ring|reach|contact|whatsapp|sms|fax)\b", re.IGNORECASE
)
_SSN_CUE = re.compile(r"\b(?:ssn|social\s+security|social|soc\.?\s*sec\.?)\b", re.IGNORECASE)


def _before(text: str, start: int, chars: int = 40) -> str:
    return text[max(0, start - chars) : start]


def _is_identifier(text: str, start: int) -> bool:
    return bool(_IDENTIFIER.search(_before(text, start, 30)))


def phones(text: str) -> Iterator[Span]:
    seen: set[Span] = set()
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            span = (match.start, match.end)
            if span in seen or any(s[0] < span[1] and span[0] < s[1] for s in seen):
                continue
            raw = match.raw_string
            digits = sum(char.isdigit() for char in raw)
            inside_code = (match.start and text[match.start - 1].isalnum()) or (
                match.end < len(text) and text[match.end].isalnum()
            )
            laid_out = raw.startswith("+") or bool(re.search(r"[\s().-]", raw.strip()))
            cued = bool(_PHONE_CUE.search(_before(text, match.start)))
            if inside_code or _is_identifier(text, match.start):
                continue
            valid = phonenumbers.is_valid_number(match.number)
            if (laid_out and (valid or digits >= MIN_PHONE_DIGITS or raw.startswith("+"))) or (
                cued and digits >= MIN_PHONE_DIGITS
            ):
                seen.add(span)
                yield span


_CARD = re.compile(r"(?<![\d.-])\d(?:[ .-]?\d){12,18}(?![\d-]|\.\d)")


def cards(text: str) -> Iterator[Span]:
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        separators = set(re.findall(r"\D", match.group()))
        if len(separators) <= 1 and luhn.is_valid(digits):
            yield match.span()


_SSN = re.compile(r"(?<![\d.-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-]|\.\d)")


def social_security_numbers(text: str) -> Iterator[Span]:
    for match in _SSN.finditer(text):
        cued = bool(_SSN_CUE.search(_before(text, match.start(), 60)))
        if cued or match.group(2) and not _is_identifier(text, match.start()) and ssn.is_valid(match.group()):
            yield match.span()


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_SPELT_EMAIL = re.compile(
    r"\b[\w.+-]+(?:\s+(?:underscore|dot|dash|hyphen)\s+[\w+-]+)*\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+)\s*[\w-]+"
    r"(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+)\s*[\w-]+)*\s*(?:\(dot\)|\[dot\]|\{dot\}|\s+dot\s+)\s*[A-Za-z]{2,6}\b",
    re.IGNORECASE,
)


def emails(text: str) -> Iterator[Span]:
    yield from (m.span() for m in _EMAIL.finditer(text))
    yield from (m.span() for m in _SPELT_EMAIL.finditer(text))


_STREET = {
    "StreetName",
    "StreetNamePostType",
    "StreetNamePreType",
    "StreetNamePreDirectional",
    "StreetNamePostDirectional",
}
_AFTER_STREET = _STREET | {
    "OccupancyType",
    "OccupancyIdentifier",
    "SubaddressType",
    "SubaddressIdentifier",
    "PlaceName",
    "StateName",
    "ZipCode",
}
_SENTENCE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|$)")


def addresses(text: str) -> Iterator[Span]:
    for sentence in _SENTENCE.finditer(text):
        offset = sentence.start()
        try:
            tagged = usaddress.parse(sentence.group())
        except Exception:  # noqa: BLE001 - the parser's own errors on odd input: no address found
            continue
        # Token positions, in order, in the sentence.
        positions, cursor = [], 0
        for token, _ in tagged:
            found = sentence.group().find(token, cursor)
            positions.append((found, found + len(token)))
            cursor = found + len(token)
        index = 0
        while index < len(tagged):
            token, label = tagged[index]
            if label != "AddressNumber" or not re.fullmatch(r"\d+[A-Za-z]?", token):
                index += 1
                continue
            end = index + 1
            labels = set()
            street_types, street_words = [], []
            while end < len(tagged) and tagged[end][1] in _AFTER_STREET:
                labels.add(tagged[end][1])
                word = tagged[end][0].strip(",.;:?!").lower()
                if tagged[end][1] in ("StreetNamePostType", "StreetNamePreType"):
                    street_types.append(word)
                elif tagged[end][1] == "StreetName":
                    street_words.append(word)
                end += 1
            if any(word in lexicon.FUNCTION_WORDS for word in street_words):
                index = end  # "Tent in green": a street name does not run through "in"
                continue
            # The street type must be one usaddress knows (Street, Ave, Road...) and not a function word
            # ("is" is also the abbreviation of Island): not any word the parser guessed.
            known = [
                t for t in street_types if t in usaddress.STREET_NAMES and t not in lexicon.FUNCTION_WORDS
            ]
            if "StreetName" in labels and known:
                start_char = positions[index][0]
                end_char = positions[end - 1][1]
                yield offset + start_char, offset + end_char - (1 if tagged[end - 1][0][-1] in ",.;?!" else 0)
            index = end


_ACCESS_KEY = re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b")


def access_keys(text: str) -> Iterator[Span]:
    yield from (m.span() for m in _ACCESS_KEY.finditer(text))


DETECTORS: dict[str, Callable[[str], Iterator[Span]]] = {
    "AWS_ACCESS_KEY": access_keys,
    "CREDIT_DEBIT_CARD_NUMBER": cards,
    "US_SOCIAL_SECURITY_NUMBER": social_security_numbers,
    "EMAIL": emails,
    "PHONE": phones,
    "ADDRESS": addresses,
}
"""Detectable PII types, most specific first: a span claimed by one type is not matched by later ones."""
