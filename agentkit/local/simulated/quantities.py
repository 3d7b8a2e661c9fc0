"""Quantities as requests write them: numbers with their units, percentages, currencies and scales.

"$1.2M", "15 %", "50 million", "six", "3rd", "6cm", "100 µF", "30 degrees Celsius": a number mention
holds the value as a float, flags for percent, currency and ordinal, the unit written after it (and,
for an SI-prefixed unit, the value in the base unit), and — for a spelled count before a noun ("three
circles") — the noun it counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agentkit.local import lexicon
from agentkit.local.simulated.tokens import Mention, Token, token_span

_PERCENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent)\s*of\s+(?:(\(?-?\d[\d,]*(?:\.\d+)?\)?)|\w)", re.I)


_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


_UNIT_SYMBOLS = {
    "m": "meter", "km": "kilometer", "cm": "centimeter", "mm": "millimeter", "nm": "nanometer",
    "mi": "mile", "ft": "foot", "in": "inch", "yd": "yard",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound", "lbs": "pound", "oz": "ounce",
    "s": "second", "sec": "second", "ms": "millisecond", "min": "minute", "h": "hour", "hr": "hour",
    "hrs": "hour", "l": "liter", "ml": "milliliter", "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz",
    "n": "newton", "j": "joule", "kj": "kilojoule", "w": "watt", "kw": "kilowatt", "v": "volt",
    "a": "ampere", "ohm": "ohm", "ω": "ohm", "pa": "pascal", "kpa": "kilopascal", "atm": "atmosphere",
    "c": "coulomb", "f": "farad", "µf": "microfarad", "uf": "microfarad", "h_": "henry", "mh": "millihenry",
    "k": "kelvin", "°c": "celsius", "°f": "fahrenheit", "celsius": "celsius", "fahrenheit": "fahrenheit",
    "kelvin": "kelvin", "tonne": "tonne", "mph": "mile per hour", "kmh": "kilometer per hour",
    "m/s": "meter per second", "km/h": "kilometer per hour", "m/s^2": "meter per second squared",
    "m/s2": "meter per second squared", "m²": "square meter", "m2": "square meter", "m³": "cubic meter",
    "m3": "cubic meter", "cm²": "square centimeter", "cm³": "cubic centimeter", "ft²": "square foot",
    "km²": "square kilometer", "mi²": "square mile", "in²": "square inch", "yd²": "square yard",
    "mol": "mole", "gal": "gallon", "gb": "gigabyte", "mb": "megabyte", "kb": "kilobyte", "tb": "terabyte",
}  # fmt: skip
"""Unit symbols of the SI brochure and common US customary units, by the name they abbreviate."""


_SHORT_SCALE = {"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12}
"""Scale letters written after a currency amount ("$1.2M", "€5k", "$2bn")."""


_SI_SCALE = {"µ": 1e-6, "u": 1e-6, "m": 1e-3, "k": 1e3, "M": 1e6, "n": 1e-9, "p": 1e-12, "G": 1e9}


def percent_of(text: str) -> tuple[str, str | None] | None:
    """("15", "240") for "15 % of 240"; ("15", None) for "15 % of the revenue" (a value still to find)."""
    match = _PERCENT_OF.search(text)
    if match is None:
        return None
    base = match.group(2)
    return match.group(1), base.replace(",", "") if base else None


SCIENTIFIC = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s*[x×*·]\s*10\s*(?:\^|\*\*)\s*([-+−]?\d+)(?![\w.]\d)", re.I
)
"""A number in scientific notation as people type it: "8.854 x 10^-12", "6.674 × 10^-11", "3*10**8" — one
number (the mantissa times the power of ten), not a formula to compute nor the exponent as a value."""

_E_NOTATION = re.compile(r"(\d+(?:\.\d+)?)e([-+]?\d+)", re.I)
"""The same written as a programmer does, "2e30", "1.5E-3": a number, not a code."""


def _scientific(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """(value, index after it) when a number in scientific notation starts at token `i`."""
    if tokens[i].kind == "word" and (match := _E_NOTATION.fullmatch(tokens[i].text)):
        return float(f"{match.group(1)}e{match.group(2)}"), i + 1
    if tokens[i].kind != "number":
        return None
    j = i + 1
    written = tokens[i].text
    while j < len(tokens) and j - i <= 5 and tokens[j].start - tokens[j - 1].end <= 1:
        written += " " * (tokens[j].start - tokens[j - 1].end) + tokens[j].text
        if (match := SCIENTIFIC.fullmatch(written)) and tokens[j].kind == "number":
            return float(f"{match.group(1)}e{match.group(2).replace('−', '-')}"), j + 1
        j += 1
    return None


def numbers(tokens: list[Token], claim, taken: set[int]) -> None:
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i in taken:
            i += 1
            continue
        if _rate_divisor(tokens, i):
            # "8.5 liters per 100 km", "12 cases per 100,000 people": the number after "per" is the size of
            # the rate's unit, what the amount is counted over — no quantity the request gives a value of
            unit, end = _unit_after(tokens, i + 1) if i + 1 < len(tokens) else ("", i + 1)
            taken.update(range(i, end if unit else i + 1))
            i = end if unit else i + 1
            continue
        value: float | None = None
        first, last = i, i + 1
        ordinal = False
        if (scientific := _scientific(tokens, i)) and not any(k in taken for k in range(i, scientific[1])):
            value, last = scientific
        elif token.kind == "number":
            value = float(token.text.replace(",", ""))
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is not None and after.start == token.end and after.lower in ("st", "nd", "rd", "th"):
                ordinal, last = True, i + 2  # "2nd", "4th" read as a number and a glued suffix
        elif token.kind == "word":
            spelled = lexicon.number_word(token.text)
            numeral = re.fullmatch(r"(\d+)(st|nd|rd|th)", token.lower)
            if numeral:
                value, ordinal = float(numeral.group(1)), True
            elif _a_pair_of(tokens, i):
                value, last = 2.0, i + 2  # "a couple of avocados", "a pair of tickets": two of them
            elif _a_single(tokens, i):
                # "a single room", "a single ticket": one of them, as "one room" is; the count stands on
                # the noun, so "single" stays a word a room type may take ("a single room" of `room_type`)
                mention = claim("number", 1.0, i + 1, i + 2)
                if mention:
                    mention.attributes["spelled"] = True
                    mention.attributes["count"] = tokens[i + 1].lower
                i += 2
                continue
            elif _party_of_one(tokens, i):
                # "just for myself", "only me", "by myself", "on my own": the party is the asker alone,
                # one person, as "for 1 person" says (a count only for a parameter that counts people)
                mention = claim("number", 1.0, i, i + 1, unit="person")
                if mention:
                    mention.attributes["party"] = True
                i += 1
                continue
            elif spelled is not None and token.lower not in ("hundred", "thousand"):
                if _pronoun_one(tokens, i):
                    i += 1
                    continue
                value = float(spelled)
            elif (measured := _spelled_measure(token.text)) is not None:
                # "a two-kilogram ball", "a ten-year loan": a measure as an adjective, as "2-kilogram" is
                mention = claim("number", measured[0], i, i + 1, unit=measured[1])
                if mention:
                    mention.attributes["spelled"] = True
                i += 1
                continue
            elif (rated := _spelled_count(token.text)) is not None:
                # "a four-star hotel", "a three-bedroom flat": how many of the noun, a value only for a
                # parameter that counts that noun (`stars`), never for another ("a two-sample t-test")
                mention = claim("number", rated[0], i, i + 1, unit=rated[1])
                if mention:
                    mention.attributes["spelled"] = True
                    mention.attributes["counts_only"] = rated[1]
                i += 1
                continue
            elif re.fullmatch(r"\d+(?:\.\d+)?[a-zµ°²³/^]+[\w²³^/]*", token.text, re.I):
                split = re.match(r"(\d+(?:\.\d+)?)(.*)", token.text)
                if split and unit_of(split.group(2)):
                    value = float(split.group(1))
                    mention = claim("number", value, i, i + 1)
                    if mention:
                        mention.unit = split.group(2)
                        _scale_unit(mention)
                    i += 1
                    continue
        if value is None:
            i += 1
            continue
        currency = ""
        negative = False
        j = first - 1
        if j >= 0 and tokens[j].text in _CURRENCY and j not in taken:
            currency, first = _CURRENCY[tokens[j].text], j
            j -= 1
        if j >= 0 and tokens[j].text == "-" and tokens[j].end == tokens[j + 1].start and j not in taken:
            before = tokens[j - 1] if j else None
            if (
                before is None
                or before.kind in ("punct", "symbol")
                or before.lower in lexicon.FUNCTION_WORDS
                or (before.kind == "word" and before.end < tokens[j].start)
            ):
                # a minus glued to its number and set apart from the word before is the number's sign,
                # the word no operand: "cash flows -1000, 300", "the readings -4, -2.5 and 1"
                negative, first = True, j
        if negative:
            value = -value
        k = last
        if (
            k < len(tokens)
            and tokens[k].start == tokens[k - 1].end
            and (
                currency
                and tokens[k].lower in _SHORT_SCALE
                or token.kind == "number"
                and tokens[k].text in _GLUED
            )
        ):
            value *= _SHORT_SCALE[tokens[k].lower]  # "$1.2M", "$5k"; without a currency "80k", "1.5M", "3bn"
            k += 1
        while (
            k < len(tokens)
            and tokens[k].lower in lexicon.MAGNITUDES
            and tokens[k].start - tokens[k - 1].end <= 1
        ):
            value *= lexicon.MAGNITUDES[tokens[k].lower]
            k += 1
        if k < len(tokens) and tokens[k].lower in ("hundred", "thousand") and token.kind != "number":
            value *= lexicon.number_word(tokens[k].lower) or 1
            k += 1
        elif k < len(tokens) and tokens[k].lower in ("dozen", "dozens") and not ordinal:
            value *= 12  # "two dozen eggs", "3 dozen roses": twelve of them each
            k += 1
        last = k
        k_before_unit = k
        percent = False
        unit = ""
        if (
            last < len(tokens)
            and tokens[last].text == "%"
            or last < len(tokens)
            and tokens[last].lower in ("percent", "percentage", "pct")
        ):
            percent, last = True, last + 1
        elif last < len(tokens) and last not in taken and not currency:  # "$5000 investment": what it buys
            unit, last = _unit_after(tokens, last)
            if any(k in taken for k in range(first, last)):
                unit, last = "", k_before_unit
            if unit and (code := lexicon.currency_code(unit)):
                # "10 dollars" is an amount in USD, as "$10" is; the currency's name stays a word of
                # its own, which a currency parameter takes ("convert 10 dollars to euros")
                currency, unit, last = code, "", k_before_unit
        if not percent and not currency and (joined := _two_units(tokens, value, unit, last, taken)):
            value, unit, last = joined  # "6 feet 2 inches", "5'11\"": one length
        mention = claim(
            "number", value, first, last, unit=unit, percent=percent, currency=currency, ordinal=ordinal
        )
        if mention is not None:
            _scale_unit(mention)
            if token.kind == "word" and not numeral_written(token.text):
                mention.attributes["spelled"] = True
                # "two thousand dollars" is an amount of money, as "$2000" is: no count of things
                counted = "" if currency else _counted(tokens, max(first + 1, k_before_unit), value)
                if counted and not (unit and (is_unit_name(unit) or seconds_in(unit) or _calendar(unit))):
                    # "five meters per second" is an amount in meters, no count of things, as "5 meters" is;
                    # "three years" is a span, as "3 years" is
                    mention.attributes["count"] = counted  # "two notes", "three circles": how many of what
        i = max(last, i + 1)


_GLUED = frozenset("k M bn B".split())
"""Short-scale letters glued to a numeral with no currency ("80k", "1.5M", "3bn"): a thousand, a million,
a billion. Not "m" (meters) nor "K" (kelvin), which are units."""


def _rate_divisor(tokens: list[Token], i: int) -> bool:
    """Whether the token is a number written right after "per" ("liters per 100 km", "per 1,000 words"): the
    rate's unit counted in a block of that size, which belongs to the amount before it, not a value of its own
    (a reader asked "how far?" of "8.5 liters per 100 km" does not answer 100)."""
    return tokens[i].kind == "number" and i > 0 and tokens[i - 1].lower == "per"


def _a_pair_of(tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` opens "a couple of" / "a pair of" before a word: two of what follows."""
    return (
        tokens[i].lower in ("couple", "pair")
        and i > 0
        and tokens[i - 1].lower == "a"
        and i + 2 < len(tokens)
        and tokens[i + 1].lower == "of"
        and tokens[i + 2].kind == "word"
    )


