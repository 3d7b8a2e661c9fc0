"""Parallel calls from one clause: a value in a series fans the call out; later values vary it.

"radius 3, 5 and 7" gives one call per member, and a list parameter one call per written list no other
parameter took ("the first set is [23, 45], the second [12, 34]"); two series multiply, or pair up with "respectively";
values repeating the first call's pattern ("$12.50 in Leeds, $8.20 in York") or varying it
("another with the oak panel", "… instead") give one more call each, keeping what they do not
restate; each such call is read again from its own item of the request (`_item`), and a series
member makes no second call as such an item.
A mixin of the argument job: it reads which mention each parameter took.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from agentkit.local import lexicon
from agentkit.local.simulated.evidence import OPTIONAL_EVIDENCE, done_by, is_word_of, link, possessive_maker
from agentkit.local.simulated.filled import REPEATED, Argument, Filled, Several, Unfillable
from agentkit.local.simulated.mentions import DETERMINERS, MAX_SPAN, bare_code, read
from agentkit.local.simulated.parameters import (
    AGENT,
    KIND,
    NAME,
    SOUGHT,
    TEXT,
    TOPIC,
    YEAR,
    Parameter,
    object_head,
    roots_of,
    words_of,
)
from agentkit.local.simulated.quantities import measure_of
from agentkit.local.simulated.text import sentences as text_sentences
from agentkit.local.simulated.text import tells
from agentkit.local.simulated.tokens import Mention
from agentkit.local.simulated.values import conform, resolve

VERSUS = re.compile(r"\s+(?:vs\.?|versus|v\.?)\s+(?:the\s+)?")
"""The "versus" between two sides of a name ("Miami versus Tampa", "the Lakers vs. the Celtics")."""

_CONTESTS = frozenset("case match game fixture matchup bout versus".split())
"""Roots of a parameter that holds a contest: its value is both sides, "Roe v. Wade", "Arsenal v Chelsea"."""

_WHOLE_NAMES = NAME | TEXT | SOUGHT | TOPIC
"""Names of a parameter that takes a name, title or text as written, "versus" and all."""


_EACH_BEFORE = re.compile(r"\b(?:each|both)\W+(?:\w+\W+){0,1}$", re.I)
"""A distributive word right before a series ("…, each at 3% and at 6%"): every item before it is asked
at every member of the series, so the two series multiply and do not pair (`_measures_of_items`)."""

_QUOTE_MARKS = "'\"‘’“” "


class FanOut:
    """The calls beyond the first (a mixin of `arguments._Job`)."""

    def fan_out(self, first: Filled) -> list[Filled]:
        """One call per member of a coordinated series a scalar value belongs to; more for repeats."""
        series: list[tuple[str, list[tuple[Any, Mention]]]] = []
        mentions = self.reading.mentions
        first = self._members_kept(first)
        first, named = self._named_compounds(first)
        first = self._labelled_parts(first)
        first = self._counted_parts(first)
        first = self._added_amounts(first)
        chunked = self._chunks(first)
        for name, values in chunked.items():
            series.append((name, values))
        for argument in first.arguments:
            if argument.name in chunked:
                continue
            index = self.placed.get(argument.name)
            if index is not None and isinstance(argument.value, list) and self._a_written_list(index):
                lists = self._other_lists(argument, index)
                if lists:
                    series.append((argument.name, [(argument.value, mentions[index]), *lists]))
                continue
            if index is None and isinstance(argument.value, str):
                kinds = (
                    self._kinds(argument) or self._labelled_siblings(argument) or self._sides(argument, index)
                )
                if kinds:
                    series.append((argument.name, kinds))
                continue
            if index is None or isinstance(argument.value, list | dict):
                continue
            mention = mentions[index]
            spanned = self._spanned(argument, index) or self._sides(argument, index)
            if spanned:
                series.append((argument.name, spanned))
                continue
            if mention.group is None or argument.name in named:
                continue
            members = [(i, m) for i, m in enumerate(mentions) if m.group == mention.group]
            parameter = self._parameter(argument.name)
            values = []
            for i, member in members:
                if i != index and self._labels_another(member, argument.name):
                    continue
                if i != index and member.kind == "number" and self._opening_count(member.first):
                    continue  # "… deviation 3, and two with mean 20": a count of the next set, no member
                offered = self._values(parameter, member) if parameter else []
                if (
                    not offered
                    and argument.rule in ("residual", "preposition")
                    and member.kind == mention.kind == "phrase"
                ):
                    # a sibling of the words left over, or of a mode after "by" ("by air and by sea"), is
                    # of their kind
                    offered = [(member.value, member)]
                if not offered and self._code_like_first(argument, mention, member):
                    offered = [(member.text, member)]
                if i == index:
                    values.append((argument.value, member))
                elif offered and i not in self.used:
                    values.append((offered[0][0], member))
            if len(values) > 1:
                series.append((argument.name, values))
        for name, options in self.enum_series.items():
            if name in first.values:
                series.append((name, [(option, None) for option in options]))
        taken = [m for _, values in series for _, m in values if m is not None]
        self._first_item = None
        self._said_for_all: set[int] = set()
        self._item_starts: list[int] = []
        self._item_begins: list[int] = []
        more = self._repeats(first, taken)
        if more and self._first_item is not None:
            first = self._own_leftover(first, self._first_item)
        calls = [first]
        if series:
            calls = self._combine(first, series, set(chunked))
            tied = self._tied_to_members(first, more, series, calls)
            paired = self._respective_items(first, more, series)
            if tied is not None:
                calls, more = tied, []
            elif paired is not None:
                calls, more = paired, []
            else:
                more = [call for extra in more for call in self._across(extra, first, series, set(chunked))]
        made = [self._as_its_earlier_call(call) for call in calls + more]
        if len(made) == 1 and not series and not more:
            made = self._told_one_by_one(made[0]) or made
        if len(made) == 1:
            made += [replace(made[0], note=REPEATED) for _ in range(self._how_often() - 1)]
        if len(made) == 1 or (len(calls) == 1 and len(made) == 1 + len(self._item_begins)):
            made = self._counted_sets(made)
        return made

    def _told_one_by_one(self, first: Filled) -> list[Filled] | None:
        """One call per clause of a scene told clause by clause, when the ask after it asks of every one
        (`_EVERY_ONE`: "My sister lives in Porto and my brother in Gdansk. What's the weather like for each of
        them?", "… a fiddle-leaf fig and in the kitchen a pothos. How should I care for each plant?"). The
        values are no series — each stands in a clause of its own, joined by "and", "while" or "whereas" —
        yet "each", "both", "all three" or "them" asks of all: each clause is read with the ask as a request
        of its own, and gives a call when it names a text value of its own that the others do not. Fewer
        than two such clauses, or an ask that states its own value, leave the one call as it is."""
        sentences = text_sentences(self.reading.text)
        if len(sentences) < 2 or not _EVERY_ONE.search(sentences[-1]):
            return None
        ask = sentences[-1]
        for sentence in reversed(sentences[:-1]):
            parts = [p for p in _CONJUNCTS.split(sentence) if p.strip()]
            if len(parts) < 2:
                continue
            calls: list[Filled] = []
            for part in parts:
                job = self._read_again(f"{part}. {ask}")
                try:
                    again = job.object(self.root, forced=False)
                except Unfillable:
                    continue
                own = {
                    a.name: a.value
                    for a in again.arguments
                    if isinstance(a.value, str) and a.value and a.value in part and a.value not in ask
                }
                if own and not any(own.items() & call.values.items() for call in calls):
                    calls.append(again)
            if len(calls) >= 2 and any(first.values.items() <= call.values.items() for call in calls):
                return calls
            return None
        return None

    def _as_its_earlier_call(self, call: Filled) -> Filled:
        """A call that restates one earlier call's value ("… then redo it with a rate of 0.15 for Moor Farm",
        after "Hill Farm and Moor Farm in 4 and 6 years respectively") keeps what it does not state from that
        earlier call (Moor Farm's 6 years), not from the first of them: naming the item picks out its call.
        Only where the earlier calls' values of both parameters are as many as those calls (`Several`)."""
        several = {n: v for n, v in self.inherited.items() if isinstance(v, Several)}
        if len(several) < 2:
            return call
        kept = [a for a in call.arguments if a.rule == "as before" and a.name in several]
        if not kept:
            return call
        stated = [
            (n, several[n].values.index(call.values[n]))
            for n in several
            if n not in {a.name for a in kept} and n in call.values and call.values[n] in several[n].values
        ]
        if len(stated) != 1:
            return call
        name, k = stated[0]
        width = len(several[name].values)
        values = dict(call.values)
        arguments = []
        for argument in call.arguments:
            if argument in kept and len(several[argument.name].values) == width:
                value = several[argument.name].values[k]
                values[argument.name] = value
                argument = replace(
                    argument, value=value, evidence=f"as the earlier call for {call.values[name]}"
                )
            arguments.append(argument)
        return Filled(values, arguments, call.note)

    def _counted_sets(self, made: list[Filled]) -> list[Filled]:
        """Each set of values made as often as the count that opens it says: "three from a normal
        distribution with mean 0 …, and two from one with mean 50 …" (3 + 2 calls), "two passwords of 10
        characters and one of 20", "draw two random numbers from …" (`_count_before`); of several sets, two
        at least must be counted, else the count is no count of each set. Counted repeats are the same
        call asked that often (`REPEATED`)."""
        mentions = self.reading.mentions
        placed = [mentions[i].start for i in self.placed.values() if i is not None]
        first_value = min(placed, default=len(self.reading.text))  # words left over: the whole clause
        several = len(made) > 1
        if several:
            ends = [first_value, *self._item_starts]
            begins = [0, *self._item_begins]
        else:
            ends, begins = [first_value], [0]
        counts = [self._count_before(b, e) for b, e in zip(begins, ends, strict=True)]
        if several and sum(1 for n in counts if n) < 2:
            return made  # one set counted among several: no count of each set
        if not several and (not counts[0] or self._how_often() > 1 or _ONE_BY_ONE.search(self.request)):
            return made  # "plot two sine waves. The first one …, the second one …": the items, told apart
        if not several and self._another_counted_set():
            return made  # "two names for a cat and three for a parrot": a set this one call does not make
        counted: list[Filled] = []
        for call, n in zip(made, counts, strict=True):
            counted += [call] + [replace(call, note=REPEATED) for _ in range((n or 1) - 1)]
        return counted

    def _count_before(self, begin: int, end: int) -> int:
        """The count that opens a set of values between `begin` and `end` (characters), or 0: a count of one
        to ten, in words or figures, that no parameter took, before the noun for the thing one call makes
        (the head of the description's object, `object_head`: "two random **numbers**" for "Draw one
        random number …", "two 8-sided **dice**" for "Roll one die …"), with at most a few modifiers
        between; also a count in words that opens the set (after a comma, a colon, "and", or at the clause's
        start) right before a preposition, the count standing for the thing ("…: **three** from a normal
        distribution with mean 0", "and **one** of 20 characters"). The last such count before the set's
        values is its own ("five numbers: three from …" counts three)."""
        used = {self.reading.mentions[i].first for i in self.used}
        found = 0
        for k, token in enumerate(self.reading.tokens):
            if token.start >= begin and token.end <= end and k not in used:
                found = self._opening_count(k) or found
        return found

    def _another_counted_set(self) -> bool:
        """Whether the clause counts a set after "and" or a comma that no call of it was made for ("two
        names for a cat **and three** for a parrot"): then the counts belong to sets the call did not
        tell apart, and repeating the one call would repeat the wrong set."""
        tokens = self.reading.tokens
        counted = [k for k in range(len(tokens)) if self._opening_count(k)]
        return any(
            k > counted[0] and (tokens[k - 1].lower in _SET_OPENERS or tokens[k - 1].text == ",")
            for k in counted
        )

    def _opening_count(self, k: int) -> int:
        """The count token `k` writes when it counts the calls of its set (`_count_before`), else 0."""
        tokens = self.reading.tokens
        n = _count_of(tokens[k])
        if not n or k + 1 >= len(tokens) or tokens[k + 1].start == tokens[k].end:
            return 0  # "a 3D movie", "8-sided": a number glued to a word is part of it, no count
        opens = k == 0 or tokens[k - 1].text in (",", ":", ";") or tokens[k - 1].lower in _SET_OPENERS
        if opens and tokens[k].kind == "word" and tokens[k + 1].lower in _COUNT_LEADS:
            return n
        head = object_head(self.description, one=True)
        if not head:
            return 0
        for following in tokens[k + 1 : k + 5]:
            if following.kind == "word" and lexicon.root(following.lower) == lexicon.root(head):
                return n
            if following.kind == "word" and lexicon.is_function_word(following.lower):
                return 0
            if following.kind not in ("word", "number", "symbol"):
                return 0
        return 0

    def _members_kept(self, first: Filled) -> Filled:
        """The first call less an optional value that is a member of a series another parameter took a
        member of too, when a further series of the same length went to a third parameter ("I bought at
        $40, $55 and $70. I sold at $48, $50 and $90 respectively": $55 is the second price paid, no
        `fees` in dollars): lists of one length are each one parameter's, one call per position, and the
        optional parameter, which only its unit or its place linked to a member, is left out."""
        mentions = self.reading.mentions
        sizes: dict[int, int] = {}
        for mention in mentions:
            if mention.group is not None:
                sizes[mention.group] = sizes.get(mention.group, 0) + 1
        takers: dict[int, list[Argument]] = {}  # a series' group → the arguments that took its members
        for argument in first.arguments:
            index = self.placed.get(argument.name)
            if index is not None and mentions[index].group is not None:
                takers.setdefault(mentions[index].group, []).append(argument)
        dropped = set()
        for group, arguments in takers.items():
            if len(arguments) < 2 or not any(g != group and sizes[g] == sizes[group] for g in takers):
                continue
            for argument in arguments:
                parameter = self._parameter(argument.name)
                if argument.rule in ("unit", "position") and parameter is not None and not parameter.required:
                    dropped.add(argument.name)
            if len(dropped & {a.name for a in arguments}) == len(arguments):
                dropped -= {a.name for a in arguments}  # none kept: no parameter of its own to give it
        if not dropped:
            return first
        for name in dropped:
            self.used.discard(self.placed.pop(name))
        values = {k: v for k, v in first.values.items() if k not in dropped}
        return Filled(values, [a for a in first.arguments if a.name not in dropped], first.note)

    def _labelled_parts(self, first: Filled) -> Filled:
        """A value said in labelled parts is one value, not one call per part ("first name 'John' and last
        name 'Doe'", "start time 10:00 … end time 11:00" for a tool with one name or one time): the
        placed value and a later one each stand right after a label of two words with the same noun, a
        noun of the parameter's name, and differing words before it. The noun says both are of one
        thing, the words before it say which part; a further set of values would have its own label
        ("name 'Ann' … name 'Bo'") or none. The later part is taken (no call of its own); parts in
        words join in the order said ("John Doe"), parts that are dates, times or numbers do not —
        the first stands."""
        mentions = self.reading.mentions
        values = dict(first.values)
        for name, index in self.placed.items():
            label = self._part_label(mentions[index])
            if label is None or label[1] not in words_of(name) or not isinstance(values.get(name), str):
                continue
            for i, mention in enumerate(mentions):
                other = self._part_label(mention) if i > index and i not in self.used else None
                if other is None or other[1] != label[1] or other[0] == label[0]:
                    continue
                self.used.add(i)
                if mention.kind in ("name", "quoted", "phrase") and mentions[index].kind == mention.kind:
                    part = str(mention.value).strip(_QUOTE_MARKS)
                    values[name] = f"{values[name]} {part}"
        return first if values == first.values else first.with_values(values)

    def _counted_parts(self, first: Filled) -> Filled:
        """A count said in parts of different things joined by "and" is one count, their sum, when the tool
        takes one count for them ("a table for 3 adults and 2 kids" → `party_size` 5, "two adults and a
        child" → 3): the parameter's words name neither thing, and no other parameter names one (then
        each part is its own: `adults`, `children`); a thing said with "a"/"an" counts one. The parts
        are no series of values, one call each, but what the parameter counts, said by kind."""
        mentions = self.reading.mentions
        spec = resolve(self.root, self.root)
        named = {lexicon.root(w) for other in spec.get("properties") or {} for w in words_of(other)}
        for name, index in self.placed.items():
            mention, value = mentions[index], first.values.get(name)
            noun = mention.unit if mention.kind == "number" and not mention.currency else ""
            if not noun or measure_of(noun) or isinstance(value, bool) or not _whole(value, mention.value):
                continue
            total, parts, k = float(mention.value), [index], index + 1
            while k < len(mentions) and k not in self.used:
                part = _counted_part(self.reading.text, mentions[parts[-1]], mentions[k])
                if part is None or part[1] in {mentions[i].unit or "" for i in parts}:
                    break
                total, parts, k = total + part[0], [*parts, k], k + 1
            nouns = {lexicon.root(mentions[i].unit or str(mentions[i].value)) for i in parts}
            if len(parts) < 2 or nouns & named:
                continue
            self.used.update(parts[1:])
            summed = int(total) if isinstance(value, int | float) else str(int(total))
            return first.with_values({name: summed})
        return first

    def _added_amounts(self, first: Filled) -> Filled:
        """Amounts joined by "plus" are one amount, their sum, for the parameter the first took ("a fee of
        $1000 plus $200 in expenses" → 1200): "plus" between two numbers of one currency or unit is
        addition, as "7 plus 5" is, not a series of values for one call each ("a tent plus a lantern"
        joins things, no numbers)."""
        mentions = self.reading.mentions
        text = self.reading.text
        for name, index in self.placed.items():
            mention, value = mentions[index], first.values.get(name)
            if mention.kind != "number" or isinstance(value, bool) or not isinstance(value, int | float):
                continue
            if float(value) != float(mention.value):
                continue
            total, parts = float(mention.value), [index]
            for k in range(index + 1, len(mentions)):
                later = mentions[k]
                if later.kind == "phrase" and later.text.lower() == "plus":
                    continue
                between = text[mentions[parts[-1]].end : later.start].strip().lower()
                same = later.kind == "number" and (later.currency, later.unit) == (
                    mention.currency,
                    mention.unit,
                )
                if k in self.used or between != "plus" or not same or later.percent or mention.percent:
                    break
                total, parts = total + float(later.value), [*parts, k]
            if len(parts) < 2:
                continue
            self.used.update(parts[1:])
            summed = int(total) if isinstance(value, int) and total.is_integer() else total
            return first.with_values({name: summed})
        return first

    def _part_label(self, mention: Mention) -> tuple[str, str] | None:
        """The label of two words right before a value ("first name" in "first name 'John'", "end time"
        in "end time 11:00"), a colon or "is" between them and it allowed: a noun and a word that can
        qualify it (an adjective or a noun), neither of them a value; None when no such label stands there."""
        tokens = self.reading.tokens
        k = mention.first
        if k > 0 and tokens[k - 1].lower in (":", "is"):
            k -= 1
        if k < 2 or tokens[k - 1].kind != "word" or tokens[k - 2].kind != "word":
            return None
        part, noun = tokens[k - 2].lower, tokens[k - 1].lower
        values = {t for m in self.reading.mentions if m.kind != "phrase" for t in m.span}
        if k - 1 in values or k - 2 in values or part in DETERMINERS:
            return None  # "USD to EUR": a value and a preposition, no label
        if "NOUN" not in lexicon.parts(noun) or not lexicon.parts(part) & {"ADJ", "NOUN"}:
            return None
        return part, noun

    def _named_compounds(self, first: Filled) -> tuple[Filled, set[str]]:
        """A series of names right before a singular noun that names the parameter's kind is one name ("the
        Research and Development department", "the Oil and Gas sector" for `department`, `sector`): English
        joins two words into one unit's name so; the plural ("the Finance and Legal departments") counts
        several. The first call takes the whole name, and the parameter fans out over nothing."""
        tokens, mentions, text = self.reading.tokens, self.reading.mentions, self.reading.text
        named: set[str] = set()
        arguments = list(first.arguments)
        for k, argument in enumerate(arguments):
            index = self.placed.get(argument.name)
            parameter = self._parameter(argument.name)
            if index is None or parameter is None or parameter.kind != "string":
                continue
            group = mentions[index].group
            if group is None or not isinstance(argument.value, str):
                continue
            members = [m for m in mentions if m.group == group]
            joined = all(
                [t.lower for t in tokens[a.last : b.first]] in (["and"], ["&"], [","])
                for a, b in itertools.pairwise(members)
            )
            end = members[-1].last
            if self._joint_makers(argument, members):
                whole = text[members[0].start : members[-1].start] + str(members[-1].value)  # no "'s"
                arguments[k] = replace(argument, value=whole, evidence=f"one work credited to “{whole}”")
                named.add(argument.name)
                continue
            if not joined:
                continue
            # the noun may close the last member's own words ("sales and marketing department", read as
            # the phrases "sales" and "marketing department"), and may be possessive ("… department's
            # budget"); words joined by a comma alone are coordinate modifiers ("a vegan, main course recipe")
            anded = any(t.lower in ("and", "&") for t in tokens[members[0].last : members[-1].first])
            inside = range(members[-1].first + 1, min(end, len(tokens)) if anded else 0)
            at = next((j for j in inside if self._names_the_kind(tokens[j], parameter)), None)
            if at is None and end < len(tokens) and self._names_the_kind(tokens[end], parameter):
                at = end
            if at is not None:
                head = tokens[at]
                whole = text[members[0].start : members[-1].end if at == end else head.start].rstrip()
                arguments[k] = replace(argument, value=whole, evidence=f"the one name “{whole} {head.text}”")
                named.add(argument.name)
        if not named:
            return first, named
        values = {**first.values, **{a.name: a.value for a in arguments if a.name in named}}
        return Filled(values, arguments, first.note), named

    @staticmethod
    def _names_the_kind(token: Any, parameter: Parameter) -> bool:
        """Whether a token is a singular common noun, possessive or not ("department", "department's"), that
        is a word of the parameter's name: the noun the names of a series before it are one unit of."""
        word = re.sub(r"['’]s$", "", token.text)
        return (
            token.kind == "word"
            and word.islower()
            and lexicon.noun_lemma(word) == word
            and lexicon.root(word) in parameter.name_roots
        )

    def _joint_makers(self, argument: Argument, members: list[Mention]) -> bool:
        """Whether two names after "by", or in the possessive right before it, for a maker parameter
        (`artist`, `author`), are the joint makers of the one quoted work the call is for ("'Under Pressure'
        by Queen and David Bowie", "Simon and Garfunkel's 'The Boxer'"): one work credited to two is one
        call that names both, where "books by Tolkien and Pratchett" asks for each one's works (no single
        title)."""
        tokens, mentions = self.reading.tokens, self.reading.mentions
        parameter = self._parameter(argument.name)
        if parameter is None or not (parameter.named(AGENT) or done_by(parameter)):
            return False
        if len(members) != 2 or any(m.kind != "name" for m in members):
            return False
        if [t.lower for t in tokens[members[0].last : members[1].first]] not in (["and"], ["&"]):
            return False
        works = [m for m in mentions if m.kind == "quoted"]
        if len(works) != 1 or works[0].group is not None:
            return False
        after_by = members[0].first > 0 and tokens[members[0].first - 1].lower == "by"
        return after_by and works[0].last <= members[0].first or possessive_maker(self.reading, members[1])

    def _how_often(self) -> int:
        """How many times a count of times no parameter took, after the call's first value, asks for the
        one call ("roll a 20-sided die three times", "flip a coin twice"). A rate ("twice a day") or a
        multiple ("three times the dose", "4 times larger") is no count of calls; a count before the
        call's values belongs to another ask ("roll a die twice and draw a number with mean 10"); more
        than ten is no list of calls. A count of things ("two cities", "two sine waves") is not read so:
        it says how many values one call takes as often as how many calls. Nor is a count in a sentence that
        tells what happened ("I rode 60 km and stopped 4 times", "the pump beeps 5 times during it",
        `_told`): it says how often that happened, not how often to call."""
        text = self.reading.text
        placed = [self.reading.mentions[i].start for i in self.placed.values() if i is not None]
        after = min(placed, default=-1)
        for i, mention in enumerate(self.reading.mentions):
            if mention.kind != "number" or mention.unit != "times" or i in self.used:
                continue
            if (
                mention.start > after
                and _a_count_of_calls(text, mention.end)
                and not _told(text, mention.start)
            ):
                return (
                    int(mention.value)
                    if float(mention.value).is_integer() and 2 <= mention.value <= 10
                    else 1
                )
        for match in _TWICE.finditer(text):
            if (
                match.start() > after
                and _a_count_of_calls(text, match.end())
                and not _told(text, match.start())
            ):
                return _TWICE_COUNTS[match.group(0).lower()]
        return 1

    def _across(
        self,
        extra: Filled,
        first: Filled,
        series: list[tuple[str, list[tuple[Any, Mention | None]]]],
        chunked: set[str],
    ) -> list[Filled]:
        """A further set of values crossed with the series it does not restate ("from Leeds to York and
        from York to Hull, both by car and by bike": each route by each mode; "the status and the judge of
        case A-1 in Leeds and case B-2 in York": each case's status and judge) — the series asks of every
        set, as it asks of the first; a set that states its own value of the series' parameter keeps it."""
        kept = [(name, values) for name, values in series if extra.values.get(name) == first.values.get(name)]
        if not kept:
            return [extra]
        return self._combine(extra, kept, chunked & {name for name, _ in kept})

    def _spanned(self, argument: Argument, index: int) -> list[tuple[Any, Mention | None]]:
        """The numbers a range spans, for a parameter of one whole number that took its first end while no
        parameter took its second ("for each season from 2015 to 2018" for `year`): one call per number,
        as for a series that names them all; a range of more than 30 is no list of calls."""
        mentions = self.reading.mentions
        ends = mentions[index].attributes.get("range")
        parameter = self._parameter(argument.name)
        if not ends or parameter is None or ends[1] - ends[0] > MAX_SPAN or argument.value != ends[0]:
            return []
        if parameter.type != "integer" and not parameter.named(YEAR):
            return []
        if index + 1 >= len(mentions) or mentions[index + 1].attributes.get("range") != ends:
            return []
        if index + 1 in self.placed.values():
            return []  # the second end is another parameter's (`start`, `end`)
        between = [(n, None) for n in range(ends[0] + 1, ends[1])]
        return [(argument.value, mentions[index]), *between, (ends[1], mentions[index + 1])]

    def _sides(self, argument: Argument, index: int) -> list[tuple[Any, Mention | None]]:
        """The two names either side of "vs"/"versus" ("the forecast for Miami versus Tampa", "SKU 4471-B in
        Denver vs Austin", "AAPL versus MSFT") that one parameter of one value took as one name: set against
        each other to be compared, each is asked of on its own, as "Miami and Tampa" is — one call each.
        Only where the parameter holds no contest nor a name or text as written (`case_name`, `match`,
        `title`, `query`: "Roe v. Wade" is one case); a tool with two slots of a kind took the two already
        (`arguments._versus`)."""
        mentions = self.reading.mentions
        if index is None:  # the words left over, when they are the whole name ("for AAPL versus MSFT")
            index = next((i for i, m in enumerate(mentions) if m.value == argument.value), None)
        parameter = self._parameter(argument.name)
        if index is None or parameter is None:
            return []
        mention = mentions[index]
        if mention.kind != "name" or argument.value != mention.value:
            return []
        if parameter.named(_WHOLE_NAMES) or parameter.all_roots & _CONTESTS:
            return []
        sides = VERSUS.split(str(mention.value))
        if len(sides) != 2 or not all(side[:1].isupper() for side in sides):
            return []
        return [(side, mention) for side in sides]

    def _a_written_list(self, index: int) -> bool:
        """Whether the mention a list parameter took is a written list: bracketed, or the first of a series
        of numbers ("the mean of 2, 4 and 6")."""
        mention = self.reading.mentions[index]
        return mention.kind == "list" or mention.kind == "number" and mention.group is not None

    def _other_lists(self, argument: Argument, index: int) -> list[tuple[Any, Mention]]:
        """The other written lists no parameter took ("the first set is [23, 45], the second [12, 34]"; a
        series of numbers when the list took one: "the mean of 2, 4 and 6, and the mean of 10, 20 and 30"):
        a list parameter fans out over them as a scalar one does over a series."""
        parameter = self._parameter(argument.name)
        if parameter is None:
            return []
        mentions = self.reading.mentions
        took = mentions[index]
        found = []
        for i, mention in enumerate(mentions):
            if i == index or i in self.used or mention.kind != took.kind:
                continue
            if took.kind == "number":
                members = [
                    k
                    for k, m in enumerate(mentions)
                    if mention.group is not None and m.group == mention.group
                ]
                if (
                    mention.group == took.group
                    or len(members) < 2
                    or members[0] != i
                    or any(k in self.used for k in members)
                    or any(mentions[k].unit != took.unit for k in members)
                ):
                    continue
            offered = self._values(parameter, mention)
            if offered:
                found.append((offered[0][0], mention))
        return found

    def _kinds(self, argument: Argument) -> list[tuple[Any, Mention]]:
        """The kinds a series of one noun gives a parameter named for the kind of that noun ("a petrol car, a
        diesel car and an electric car" for `car_type`): each member that ends in the noun names a kind by
        the words before it, as the first member named the kind the call took — one call per kind."""
        parameter = self._parameter(argument.name)
        if parameter is None:
            return []
        nouns = {lexicon.root(w) for w in parameter.name_words} - {lexicon.root(w) for w in KIND}
        for mention in self.reading.mentions:
            words = str(mention.value).split()
            if mention.kind != "phrase" or mention.group is None or len(words) < 2:
                continue
            if lexicon.root(words[-1]) not in nouns or " ".join(words[:-1]).lower() != argument.value.lower():
                continue
            members = [m for m in self.reading.mentions if m.group == mention.group]
            kinds = []
            for member in members:
                said = str(member.value).split()
                if len(said) < 2 or lexicon.root(said[-1]) != lexicon.root(words[-1]):
                    return []  # a member that is no kind of the noun: the series is not a list of kinds
                kinds.append((" ".join(said[:-1]), member))
            return kinds if len(kinds) > 1 else []
        return []

    def _labelled_siblings(self, argument: Argument) -> list[tuple[Any, Mention]]:
        """The siblings of words left over that are the first member of a series less the noun that labels
        it ("orders of users priya and tomas": "users" names the tool's thing, "priya" is the value): the
        label is said once for the whole series, so each further member, a bare word or two, is another
        value of the parameter — one call each, as for any series."""
        if argument.rule != "residual":
            return []
        label_roots = self.name_roots | {lexicon.root(w) for w in words_of(argument.name)}
        mentions = self.reading.mentions
        for mention in mentions:
            words = str(mention.value).split()
            if mention.kind != "phrase" or mention.group is None or len(words) < 2:
                continue
            if " ".join(words[1:]) != argument.value or lexicon.root(words[0]) not in label_roots:
                continue
            members = [(i, m) for i, m in enumerate(mentions) if m.group == mention.group]
            if members[0][1] is not mention or len(members) < 2:
                return []
            rest = [(i, m) for i, m in members[1:]]
            if any(i in self.used or m.kind != "phrase" or len(str(m.value).split()) > 2 for i, m in rest):
                return []
            return [(argument.value, mention), *((str(m.value), m) for _, m in rest)]
        return []

    @staticmethod
    def _code_like_first(argument: Argument, mention: Mention, member: Mention) -> bool:
        """Whether a number in the series of the number a text parameter took as written ("barcodes 30012
        and 30045" for `barcode`) is a code alike: the first member's label reaches the rest of the series."""
        return (
            mention.kind == member.kind == "number"
            and isinstance(argument.value, str)
            and argument.value == mention.text
            and not member.unit
            and not mention.unit
            and not member.currency
        )

    def _labels_another(self, member: Mention, name: str) -> bool:
        """Whether a series member is only the words of another parameter's name, its label ("the hostname
        is 'db.lan' and the API key is 'k-1'": "API" names `api_key`), not a second value of this one."""
        said = re.findall(r"[a-z]+", str(member.value).lower())
        spec = resolve(self.root, self.root)
        others = [set(words_of(other)) for other in spec.get("properties") or {} if other != name]
        return bool(said) and any(set(said) <= words for words in others)

    def _parameter(self, name: str) -> Parameter | None:
        spec = resolve(self.root, self.root)
        prop = (spec.get("properties") or {}).get(name)
        if not isinstance(prop, dict):
            return None
        return Parameter(name, resolve(prop, self.root), name in spec.get("required", []))

    def _chunks(self, first: Filled) -> dict[str, list[tuple[Any, Mention]]]:
        """Parameters that took their values from one series, each its own member ("side lengths: 3 and
        4, 5 and 12" for `a` and `b`): the series is read in rows of that many, one call per row."""
        mentions = self.reading.mentions
        by_group: dict[int, list[tuple[int, str]]] = {}
        for argument in first.arguments:
            index = self.placed.get(argument.name)
            if index is None or isinstance(argument.value, list | dict) or mentions[index].group is None:
                continue
            by_group.setdefault(mentions[index].group, []).append((index, argument.name))
        chunked: dict[str, list[tuple[Any, Mention]]] = {}
        for group, placed in by_group.items():
            members = [i for i, m in enumerate(mentions) if m.group == group]
            width = len(placed)
            placed.sort()
            contests = self._contests(placed, [mentions[i] for i in members])
            if contests:
                chunked.update(contests)
                continue
            if width < 2 or len(members) <= width or len(members) % width:
                continue
            if [i for i, _ in placed] != members[:width]:
                continue  # the parameters took the series' first row, in order
            rows = [members[k : k + width] for k in range(0, len(members), width)]
            columns: dict[str, list[tuple[Any, Mention]]] = {}
            for column, (_, name) in enumerate(placed):
                parameter = self._parameter(name)
                values = []
                for row in rows:
                    offered = self._values(parameter, mentions[row[column]]) if parameter else []
                    if not offered:
                        break
                    values.append((offered[0][0], mentions[row[column]]))
                else:
                    columns[name] = values
            if len(columns) == width:
                chunked.update(columns)
        return chunked

    def _contests(self, placed: list[tuple[int, str]], members: list[Mention]) -> dict[str, list]:
        """Two sibling parameters of one kind (`player_a`, `player_b`) that took members of a series of
        pairs set against each other ("Carlsen vs Nakamura and Ding vs Nepomniachtchi"): each pair is one
        call, its sides in order, as one "A vs B" alone fills the two (`arguments._versus`) — not every
        first side against every second."""
        if len(placed) != 2 or len(members) < 2:
            return {}
        parameters = [self._parameter(name) for _, name in placed]
        if any(p is None or p.kind != "string" for p in parameters):
            return {}
        if not set(parameters[0].name_roots) & set(parameters[1].name_roots):
            return {}  # two of one kind, like `player1` and `player2`
        pairs = [VERSUS.split(str(m.value)) if m.kind == "name" else [] for m in members]
        if not all(len(sides) == 2 and all(side[:1].isupper() for side in sides) for sides in pairs):
            return {}
        return {
            name: [(sides[column], member) for sides, member in zip(pairs, members, strict=True)]
            for column, (_, name) in enumerate(placed)
        }

    def _combine(
        self, first: Filled, series: list[tuple[str, list[tuple[Any, Mention]]]], chunked: set[str]
    ) -> list[Filled]:
        """Series multiply, but vary together when the request says "respectively", when they are
        the rows of earlier calls (`rows`), or when they are the columns of one series (`_chunks`)."""
        same_length = len({len(v) for _, v in series}) == 1
        paired = same_length and (
            "respectively" in self.reading.text.lower() or self._measures_of_items(series)
        )
        rows = [(n, v) for n, v in series if n in self.rows or n in chunked]
        if not paired and len(rows) > 1 and len({len(v) for _, v in rows}) == 1:
            series = rows + [(n, v) for n, v in series if n not in self.rows]
            together = len(rows)
        else:
            together = len(series) if paired else 1
        names = [name for name, _ in series]
        lists = [[value for value, _ in values] for _, values in series]
        dimensions = [list(zip(*lists[:together], strict=True))] + [
            [(v,) for v in values] for values in lists[together:]
        ]
        combos = [sum(parts, ()) for parts in itertools.product(*dimensions)]
        if together > 1:
            note = f"paired ({'by position' if paired else 'as the earlier calls had them'}): " + ", ".join(
                names[:together]
            )
        else:
            note = "one call per value of " + " × ".join(names)
        calls = []
        specs = {name: parameter.spec for name in names if (parameter := self._parameter(name))}
        for combo in combos:
            values = dict(first.values)
            arguments = []
            for argument in first.arguments:
                if argument.name in names:
                    value = combo[names.index(argument.name)]
                    if isinstance(value, str) and argument.name in specs:
                        # each member written as the parameter asks, as the first was ("Canada" → "CA")
                        value = conform(replace(argument, value=value), specs[argument.name], self.root).value
                    values[argument.name] = value
                    arguments.append(Argument(argument.name, value, "series", argument.score, note))
                else:
                    arguments.append(argument)
            calls.append(Filled(values, arguments, note))
        return calls

    def _measures_of_items(self, series: list[tuple[str, list[tuple[Any, Mention]]]]) -> bool:
        """Whether the series are lists of the same length of numbers that measure things, no years, each
        for its own parameter ("tempos of 90, 120 and 140 bpm with 3, 4 and 6 beats", "radii 3 and 5 and
        heights 10 and 12"): each list gives one measure of each of the same items, in the order they are
        listed, so they pair by position as if "respectively" were said. Names or years beside a series
        ("for Celtic and Rangers in 2018 and 2019") are no such measures, and they still multiply."""
        if len(series) < 2:
            return False
        for name, values in series:
            parameter = self._parameter(name)
            if parameter is None or parameter.kind != "number" or parameter.named(YEAR):
                return False
            if any(m is None or m.kind != "number" or m.attributes.get("range") for _, m in values):
                return False
        text = self.reading.text
        # "deposits of $500 and $800 …, each at 3% and at 6%": each item at every member, no pairs
        return not any(_EACH_BEFORE.search(text[: values[0][1].start]) for _, values in series[1:])

    def _repeats(self, first: Filled, taken: list[Mention]) -> list[Filled]:
        """Later values that give the first call's parameters new values, one more call per set.

        Values after the last one placed start a new call when they fit a parameter already placed —
        by strong evidence (a key, an example, words around them as strong as an optional value
        needs, or the preposition that led in the placed value said again), or, when they repeat the whole pattern of placed values in order, by kind alone ("$12.50 in Leeds, $8.20 in York"). What a set does not restate is
        kept from the first call; a value the first call already has is said again, not varied ("a
        getaway to Leeds … the route to Leeds"), and starts no set. A value that already made its call as a member of a series (in `taken`)
        makes no other, and the items of later sets begin after the series. A count of repeats ("4
        times") says how often, not what: it varies no value.
        """
        mentions = self.reading.mentions
        placed = sorted(
            (
                (index, name)
                for name, index in self.placed.items()
                if not isinstance(first.values.get(name), list | dict)
            ),
            key=lambda p: p[0],
        )
        shared = {index for index, _ in placed if _said_of_each(self.reading.tokens, mentions[index])}
        placed = [(index, name) for index, name in placed if index not in shared] or placed
        if not placed:
            return []
        in_series = {t.start for t in taken}
        self._said_for_all = set(shared)
        shared = self._said_last(first, placed, in_series)
        self._said_for_all |= shared
        placed = [(index, name) for index, name in placed if index not in shared]
        last_placed = max(index for index, _ in placed)
        text_of = self.reading.text
        free = [
            (i, m)
            for i, m in enumerate(mentions)
            if i > last_placed
            and i not in self.used
            and m.start not in in_series
            and m.kind != "phrase"
            and not m.attributes.get("is_key")
            and not (m.kind == "number" and m.unit == "times")  # how often, no new value: "… die 4 times"
            and not (m.kind == "number" and self._opening_count(m.first))  # "…, and two with mean 20"
            and not any(_narrows(text_of, mentions[k], m) for k, _ in placed)
            and not any(_narrows(text_of, member, m) for member in taken)  # "Hvar and Split in Croatia"
            and not _ruled_out(text_of, m)
            and not _inside_apposition(text_of, m)
            and not any(_base_of_rate(self.reading.tokens, mentions[k], m) for k, _ in placed)
        ]
        parameters = {name: self._parameter(name) for _, name in placed}
        extra: list[Filled] = []
        current: dict[str, tuple[Any, Argument]] = {}
        spans: list[tuple[int, int]] = []  # where each extra set's values stand in the text
        opened: list[Mention] = []
        text = self.reading.text
        asks = _variation_asks(text, mentions[last_placed].end)
        asked: set[int] = set()  # the variation asks that a set of values already stands in

        def ask_of(mention: Mention) -> int:
            return sum(1 for start, _ in asks if start <= mention.start)

        def close() -> None:
            if not current:
                opened.clear()
                return
            asked.add(ask_of(opened[0]))
            spans.append((min(m.start for m in opened), max(m.end for m in opened)))
            opened.clear()
            values = dict(first.values)
            arguments = {a.name: a for a in first.arguments}
            for name, (value, argument) in current.items():
                values[name] = value
                arguments[name] = argument
            # a set may fill a parameter the first call left out: its argument goes with its value, so the
            # why-trace names it and a later re-reading of the item (`_item`) finds it
            extra.append(
                Filled(values, [arguments[n] for n in values if n in arguments], "another set of values")
            )
            current.clear()

        pattern = [name for _, name in placed]
        cursor = 0
        while cursor < len(free):
            if opened and ask_of(free[cursor][1]) != ask_of(opened[0]):
                close()  # a variation ask ("…, then the same for 5 days") begins a set of its own
            matched = self._pattern_at(free, cursor, pattern, parameters, first)
            if matched is not None:
                whole, consumed = matched
                close()
                for name, (value, mention) in whole.items():
                    opened.append(mention)
                    current[name] = (
                        value,
                        Argument(name, value, "repeat", 0.3, f"the pattern again, “{mention.text}”"),
                    )
                cursor += consumed
                close()
                continue
            index, mention = free[cursor]
            best = None
            for name in pattern:
                parameter = parameters[name]
                if not _same_family(mentions[self.placed[name]], mention):
                    continue  # a variation restates a value of the same kind ("this weekend" is no trail)
                offered = self._values(parameter, mention) if parameter else []
                if not offered:
                    continue
                evidence = link(parameter, offered[0][1], self.reading)
                strong = (
                    evidence.rule in ("key", "example")
                    or evidence.score >= OPTIONAL_EVIDENCE
                    or self._same_lead(mentions[self.placed[name]], mention)
                )
                if strong and (best is None or evidence.score > best[0]):
                    best = (evidence.score, name, offered[0][0], evidence)
            if (
                best is not None
                and best[2] != first.values.get(best[1])
                and not _same_words(mentions[self.placed[best[1]]], mention)
            ):
                _, name, value, evidence = best
                if name in current:
                    close()
                opened.append(mention)
                current[name] = (
                    value,
                    Argument(name, value, "variation", round(evidence.score, 2), evidence.evidence),
                )
            cursor += 1
        close()
        for k, span in enumerate(asks, start=1):
            if k not in asked:  # the ask restates only words ("the same with vanilla frosting"): its item
                spans.append(span)  # is read again below
                extra.append(Filled(dict(first.values), list(first.arguments), VARIATION_ASK))
        if not extra:
            return []
        ordered = sorted(zip(spans, extra, strict=True), key=lambda pair: pair[0][0])
        spans, extra = [s for s, _ in ordered], [e for _, e in ordered]
        before = [mentions[self.placed[n]].end for n in pattern] + [
            t.end for t in taken if t.end <= spans[0][0]
        ]
        previous = [max(before), *(e for _, e in spans[:-1])]
        begins = [_cut(text, p, s) for p, (s, _) in zip(previous, spans, strict=True)]
        items = [text[b:e] for b, e in zip(begins, [*begins[1:], len(text)], strict=True)]
        self._first_item = text[: begins[0]]
        trailing = text[max(before) : begins[0]]  # words after the first item's values, before the next
        made = [self._item(call, first, item, trailing) for call, item in zip(extra, items, strict=True)]
        # an ask that restates nothing the tool takes ("at the same time") makes no call
        kept = [
            (call, span[0])
            for call, span in zip(made, spans, strict=True)
            if call.note != VARIATION_ASK or call.values != first.values
        ]
        self._item_starts = [b for _, b in kept]
        self._item_begins = [
            begin
            for call, begin in zip(made, begins, strict=True)
            if call.note != VARIATION_ASK or call.values != first.values
        ]
        return [call for call, _ in kept]

    def _tied_to_members(
        self,
        first: Filled,
        more: list[Filled],
        series: list[tuple[str, list[tuple[Any, Mention | None]]]],
        calls: list[Filled],
    ) -> list[Filled] | None:
        """The calls when each later set of values names, after its values, the member of the series it
        is for ("Leeds and York, with 2 bedrooms for Leeds and 3 bedrooms for York"; "an emission factor
        of 2.7 for the diesel vehicle, and of 0 for the electric one"): English ties a value to its thing
        by "for"/"to"/"in" and the thing said again, so each set gives that member's call its values and
        is crossed with no other member. The first call's own values are tied the same way, by the words
        right after them; a member no set names keeps the first call's values, less those tied to
        another member (an optional parameter is then left out: "the default emission factor for the
        gasoline vehicle"). Only for one series, every set tied to a member of its own; else None."""
        if not more or len(series) != 1 or len(self._item_starts) != len(more):
            return None
        name, members = series[0]
        if any(extra.values.get(name) != first.values.get(name) for extra in more):
            return None  # a set that states its own member is no set tied to one
        text = self.reading.text
        said = [m for _, m in members if m is not None]
        if len(said) != len(members):
            return None
        after = max(m.end for m in said)
        varied = {n for extra in more for n, v in extra.values.items() if v != first.values.get(n)}
        anchors = [
            self.reading.mentions[i].end
            for n, i in self.placed.items()
            if n in varied and i is not None and self.reading.mentions[i].start >= after
        ]
        first_tie = self._member_named(text, min(anchors), members) if anchors else None
        ties = [self._member_named(text, start, members) for start in self._item_starts]
        if any(t is None for t in ties) or len(set(ties)) != len(ties) or first_tie in ties:
            return None
        by_member = {t: extra for t, extra in zip(ties, more, strict=True)}
        parameter = self._parameter(name)
        made = []
        for k, call in enumerate(calls):
            extra = by_member.get(k)
            if extra is not None:
                values = {**call.values, **{n: extra.values[n] for n in varied if n in extra.values}}
                arguments = {a.name: a for a in call.arguments}
                arguments.update({a.name: a for a in extra.arguments if a.name in varied})
                made.append(Filled(values, [arguments[n] for n in values], "a set tied to its member"))
            elif first_tie is None or first_tie == k:
                made.append(call)
            else:
                spec = resolve(self.root, self.root)
                if varied & set(spec.get("required", [])) or parameter is None:
                    return None
                values = {n: v for n, v in call.values.items() if n not in varied}
                made.append(Filled(values, [a for a in call.arguments if a.name in values], call.note))
        return made

    def _respective_items(
        self, first: Filled, more: list[Filled], series: list[tuple[str, list[tuple[Any, Mention | None]]]]
    ) -> list[Filled] | None:
        """The calls when "respectively" pairs a series with items said each with its own words ("the Leeds
        shop and the York shop over 3 and 5 years respectively"): the items are the first call and each
        later set of values, in the order said, and the series' members go to them one by one, as
        "respectively" pairs two series — not each member with every item. Only when the series (all of one
        length) have as many members as there are items and no later set states its own member."""
        if not more or "respectively" not in self.reading.text.lower():
            return None
        lengths = {len(values) for _, values in series}
        if lengths != {len(more) + 1}:
            return None
        names = [name for name, _ in series]
        if any(extra.values.get(n) != first.values.get(n) for extra in more for n in names):
            return None
        made = []
        for k, call in enumerate([first, *more]):
            values = dict(call.values)
            arguments = {a.name: a for a in call.arguments}
            for name, members in series:
                value = members[k][0]
                parameter = self._parameter(name)
                held = arguments.get(name)
                if held is not None and isinstance(value, str) and parameter is not None:
                    value = conform(replace(held, value=value), parameter.spec, self.root).value
                values[name] = value
                note = "paired with its item by “respectively”"
                arguments[name] = Argument(name, value, "series", held.score if held else 1.0, note)
            made.append(Filled(values, [arguments[n] for n in values if n in arguments], call.note))
        return made

    @staticmethod
    def _member_named(text: str, start: int, members: list[tuple[Any, Mention | None]]) -> int | None:
        """The series member a set of values is for: the first one said again after `start` behind
        "for", "to", "in" or "at" (and an article), within the sentence."""
        end = re.search(r"[.;?!]|\band\s+(?:then|also)\b", text[start:])
        window = text[start : start + end.start()] if end else text[start:]
        found = []
        for k, (value, _) in enumerate(members):
            words = re.escape(str(value)).replace(r"\ ", r"\s+")
            match = re.search(rf"\b(?:for|to|in|at)\s+(?:the\s+|an?\s+)?{words}\b", window, re.IGNORECASE)
            if match:
                found.append((match.start(), k))
        return min(found)[1] if found else None

    def _said_last(self, first: Filled, placed: list[tuple[int, str]], in_series: set[int]) -> set[int]:
        """Placed values stated once after every item, for all of them ("solar for 12 months and wind for 8
        months **in the Midwest**", "$5,000 at 3% and $8,000 at 4% **for 5 years**"): a value that stands
        after a second item, which restates a value of the first one's pattern, closes the list of items,
        so it is no part of the first item and the later items keep it. The last placed values are taken
        off while such a restating value stands between them and the ones before, after a coordinator or a
        separator that opens the second item ("how much will I weigh on Mars if my weight on Earth is 70
        kg" has no second item: Earth is where the weight was taken)."""
        mentions = self.reading.mentions
        text = self.reading.text

        def second_item_between(before: int, index: int, rest: list[tuple[int, str]]) -> bool:
            between = [
                m
                for i, m in enumerate(mentions)
                if before < i < index
                and i not in self.used
                and m.kind != "phrase"
                and m.start not in in_series
            ]
            return any(
                _ITEM_OPENS.search(text, mentions[before].end, m.start) and self._restates(first, m, rest)
                for m in between
            )

        shared: set[int] = set()
        rest = list(placed)
        while len(rest) > 1:
            index, _ = rest[-1]
            if not second_item_between(rest[-2][0], index, rest[:-1]):
                break
            shared.add(index)
            rest.pop()
        if not shared:
            shared = self._said_after_the_items(placed, second_item_between)
        return shared

    @staticmethod
    def _said_after_the_items(placed: list[tuple[int, str]], second_item_between) -> set[int]:
        """The placed values after a second item that stands right after the first value ("a 2000 W kettle
        and a 60 W lamp for 3 hours at $0.25 per kWh", "a 250 km trip and a 410 km trip at 7 liters per 100
        km"): each item is a value of one parameter, and what follows them all is said of every item — when
        the second item is the only one, so no later value is paired with an item of its own."""
        gaps = [
            k
            for k in range(1, len(placed))
            if second_item_between(placed[k - 1][0], placed[k][0], placed[:k])
        ]
        if len(gaps) != 1:
            return set()
        return {index for index, _ in placed[gaps[0] :]}

    def _restates(self, first: Filled, mention: Mention, placed: list[tuple[int, str]]) -> bool:
        """Whether a value left unplaced gives a placed parameter another value of its kind, by evidence as
        strong as `_repeats` asks of a set's value (its key, an example, its words, or the same lead)."""
        mentions = self.reading.mentions
        for index, name in placed:
            parameter = self._parameter(name)
            if parameter is None or not _same_family(mentions[index], mention):
                continue
            if mention.kind == "number" and mention.unit != mentions[index].unit:
                continue
            offered = self._values(parameter, mention)
            if not offered or offered[0][0] == first.values.get(name):
                continue
            evidence = link(parameter, offered[0][1], self.reading)
            if (
                evidence.rule in ("key", "example")
                or evidence.score >= OPTIONAL_EVIDENCE
                or self._same_lead(mentions[index], mention)
            ):
                return True
        return False

    def _read_again(self, words: str) -> Any:
        """A job of the same tool for a piece of the request (an item, a clause), with what this job
        knows of the request and the tool but nothing it has placed: the piece is read on its own."""
        job = type(self)(
            self.root, read(words), self.context, self.request, self.description, "", self.tool_words
        )
        job.name_roots = self.name_roots
        return job

    def _item(self, call: Filled, first: Filled, item: str, trailing: str = "") -> Filled:
        """One more call read again from its own item of the request: the words from the cut (", ",
        "and", ";") after the previous item's values to the next item ("…, another with entropy
        criterion, depth 10 …", "… and for Wells Fargo for $700,000 …"). What the item states by any
        rule (an example, an option, a name, its place among the item's values) replaces the value
        found for the set; what it does not state stays — except a value taken only by its place in
        the repeated pattern, which the item must bear out, else the first call's value stands. A thing
        the first call named outside this item ("3 shelves in oak and 5 shelves in pine") is not
        inherited: the item's own words name its thing (`_elsewhere`), nor is a yes/no setting said after the
        first item's values and before the next item (`trailing`: "the curry to 4 servings, vegan, and the
        soup to 6 servings" makes no vegan soup; `_flag_of_its_item`)."""
        job = self._read_again(item)
        outside = {
            a.name for a in call.arguments if _named_outside(a, item) or _flag_of_its_item(a, trailing, item)
        }
        job.inherited = {k: v for k, v in call.values.items() if k not in outside}
        try:
            again = job.object(self.root, forced=False)
        except Unfillable:
            if not outside:
                return call
            job.inherited = dict(call.values)
            try:
                again = job.object(self.root, forced=False)
            except Unfillable:
                return call
        flags = {n for n in outside if isinstance(call.values.get(n), bool)}
        values = {k: v for k, v in call.values.items() if k not in flags}
        arguments = {a.name: a for a in call.arguments if a.name not in flags}
        guessed = {a.name for a in call.arguments if a.rule == "repeat"}
        for argument in again.arguments:
            if (
                argument.rule == "as before"
                and argument.name in guessed
                and argument.name in first.values
                and not _borne_by_its_words(arguments[argument.name], item, again)
            ):
                values[argument.name] = first.values[argument.name]  # the item does not bear the guess out
                arguments[argument.name] = next(a for a in first.arguments if a.name == argument.name)
                continue
            if (
                isinstance(argument.value, Several)
                or argument.rule in ITEM_WEAK
                and not _elsewhere(argument, arguments.get(argument.name), item)
            ):
                continue
            if argument.rule == "residual" and isinstance(argument.value, str):
                own = _differing(argument.value, self._first_item or "")
                if own is None:
                    continue  # only the frame again ("and of 0.5 moles"): the item names no thing of its own
                argument = replace(argument, value=own)
            values[argument.name] = argument.value
            arguments[argument.name] = Argument(
                argument.name,
                argument.value,
                argument.rule,
                argument.score,
                f"{argument.evidence} (in “{item.strip()}”)",
            )
        restated = {a.name for a in again.arguments if a.rule not in ITEM_WEAK}
        for name in sorted(outside - flags - restated):
            self._in_its_place(name, job, item, values, arguments)
        for name in self._kept(item):
            if name in first.values:  # "… and of 50 grams with the same half-life"
                values[name] = first.values[name]
                arguments[name] = next(a for a in first.arguments if a.name == name)
        order = [*(n for n in first.values if n in values), *(n for n in values if n not in first.values)]
        return Filled({n: values[n] for n in order}, [arguments[n] for n in order], call.note)

    def _in_its_place(
        self, name: str, job: Any, item: str, values: dict[str, Any], arguments: dict[str, Argument]
    ) -> None:
        """A thing the first item named by its kind alone (an example, the words left over), which this item
        does not restate, is not this item's when the item's own words left over stand where the thing stood
        in the first item — after the same word or before the same word ("Order tulips to Leeds and lilies to
        York": "lilies" before "to" as "tulips" was, where "tulips" was an example of `flower`; "a bronze
        statue … and a stone sculpture …": after "a"): those words take its place, a few words that no other
        value holds. A thing said in the frame around the items ("the ibuprofen dose for Tom at 18 kg and
        Ella at 25 kg") has no such counterpart, and every item keeps it."""
        own = job._residual()
        held = values.get(name)
        if (
            not own
            or not isinstance(held, str)
            or len(own.split()) > 3
            or any(isinstance(v, str) and own.lower() == v.lower() for v in values.values())
            or not _parallel(self._first_item or "", held, item, own)
        ):
            return
        values[name] = own
        arguments[name] = Argument(
            name, own, "residual", 0.5, f"the item's own words, “{own}”, in place of “{held}”"
        )

    def _own_leftover(self, first: Filled, item: str) -> Filled:
        """The first call read again from its own item when a value that filled it stands in a later item.

        Each item's values are its own. The words left over that filled the first call may stand in a
        later item ("calories in 100 g of rice and 150 g of chicken": rice is the first call's, chicken
        the second's). So may a value of any kind that a later item states with stronger words than the
        first item states its own ("the population of Canada in 2010 and of Brazil in **the year** 2015":
        2015 is Brazil's, and 2010 Canada's; "'good morning' into French and 'thank you' into **the
        target language** German"): the first call takes what its own item states, and, when its item
        states nothing firm for an optional parameter, leaves it out rather than borrow the next item's
        ("Apple on the NASDAQ and Siemens on the Frankfurt Stock Exchange"). A value said once for all
        the items (after them all, or with "each"/"both": `_said_last`, `_said_of_each`) gives way only to
        the first item's own ("$5,000 at 3% and $8,000 at 4% for 5 years" keeps 5 years), and a required
        one the first item cannot give stays."""
        mentions = self.reading.mentions
        leftovers = [a for a in first.arguments if a.rule == "residual" and str(a.value) not in item]
        later = [
            a
            for a in first.arguments
            if a.rule != "residual"
            and self.placed.get(a.name) is not None
            and mentions[self.placed[a.name]].start >= len(item)
        ]
        if not leftovers and not later:
            return first
        redone = {a.name for a in leftovers + later}
        job = self._read_again(item)
        job.inherited = {k: v for k, v in first.values.items() if k not in redone}
        try:
            again = job.object(self.root, forced=False)
        except Unfillable:
            return first
        own = {a.name: a for a in again.arguments if a.rule == "residual" and str(a.value) in item}
        own.update(
            {
                a.name: a
                for a in again.arguments
                if a.name in {b.name for b in later} and a.rule not in ITEM_WEAK | {"position"}
            }
        )
        required = set(resolve(self.root, self.root).get("required", []))
        arguments = [
            own.get(a.name, a) if a in leftovers or a in later else a
            for a in first.arguments
            if a not in later
            or a.name in own
            or a.name in required
            or self.placed[a.name] in self._said_for_all
        ]
        values = {a.name: a.value for a in arguments}
        return Filled({n: values[n] for n in first.values if n in values}, arguments, first.note)

    def _kept(self, item: str) -> list[str]:
        """Parameters the item asks to keep by "the same <word of its name>" ("with the same half-life")."""
        tokens = read(item).tokens
        spec = resolve(self.root, self.root)
        kept = []
        for name in spec.get("properties") or {}:
            parameter = self._parameter(name)
            if parameter is None:
                continue
            roots = {lexicon.root(w) for w in parameter.name_words}
            if any(
                tokens[j - 1].lower == "same" and any(is_word_of(t.text, r) for r in roots)
                for j, t in enumerate(tokens)
                if j and t.kind == "word"
            ):
                kept.append(name)
        return kept

    def _same_lead(self, placed: Mention, mention: Mention) -> bool:
        """Whether a value is led in by the same preposition as the placed one ("the weather **for**
        Paris in celsius and **for** Boston in fahrenheit"), or followed by the same one ("parcel 1Z999
        **with** UPS and 7788 **with** FedEx"), or joined by a hyphen to the same word ("two **8-sided** dice
        and one **12-sided** die"): said again, the word gives it the same role."""
        tokens = self.reading.tokens

        def same(a: int, b: int) -> bool:
            if not (0 <= a < len(tokens) and 0 <= b < len(tokens)):
                return False
            word = tokens[a]
            return (
                word.kind == "word"
                and lexicon.is_function_word(word.text)
                and word.lower not in DETERMINERS | {"and", "or", "but", "nor"}
                and tokens[b].lower == word.lower
            )

        def hyphened(m: Mention) -> str:
            k = m.last
            if k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].kind == "word":
                return tokens[k + 1].lower
            return ""

        return (
            same(placed.first - 1, mention.first - 1)
            or (placed.last < mention.first and same(placed.last, mention.last))
            or (
                placed.last < mention.first
                and hyphened(placed) != ""
                and hyphened(placed) == hyphened(mention)
            )
        )

    def _pattern_at(
        self,
        free: list[tuple[int, Mention]],
        cursor: int,
        pattern: list[str],
        parameters: dict[str, Parameter | None],
        first: Filled,
    ) -> tuple[dict[str, tuple[Any, Mention]], int] | None:
        """The pattern's values, in order, at `free[cursor:]`, and how many mentions they took — or None
        if they are not all there. Each is of the kind its parameter's first value was: a date after
        two places is no third place. A place the first call wrote with the place it is in ("Berlin,
        Germany") takes the two names again ("Paris, France"); siblings that shared one value share the
        value in its place ("two 1000 kg masses …, and two 500 kg masses …")."""
        shared = {  # siblings that took one value given "two" times ("two 1000 kg masses")
            name: before
            for before, name in itertools.pairwise(pattern)
            if self.placed[name] == self.placed[before]
        }
        if cursor + len(pattern) - len(shared) > len(free) or len(pattern) < 2:
            return None
        found = {}
        at = cursor
        for name in pattern:
            if name in shared:
                found[name] = found[shared[name]]
                continue
            if at >= len(free):
                return None
            parameter = parameters[name]
            mention = free[at][1]
            if not _same_family(self.reading.mentions[self.placed[name]], mention):
                return None
            offered = self._values(parameter, mention) if parameter else []
            if not offered:
                return None
            value = offered[0][0]
            following = free[at + 1][1] if at + 1 < len(free) else None
            if (
                ", " in str(first.values.get(name, ""))
                and isinstance(value, str)
                and mention.kind == "name"
                and following is not None
                and following.kind == "name"
                and self.reading.text[mention.end : following.start] == ", "
            ):
                value, at = f"{value}, {following.text}", at + 1
            found[name] = (value, mention)
            at += 1
        return found, at - cursor


