"""Values placed by order when the words beside them do not decide: parameters named in a series and
then given one ("base and height as 6 and 10"), numbered siblings (`mass1`, `mass2`) taking values in
turn, and required parameters taking the values left, in the order the request names them — a lone
value before another member of a series of amounts another parameter took ("$100,000 and $250,000 at 5%").

A mixin of the argument job (`arguments._Job`): it shares the job's reading and the values already used.
"""

from __future__ import annotations

import re
from collections import Counter

from agentkit.local import lexicon
from agentkit.local.simulated.filled import Argument
from agentkit.local.simulated.mentions import Mention, bare_code
from agentkit.local.simulated.parameters import IDENTIFIER, PLACE, TIME, Parameter
from agentkit.local.simulated.quantities import measure_of
from agentkit.local.simulated.values import families, number_value

_ALL_OF_THEM = re.compile(r"\b(?:these|those|both|each|all of them|every one|them all)\b", re.I)
"""Words by which a clause refers back to every value of an earlier series ("in these years")."""

_DIGITS = re.compile(r"\b(\w+)[- ]digits?\b", re.I)
"""A length in digits a description states: "Five-digit ZIP code", "6 digit PIN"."""


def code_of_digits(parameter: Parameter, mention: Mention) -> bool:
    """Whether a bare number ("78704") is the value of a string parameter for a code (`zip_code`, "Store
    SKU", "Phone number"): a code written in digits alone is still a code, so a required one takes the
    next such number left, as a number parameter takes the next number. Only a bare one — three digits or
    more, no unit, sign, decimals, separator or currency ("1,800 sq ft" measures, it names nothing) —
    and of the length in digits the description states, if it states one ("Five-digit ZIP code")."""
    if not (parameter.has(IDENTIFIER) and bare_code(mention) and not mention.ordinal):
        return False
    return digits_fit(parameter, mention.text)


def digits_fit(parameter: Parameter, digits: str) -> bool:
    """Whether a run of digits has the length in digits the parameter's description states, if it states
    one ("Five-digit postal code": "60614" fits, "6061" does not)."""
    stated = _DIGITS.search(parameter.description)
    if stated is None:
        return True
    word = stated.group(1)
    length = int(word) if word.isdigit() else lexicon.number_word(word.lower())
    return length is None or length == len(digits)


_RELATION = frozenset({"in", "of", "out", "from", "among"})
"""Words that set a part in its whole: "3 sixes in 12 rolls", "7 out of 10", "2 of 5"."""
_RELATION_ROOTS = frozenset(lexicon.root(w) for w in _RELATION)


def _part_in(description: str, part: Parameter, whole: Parameter) -> bool:
    """Whether a description writes `part`'s word, then within a few words "in"/"out of"/"of"/"among", then
    `whole`'s word ("the number of successes in n independent trials")."""
    words = [lexicon.root(w) for w in re.findall(r"[A-Za-z]+", description)]
    parts = {lexicon.root(w) for w in part.name_words}
    wholes = {lexicon.root(w) for w in whole.name_words}
    if parts & wholes:
        return False
    for i, word in enumerate(words):
        if word in parts:
            after = words[i + 1 : i + 6]
            rel = next((k for k, w in enumerate(after) if w in _RELATION_ROOTS), None)
            if rel is not None and wholes & set(after[rel + 1 :]):
                return True
    return False


_WHOLE_ROOTS = frozenset(lexicon.root(w) for w in "total trials attempts tries sample population".split())
"""Name words of a count that is a whole the other count is part of (`trials`, `total_items`)."""


def _whole_first(tokens: list, whole: Mention, part: Mention) -> bool:
    """Whether the whole is said first and the part after a comma, the thing it counts left unsaid: "Out of
    250 patients, 35 developed …", "In a class of 30 students, 12 passed …" — the larger count after
    "of"/"out of" and its noun, then a comma and a bare smaller count (35 of them)."""
    between = tokens[whole.last : part.first]
    return (
        whole.first > 0
        and tokens[whole.first - 1].lower == "of"
        and 0 < len(between) <= 3
        and between[-1].text == ","
        and all(t.kind == "word" for t in between[:-1])
        and not part.unit
        and part.value < whole.value
    )