def _a_single(tokens: list[Token], i: int) -> bool:
    """Whether "single" after "a" counts the noun after it ("a single room", "a single ticket"): one of
    them, as "one room" says — not a compound written with a hyphen ("a single-day pass", one token), and
    only before a noun, so the count goes where "one room" would (`_counted`)."""
    return (
        tokens[i].lower == "single"
        and i > 0
        and tokens[i - 1].lower in ("a", "one")
        and i + 1 < len(tokens)
        and tokens[i + 1].kind == "word"
        and "NOUN" in lexicon.parts(tokens[i + 1].text)
    )


_ALONE = frozenset("just only".split())
"""Words that say the asker is the whole party: "just me", "only for myself"."""
_JOINED = frozenset("and with plus &".split())
"""Words after "me"/"myself" that join others to the party: "for myself and my sister"."""


def _party_of_one(tokens: list[Token], i: int) -> bool:
    """Whether the asker says they are the whole party, on the word that stands for them: "just me",
    "only for me", "for just myself", "for myself", "by myself", "me alone", "myself only", "on my own".
    A bare "for me" or "book myself a ferry" names whom the act is for or who does it, no party size."""
    word = tokens[i].lower
    before = [t.lower for t in tokens[max(0, i - 2) : i]]
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if word == "own":
        return before == ["on", "my"]
    if word not in ("me", "myself") or after in _JOINED:
        return False  # "for myself and two friends": the asker is one of a larger party
    if before[-1:] and before[-1] in _ALONE or before == ["just", "for"] or before == ["only", "for"]:
        return True
    if after in ("alone", "only"):
        return True
    return word == "myself" and before[-1:] in (["for"], ["by"])