def _borne_by_its_words(held: Argument, item: str, again: Filled) -> bool:
    """Whether a value taken by its place in the repeated pattern stands written in the item, and the item
    read again gives it to no other parameter ("… a rate of 0.1 for Hill Farm and 0.15 for Moor Farm":
    0.15 in "0.15 for Moor Farm" is the rate's, as 0.1 was): the item bears it out though no word of the
    parameter stands beside it, as the first item's words stood beside its value."""
    said = re.search(r"“(.+)”", held.evidence)
    if said is None or said.group(1) not in item:
        return False
    return not any(a.value == held.value and a.name != held.name for a in again.arguments)


def _elsewhere(argument: Argument, held: Argument | None, item: str) -> bool:
    """Whether an item's own leftover words replace the value the set held: that value was itself only
    words of the request (left over, or matching the description's example) that stand outside this item
    (another item's thing, not this one's). Words that label the item ("Ella: 25 kg") name no thing."""
    return (
        argument.rule == "residual"
        and _named_outside(held, item)
        and str(argument.value) in item
        and not re.search(re.escape(str(argument.value)) + r"\s*:", item)
    )


def _differing(value: str, first_item: str) -> str | None:
    """An item's leftover words without the frame it shares with the first item ("0.5 moles of sucrose"
    after "2 moles of glucose": "sucrose"; "500 flyers on matte paper" after "… on glossy paper":
    "matte"): coordinated items repeat their frame, and the thing is the words that differ — None
    when every word is the frame's, a function word or the pro-form "one" ("then one of 50 meters")."""
    words = value.split()
    frame = {w.lower() for w in re.findall(r"[\w'-]+", first_item)} | {"one", "ones"}

    def framed(word: str) -> bool:
        return word.lower() in frame or lexicon.is_function_word(word)

    if first_item and all(framed(w) for w in words):
        return None
    while len(words) > 1 and framed(words[0]):
        words.pop(0)
    while len(words) > 1 and framed(words[-1]):
        words.pop()
    return " ".join(words)