def _whole_by_name(numbers: list[Parameter]) -> tuple[Parameter, Parameter] | None:
    """(part, whole) when the descriptions do not say which is which but the names do: of two counts (a
    probability aside), one named for a whole, `trials`, `total_outcomes`, `attempts`, and one not,
    `successes`, `defective`."""
    counts = [p for p in numbers if not re.search(r"probab", f"{p.name} {p.description}", re.I)]
    wholes = [p for p in counts if _WHOLE_ROOTS & p.name_roots]
    if not wholes:  # `n`, "Sample size.": a name too short to say it, the description's words do
        wholes = [p for p in counts if _WHOLE_ROOTS & p.all_roots]
    if len(counts) != 2 or len(wholes) != 1:
        return None
    whole = wholes[0]
    part = next(p for p in counts if p is not whole)
    return part, whole


class OrderRules:
    """Values by order (a mixin of `arguments._Job`)."""

    def _series_of_their_noun(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """A series of numbers with one noun after its last member ("52 and 13 teeth"), a count and no unit of
        measure ("250 and 400 km" measure one distance each), whose root is the
        name word of as many free required number parameters as the series has members
        (`chainring_teeth`, `sprocket_teeth`) gives them one member each, in the schema's order: the noun
        counts the same kind of thing the tool takes several of side by side, so the series is one call's
        values, not one call per member. Not when a word just before the series names one of those
        parameters alone ("front teeth 52 and 50": the series is that one's, `_named_series` and the
        fan-out read it), nor when another number outside the series is said with the same noun ("50 and
        34 teeth in front and a 17 tooth sprocket": the series is one parameter's, a call per member)."""
        free = [
            p
            for p in parameters
            if p.name not in chosen
            and p.required
            and p.type in ("integer", "number")
            and not p.spec.get("enum")
        ]
        if len(free) < 2:
            return
        tokens, mentions = self.reading.tokens, self.reading.mentions
        groups: dict[int, list[tuple[int, Mention]]] = {}
        for index, mention in enumerate(mentions):
            if mention.group is not None:
                groups.setdefault(mention.group, []).append((index, mention))
        for members in groups.values():
            if len(members) < 2 or any(m.kind != "number" or i in self.used for i, m in members):
                continue
            last = members[-1][1]
            noun = last.unit or (tokens[last.last].text if last.last < len(tokens) else "")
            if (
                not noun.isalpha()
                or measure_of(noun)
                or any(m.unit and m.unit != noun for _, m in members[:-1])
            ):
                continue  # a unit of measure ("250 and 400 km") measures one quantity: one parameter's series
            root = lexicon.root(noun)
            sharing = [p for p in free if root in p.name_roots]
            if len(sharing) != len(members):
                continue
            if any(m.unit and lexicon.root(m.unit) == root for m in mentions if m.group != last.group):
                continue  # "50 and 34 teeth … and a 17 tooth sprocket": another number counts them too
            before = {
                lexicon.root(t.text) for t in tokens[max(0, members[0][1].first - 3) : members[0][1].first]
            }
            if any(before & (p.name_roots - {root}) for p in sharing):
                continue
            values = [number_value(m, p) for p, (_, m) in zip(sharing, members, strict=True)]
            if None in values:
                return  # all of the series or none: a member that is no number for its parameter leaves it whole
            for parameter, (index, mention), value in zip(sharing, members, values, strict=True):
                evidence = f"“{mention.text}”: one of the {noun} the series counts, in the schema's order"
                self._take(
                    chosen, Argument(parameter.name, value, "in order", 2.0, evidence), parameter, index
                )
            return

    def _named_series(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        tokens = self.reading.tokens
        free = [p for p in parameters if p.name not in chosen and p.kind in ("number", "string", "date")]
        i = 0
        while i < len(tokens):
            series: list[Parameter] = []
            j = i
            while j < len(tokens):
                token = tokens[j]
                match = next(
                    (
                        p
                        for p in free
                        if p not in series
                        and token.kind == "word"
                        and lexicon.root(token.text) in p.name_roots
                    ),
                    None,
                )
                if match is not None:
                    series.append(match)
                    j += 1
                elif series and token.lower in (",", "and", "the", "a", "an", "its", "of"):
                    j += 1
                else:
                    break
            if len(series) >= 2:
                k = j
                while (
                    k < len(tokens)
                    and k - j <= 3
                    and tokens[k].lower
                    in ("as", "of", "are", "is", "=", ":", "be", "respectively", "were", "equal", "to")
                ):
                    k += 1
                start = next((m for m in self.reading.mentions if m.first == k), None)
                if start is not None and start.group is not None:
                    members = [(n, m) for n, m in enumerate(self.reading.mentions) if m.group == start.group]
                    if len(members) == len(series):
                        for parameter, (index, mention) in zip(series, members, strict=True):
                            offered = self._values(parameter, mention)
                            if not offered or index in self.used:
                                break
                            named = ", ".join(p.name for p in series)
                            evidence = f"named in order ({named}), then “{mention.text}”"
                            argument = Argument(parameter.name, offered[0][0], "in order", 2.0, evidence)
                            self._take(chosen, argument, parameter, index)
                        i = k
                        continue
            i = max(j, i + 1)

    def _numbered(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """Numbered siblings (`mass1`/`mass2`, `year1_revenue`/`year2_revenue`) take, in the order the
        request gives them, the values their words point at alike; a value given "two" times fills two.
        A count of the very things the siblings are numbered for ("two pallets" for `quantity1`, "The
        quantity of the first pallet") says how many siblings there are, it fills none (`_counts_the_members`)."""
        for members in families(parameters).values():
            members = [(n, p) for n, p in members if p.name not in chosen]
            if len(members) < 2:
                continue
            shared: dict[int, float] = {}  # mention index → the weakest sibling's evidence for it
            for position, (_, parameter) in enumerate(members):
                scores: dict[int, float] = {}
                for score, index, *_ in self._candidates(parameter):
                    if score > 0:
                        scores[index] = max(scores.get(index, 0.0), score)
                shared = (
                    scores
                    if position == 0
                    else {i: min(shared[i], scores[i]) for i in shared.keys() & scores.keys()}
                )
            # of the values all siblings' words point at, the ones they point at most ("300 K" and "400 K"
            # for `temperature1`/`temperature2`, not "2 moles"), in the order the request gives them
            # one given "two" times ("two 1000 kg masses") fills two siblings
            mentions = self.reading.mentions
            shared = {i: v for i, v in shared.items() if not _counts_the_members(mentions[i], members)}
            picked, slots = [], 0
            for index in sorted(shared, key=lambda i: (-shared[i], i)):
                if slots >= len(members):
                    break
                picked.append(index)
                slots += mentions[index].attributes.get("times", 1)
            ordered = [i for i in sorted(picked) for _ in range(mentions[i].attributes.get("times", 1))]
            if len(ordered) < len(members):
                ordered = self._series_for(members[0][1], len(members))
            if len(ordered) < len(members):
                continue
            mine: set[int] = set()
            for (_, parameter), index in zip(members, ordered, strict=False):
                mention = mentions[index]
                offered = self._values(parameter, mention) or (
                    [(mention.value, mention)]
                    if mention.kind == "phrase" and parameter.kind == "string"
                    else []
                )
                if not offered or (index in self.used and index not in mine):
                    break
                mine.add(index)
                evidence = f"numbered parameters take “{mention.text}” in turn"
                self._take(
                    chosen,
                    Argument(parameter.name, offered[0][0], "in order", 1.5, evidence),
                    parameter,
                    index,
                )

    def _series_for(self, parameter: Parameter, size: int) -> list[int]:
        """A coordinated series of `size` values the parameter can take ("mix yellow and blue")."""
        groups: dict[int, list[int]] = {}
        for index, mention in enumerate(self.reading.mentions):
            if mention.group is not None and index not in self.used:
                groups.setdefault(mention.group, []).append(index)
        for indexes in groups.values():
            if len(indexes) == size and all(
                self._values(parameter, self.reading.mentions[i]) or self.reading.mentions[i].kind == "phrase"
                for i in indexes
            ):
                return indexes
        return []

    def _part_of_whole(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """ "exactly 5 heads in 10 tosses", "7 wins out of 10 games": the request writes a part and its
        whole, and the tool's description writes which parameter is which ("successes in trials",
        "favourable outcomes out of all outcomes"): the number before "in"/"out of"/"of" goes to the part,
        the one after to the whole, whatever order the schema lists them in. Both are counts (whole
        numbers), with only words between them."""
        numbers = [p for p in parameters if p.kind == "number" and p.name not in chosen]
        if len(numbers) < 2:
            return
        texts = [self.description, *(p.description for p in numbers)]
        pair = next(
            (
                (a, b)
                for a in numbers
                for b in numbers
                if a is not b and any(_part_in(t, a, b) for t in texts)
            ),
            None,
        )
        if pair is None:
            pair = _whole_by_name(numbers)
        if pair is None:
            return
        mentions = self.reading.mentions
        tokens = self.reading.tokens
        free = [
            i
            for i, m in enumerate(mentions)
            if i not in self.used
            and m.kind == "number"
            and not m.currency
            and not m.percent
            and not m.ordinal
        ]
        for i, j in zip(free, free[1:], strict=False):
            between = [t.lower for t in tokens[mentions[i].last : mentions[j].first]]
            counts = all(float(mentions[k].value).is_integer() and mentions[k].value > 0 for k in (i, j))
            unbroken = all(t.kind == "word" for t in tokens[mentions[i].last : mentions[j].first])
            if (
                counts
                and unbroken
                and len(between) <= 5
                and _RELATION & set(between)
                and mentions[i].value <= mentions[j].value
            ):
                self._take_part_and_whole(pair, i, j, chosen)
                return
            if counts and _whole_first(tokens, mentions[i], mentions[j]):
                self._take_part_and_whole(pair, j, i, chosen)
                return

    def _take_part_and_whole(
        self, pair: tuple[Parameter, Parameter], part: int, whole: int, chosen: dict[str, Argument]
    ) -> None:
        """The part's number to the part's parameter, the whole's to the whole's."""
        mentions = self.reading.mentions
        first, second = sorted((part, whole))
        for parameter, index in zip(pair, (part, whole), strict=True):
            value = number_value(mentions[index], parameter)
            evidence = f"“{mentions[first].text} … {mentions[second].text}”: a part and its whole"
            self._take(
                chosen, Argument(parameter.name, value, "part of whole", 1.0, evidence), parameter, index
            )

    def _by_position(self, parameters: list[Parameter], chosen: dict[str, Argument]) -> None:
        """Required parameters left take the remaining values of their kind, in the order they are named."""
        if not parameters:
            return
        self._part_of_whole(parameters, chosen)
        parameters = [p for p in parameters if p.name not in chosen]

        def first_named(parameter: Parameter) -> int:
            positions = [
                i
                for i, t in enumerate(self.reading.tokens)
                if t.kind == "word"
                and lexicon.root(t.text) in parameter.keys
                and lexicon.root(t.text) not in self.tool_words
            ]
            return min(positions, default=len(self.reading.tokens))

        ordered = sorted(parameters, key=lambda p: (p.kind != "list", first_named(p), parameters.index(p)))
        for parameter in ordered:
            if parameter.kind not in ("number", "string", "date", "list"):
                continue
            if parameter.is_currency and self._written_in_currency(parameter):
                continue  # the amount's own sign or code fills it (`Leftovers._amount_currency`)
            if parameter.kind == "string" and (named := self._named_with_its_nouns(chosen)):
                index, thing = named
                evidence = f"the thing asked about, “{thing}”"
                self._take(chosen, Argument(parameter.name, thing, "thing", 0.5, evidence), parameter, index)
                continue
            digits_left = any(
                m.kind == "number" and not m.attributes.get("spelled") and not m.ordinal
                for i, m in enumerate(self.reading.mentions)
                if i not in self.used
            )
            siblings = next(
                (
                    m
                    for m in families(parameters + list(self._all)).values()
                    if parameter in [p for _, p in m]
                ),
                [],
            )
            sibling_names = {p.name for _, p in siblings}
            reserved = {
                self.reading.mentions[i].group
                for name, i in self.placed.items()
                if self.reading.mentions[i].group is not None
                and chosen.get(name)
                and chosen[name].rule != "position"
                and name not in sibling_names
            }
            # A series placed by position may be a row of values ("sides 3 and 4" for `a` and `b`), but
            # amounts in one currency or unit measure one thing: a lone value comes first ("$100,000 and
            # $250,000 at 5%": the rate is 5 %, not $250,000).
            in_rows = any(
                mention.group is not None and (mention.currency or mention.unit) and name not in sibling_names
                for name, mention in ((n, self.reading.mentions[i]) for n, i in self.placed.items())
            )
            in_rows = in_rows or (parameter.kind == "string" and self._names_in_series(sibling_names))
            if in_rows and self._take_next(parameter, chosen, reserved, digits_left, lone=True):
                continue
            self._take_next(parameter, chosen, reserved, digits_left)

    def _names_in_series(self, sibling_names: set[str]) -> bool:
        """Whether another parameter, no sibling of this one, took a name of a series of names ("Can Vega and
        Deneb be seen from Palomar?": `body` took Vega): names joined by "and" are things of one kind, the
        values of one parameter, so a text parameter takes a lone name first (Palomar, the observatory) and
        the series fans out. A pair after "between" ("between Leeds and York") is two ends, read in order."""
        mentions = self.reading.mentions
        tokens = self.reading.tokens
        for name, i in self.placed.items():
            mention = mentions[i]
            if mention.group is None or mention.kind != "name" or name in sibling_names:
                continue
            first = min(m.first for m in mentions if m.group == mention.group)
            if first and tokens[first - 1].lower == "between":
                continue
            return True
        return False

    def _named_with_its_nouns(self, chosen: dict[str, Argument]) -> tuple[int, str] | None:
        """A name the question of what a thing is writes with lower-case nouns after it ("what is Hanseatic
        league", "what was Tet offensive"): the thing asked about is the name and its nouns, one value
        (`Leftovers._thing_asked`), not the name alone. The mention's index and the whole thing."""
        thing = self._thing_asked(chosen)
        if not thing:
            return None
        for index, mention in enumerate(self.reading.mentions):
            if index in self.used or mention.kind != "name" or not thing.startswith(f"{mention.text} "):
                continue
            rest = thing[len(mention.text) :].split()
            if len(rest) <= 2 and all(
                w.islower() and "NOUN" in lexicon.parts(w) and not lexicon.is_function_word(w) for w in rest
            ):
                return index, thing
        return None

    def _anothers_code(self, parameter: Parameter, mention: Mention) -> bool:
        """Whether a code or name is labelled, for an id parameter (`case_id`), by a noun before it that is
        neither the parameter's nor the tool's ("the law firm ABC", "supplier S-17"): it is that thing's
        code, not this parameter's, and order alone does not give it over."""
        if not parameter.named(IDENTIFIER) or mention.kind not in ("name", "identifier") or mention.first < 1:
            return False
        before = self.reading.tokens[mention.first - 1]
        if before.kind != "word" or not before.text.islower() or lexicon.is_function_word(before.lower):
            return False
        if mention.first - 1 in self._taken_tokens():
            return False  # "a major C scale": the word before is another parameter's value, no label
        if "NOUN" not in lexicon.parts(before.lower):
            return False
        label = lexicon.root(before.lower)
        return (
            label not in parameter.keys and label not in parameter.name_roots and label not in self.tool_words
        )

    def _opens_next_item(self, mention: Mention, index: int) -> bool:
        """Whether a name after "and" begins the next item of a list of items told each with its own words
        ("Enrol Sam in chemistry and Priya in biology"): a name of the same kind was placed before it, and
        words of a value stand between them (chemistry), so the pair is "name, its value", said twice — the
        second name is the next call's, not the value of another parameter of this one. The words between
        are left for that parameter, and the fan-out makes the second call."""
        if (
            mention.kind != "name"
            or mention.first < 1
            or self.reading.tokens[mention.first - 1].lower != "and"
        ):
            return False
        before = [i for i in self.placed.values() if i < index and self.reading.mentions[i].kind == "name"]
        if not before:
            return False
        return any(
            m.kind == "phrase" and k not in self.used
            for k, m in enumerate(self.reading.mentions)
            if max(before) < k < index
        )

    def _take_next(
        self,
        parameter: Parameter,
        chosen: dict[str, Argument],
        avoided: set[int],
        digits_left: bool,
        *,
        lone: bool = False,
    ) -> bool:
        """The parameter takes the first value left of its kind outside the series `avoided` (only a value
        in no series, if `lone`). A list parameter takes a written series first: the items a request writes
        as a list ("the numbers 4, 8 and 15", "[3, 5]") are what a list is given, while a lone number
        before them counts or sets the scene ("recorded 12 trials", "our team of 5") and is no item."""
        mentions = list(enumerate(self.reading.mentions))
        if parameter.kind == "list" and not lone:
            groups = Counter(m.group for m in self.reading.mentions if m.group is not None)
            written = [(i, m) for i, m in mentions if m.kind == "list" or groups.get(m.group, 0) >= 2]
            mentions = written + [pair for pair in mentions if pair not in written]
        for index, mention in mentions:
            if (
                index in self.used
                or mention.kind in ("phrase", "formula")
                or mention.attributes.get("is_key")
            ):
                continue
            if lone and mention.group is not None:
                continue
            if mention.group is not None and mention.group in avoided:
                continue  # a member of a series another parameter fans out over
            if (
                parameter.kind == "string"
                and mention.kind == "number"
                and not code_of_digits(parameter, mention)
            ):
                continue
            if parameter.kind != "date" and mention.kind in ("date", "time") and not parameter.has(TIME):
                continue  # "yesterday", "at 10:00 AM" say when: no `item`, no restaurant, no city
            if mention.attributes.get("spelled") and digits_left:
                continue  # "two sides as 4 and 5": a spelled count announces the values, it is none
            if self._anothers_code(parameter, mention):
                continue
            if self._opens_next_item(mention, index):
                continue
            if parameter.named(PLACE) and len(mention.text) == 1:
                continue  # "12.5 N, 3.1 E": a compass point, no place's name
            values = self._values(parameter, mention)
            if values:
                evidence = f"the next unplaced value, “{mention.text}”"
                self._take(
                    chosen,
                    Argument(parameter.name, values[0][0], "position", 0.3, evidence),
                    parameter,
                    index,
                )
                return True
        return False


_ORDINAL_THING = re.compile(r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+([a-z]+)", re.I)
"""The thing a numbered parameter is about, after its ordinal ("The quantity of the first pallet")."""


def _counts_the_members(mention: Mention, members: list[tuple[int, Parameter]]) -> bool:
    """Whether a number counts the things numbered siblings are each about ("We ship two pallets: the first
    weighs 120 kg …" for `quantity1`/`quantity2`, "The quantity of the first pallet"): it tells how many
    there are, one sibling each, and is the value of none of them."""
    if mention.kind != "number":
        return False
    counted = mention.attributes.get("count") or mention.unit or ""
    if not counted or not counted.isalpha():
        return False
    things = set()
    for _, parameter in members:
        found = _ORDINAL_THING.findall(parameter.description)
        if not found:
            return False
        things |= {lexicon.root(w) for w in found}
    return lexicon.root(counted) in things