def _two_units(
    tokens: list[Token], value: float, unit: str, last: int, taken: set[int]
) -> tuple[float, str, int] | None:
    """A length written in two units, the larger first and the smaller part less than one of it: "6 feet
    2 inches", "6 ft 1 in", 5'11" (feet and inches by their marks) — (the sum in the smaller unit, that
    unit, the end), so a parameter in either unit gets the whole measure (74 inches), not one part with
    the other left for another parameter."""
    if not unit:  # 5'11": a number glued to a prime mark, the inches glued to a double prime
        marks = tokens[last : last + 3]
        if (
            len(marks) == 3
            and marks[0].text in ("'", "′")
            and marks[1].kind == "number"
            and marks[2].text in ('"', "″")
            and tokens[last - 1].end == marks[0].start
            and marks[0].end == marks[1].start
            and marks[1].end == marks[2].start
            and not any(k in taken for k in range(last, last + 3))
            and float(marks[1].text) < 12
        ):
            return value * 12 + float(marks[1].text), "inches", last + 3
        return None
    large = in_base(unit)
    if large is not None and large[0] != "length":
        return None  # spans of time stay apart: tools take `hours` and `minutes` ("1 hour and 52 minutes")
    j = last + 1 if last < len(tokens) and tokens[last].lower == "and" else last
    if large is None or j + 1 >= len(tokens) or tokens[j].kind != "number" or j in taken or j + 1 in taken:
        return None
    small_unit, end = _unit_after(tokens, j + 1)
    if not small_unit and tokens[j + 1].lower == "in" and large[0] == "length":
        small_unit, end = "inches", j + 2  # "6 ft 1 in": after a length, "in" is the inch's symbol
    small = in_base(small_unit)
    part = float(tokens[j].text.replace(",", ""))
    if small is None or small[0] != large[0] or small[1] >= large[1] or part * small[1] >= large[1]:
        return None
    return float(f"{value * large[1] / small[1] + part:.12g}"), small_unit, end