def _parallel(first: str, held: str, item: str, own: str) -> bool:
    """Whether `own` stands in `item` where `held` stands in `first`: after the same word, or before it."""

    def around(text: str, words: str) -> tuple[str, str] | None:
        found = re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.I)
        if not found:
            return None
        before = re.findall(r"[\w'-]+", text[: found.start()])
        after = re.findall(r"[\w'-]+", text[found.end() :])
        return (before[-1].lower() if before else "", after[0].lower() if after else "")

    was, now = around(first, held), around(item, own)
    if was is None or now is None:
        return False
    return bool(was[0] and was[0] == now[0]) or bool(was[1] and was[1] == now[1])


def _flag_of_its_item(held: Argument, trailing: str, item: str) -> bool:
    """Whether a yes/no setting was said by its parameter's words after the first item's values and before
    the next item begins ("…, vegan, and …"), and not again in the later item: it tells of the item it
    trails, as an adjective after a comma does."""
    if not isinstance(held.value, bool) or not trailing:
        return False
    words = set(roots_of(held.name))
    return bool(words & set(roots_of(trailing))) and not words & set(roots_of(item))


def _named_outside(held: Argument | None, item: str) -> bool:
    """Whether a text value was taken from words of the request by their kind alone (left over, or like
    the description's example: "oak" for `wood`, e.g. oak) and those words stand outside the item."""
    return (
        held is not None
        and held.rule in ("residual", "example")
        and isinstance(held.value, str)
        and held.value.lower() not in item.lower()
    )