_ONE_AFTER = frozenset(
    "the this that each every another any which other no first second third last next same".split()
)


_ONE_BEFORE = frozenset("for in at on with from about".split())
"""Prepositions after "and one" that say it stands for the thing asked for ("and one for …"), not "one of"."""
_ONE_OPENS = frozenset("and or then of".split())
"""Words before a "one" that opens an item of its own: "… and one for …", "the energy of a 2 kg ball and
of one at 5 m/s" (the same thing again, with new values); "for one at 7pm" may count a guest, so "for" is
none of them."""


def _pronoun_one(tokens: list[Token], i: int) -> bool:
    """Whether "one" stands for a noun said before ("the first one", "another one", "… and one for the
    half marathon", where a preposition and a new subject follow): a pronoun, no value."""
    if tokens[i].lower != "one":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (i == 0 or tokens[i - 1].lower in _ONE_OPENS) and after is not None and after.lower in _ONE_BEFORE:
        return True  # an ask of its own that opens "one for …"
    if _contrasted(tokens, i):
        return True
    if i == 0 or tokens[i - 1].lower not in _ONE_AFTER and not _closes_a_phrase(tokens, i):
        return False
    return after is None or after.kind != "word" or "NOUN" not in lexicon.parts(after.text)


_ARTICLES = frozenset("a an another the".split())


def _closes_a_phrase(tokens: list[Token], i: int) -> bool:
    """Whether "one" closes a noun phrase an article opened, after modifiers of its own ("a 3-night stay in
    Rome and a **5-night one** in Nice", "a 30-year mortgage … and a **15-year one** of $220,000", "a **35%
    one**", "a **5 kg one**", "a **red one**"): it stands where the phrase's noun would, the noun said
    before, and is no count — the modifiers are the new item's values. Up to four modifiers (numbers,
    their units or symbols, words that are no function words) between the article and "one"."""
    modifiers = 0
    for k in range(i - 1, max(-1, i - 6), -1):
        token = tokens[k]
        if token.lower in _ARTICLES:
            return modifiers > 0
        if (
            token.kind == "number"
            or token.text in ("-", "%", "$")
            or (token.kind == "word" and not lexicon.is_function_word(token.lower))
        ):
            modifiers += 1
            continue
        return False
    return False


def _contrasted(tokens: list[Token], i: int) -> bool:
    """Whether "one" opens the contrast "one …, another …" ("I bought one share at $40, another at $55"):
    it picks out the first of several things each given its own value, as "the first" would, and counts
    nothing; "another" follows after a comma or "and" within a few words, before the sentence ends."""
    for k in range(i + 2, min(len(tokens), i + 9)):
        if tokens[k].text in (".", "?", "!", ";"):
            return False
        if tokens[k].lower == "another" and tokens[k - 1].lower in (",", "and"):
            return True
    return False


def _counted(tokens: list[Token], start: int, value: float) -> str:
    """The noun a spelled number counts: a plural noun, maybe after modifiers ("three circles",
    "two right-angled triangles", "twelve recent news articles"), or any noun after "one" ("one
    stock"); "" if it counts none."""
    for token in tokens[start : start + 4]:
        if token.kind != "word":
            return ""
        word = token.lower
        if lexicon.is_function_word(word):
            return ""  # "… is seven. Which vaccines …": "which" opens another phrase, it is no counted noun
        parts = lexicon.parts(word)
        if "NOUN" in parts and (lexicon.lemma(word) != word or value == 1):
            return word
        if "-" not in word and not parts & {"ADJ", "VERB", "NOUN"}:  # a noun may modify the next one
            return ""  # "two of them", "five to ten": no noun counted
    return ""