ITEM_WEAK = frozenset({"as before", "default", "forced", "residual"})
"""Rules that fill a value for want of evidence: in an item read again, they do not replace a value."""

_ITEM_OPENS = re.compile(r"[,;]|\b(?:and|then)\b", re.IGNORECASE)
"""What opens a further item of a request after the values of one: a separator or a coordinator."""

_CUTS = re.compile(r",\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+|;\s*")


VARIATION_ASK = "a variation ask"
_ASKS = re.compile(r"\b(?:the\s+same|again|once\s+more|this\s+time|instead)\b", re.IGNORECASE)


_CONJUNCTS = re.compile(r",?\s+(?:and|while|whereas)\s+", re.IGNORECASE)
_EVERY_ONE = re.compile(r"\b(?:each|both|them|all\s+(?:of\s+them|two|three|four|five))\b", re.IGNORECASE)
"""Words by which an ask asks of every thing the sentences before it told (`FanOut._told_one_by_one`)."""

_EACH = frozenset("each both all apiece".split())
"""Words that say a value holds for every item of the request ("for 5 years each", "both from a height of 2 m")."""


def _said_of_each(tokens: list, mention: Mention) -> bool:
    """Whether a value is stated once for every item ("on $5,000 at 3% and on $8,000 at 4%, for 5 years
    **each**", "…, **both** from a height of 2 m", "**each** over 30 years"): a value shared by the calls, so
    neither the end of the first item nor a part of the pattern the later items repeat. "each"/"apiece"
    right after it, or "each"/"both"/"all" opening its phrase before it (up to a preposition and the
    parameter's words: "both from a height of")."""
    after = tokens[mention.last].lower if mention.last < len(tokens) else ""
    if after in ("each", "apiece"):
        return True
    k = mention.first - 1
    while k >= 0 and k >= mention.first - 5 and tokens[k].kind == "word" and tokens[k].lower not in _EACH:
        if tokens[k].lower in ("and", "or"):
            return False
        k -= 1
    return k >= 0 and tokens[k].lower in _EACH and (k == 0 or tokens[k - 1].kind == "punct")


def _variation_asks(text: str, after: int) -> list[tuple[int, int]]:
    """Where the asks for one more call with a value varied stand after the first call's values ("…; then
    the same on matte paper", "and once more for Dallas"): asks in one clause ("again, this time for an
    SUV") are one ask."""
    asks: list[tuple[int, int]] = []
    for found in _ASKS.finditer(text, after):
        if asks and not re.search(r"[,;.!?]|\band\b|\bthen\b", text[asks[-1][1] : found.start()]):
            continue
        asks.append(found.span())
    return asks


_TWICE = re.compile(r"\b(?:twice|thrice)\b", re.IGNORECASE)
_TWICE_COUNTS = {"twice": 2, "thrice": 3}
_NOT_CALLS = re.compile(
    r"\s*(?:a|an|per|each|every|the|as|than|that|of|more|less|over|\w+er)\b", re.IGNORECASE
)
"""What follows a count of times that makes it a rate or a multiple, not a count of calls."""


_ONE_BY_ONE = re.compile(r"\bthe (?:first|second|third|other|last)\b", re.IGNORECASE)
"""Words that take counted things one by one ("two sine waves … The first one …, the second one …"): the
count says how many items the request goes on to describe, each its own call, no repeat of one call."""
_SET_OPENERS = frozenset("and then also plus".split())
"""Words after which a count opens a set of its own ("… and two from …")."""
_COUNT_LEADS = frozenset("from with of between on for at in".split())
"""Prepositions a bare count may stand before for the thing it counts ("two from a normal distribution",
"one of 20 characters", "three between 5 and 10")."""