_HYPHENED = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)?)-([a-z]+)")
_CALENDAR = frozenset("day week month year decade century".split())
"""Spans of the calendar: units of time of no fixed length ("a ten-year loan")."""


def _calendar(unit: str) -> bool:
    """Whether a unit is a span of the calendar ("years", "months", "decades")."""
    return lexicon.lemma(unit.lower()) in _CALENDAR


def is_period(word: str) -> bool:
    """Whether a word names a span of time, of fixed length or of the calendar ("week", "hours", "month")."""
    return bool(seconds_in(word)) or _calendar(word)


def _spelled_measure(word: str) -> tuple[float, str] | None:
    """A spelled number hyphened to a unit ("two-kilogram", "twenty-five-year", "five-minute"): the number
    and the unit; None for a compound number ("twenty-one") or a word that is no unit ("one-way")."""
    match = _HYPHENED.fullmatch(word)
    if match is None or lexicon.number_word(word) is not None:
        return None
    count, tail = lexicon.number_word(match.group(1).lower()), match.group(2)
    if count is None or not (is_unit_name(tail) or seconds_in(tail) or tail in _CALENDAR):
        return None
    return float(count), tail


def _spelled_count(word: str) -> tuple[float, str] | None:
    """A spelled number hyphened to a noun that is no unit ("four-star", "three-bedroom", "two-sample"):
    the number and the noun; None for a compound number ("twenty-one") or a tail that is no noun."""
    match = _HYPHENED.fullmatch(word)
    if match is None or lexicon.number_word(word) is not None or "-" in match.group(1):
        return None
    count, tail = lexicon.number_word(match.group(1).lower()), match.group(2)
    if count is None or len(tail) < 3 or "NOUN" not in lexicon.parts(tail):
        return None
    return float(count), tail