def _count_of(token) -> int:
    """The count a token writes, one to ten ("two", "3"), or 0."""
    if token.kind == "word":
        n = lexicon.number_word(token.lower)
    elif token.kind == "number" and token.text.isdigit():
        n = int(token.text)
    else:
        n = None
    return n if n is not None and 1 <= n <= 10 else 0


def _told(text: str, start: int) -> bool:
    """Whether the words from the start of the sentence (or of the part after a semicolon) up to `start`
    tell rather than ask (`text.tells`: "I rode 60 km in 2 hours and stopped", "the pump beeps")."""
    begin = max(text.rfind(stop, 0, start) for stop in (". ", "; ", "? ", "! ")) + 1
    return tells(text[begin:start])


def _a_count_of_calls(text: str, end: int) -> bool:
    """Whether the count of times ending at `end` counts calls: no rate or multiple follows it."""
    return not _NOT_CALLS.match(text, end)


def _cut(text: str, after: int, before: int) -> int:
    """Where an item begins: the first separator after the previous item's values — or, when a later
    one says "and"/"then" (or is a semicolon), the last such: the words between a bare comma and the
    conjunction still tell of the item before ("Scale the curry to 4 servings, vegan, and the soup to 6
    servings": "vegan" is the curry's)."""
    cuts = list(_CUTS.finditer(text, after, before))
    if not cuts:
        return after
    joined = [c for c in cuts if _JOINS.search(c.group(0))]
    return (joined[-1] if joined else cuts[0]).end()


_JOINS = re.compile(r"\b(?:and|then)\b|;")
"""What makes a separator open the next item rather than add to the one before: a conjunction, a
semicolon."""


_RULING_OUT = re.compile(
    r"(?:\bnot|\brather\s+than|\binstead\s+of|\bexcept(?:\s+for)?|\bother\s+than)\s+"
    r"(?:(?:the|a|an|one|ones|in|near|at|from|of|to|by|for|on|around|that|those)\s+)*$",
    re.IGNORECASE,
)


_RATE_LINKS = frozenset("with per on from for a an each every".split())
"""Words that set a count of one unit after an amount as the base of a rate ("350 square feet with one gallon")."""


def _base_of_rate(tokens: list, placed: Mention, mention: Mention) -> bool:
    """Whether a count of one unit follows a placed amount with a linking word before it and at most the
    amount's unit words between ("covers 350 square feet with one gallon", "20 square metres with one tin",
    "12 cups from one bag"): it is the amount's base, what the amount is per, and no value of another call."""
    between = [t.lower for t in tokens[placed.last : mention.first]]
    counted = bool(mention.unit) or (mention.last < len(tokens) and tokens[mention.last].text.isalpha())
    return (
        mention.kind == "number"
        and counted
        and float(mention.value) == 1
        and placed.kind == "number"
        and 1 <= len(between) <= 4
        and between[-1] in _RATE_LINKS
        and all(w.isalpha() and w not in ("and", "or", "then") for w in between)  # the amount's own unit may
        # stand between ("350 square feet with"), no join that opens another item ("2 kg and for 1 kg")
    )