def numeral_written(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _unit_after(tokens: list[Token], index: int) -> tuple[str, int]:
    """A unit written right after a number: a symbol ("°C", "m/s^2", "m³") or a noun ("meters", "years",
    "euros"), also joined by a hyphen ("a 2-bedroom flat");
    not the noun after a pair of sides ("a 4 by 6 rectangle") nor an adjective of the noun after it
    ("the 2019 general election")."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        token.text == "-"
        and index
        and tokens[index - 1].end == token.start
        and following is not None
        and following.kind == "word"
        and following.start == token.end
    ):  # "a 2-bedroom flat", "a 20-foot boat": the hyphen joins the number to the noun it counts
        unit, end = _unit_after(tokens, index + 1)
        return (unit, end) if unit else ("", index)
    if token.text in ("°",) and index + 1 < len(tokens) and tokens[index + 1].text.upper() in ("C", "F"):
        return "°" + tokens[index + 1].text.upper(), index + 2
    if token.kind == "path" and unit_of(token.text):
        end = index + 1
        if end + 1 < len(tokens) and tokens[end].text == "^" and tokens[end + 1].kind == "number":
            return token.text + "^" + tokens[end + 1].text, end + 2
        return token.text, end
    if token.kind == "word":
        if token.text in ("²", "³"):
            return "", index
        area = _area_unit(tokens, index)
        if area:
            return area
        unit = token.text
        end = index + 1
        while (
            end < len(tokens) and tokens[end].text in ("²", "³") and tokens[end].start == tokens[end - 1].end
        ):
            unit += tokens[end].text
            end += 1
        if (
            token.lower in ("degree", "degrees")
            and end < len(tokens)
            and tokens[end].kind == "word"
            and tokens[end].text[:1].isupper()
        ):
            return f"{unit} {tokens[end].text}", end + 1  # "30 degrees Celsius"
        glued = token.start == tokens[index - 1].end
        following = tokens[end] if end < len(tokens) else None
        if (
            token.text == "A"
            and unit_of(token.text)
            and (following is None or following.kind != "word" or following.lower in _NO_NOUN_AFTER_ARTICLE)
        ):
            # "2.5 A" at the end of its phrase, or "3 A and …": amperes, no article of a noun
            return unit, end
        if repeated_symbol(tokens, index):
            return unit, end  # "1.5 AU and 4 AU": the symbol each amount of the series is written in
        if lexicon.is_function_word(token.text) and not glued:
            return "", index
        if unit_of(unit) or lexicon.currency_code(token.text):
            return unit, end  # a currency's name the dictionary lacks ("euros") is a unit all the same
        if token.lower == "ppl":
            return unit, end  # "sleeps 5 ppl": "people" written short, a noun the dictionary lacks
        if lexicon.known(token.text) and "NOUN" in lexicon.parts(token.text):
            if index >= 3 and tokens[index - 2].lower in ("by", "x") and tokens[index - 3].kind == "number":
                return "", index  # "a 4 by 6 rectangle": the shape both sides measure, no unit of the 6
            following = tokens[end] if end < len(tokens) else None
            if (
                "ADJ" in lexicon.parts(token.text)
                and lexicon.lemma(token.lower) == token.lower
                and following is not None
                and following.kind == "word"
                and "NOUN" in lexicon.parts(following.text)
                and not is_unit_name(following.text)
                and not lexicon.is_function_word(following.text)
            ):
                return "", index  # "the 2019 general election": an adjective of the noun after it
            if _labels_the_noun(tokens, index):
                return "", index  # "the 10001 location": the number names which one, it counts nothing
            return unit, end
    return "", index


def _area_unit(tokens: list[Token], index: int) -> tuple[str, int] | None:
    """An area written as "square" or its short form "sq" (also "sq.") before a unit of length, "1,800 sq ft",
    "40 square meters", "3 sq. km": one unit, the square of the length ("ft²"), as "ft²" itself is, not
    the word "square" and a length left over; "sqft" is the same run of letters."""
    word = tokens[index].lower
    if word == "sqft":
        return "ft²", index + 1
    if word not in ("square", "sq"):
        return None
    k = index + 1
    if word == "sq" and k < len(tokens) and tokens[k].text == ".":
        k += 1
    if k >= len(tokens) or tokens[k].kind != "word":
        return None
    length = unit_of(tokens[k].text) or (
        lexicon.lemma(tokens[k].lower) if is_unit_name(tokens[k].text) else ""
    )
    symbol = next((s for s, n in _UNIT_SYMBOLS.items() if n == "square " + length and s.endswith("²")), "")
    if not symbol:
        return None
    end = k + 1
    if end < len(tokens) and tokens[end].text == "." and tokens[k].lower in _UNIT_SYMBOLS:
        end += 1  # "sq. ft.": the abbreviation's full stop
    return symbol, end


def repeated_symbol(tokens: list[Token], index: int) -> bool:
    """Whether the capitalised short word at `index` ("AU", "MW") stands right after a number and after
    another number of the clause as well ("planets at 1.5 AU and 4 AU", "farms of 10 MW and 25 MW"): a
    symbol written after each amount of a series is their unit, though the table lacks it, and no name."""
    word = tokens[index].text
    if not (index and tokens[index - 1].kind == "number" and 2 <= len(word) <= 4):
        return False
    if not (word.isalpha() and word.isupper()):
        return False
    return any(
        k != index and tokens[k].text == word and tokens[k - 1].kind == "number"
        for k in range(1, len(tokens))
    )


_NO_NOUN_AFTER_ARTICLE = frozenset("and or but at for in on to with from of per each through across".split())
"""Words an article never stands right before: "3 A and 9 V", "0.5 A at 9 V" write amperes."""


def _labels_the_noun(tokens: list[Token], index: int) -> bool:
    """Whether the number before the noun at `index` labels it rather than counts it: after "the", a
    number of three digits or more before a singular noun that is no unit ("the 10001 location", "the
    405 bus"): a count of more than one writes the noun in the plural ("the 3 locations"), and a unit
    ("the 10 km run") still measures."""
    word = tokens[index].text
    number = tokens[index - 1]
    return (
        index >= 2
        and tokens[index - 2].lower == "the"
        and number.kind == "number"
        and number.text.isdigit()
        and len(number.text) >= 3
        and word.islower()
        and lexicon.noun_lemma(word) == word
        and not is_unit_name(word)
        and not unit_of(word)
    )


def unit_of(symbol: str) -> str:
    """The unit's name for a symbol ("km" → "kilometer"), or "" if it is not one."""
    key = symbol.strip().lower()
    if key in _UNIT_SYMBOLS:
        return _UNIT_SYMBOLS[key]
    if symbol in ("µF", "uF", "mH", "mF", "kΩ", "MHz", "GHz", "kHz"):
        return symbol
    return _ratio_of(key)


def is_ratio(unit: str) -> bool:
    """Whether a unit is a ratio of two ("g/mol", "km/h", "mph"): the value measures a rate, no quantity
    of either part."""
    return "/" in unit or " per " in unit_of(unit)


def _ratio_of(key: str) -> str:
    """The name of a ratio of unit symbols the table lacks as a whole ("g/mol" → "gram per mole", "mol/L",
    "mg/kg", "kg/m^3"): each part a unit of its own, so the quantity is one value in that compound unit (a
    molar mass of "18 g/mol" is 18, not 18 and a code "g/mol"), or "" when a part is no unit."""
    parts = key.split("/")
    if len(parts) != 2 or not all(parts):
        return ""
    names = [_UNIT_SYMBOLS.get(re.sub(r"\^?[23]$", "", part), "") for part in parts]
    return " per ".join(names) if all(names) else ""


def symbol_of(name: str, shown: list[str] | None = None) -> str:
    """The symbol of a unit named in full ("miles" → "mi"), spelled as a symbol in `shown` is ("L" among
    a description's examples for "liters"), or "" when the name has none."""
    lowered = name.lower()
    unit = lexicon.lemma(lowered)
    if unit not in _UNIT_NAMES:
        unit = lowered[:-1] if lowered.endswith("s") and lowered[:-1] in _UNIT_NAMES else ""
    symbols = [s for s, n in _UNIT_SYMBOLS.items() if n == unit != s and s.isascii() and "_" not in s]
    for example in shown or []:
        if example.lower() in symbols:
            return example
    return symbols[0] if symbols else ""


def is_unit_name(word: str) -> bool:
    """Whether a word names a unit in full ("miles", "meters", "kilogram", "kilojoules" though the
    dictionary lacks it): a name the symbols abbreviate."""
    lowered = word.lower()
    return lexicon.lemma(lowered) in _UNIT_NAMES or lowered.endswith("s") and lowered[:-1] in _UNIT_NAMES


_UNIT_NAMES = frozenset(name for name in _UNIT_SYMBOLS.values() if " " not in name)

_MEASURES = {
    "temperature": "kelvin celsius fahrenheit",
    "distance length height width depth radius": "meter kilometer centimeter millimeter mile foot inch yard",
    "mass weight": "kilogram gram milligram pound ounce tonne",
    "time duration": "second millisecond minute hour",
    "quantity amount": "mole",
    "volume": "liter milliliter",
    "force": "newton",
    "energy work heat": "joule kilojoule",
    "power": "watt kilowatt",
    "pressure": "pascal kilopascal atmosphere",
    "charge": "coulomb",
    "voltage potential": "volt",
    "current": "ampere",
    "frequency": "hertz kilohertz megahertz",
}
MEASURED = {unit: kinds.split() for kinds, units in _MEASURES.items() for unit in units.split()}
"""What a unit measures, by the quantity names of the SI brochure (and their everyday words): a value
in kelvin is a temperature, one in moles a quantity of substance, one in metres a distance or length."""


def measure_of(word: str) -> str:
    """What a unit word measures, as one name: "money" for a currency's name ("dollars", "euros"), the first
    quantity name of `MEASURED` for a unit ("km" → "distance"), "time" for a span of the calendar
    ("years"); "" when the word is no unit."""
    if not word:
        return ""
    if lexicon.currency_code(word):
        return "money"
    lemma = lexicon.lemma(word.lower())
    if lemma in _CALENDAR:
        return "time"
    name = unit_of(word) or (lemma if lemma in _UNIT_NAMES else "")
    if " per " in name or "/" in word:
        return ""  # a rate ("m/s"): a measure of its own, none of these
    kinds = MEASURED.get(name.split()[-1] if name else "", ())
    return kinds[0] if kinds else ""


_INTO = re.compile(r"\b(?:into|to|in)\s+([^\s,.;:?!]+)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def asks_unit(text: str) -> bool:
    """Whether `text` asks for a quantity in a unit of measure: a unit named in full, or by a symbol that
    is no English word, after "into", "to" or "in" ("convert 15 kilometers into miles", "… in °F"), or
    after "how many" before "are"/"is"/"in" ("how many grams are in 3 cups")."""
    words = [m.group(1) for m in _INTO.finditer(text)] + _HOW_MANY.findall(text)
    for word in words:
        if is_unit_name(word) or (len(word) > 1 and unit_of(word) and not lexicon.known(word.lower())):
            return True
    return False


_HOW_MANY = re.compile(r"\bhow many\s+([^\s,.;:?!]+)\s+(?:are|is|make|in)\b", re.IGNORECASE)
""""How many grams are in 3 cups", "how many ounces make a pound": a quantity asked for in that unit."""


_SCALED_UNITS = {
    "f": "farad",
    "h": "henry",
    "hz": "hertz",
    "w": "watt",
    "v": "volt",
    "a": "ampere",
    "ω": "ohm",
    "g": "gram",
}


def _scale_unit(mention: Mention) -> None:
    """Keep, beside the value, the value in the base unit when the unit has an SI prefix (100 µF → 1e-4 F)."""
    unit = mention.unit
    if len(unit) >= 2 and unit[0] in _SI_SCALE and unit[1:].lower() in _SCALED_UNITS:
        base = float(
            f"{mention.value * _SI_SCALE[unit[0]]:.12g}"
        )  # 100 µF → 0.0001, not 9.999999999999999e-05
        mention.attributes["base"] = (base, _SCALED_UNITS[unit[1:].lower()])


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1209600}
"""The spans of time of fixed length, in seconds, by their definitions (not months or years, whose length
varies)."""


def seconds_in(word: str) -> int | None:
    """The seconds in one of a unit of time, by name or symbol ("hours", "min", "h"), else None."""
    if not word:
        return None
    name = unit_of(word) or word
    return _SECONDS.get(lexicon.lemma(name.lower().split()[0]))


_IN_BASE = {
    "millisecond": ("time", 0.001), "second": ("time", 1.0), "minute": ("time", 60.0),
    "hour": ("time", 3600.0), "day": ("time", 86400.0), "week": ("time", 604800.0),
    "fortnight": ("time", 1209600.0), "night": ("time", 86400.0),
    "month": ("calendar", 1.0), "year": ("calendar", 12.0),
    "millimeter": ("length", 0.001), "centimeter": ("length", 0.01), "meter": ("length", 1.0),
    "kilometer": ("length", 1000.0), "inch": ("length", 0.0254), "foot": ("length", 0.3048),
    "yard": ("length", 0.9144), "mile": ("length", 1609.344),
    "milligram": ("mass", 1e-6), "gram": ("mass", 0.001), "kilogram": ("mass", 1.0), "kilo": ("mass", 1.0),
    "tonne": ("mass", 1000.0),
    "ounce": ("mass", 0.028349523125), "pound": ("mass", 0.45359237),
    "milliliter": ("volume", 0.001), "liter": ("volume", 1.0),
}  # fmt: skip
"""Units of fixed size by what they measure and their size in the measure's base unit (SI, and the
international yard and pound): spans of time, lengths, masses, volumes — not temperatures, whose scales do
not start at one zero. A night of a stay counts as a day (a week's stay is 7 nights); months and years,
whose length in days varies, count only in each other (2 years are 24 months, never some days)."""
_BRITISH = {"metre": "meter", "litre": "liter", "millimetre": "millimeter", "centimetre": "centimeter",
            "kilometre": "kilometer", "millilitre": "milliliter"}  # fmt: skip


def in_base(word: str) -> tuple[str, float] | None:
    """What one of a unit measures and its size in that measure's base unit ("km" → ("length", 1000.0),
    "hours" → ("time", 3600.0)), else None."""
    if not word:
        return None
    name = unit_of(word) or word
    lemma = lexicon.lemma(name.lower().split()[0])
    return _IN_BASE.get(_BRITISH.get(lemma, lemma))


def convert(value: float, given: str, wanted: str) -> float | None:
    """`value` in unit `given` written in unit `wanted` of the same measure (1.82 m → 182 cm, 2 hours → 120
    minutes); None when they measure different things or are the same unit."""
    a, b = in_base(given), in_base(wanted)
    if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
        return None
    return float(f"{value * a[1] / b[1]:.12g}")


_WORD_UNITS = (
    r"hour|minute|day|week|fortnight|kilo|kilogram|gram|pound|ounce|liter|litre|mile|kilometer|kilometre|"
    r"meter|metre|foot|inch|yard"
)
_SPAN_IN_WORDS = re.compile(
    rf"\b(?:(?P<half>half an? |(?P<quarter>a quarter of an? ))(?P<u1>{_WORD_UNITS})"
    rf"|(?P<lead>for )?an? (?P<u2>{_WORD_UNITS}|month|year|decade|century)(?: and a (?P<more>half|quarter))?"
    r"|(?P<around>(?:for|over|in|during|within|throughout) )the (?:past|last|previous|next|coming|following) "
    r"(?P<u3>hour|day|week|fortnight|month|year|decade|century))\b",
    re.I,
)
_CALENDAR_IN_YEARS = {"decade": 10.0, "century": 100.0}
"""Spans of the calendar written as years ("a decade" is 10 years)."""


def spans_in_words(text: str, tokens: list[Token], claim) -> None:
    """A span of time, or an amount of a unit of fixed size, written in words: "half an hour" (0.5 hour),
    "a quarter of an hour", "an hour and a half" (1.5 hours), "an hour and a quarter", "half a kilo", "a
    mile and a half", "for a week" (1 week: the span "for" takes; also of the calendar, "for a month", "for
    a decade", 10 years), "for/over/in the past week" (1 week, back or ahead: with "the" a span, without it
    the date "last week"). "An hour" alone is no amount ("twice an hour", "€20 a day", "$3 a pound" are
    rates), so it counts only after "for" or with its fraction."""
    for match in _SPAN_IN_WORDS.finditer(text):
        if match.group("half"):
            value, unit = (0.25 if match.group("quarter") else 0.5), match.group("u1")
        elif match.group("more"):
            value, unit = (1.5 if match.group("more").lower() == "half" else 1.25), match.group("u2")
        elif match.group("lead") and (seconds_in(match.group("u2")) or _calendar(match.group("u2"))):
            value, unit = 1.0, match.group("u2")  # "for a week"; "for a kilo" is what a price is for
        elif match.group("around"):
            value, unit = 1.0, match.group("u3")  # "for the past week": a span, not the date "last week"
        else:
            continue
        unit = unit.lower()
        if unit in _CALENDAR_IN_YEARS:
            value, unit = value * _CALENDAR_IN_YEARS[unit], "year"  # "for a decade" is 10 years
        # after "for", the span is the article and its unit ("an hour"), not the preposition
        lead = match.group("lead") or match.group("around")
        start = match.start() + len(lead) if lead else match.start()
        first, last = token_span(tokens, start, match.end())
        mention = claim("number", value, first, last)
        if mention is not None:
            mention.unit = {"foot": "feet", "inch": "inches"}.get(unit, unit + "s")