def _same_words(placed: Mention, mention: Mention) -> bool:
    """Whether a later value is written in the very words the placed one was read from ("… what postage costs
    to Lapland … a parcel to Lapland"): the same value said again, no new set — also when a label after the
    ask gave the call another value in its place ("Use Finland as the exact country"), which corrects the
    place said twice rather than adding a call for it."""
    return placed.kind == mention.kind and placed.text.lower() == mention.text.lower()


def _ruled_out(text: str, mention: Mention) -> bool:
    """Whether the request rules the value out: "not", "rather than", "instead of", "except" or "other
    than" stands right before it, with at most a preposition and an article or "one(s)" between ("…
    in Paris, not the one in Texas", "hotels near the Colosseum, not near the Vatican", "in Vancouver, not
    the ones in Victoria"). The asker says which value they do not mean, so it varies no call: a value
    said only to be set aside is no second set."""
    return _RULING_OUT.search(text[: mention.start]) is not None


_APPOSITION = re.compile(
    r"[A-Z][\w'’.-]*\s*[,—–]\s*(?:the|a|an)\s+"
    r"(?!(?:first|second|third|fourth|fifth|last|next|other|latter|former|one|ones|same)\b)"
    r"(?:[a-z][\w-]*\s+){1,4}(?:in|near|of|outside|on)\s+(?:the\s+)?$"
)


def _inside_apposition(text: str, mention: Mention) -> bool:
    """Whether the value stands in an apposition to a name before it: a comma or a dash, an article, a noun
    phrase and a preposition of place ("Cambridge, the university town near Boston", "Georgia, the country
    in the Caucasus", "Shibuya, the busy district in Tokyo"). The phrase says what and where the name is;
    the place in it locates that name and is no value of a call of its own. A phrase that opens on an
    ordinal or "other", "next", "same" ("Austin, the second in Denver") names the next item, no apposition."""
    return _APPOSITION.search(text[: mention.start]) is not None


_NARROWING = re.compile(r"\s*(?:(?:in|of)\s+)?", re.IGNORECASE)


def _narrows(text: str, placed: Mention, mention: Mention) -> bool:
    """Whether `mention` only narrows the placed value it follows, so it states no second value: a value of
    the same family right after it, joined by nothing or by "in"/"of" alone ("Dayton in Ohio", "the 3rd of
    October this year", "the 14th of March of next year"). English starts another value with a separator or
    a coordinator ("…, and in Akron", "… and again for next year"); a place followed at once by a wider place,
    or a date by its year, names where or when the one value is."""
    if mention.start < placed.end or not _same_family(placed, mention):
        return False
    gap = _NARROWING.fullmatch(text, placed.end, mention.start)
    return gap is not None


def _family(mention: Mention) -> str:
    """Kinds of value that can stand for one another: text (names, quoted text, codes), or one kind alone."""
    return "text" if mention.kind in ("name", "quoted", "identifier", "phrase") else mention.kind


def _same_family(placed: Mention, mention: Mention) -> bool:
    """Whether `mention` can restate the placed value: the same family, or a code of digits after a code
    ("parcel 1Z999 with UPS and 7788 with FedEx")."""
    if placed.kind == "identifier" and mention.kind == "number":
        return bare_code(mention)
    return _family(placed) == _family(mention)


def _whole(value: Any, counted: Any) -> bool:
    """Whether a placed value is the whole number a count mention says (3, 3.0 or "3" for "3 adults")."""
    try:
        return float(value) == float(counted) and float(counted).is_integer()
    except (TypeError, ValueError):
        return False


def _counted_part(text: str, before: Mention, mention: Mention) -> tuple[float, str] | None:
    """How many of what a mention counts when "and" alone joins it to the count before ("3 adults and 2
    kids" → (2, "kids"), "two adults and a child" → (1, "child")); None otherwise."""
    between = text[before.end : mention.start].strip().lower()
    counted = (
        mention.kind == "number" and mention.unit and not mention.currency and not measure_of(mention.unit)
    )
    if counted and between == "and" and float(mention.value).is_integer():
        return float(mention.value), mention.unit
    if mention.kind == "phrase" and between in ("and a", "and an") and len(str(mention.value).split()) == 1:
        return 1.0, str(mention.value)
    return None
