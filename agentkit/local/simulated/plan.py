"""Planning a turn: which tools each clause needs, and how clauses share values (rules 3, 5 and 6 of
`model`).

A clause's tools come from `matching` (with the hand-off tool preferred when a listed agent fits
better, and the tool named for a value the clause lacks put first); a clause that asks several tools
in a list gives each its part; a clause that only restates values or asks for "the same" ("get it for
Tesla") reuses the previous clause's tool and refers back to its values; sentences that go on describing
one call join it, but a second question is a call of its own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from agentkit.local import lexicon
from agentkit.local.simulated import handoff, text
from agentkit.local.simulated.answer import WRAPPERS, render_result
from agentkit.local.simulated.arguments import ALL_OF_THEM, ASKED_AGAIN
from agentkit.local.simulated.conversation import Call, Conversation, fill_tool
from agentkit.local.simulated.dates import (
    DAY_WORD,
    YEAR_IS,
    dated_from,
    defined_today,
    is_date,
    stated_year,
    year_of_request,
)
from agentkit.local.simulated.filled import Filled, Labelled, Several
from agentkit.local.simulated.matching import (
    ACT_REACH,
    ACTS,
    AND_ASKS,
    CREATE,
    READ,
    Matcher,
    Score,
    Tool,
    act_asked,
    asks_what_is_free,
    inverse,
    operation_names,
)
from agentkit.local.simulated.mentions import read
from agentkit.local.simulated.parameters import Parameter, roots_of, words_of
from agentkit.local.simulated.values import REQUEST_VERBS, of_type, resolve


@dataclass
class Step:
    """One tool a clause needs, why, and the calls (one, or several by fan-out) that serve it."""

    clause_index: int
    tool: Tool
    score: Score
    rule: str
    calls: list[Call] = field(default_factory=list)
    repairs: list[Call] = field(default_factory=list)
    inherited: dict[str, Any] = field(default_factory=dict)
    """Values this clause refers back to (the previous clause's arguments)."""
    text: str = ""
    """The words the tool's values are read from: the clause, or its part that names this tool."""
    absorbed: list[int] = field(default_factory=list)
    """Later clauses that only went on describing this call ("… for tent care. Return the top 20."):
    asks of no call of their own, answered by this step's results."""


WEAK = frozenset({"as before", "default", "forced", "position", "residual"})
"""Rules that fill a value for want of evidence: such a value may give way to one stated later."""
GUESSED = frozenset({"forced", "position", "residual"})
"""Of those, the rules that guess a value from the clause itself (not one kept from before)."""


REFERRED = re.compile(r"\b(?:it|that|them|those|this)\s+(?:for|in|at|on|with|about)\b", re.I)
"""A pronoun for the previous ask with the new value after it ("get it for Tesla", "check that in Leeds")."""


ADDED = re.compile(r"\b(?:as well|too)\b", re.I)
"""Words by which a clause adds to an ask ("Could you make it private as well?"): more of the last call
when what it states changes none of that call's values ("… for London as well" after Paris is another)."""


LABEL = re.compile(
    r"^\W*(?:(?:the|my|our|your|his|her|their|its)\s+)?"
    r"(?!(?:it|this|that|there|here|he|she|they|we|you|i|what|which|who|how|where|when|why)\b)"
    r"(?P<subject>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:is|are|was|were|will be|should be)\s+\S",
    re.I,
)
"""A statement whose subject is a few words and whose verb is "is" ("The departure date is 2024-05-03",
"Web ID is 1234"): said after an ask, it labels one of that ask's values."""


_LEAD = r"^\W*(?:(?:please|pls|and|just|now|then|so)\s+)*"
"""What may open an instruction that labels a value: polite or linking words ("please use …", "and just …")."""

USE_AS = re.compile(
    _LEAD + r"use\s+(?P<value>\S.*?)\s+as\s+"
    r"(?:the|my|our|your|its)\s+(?P<subject>(?:[\w'-]+\s+){0,3}?[\w'-]+)\W*$",
    re.I,
)
"""An instruction that says which value an ask is to use for one of its inputs ("Use Santa Fe as the city",
"please use 'v2' as the version"): said after the ask, it labels that value as "The city is Santa Fe" does,
so it is read as that statement (`_as_label`) and sets the value in the last call, asking nothing new."""


NAME_IT = re.compile(
    _LEAD + r"(?P<subject>[a-z][\w-]*)\s+(?:it|this|that|them)\s+"
    r"(?:as\s+(?P<value>\S.*?)|(?P<quoted>(['\"“‘]).+?['\"”’]))[\s.!?]*$",
    re.I,
)
"""An instruction that gives a value by the verb of its parameter's name ("Prompt it as 'a red lighthouse'",
"Title it 'Q3 plan'", "Label them as urgent"): said after the ask, "<name> it as X" says "the <name> is X",
as `USE_AS` does — the value of the ask just made, not a new ask (`_continues` keeps it only when the verb
is a word of one of the tool's parameters' names)."""


USE_THE = re.compile(
    _LEAD + r"(?:use|try)\s+(?:the|my|our|this|that)\s+"
    r"(?P<subject>(?:[\w'-]+\s+){0,2}?(?:id|ids|name|code|number|key|title|address|email|username|password))"
    r"\s*:?\s+(?P<value>\S.*?)[\s.!?]*$",
    re.I,
)
"""An instruction that names the value an ask is to use by its label before it ("Use the prod id iPhone 12",
"try the promo code SPRING5"): a label noun (id, name, code, number, key …) closes the label, and the rest
is its value, read as "the prod id is iPhone 12" (`_as_label`)."""


def _as_label(clause: str) -> str:
    """A clause "use X as the Y" said as the statement "the Y is X" (`USE_AS`), "use the Y X" so too (`USE_THE`),
    and "<name> it as X" as "the <name> is X" (`NAME_IT`); any other clause as it is."""
    use = USE_AS.match(clause) or USE_THE.match(clause)
    if use:
        return f"the {use.group('subject')} is {use.group('value')}"
    named = NAME_IT.match(clause)
    if named:
        return f"the {named.group('subject')} is {named.group('value') or named.group('quoted')}"
    return clause


def _labels_the_last(tool: Tool, clause: str) -> bool:
    """Whether a statement after an ask of `tool` labels one of that ask's values: "the Y is X", "use X as the
    Y" or "<name> it as X" whose subject shares a word with one of the tool's parameters' names ("Use Chamonix
    as the exact city location" of a weather tool's `location`). It completes that ask, though another
    offered tool scores its words more ("city location" of a hotel search): values told right after an ask
    are told for it, and a value's label names no act of its own."""
    said = _as_label(clause)
    label = LABEL.match(said)
    if not label or text.is_question(clause) or _asks_of(clause):
        return False
    subject = set(roots_of(label.group("subject")))
    return any(subject & set(roots_of(name)) for name in tool.properties)


THIRD_PERSON = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)
"""Pronouns by which a question asks more about what the one before asked about ("… the next five matches
for Leeds, and who are they playing?"): the same call, not another."""


KEEP = re.compile(r"\b(?:same|keep|keeping|kept|unchanged)\b", re.I)
"""Words by which a clause asks to keep a value of the call it varies ("keeping the same number of
shares"), rather than only for another call ("another SNP …")."""


def plan(
    clauses: list[str], matcher: Matcher, conversation: Conversation, roster: handoff.Roster
) -> list[Step]:
    """The tools each clause needs (rule 3), each matched to the calls already made for it.

    A clause that names no tool but restates values, or asks for "the same"/"another"/"instead",
    reuses the previous clause's tool; a value a clause refers back to ("the same day", "these
    points") is the one the previous clause's call had for a parameter of that name. A clause that
    asks several tools in a list ("the stock level of the Alpine 2 tent, the shipping time to Leeds,
    …") gives each tool the part of the list that names it. Sentences that go on
    describing the same call ("For the triangle, the sides are 5, 7 and 9. Calculate its area.") are
    one call: a step whose tool is the previous step's, and whose values add to it without changing
    any, joins it. A clause that asks for a tool without its values takes them from the sentences
    before it that asked for nothing ("On the first day they cover 120 km in 5 hours. … Calculate
    their velocity.").
    """
    steps: list[Step] = []
    previous: list[Step] = []
    background: list[str] = []
    opening: list[str] = []  # statements before every ask: the scene of each ask after them
    scenes: set[str] = set()  # the opening statements
    since = -1
    clauses = _dated(clauses)
    for index, clause in enumerate(clauses):
        if _sums_up(clause, steps, conversation.request):
            continue  # "… Can you work out the ratio and plan the route?": the asks already made
        scene = (
            _scene(clauses, index, matcher)
            or _already_done(clauses, index, matcher)
            or _goes_on_the_scene(clauses, index, scenes, matcher)
        )
        told_only = False
        if previous and text.defers(clause):
            # "… If it rains, I'll check Florence instead.": the asker's plan once the ask before answers
            needed, told_only = [], True
        elif scene:
            needed = []
            scenes.add(clause)
        else:
            needed = _for_the_ask_before(matcher.needed(clause), clause, background)
            if previous and needed and _labels_the_last(previous[0].tool, clause):
                needed = []  # "… Use Chamonix as the exact city location.": a value of the ask before
            elif previous and needed:
                kept = _with_values_of_its_own(needed, clause, previous, conversation)
                told_only = not kept  # background to the ask before: no ask, and no values of it either
                needed = kept
        rule = "best match"
        earlier = _planned_values(_referred(steps, previous, clause), conversation, roster)
        also = False
        if (
            not needed
            and previous
            and not scene
            and not told_only
            and not _scene_of_next(clauses, index, matcher, conversation)
        ):
            reuse = previous[0]
            # a bare preposition and a common noun ("…, then by bus") states no name, yet may ask again
            bare = ELLIPTICAL.search(clause)
            added = _item_after(clauses, index, conversation.request)
            also = _also_item(clauses, index, conversation.request) or added is not None
            if added and added[1]:
                clause = added[0]  # "I also need ORD's": the item alone says the values
            labelled = _labels_the_last(reuse.tool, clause)
            stated = not labelled and (  # a label needs no second reading (`_sets_a_flag` fills the tool)
                ASKED_AGAIN.search(clause)
                or NAMED_ANEW.search(clause)
                or _ELLIPTICAL_ITEM.search(clause)
                or _states_values(clause)
                or _sets_a_flag(reuse.tool, clause, conversation, roster)
                or _labels_a_parameter(reuse.tool, clause)
            )
            if labelled:
                needed, rule = [matcher.score(clause, reuse.tool)], "same tool as before"
            elif bare or stated or also:
                kept = _restated(reuse.tool, clause, earlier, conversation, roster, anew=also)
                again = fill_tool(reuse.tool, clause, conversation, [], roster, inherited=kept)
                reused = matcher.score(clause, reuse.tool)
                if also:
                    # "… and also about beekeeping", "…, and also the Prado": the ask again, of the item
                    weak = {"as before", "default", "forced"}
                elif bare and not stated:
                    weak = WEAK | {"role", "form", "preposition", "ask"}  # nothing it says is a value
                elif _asks_again(clause):
                    # asked again in so many words ("do the same for Italy", "get it for Tesla"), a
                    # value the clause states is enough, whatever rule placed it
                    weak = {"as before", "default", "forced"}
                elif not reused.matched:
                    # a clause sharing no word with the tool restates its values only if their
                    # words say so: "a name, for a name" is no sign that "which uses 'diesel' as
                    # fuel" is about the sculpture asked for before
                    weak = WEAK | {"role", "form"}
                else:
                    weak = WEAK
                if again and any(
                    a.rule not in weak or _series_of_its_own(a) for f in again for a in f.arguments
                ):
                    needed, rule = [reused], "same tool as before"
        needed = _with_producers(
            roster.prefer(needed, clause, matcher), clause, matcher, conversation, earlier
        )
        needed = _callable_first(needed, clause, matcher, conversation, earlier)
        needed = [_searched_instead(s, clause, conversation.request, matcher) for s in needed]
        # a scenario told apart (`_told_apart`) is one ask of each tool, however often its sentences name it
        parts = (None if _items_told(clause) else _segments(clause, needed)) or [(s, clause) for s in needed]
        mine = []
        for position, (score, part) in enumerate(parts):
            inherited = (
                _restated(score.tool, clause, earlier, conversation, roster, anew=also)
                if rule == "same tool as before"
                else _carried(
                    score.tool,
                    earlier,
                    clause=clause,
                    again=score.tool in [s.tool for s in previous]
                    and (_asks_again(clause) or not _complete(score.tool, clause, conversation, roster)),
                )
            )
            if part != clause:
                inherited = _borrowed(score.tool, part, clause, conversation, roster, inherited)
                inherited = {**inherited, **_each_before(score.tool, part, mine, conversation, roster)}
            elif inherited and rule != "same tool as before" and score.tool not in [s.tool for s in previous]:
                inherited = _own_words(score.tool, part, conversation, roster, inherited)
            carried = inherited
            framed = False  # the same ask again, for another thing: a new call, whatever its article
            if inherited and rule != "same tool as before":
                own = _same_frame(score.tool, part, previous, conversation, roster, inherited)
                inherited, framed = own, own != inherited
                named_at = (
                    None
                    if framed or part != clause and not _ANOTHER.search(part)
                    else _asked_anew(score.tool, part, conversation, roster, inherited)
                )
                if named_at is not None:
                    inherited = _own_words(score.tool, part, conversation, roster, inherited, named_at)
            # "… that serve the same type of food": the value the earlier call had stays, whatever other
            # reading dropped it as the words of a new item
            inherited = {
                **inherited,
                **{n: carried[n] for n in kept_by_same(score.tool, part) if n in carried},
            }
            scene = background or opening  # a later scene of its own ("another …") replaces the opening
            scene = [c for c in scene if not result_not_made(c, score.tool)]
            if scene:
                told = _together(
                    [*scene, part], conversation.request
                )  # the scene was set in sentences that asked for nothing
                if _tells_more(
                    fill_tool(score.tool, told, conversation, [], roster, inherited=inherited),
                    fill_tool(score.tool, part, conversation, [], roster, inherited=inherited),
                ):
                    part = told
            if (
                (len(parts) > 1 or not ASKED_AGAIN.search(clause))
                and not framed
                and not (also and rule == "same tool as before")  # an item of values names a new one
                and _nothing_new(
                    score.tool, part, steps, conversation, roster, inherited, pointing=len(parts) == 1
                )
            ):
                # "After buying the house, … any lawsuits …": the house's call was made; "… Can you get
                # the weather and translate the phrase?": so was the translation
                continue
            if len(parts) == 1 and _asks_what_was_told(
                steps, clauses, index, score.tool, conversation, roster
            ):
                # "… fly with Delta in business class. There will be 3 of us. Can you tell me the total flight
                # cost?": the question asks for the call the statements before it set up, read with them
                steps[-1].text = _together([steps[-1].text, clause], conversation.request)
                steps[-1].absorbed.append(index)
                mine.append(steps[-1])
                continue
            step = Step(
                index,
                score.tool,
                score,
                rule if position == 0 else "also needed",
                inherited=inherited,
                text=part,
            )
            if not also and (  # an item "also" adds is an ask of its own, no more of the last one
                _sets_for_all(steps, step, conversation, roster, since)
                or _continues(steps, step, conversation, roster)
            ):
                since = index  # a setting said after an ask is said of the asks since the last one
                steps[-1].absorbed.append(index)
            else:
                steps.append(step)
            mine.append(step)
        if mine:
            if not previous and scenes & set(background):
                opening = background  # what the opening statements told is the scene of every ask
            previous = mine
            background = []
        else:
            background.append(clause)
    steps = _without_reports(steps, clauses, conversation, roster)
    steps = _without_set_ups(steps, clauses, conversation, roster)
    _said_of_every_item(steps, conversation, roster)
    _said_for_each_ask(steps, conversation, roster)
    unserved = list(conversation.calls)
    for step in steps:
        wanted = len(
            fill_tool(step.tool, step.text, conversation, [], roster, inherited=step.inherited) or [None]
        )
        mine = [c for c in unserved if c.name == step.tool.name]
        first_turn = mine[0].turn if mine else None
        for call in mine:
            if len(step.calls) >= wanted or call.turn != first_turn:
                break
            step.calls.append(call)
            unserved.remove(call)
        for failed in [c for c in step.calls if c.outcome is not None and not c.outcome.ok]:
            repair = next((c for c in unserved if c.name == failed.name and c.turn > failed.turn), None)
            if repair is not None:
                unserved.remove(repair)
                step.repairs.append(repair)
    return steps


def result_not_made(clause: str, tool: Tool) -> bool:
    """Whether a clause before the ask asks for arithmetic the tool does not do ("Add 4 and 9, then multiply
    them by 2" offered only `multiply`; "Subtract 3 from 10 and then divide the difference by 7" offered only
    `divide`): it sets no scene, it asks for a result — the sum, the difference — that no call made, and
    that result, not its numbers, is what the later step works on. Its numbers are no values of the tool;
    the step lacks its input, and a careful model does not call the tool with the wrong ones."""
    names = operation_names(clause)
    return bool(names) and not any(lexicon.root(n) in tool.vocabulary for n in names)


def _without_set_ups(
    steps: list[Step], clauses: list[str], conversation: Conversation, roster: handoff.Roster
) -> list[Step]:
    """The steps less the set-up of a question that names its own cases: when a question ("What interest do
    I earn over the first 2 years and the first 5 years?") asks the tool of the step right before it for a
    series of values of one parameter, by its own words, and the statements of that step gave the parameter
    another value ("I plan to leave it for 10 years"), the statements were the question's set-up (it keeps
    their other values), not an ask of their own. Not when the question asks again or adds ("also", "as
    well", "the same for"): then the first value is asked too."""
    kept: list[Step] = []
    for step in steps:
        before = kept[-1] if kept else None
        clause = clauses[step.clause_index] if 0 <= step.clause_index < len(clauses) else ""
        if (
            before is not None
            and before.tool.name == step.tool.name
            and max([before.clause_index, *before.absorbed]) == step.clause_index - 1
            and (text.is_question(clause) or text.POLITE_ASK.match(clause))
            and not (_asks_again(clause) or ADDED.search(clause) or ANOTHER.search(clause))
            and _asks_its_own_cases(before, step, conversation, roster)
        ):
            kept[-1] = step
            continue
        kept.append(step)
    return kept


def _asks_its_own_cases(before: Step, step: Step, conversation: Conversation, roster: handoff.Roster) -> bool:
    """Whether the question of `step`, read alone, gives one parameter two values or more, none of them the
    value the step before gave it from its own words."""
    asked = fill_tool(step.tool, step.text, conversation, [], roster, inherited=step.inherited) or []
    told = fill_tool(before.tool, before.text, conversation, [], roster, inherited=before.inherited) or []
    if len(asked) < 2 or len(told) != 1:
        return False
    for name, value in told[0].values.items():
        own = [a for a in told[0].arguments if a.name == name and a.rule not in WEAK]
        cases = {json.dumps(f.values.get(name), sort_keys=True) for f in asked if name in f.values}
        if own and len(cases) >= 2 and json.dumps(value, sort_keys=True) not in cases:
            return True
    return False


SAME_NOUN = re.compile(r"\bthe\s+same\s+([a-z]+)", re.I)
"""A noun an ask points back with: "the same type of food", "the same breed"."""


def kept_by_same(tool: Tool, part: str) -> set[str]:
    """The parameters an ask keeps from the call before by "the same <word of its name>" ("restaurants in
    York that serve the same type of food" for `food_type`, "a dog of the same breed"): the words point at
    the value that call had, they are no value of their own."""
    said = {lexicon.root(m.group(1)) for m in SAME_NOUN.finditer(part)}
    return {n for n in tool.properties if said & {lexicon.root(w) for w in words_of(n)}}


def _searched_instead(score: Score, clause: str, request: str, matcher: Matcher) -> Score:
    """A tool that reserves or buys a thing (`CREATE`) for a clause whose request asks only what is free
    ("I need a spin class in Austin for 2 people, what's out there?", "I need to rent a car … Check the
    availability for me"): the offered tool that finds the same thing, when there is one. Saying the need,
    even its party size, is no instruction to commit; the booking stays when the clause itself asks for it
    by its verb ("… and reserve it")."""
    if (
        score.tool.act != CREATE
        or act_asked(clause, by_verb=False) == CREATE
        or not asks_what_is_free(request)
    ):
        return score
    for other in matcher.ranked(clause):
        if other.tool.act == READ and other.tool.thing_roots & score.tool.thing_roots and other.topic:
            return other
    return score


_ANOTHER = re.compile(r"\banother\b", re.I)
"""A part of a clause that asks for "another" thing asks its tool anew for an item of its own, as a clause
would ("…, then another statue of a fox made from basalt, followed by …": `_asked_anew`)."""


def _each_before(
    tool: Tool, part: str, mine: list[Step], conversation: Conversation, roster: handoff.Roster
) -> dict[str, Any]:
    """What "both"/"each"/"these" in a later part of one clause asks of: every value of the part before
    whose parameters are named alike ("the distance from Cairo to Nairobi, and the time zones of both
    cities": `from_city` and `to_city` are each a `city`), one call each — as a clause of its own after
    that call would (`_carried`); the rest of the clause alone would lend only the first."""
    if not mine or not ALL_OF_THEM.search(part):
        return {}
    before = mine[-1]
    given = fill_tool(before.tool, before.text, conversation, [], roster, inherited=before.inherited)
    if not given or len(given) != 1:
        return {}
    carried = _carried(tool, given[0].values, again=False, clause=part)
    several = {name: value for name, value in carried.items() if isinstance(value, Several)}
    return several or _each_named(tool, part, before.tool, given[0].values)


_EACH_NOUN = re.compile(r"\b(?:both|these|those|each of the|all of the)\s+(?:two\s+|three\s+)?([a-z]+)", re.I)
"""The noun "both"/"these" points back with: "both cities", "these two drugs"."""


def _each_named(tool: Tool, part: str, before: Tool, values: dict[str, Any]) -> dict[str, Any]:
    """Every text value of the call before whose parameter the noun after "both"/"these" names, by its
    name or its description ("the flights from Oslo to Rome, and the weather in both cities": "The
    departure city", "The arrival city"), given to this tool's one required parameter the noun names."""
    match = _EACH_NOUN.search(part)
    if not match:
        return {}
    noun = lexicon.root(match.group(1))
    schema, here = before.schema.get("properties") or {}, tool.schema.get("properties") or {}

    def named(name: str, spec: Any) -> bool:
        return noun in roots_of(f"{name} {spec.get('description', '') if isinstance(spec, dict) else ''}")

    found = [v for n, v in values.items() if isinstance(v, str) and named(n, schema.get(n))]
    targets = [n for n in tool.schema.get("required", []) if named(n, here.get(n))]
    if len(found) < 2 or len(targets) != 1:
        return {}
    return {targets[0]: Several(tuple(dict.fromkeys(found)))}


def _same_frame(
    tool: Tool,
    part: str,
    previous: list[Step],
    conversation: Conversation,
    roster: handoff.Roster,
    inherited: dict[str, Any],
) -> dict[str, Any]:
    """What an ask in the same words as the ask before, but for another thing, still takes from it: not
    the thing. "Add oat milk to the shopping list. Add coffee beans to the shopping list", or a numbered
    line each: with the words left over taken out, the two asks read alike, so the words left over are
    each ask's own thing, not the earlier call's kept."""
    before = next((s for s in previous if s.tool.name == tool.name), None)
    if before is None:
        return inherited
    mine = _frame(tool, part, conversation, roster)
    theirs = _frame(tool, before.text, conversation, roster)
    if mine is None or theirs is None or not _alike_frames(mine[0], theirs[0]) or mine[1] == theirs[1]:
        return inherited
    if mine[0] != theirs[0] and _POINTS_BACK.search(part):
        return inherited  # "… Then its protein": it points back at the thing, no other thing
    return {k: v for k, v in inherited.items() if k not in mine[1]}


def _alike_frames(mine: str, theirs: str) -> bool:
    """Whether two asks' frames (their words less the values left over) say the same ask: the same words,
    or the content words of one all among the other's, so that a request verb or a measure said once and
    left out the next time ("Get the calories in rice. Then the calories in shrimp.", "Calories in a bowl
    of rice. Then the calories in shrimp.") is no other ask. An article or a lead verb changes no ask."""
    if mine == theirs:
        return True
    ours = set(lexicon.content_roots(mine.replace("\x00", " ")))
    others = set(lexicon.content_roots(theirs.replace("\x00", " ")))
    return bool(ours) and bool(others) and (ours <= others or others <= ours)


def _frame(
    tool: Tool, clause: str, conversation: Conversation, roster: handoff.Roster
) -> tuple[str, dict[str, Any]] | None:
    """The clause's words with its values left over taken out, and those values by parameter."""
    calls = fill_tool(tool, clause, conversation, [], roster)
    if not calls or len(calls) != 1:
        return None
    left = {a.name: a.value for a in calls[0].arguments if a.rule == "residual" and isinstance(a.value, str)}
    if not left:
        return None
    frame = clause.lower()
    for value in left.values():
        frame = frame.replace(value.lower(), "\x00")
    return " ".join(re.findall(r"[\w\x00]+", frame)), left


def _borrowed(
    tool: Tool, part: str, clause: str, conversation: Conversation, roster: handoff.Roster, inherited: dict
) -> dict[str, Any]:
    """What a part of a clause asked of one tool takes from the rest of the clause: only the values its
    own part states none of ("the share price of Apple and Microsoft, and the dividend yield of those
    companies"), and, when the part points back ("that term", "that circle"), none the earlier call gave.
    Each ask keeps the values of its own part: "the molar mass of C6H12O6, the pH of 0.01 M HCl" gives
    the molar mass no HCl, and "the total interest over that term, and the tax on a $420,000 home"
    keeps the loan the interest ask points back to. A clause that lacks a value the tool requires (a
    scene before it gives it: "Our company is based in Toronto. …") still lends the values it states."""
    whole = fill_tool(tool, clause, conversation, [], roster, inherited=inherited) or fill_tool(
        tool, clause, conversation, [], roster, inherited=inherited, forced=True
    )
    if not whole:
        return inherited
    alone = fill_tool(tool, part, conversation, [], roster, inherited=inherited) or []
    kept = {a.name for f in alone for a in f.arguments if a.rule not in WEAK}
    kept |= _own_leftovers(alone, whole, part)
    if _POINTS_BACK.search(part):
        kept |= set(inherited)
    placeholders = {a.name for f in whole for a in f.arguments if a.rule == "forced"}
    rest = {k: v for k, v in _merged([f.values for f in whole]).items() if k not in placeholders}
    return {**inherited, **{k: v for k, v in rest.items() if k not in kept}}


def _own_leftovers(alone: list[Filled], whole: list[Filled], part: str) -> set[str]:
    """Parameters a part of a clause fills with its own words left over where the whole clause would
    put a value from outside the part: "Get the symptoms of measles in children and find a clinic of
    dermatology in York" asks the symptoms of measles, and York, the other ask's city, is no condition.
    The part's words are its thing; the rest of the clause lends only what the part leaves out. So too
    when the whole clause, read at once, gives its calls several values there and the part's own words
    are one of them ("a tulip bed in Leeds and a rose bed in York": the whole clause plans a tulip bed and
    a rose bed; the second part's thing is the rose, not every flower of the clause) — and when the value
    the whole clause would lend is a word the part itself gives another parameter ("… and a tulip florist
    in Denver": Denver is the part's city, so no flower; one phrase of a request plays one role)."""
    if len(alone) != 1:
        return set()
    lowered = part.lower()
    theirs = _merged([f.values for f in whole])

    def elsewhere(name: str, own: str, given: Any) -> bool:
        if isinstance(given, Several):
            return own.lower() in {str(v).lower() for v in given.values}
        if not isinstance(given, str):
            return False
        others = [str(v).lower() for n, v in alone[0].values.items() if n != name and isinstance(v, str)]
        return given.lower() not in lowered or any(given.lower() in other for other in others)

    return {
        a.name
        for a in alone[0].arguments
        if a.rule == "residual"
        and isinstance(a.value, str)
        and a.value.lower() in lowered
        and elsewhere(a.name, a.value, theirs.get(a.name))
    }


def _for_the_ask_before(needed: list[Score], clause: str, background: list[str]) -> list[Score]:
    """The tools a clause needs, none when it only states values ("My username is JohnDoe and the password
    is JD@2023", `LABEL`) after an ask that called nothing and asks for the opposite of the tool's act
    ("Could you log me out?" for `login`, `matching.inverse`): values stated after an ask are given for that
    ask, and a tool that would undo it is no way to do it."""
    if not needed or not LABEL.match(clause) or _asks_of(clause):
        return needed
    return [s for s in needed if not any(inverse(asked, s.tool) for asked in background)]


_SPEAKER_OPENS = frozenset(
    "i i'm i've i'd we we're we've he she it it's its they there my our his her their".split()
)
"""Words that open a statement told of the asker, the thing asked about or the scene ("It's been a while
since …", "My mother is on it", "He runs out on Friday"): a clause so opened asks nothing by its form."""


def _with_values_of_its_own(
    needed: list[Score], clause: str, previous: list[Step], conversation: Conversation
) -> list[Score]:
    """The tools a statement after an ask needs, less those it gives no value of its own: a sentence that
    opens on a subject ("It's been a while since we last accessed it, and we need to ensure it's still
    operational"; "I haven't finished the book yet because work was busy") tells the reason or background of
    the ask before it, not a new ask, unless its own words give another tool a value (a name, a number, a
    quoted text: "My sister lives in Leeds, find hotels there" does) or name the act the tool is named for
    ("I need to find the zero points of this function" of `functions_zero`). A tool filled only from words left over,
    by position or from what the ask before already used, is no tool the statement asks for; the tools of
    the ask before stay (the statement may label their values)."""
    said = text.words(clause)
    if not said or said[0] not in _SPEAKER_OPENS or _asks_of(clause):
        return needed
    asked = {s.tool.name for s in previous}

    def own_values(score: Score) -> bool:
        if any(lexicon.root(word) in score.tool.name_roots for word in score.matched):
            return True  # "I need to find the zero points of this function": the act the tool is named for
        # its required values may be told elsewhere: what counts is whether this clause gives one
        filled = fill_tool(score.tool, clause, conversation, [], conversation.roster, forced=True)
        return bool(filled) and any(a.rule not in WEAK for call in filled for a in call.arguments)

    return [s for s in needed if s.tool.name in asked or own_values(s)]


def _scene(clauses: list[str], index: int, matcher: Matcher) -> bool:
    """Whether clause `index` only sets the scene for an ask after it: it tells of another thing
    (`text.tells`: "After that, I have another function '3x+9'.", "Later, you take another loan of
    $2000.") and a later clause asks for a tool. It asks for nothing, whatever tool its words name: its
    "another" describes a new thing, no call again; its values go to the ask after it (the background of
    `plan`). A statement without "another" ("Also, I am interested in the genre 'Fiction'.") may still add
    to the ask before it. When the next clause that names a tool is itself such a statement ("Then, I bake
    another cake at 200 degrees for 25 minutes. Finally, I bake a third cake at 160 degrees …"), the
    statements are a run of sets, each its own call, not a scene for it. A statement without "another" after
    it ("Later I buy another kettle for $40. The tax rate there is 8%. How much tax do I pay?") tells more of
    the same new thing: the scene runs on to the ask after it."""
    if not text.tells(clauses[index]) or clauses[index].rstrip().endswith("?"):
        return False
    if (
        ANOTHER.search(clauses[index]) is None
        and not _opening(clauses, index, matcher)
        and not (_per_item(clauses[index]) and index > 0 and _scene(clauses, index - 1, matcher))
    ):
        return False
    for later in (c for c in clauses[index + 1 :] if matcher.needed(c) and not _per_item(c)):
        if not text.tells(later):
            return True  # the ask after the scene
        if not ANOTHER.search(clauses[index]) or not _of_the_thing_told(later):
            return False  # a run of sets, each its own call
        # "Later I buy another kettle for $40. The tax there is 8%. How much tax …?": a further fact of
        # the thing just told goes on its scene, up to the ask
    return False


NEW_ITEM = re.compile(
    r"\banother\b|\b(?:a|the)\s+(?:second|third|fourth|fifth|last|final)\b|\bone more\b", re.I
)
"""Words that tell of a new item of a run ("another cake", "a third van", "one more loan")."""

_POINTS_TO_IT = frozenset("it its it's they their there this that".split())
_POINTS_BACK_TO_IT = re.compile(r"\b(?:it|its|this|these|those|there)\b", re.I)
"""A word by which a statement points back to the thing told before it ("the molar mass of this gas")."""


def _of_the_thing_told(clause: str) -> bool:
    """Whether a statement tells a further fact of the thing told just before it: it labels a value ("The tax
    rate there is 8%", `LABEL`) or points back to it ("Its molarity is 0.1 M", "It powers a 100 W fridge",
    "You know the molar mass of this gas is 16 g/mol"), tells of no new item (`NEW_ITEM`) and asks nothing."""
    said = text.words(clause)
    if not said or NEW_ITEM.search(clause) or clause.rstrip().endswith("?"):
        return False
    return (
        bool(LABEL.match(clause)) or said[0] in _POINTS_TO_IT or _POINTS_BACK_TO_IT.search(clause) is not None
    )


def _goes_on_the_scene(clauses: list[str], index: int, scenes: set[str], matcher: Matcher) -> bool:
    """Whether clause `index` tells one more fact of the new thing a scene just before it told with "another"
    ("Later I buy another kettle for $40. The tax rate there is 8%. How much tax do I pay?"): the clause before it set a
    scene (`_scene`), this one tells a further fact of it (`_of_the_thing_told`: "The tax rate there is 8%",
    "Its molarity is 0.1 M"; no new item, "a third cake"), and a later
    clause asks. Facts told one after another before a question are all that question's; none of them is
    a call again of the ask before the scene."""
    clause = clauses[index]
    if index == 0 or clauses[index - 1] not in scenes or not ANOTHER.search(clauses[index - 1]):
        return False
    if not _of_the_thing_told(clause):
        return False
    if re.search(r"[.!?]\s+\S", clause):
        return False  # a clause put back together with an ask after it (`rejoin`) asks
    return any(matcher.needed(c) and not text.tells(c) for c in clauses[index + 1 :])


def _already_done(clauses: list[str], index: int, matcher: Matcher) -> bool:
    """Whether clause `index` tells that a thing is already done or known ("I already know the capital of
    Australia is Canberra; what time is it there?", "We already have the Bundesliga table. How did
    Dortmund do …?", "I already worked out the factorial of 10; is 1013 prime?"): a statement opened by its
    subject (`_SPEAKER_OPENS`, or a noun phrase, "My colleague …") with "already" before its verb says the
    asker has that thing, so it asks for no tool, whatever tool its words name, when another clause asks
    for one. Its values stay the scene of the asks after it."""
    clause = clauses[index]
    said = text.words(clause)
    if (
        "already" not in said[1:5]
        or said[0] not in _SPEAKER_OPENS
        and said[0] not in text.NOUN_PHRASE_OPENERS
        or clause.rstrip().endswith("?")
        or text.is_question(clause)
    ):
        return False
    return any(matcher.needed(c) for k, c in enumerate(clauses) if k != index)


PER_ITEM = re.compile(r"\b(?:respectively|each|them|these|those)\b", re.I)
"""Words by which a statement gives values to the things told before it, one each ("I sold them at $48,
$50 and $90 respectively", "fees of $1, $2 and $3 for each share")."""


def _per_item(clause: str) -> bool:
    """Whether a statement only gives more values of the things a run told before it (`PER_ITEM`): it goes
    on that run's scene, one value per thing, and sets no scene or call of its own ("I bought one share at
    $40, another at $55 … I sold them at … respectively. I also paid fees of … for each share. What is the
    profit on each?")."""
    return text.tells(clause) and not clause.rstrip().endswith("?") and PER_ITEM.search(clause) is not None


def _scene_of_next(clauses: list[str], index: int, matcher: Matcher, conversation: Conversation) -> bool:
    """Whether a statement that names no tool, after an ask, is the scene of the next ask rather than more of
    the one before ("… What was your pace? You weigh 70 kg, and today you swam for 45 minutes. How many
    calories did the swim burn?"): it tells (`text.tells`), does not ask again ("the same", "what about"),
    and the next clause that needs a tool needs another tool than the ask before, which the statement tells
    more values than that clause states alone (`_tells_more`). A narrator states a task's facts before its
    question; the facts after a question belong to the question after them."""
    clause = clauses[index]
    if not text.tells(clause) or _asks_again(clause) or index == 0:
        return False
    before = next((matcher.needed(c) for c in reversed(clauses[:index]) if matcher.needed(c)), [])
    later = next(
        ((k, matcher.needed(c)) for k, c in enumerate(clauses) if k > index and matcher.needed(c)), None
    )
    if not before or later is None:
        return False
    k, needed = later
    tool = needed[0].tool
    if tool.name in {s.tool.name for s in before}:
        return False
    roster = conversation.roster
    return _tells_more(
        fill_tool(tool, _together([clause, clauses[k]], conversation.request), conversation, [], roster),
        fill_tool(tool, clauses[k], conversation, [], roster),
    )


_SEVERAL = re.compile(r"\b(?:both|each|all|every)\b", re.I)
"""Words by which a question asks of several things at once ("… in both cases?")."""


def _asks_what_was_told(
    steps: list[Step],
    clauses: list[str],
    index: int,
    tool: Tool,
    conversation: Conversation,
    roster: handoff.Roster,
) -> bool:
    """Whether a question only asks for the call that the statements just before it set up: the last step
    is the clause right before it, of the same tool, and no question (a question of its own or a request
    put as one, "Can you tell me …", `text.POLITE_ASK`, asks after it: "… a vase that is 24 inches tall, but
    you are more familiar with centimeters. How tall is the vase in centimeters?"); the question neither
    asks again ("the same", "another", "what about") nor states every required value by its words on its own
    (`_complete`), and read together with that step's words it still makes one call. The narrator told the
    task, then asked for its answer: one task, one call, its values read from both. A question that sets a
    condition or a difference ("What if the process is not isothermal?", `_VARIES`) or sums up several
    ("… in both cases?", "each", "all") asks more than the last call, and one a variation follows ("What if
    …?") is the call that variation varies: its own."""
    clause = clauses[index]
    if not steps or not (text.is_question(clause) or text.POLITE_ASK.match(clause)) or _asks_again(clause):
        return False
    if not clause[:1].isupper() or _VARIES.search(clause) or _SEVERAL.search(clause):
        return False  # "…, which has a permittivity of …" is no question of its own
    if index + 1 < len(clauses) and (_VARIES.search(clauses[index + 1]) or _asks_again(clauses[index + 1])):
        return False  # "… Can you calculate it? What if it is not isothermal?": the call the variation varies
    last = steps[-1]
    if last.tool.name != tool.name or index - 1 not in (last.clause_index, *last.absorbed):
        return False
    told = re.split(r"(?<=[.!?])\s+", last.text)[-1]  # a clause put back together asks by its last sentence
    if text.is_question(told) or text.POLITE_ASK.match(told) or _complete(tool, clause, conversation, roster):
        return False
    together = fill_tool(
        tool,
        _together([last.text, clause], conversation.request),
        conversation,
        [],
        roster,
        inherited=last.inherited,
    )
    return together is not None and len(together) == 1


def _opening(clauses: list[str], index: int, matcher: Matcher) -> bool:
    """Whether clause `index` opens the request before any ask: every clause before it tells too ("A
    patient weighs 82 kg and is 1.75 m tall. Calculate …", "Our company is based in Toronto. …"). A
    statement after an ask may add to that ask; one before every ask can only set their scene. A statement
    of what the asker wants ("I am looking for a vegan recipe", "I have 500 yen that I'd like to
    convert") asks, though it tells, and so does a statement put back together with the ask after it ("I have
    2400 francs. Convert that amount to yen", `rejoin`)."""
    if WANTS.search(clauses[index]) or re.search(r"[.!?]\s+[A-Z]", clauses[index]):
        return False
    if any(ANOTHER.search(c) for c in clauses):
        return False  # a run told one after another: "I have two …. After that, I have another …"
    later = next((c for c in clauses[index + 1 :] if matcher.needed(c)), "")
    # a question after it ("I left my umbrella on the boat. Has anyone handed it in?") asks of what it told
    return not _asks_of(later) and not any(matcher.needed(c) for c in clauses[:index])


_AUXILIARIES = frozenset("has have had is are was were do does did can could will would should".split())


def _asks_of(clause: str) -> bool:
    """Whether a clause is a question (its "?" is cut off by then): one of a question word, or an
    auxiliary before a subject other than the one asked to do it ("Has anyone handed it in", not "Can you
    calculate …")."""
    said = text.words(clause)
    return text.is_question(clause) or (len(said) > 1 and said[0] in _AUXILIARIES and said[1] != "you")


WANTS = re.compile(
    r"\b(?:wants?|wanted|like|love|looking|need|needs|interested|wondering|trying|hoping|planning)\b", re.I
)


ANOTHER = re.compile(r"\banother\b", re.I)


def _dated(clauses: list[str]) -> list[str]:
    """The clauses with a relative day the request defines ("Today is 2025-08-03 …") written as that date
    in the other clauses ("… sunrise and sunset today?" asks for 2025-08-03): the request said which day
    it means, and a tool that takes a date wants the date, not the word. The other days it names relative
    to that today ("tomorrow", "this Friday") are written as dates too, and a day of a month written
    without a year ("March 3rd") takes the request's year (`dates.dated_from`)."""
    whole = " ".join(clauses)
    today = defined_today(whole)
    year = year_of_request(whole)
    this_year = stated_year(whole)
    clauses = [
        dated_from(_without_definition(clause), today, year, this_year)
        for clause in clauses
        if len(clauses) == 1 or not (STATES_YEAR.fullmatch(clause.strip()) or _only_definition(clause))
    ]
    defined: dict[str, str] = {}
    defining: set[int] = set()
    for index, clause in enumerate(clauses):
        reading = read(clause)
        tokens = reading.tokens
        for absolute in reading.mentions:
            if (
                absolute.kind == "date"
                and not absolute.attributes.get("relative")
                and absolute.first >= 2
                and tokens[absolute.first - 1].lower in ("is", "was")
                and DAY_WORD.fullmatch(tokens[absolute.first - 2].text)
            ):
                day = tokens[absolute.first - 2].lower
                defined[day] = str(absolute.attributes.get("written") or absolute.value)
                defining.add(index)
    if not defined:
        return clauses
    return [
        clause
        if index in defining
        else DAY_WORD.sub(lambda m: defined.get(m.group(1).lower(), m.group(0)), clause)
        for index, clause in enumerate(clauses)
    ]


STATES_YEAR = re.compile(rf"(?:and\s+)?{YEAR_IS.pattern}\W*", re.I)
"""A clause that only states the year ("This year is 2031."): it asks nothing and gives no value of an
ask, only the year its "six years ago" or "March 10th" count from (`dates.dated_from`); it is left out
of a request that asks something in another clause."""


def _only_definition(clause: str) -> bool:
    """Whether the clause only defines today ("Today's date is 15 March 2032."): like a clause that only
    states the year, it asks nothing and gives no value of an ask, only what the relative days of the
    other clauses mean."""
    found = defined_today(clause)
    return found is not None and not re.search(r"\w", clause[: found[1]] + clause[found[2] :])


def _without_definition(clause: str) -> str:
    """The clause without the words that define today ("…, today is 2027-11-30"), when it asks for more:
    the day they give is no value of the ask, only what its relative days mean."""
    found = defined_today(clause)
    if found is None:
        return clause
    rest = (clause[: found[1]] + clause[found[2] :]).strip()
    return clause if len(rest.split()) < 3 else rest


def _restated(
    tool: Tool,
    clause: str,
    earlier: dict[str, Any],
    conversation: Conversation,
    roster: handoff.Roster,
    *,
    anew: bool = False,
) -> dict[str, Any]:
    """The earlier call's values a clause that reuses its tool keeps: all of them, but for the words a
    "what about …?" clause leaves over for a parameter (`NAMED_ANEW`: "… 150 g of rice? What about 200 g
    of lentils?" asks about lentils, not rice again) — they name the question's new subject, though no
    rule but the leftover words places them; so do those of an item "also" adds (`anew`, `_also_item`:
    "… about astronomy and also about beekeeping"), and those after the ask said again in so many words and
    a preposition (`_SAME_FOR`: "… growing info for rosemary. Do the same for basil." asks of basil)."""
    if not (anew or NAMED_ANEW.search(clause) or _ELLIPTICAL_ITEM.search(clause) or _SAME_FOR.search(clause)):
        return earlier
    alone = fill_tool(tool, clause, conversation, [], roster, forced=True) or []
    said = [
        a for call in alone[:1] for a in call.arguments if a.rule not in ("forced", "default", "as before")
    ]
    if not anew and len(said) == 1 and said[0].name in earlier:
        # "… a visa for Germany? What about Australia?": the one new value takes the place of its kind
        own = _replaced(said[0].name, said[0].value, clause, earlier, conversation.request)
        if own != said[0].name:
            return {**earlier, said[0].name: Labelled(earlier[said[0].name]), own: Labelled(said[0].value)}
    # words left over name the new subject; so does every value of an item added alone, by any rule ("…
    # of the beagle. Also the whippet and the corgi": a series)
    own = {a.name for a in said if a.rule == "residual" or anew and a.rule == "series"}
    return {name: value for name, value in earlier.items() if name not in own}


_SAME_FOR = re.compile(
    r"(?:\b(?:do|does|did)\s+(?:the\s+same|it|that|this)|\bthe\s+same|^\W*same|\brepeat(?:\s+(?:it|that|this))?"
    r"|\blikewise)"
    r"\s+(?:for|with)\s+(?!the\s+same\b|it\b|that\b|this\b|them\b)",
    re.I,
)
"""The earlier ask said again in so many words, then what it is now asked of ("do the same for basil",
"repeat it for Cork", "the same for the blue one"): the words after the preposition are the new subject,
as after "what about"."""


def _replaced(name: str, value: Any, clause: str, earlier: dict[str, Any], request: str) -> str:
    """The parameter a follow-up's new value replaces ("I hold a Chilean passport. Do I need a visa for
    Germany? What about Australia?" asks of Australia as the destination): the value of its kind — a
    name for a name, a common noun for a common noun, a day for a day — and of those, the one said last
    before it, which is what the question it follows asked about; a value said earlier set the scene.
    `name` (where the leftover words would go first) when no earlier value is of the new one's kind."""
    if not isinstance(value, str):
        return name
    kinds = {m.kind for m in read(value).mentions}
    at = request.find(clause.strip())
    before = request[: at if at >= 0 else len(request)]
    found = [
        (start, parameter)
        for parameter, old in earlier.items()
        if isinstance(old, str) and old
        for start in [before.rfind(old)]
        if start >= 0 and any(m.kind in kinds and m.value == old for m in read(before).mentions)
    ]
    return max(found)[1] if found else name


def _complete(tool: Tool, clause: str, conversation: Conversation, roster: handoff.Roster) -> bool:
    """Whether a clause asks for the tool anew, on its own: it names the tool and states every value the
    tool requires by evidence (none carried over or guessed). Such an ask ("Also, lunch was $32 and I
    want to leave a 20% tip" after a tip split among 4 people) does not take the earlier call's
    optional settings (the split): the earlier call set them for its own bill. A clause that leaves
    values out ("What is the displacement of the third car?") or asks "the same" still carries them."""
    calls = fill_tool(tool, clause, conversation, [], roster)
    if not calls or len(calls) != 1:
        return False
    firm = {a.name for a in calls[0].arguments if a.rule not in WEAK}
    required = set(tool.schema.get("required", []))
    return bool(required) and required <= firm


def _nothing_new(
    tool: Tool,
    part: str,
    steps: list[Step],
    conversation: Conversation,
    roster: handoff.Roster,
    inherited: dict[str, Any],
    pointing: bool = False,
) -> bool:
    """Whether a clause that also needs another tool only mentions this one again: an earlier step
    called it, and the clause states none of its values by their words (each is carried over or
    guessed, `WEAK`, or is the ask's words that point back, "translate the phrase"). Its words set the
    scene for the other tool's ask. A clause of its own (`pointing`) repeats the call only in words that
    point back ("… Can you get the weather and translate the phrase?"): no new call either."""
    if not any(step.tool.name == tool.name for step in steps):
        return False
    calls = fill_tool(tool, part, conversation, [], roster, inherited=inherited)
    arguments = [a for call in calls or [] for a in call.arguments]
    back = [a for a in arguments if a.rule in ("ask", "residual") and _points_back(a.value, part, tool)]
    if pointing:  # a clause of its own: when what it gives are words that point back, and no new value
        return bool(back) and all(a in back or a.rule in WEAK - GUESSED for a in arguments)
    return not calls or all(a in back or a.rule in WEAK and not _series_of_its_own(a) for a in arguments)


def _series_of_its_own(argument: Any) -> bool:
    """Whether a list value the part read by position is a series of numbers it writes ("…, and the mean
    of 10, 20 and 30"): several stated values are no guess, so the part is an ask of its own."""
    value = argument.value
    return (
        argument.rule == "position"
        and isinstance(value, list)
        and len(value) > 1
        and all(isinstance(v, int | float) for v in value)
    )


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _points_back(value: Any, part: str, tool: Tool) -> bool:
    """Whether words taken for a value only name the tool's own thing again and one thing before by a
    definite article ("… and translate **the phrase**?" after the phrase was given): no new value."""
    if not isinstance(value, str):
        return False
    said = re.findall(r"[A-Za-z']+", part.lower())
    rest = [
        w
        for w in re.findall(r"[A-Za-z']+", value.lower())
        if not lexicon.is_function_word(w) and lexicon.root(w) not in tool.vocabulary
    ]
    return len(rest) <= 1 and all(
        any(i and said[i - 1] in _DEFINITE for i, s in enumerate(said) if s == w) for w in rest
    )


def awaits_result(filled: Filled, tool: Tool, before: list[Tool], clause: str = "") -> bool:
    """Whether a call's words for a value refer back to what a step called earlier in this turn produces,
    so the call waits for that result (rule 4): the words read for a text value are a third-person pronoun
    ("translate *them* into German", "send *it* to …"), or a definite noun phrase whose head word the
    earlier tool is named or described by ("encrypt *the calculated area*" after `compute_circle_area`,
    "analyze *the lyrics*" after a lyrics tool). A number only carried over from the earlier call ("as
    before") while the clause names such a product ("… then create an invoice for Dana for *the total*"
    after a tip tool that gives the total; "invoice Lee for *the converted amount*" after a conversion,
    the participle naming the earlier tool's act) is that product, not the earlier input: it waits too.
    Nothing is stated for it yet; a small model waits."""
    if not before:
        return False
    return any(_product_meant(a, tool, before, clause) is not None for a in filled.arguments)


_DEFINITE_PHRASE = re.compile(r"\b(?:the|that|this|these|those)\s+(?:([a-z]+)ed\s+)?([a-z]+)\b")
"""A definite noun phrase, with a participle before its head: "the calculated area", "the total"."""


def _product_meant(argument: Any, tool: Tool, before: list[Tool], clause: str = "") -> str | None:
    """How an argument's words refer back to an earlier tool's product: "" for a third-person pronoun,
    the head noun's root for a definite noun phrase naming it (`_products_named`), None when they do not.
    A text value may be the phrase, or words read from inside the clause's phrase as the ask's words or
    near the parameter's name ("email *the price*" read as "price"); a number only carried over ("as before") is the product when the clause names one
    (`awaits_result`)."""
    value = argument.value
    if argument.rule == "as before" and isinstance(value, int | float) and not isinstance(value, bool):
        return next((head for head, _ in _products_named(clause, tool, before)), None)
    if not isinstance(value, str):
        return None
    words = re.findall(r"[A-Za-z']+", value.lower())
    if argument.rule in ("ask", "residual"):
        if words and THIRD_PERSON.fullmatch(words[0]):
            return ""
        for head, _ in _products_named(value, tool, before):
            return head
    if argument.rule not in ("ask", "residual", "named"):
        return None  # a value read by its role or as an example ("from the hotel", "wheat") is the thing
    content = {w for w in words if not lexicon.is_function_word(w)}
    for head, phrase in _products_named(clause, tool, before):
        if content and content <= phrase:
            return head
    return None


def _products_named(text: str, tool: Tool, before: list[Tool]) -> list[tuple[str, set[str]]]:
    """The definite noun phrases of `text` that name what an earlier tool produces (head root, words):
    the head or the participle before it is a word of an earlier tool and not of this one ("the
    calculated *area*" after `compute_circle_area`, "the *converted* amount" after a conversion), or the
    head is a word that names any tool's answer (`answer.WRAPPERS`: "the result", "the output")."""
    found = []
    for match in _DEFINITE_PHRASE.finditer(text.lower()):
        head = lexicon.root(match.group(2))
        act = lexicon.root(match.group(1) + "ed") if match.group(1) else ""  # "converted" → convert
        if match.group(2) in WRAPPERS or any(
            word and word not in tool.vocabulary and any(word in t.vocabulary for t in before)
            for word in (head, act)
        ):
            found.append((head, set(match.group(0).split()[1:])))
    return found


def taken_from_results(filled: Filled, tool: Tool, done: list[tuple[Tool, str]], clause: str = "") -> Filled:
    """The call with each value whose words refer back to an earlier step's product (`awaits_result`) taken
    from that step's result, once it has come back (rule 4, next turn): "encrypt the calculated area" after
    `{"area": 50.27}` encrypts "50.27", "translate them into German" after the lyrics translates the lyrics.
    The result is the latest one of a step whose tool the words name (else, as for a pronoun or "the
    result", the latest of all);
    of it, the one value it holds, or the field named like the head noun (or, for a pronoun, like the
    earlier tool), or what a wrapper holds (`{"result": …}`); a text parameter takes the whole result said
    in words when no one field is meant. A value that does not fit the parameter's type stays as read."""
    properties = tool.schema.get("properties") or {}
    values, arguments = dict(filled.values), list(filled.arguments)
    for index, argument in enumerate(arguments):
        head = _product_meant(argument, tool, [t for t, _ in done], clause)
        if head is None:
            continue
        source = next((d for d in reversed(done) if head and head in d[0].vocabulary), done[-1])
        kind = (properties.get(argument.name) or {}).get("type")
        value = _fitting(_result_value(source[1], head, source[0]), source[1], kind)
        if value is None:
            continue
        values[argument.name] = value
        arguments[index] = replace(
            argument, value=value, rule="result", evidence=f"{source[0].name}'s result"
        )
    return replace(filled, values=values, arguments=arguments)


def given_the_result(
    tool: Tool, clause: str, conversation: Conversation, roster: handoff.Roster, done: list[tuple[Tool, str]]
) -> list[Filled] | None:
    """The call of a clause that refers back by a pronoun alone ("… and email *it* to sam@example.com") and
    so leaves the one text value its tool requires unread: once the earlier step's result is back, "it"
    is that result (rule 6, next turn), given to that parameter (see `taken_from_results`). None when the
    clause has no such pronoun, or lacks another value, or more than one."""
    if not done or not THIRD_PERSON.search(clause):
        return None
    missing: list[str] = []
    if fill_tool(tool, clause, conversation, [], roster, on_missing=missing.append) is not None:
        return None
    properties = tool.schema.get("properties") or {}
    if len(set(missing)) != 1 or (properties.get(missing[0]) or {}).get("type") != "string":
        return None
    source, result = done[-1]
    value = _fitting(_result_value(result, "", source), result, "string")
    if value is None:
        return None
    return fill_tool(tool, clause, conversation, [], roster, inherited={missing[0]: value})


def _result_value(result: str, head: str, source: Tool) -> Any:
    """The value of a tool's result that words refer back to (see `taken_from_results`), or None."""
    try:
        value = json.loads(result)
    except (ValueError, TypeError):
        return result.strip() or None
    while isinstance(value, dict) and len(value) == 1:
        value = next(iter(value.values()))
    if not isinstance(value, dict):
        return value
    wanted = {head} if head else set(source.name_roots)
    named = [v for k, v in value.items() if wanted & set(roots_of(k.replace("_", " ")))]
    if len(named) == 1:
        return named[0]
    wrapped = [v for k, v in value.items() if k.lower() in WRAPPERS]
    return wrapped[0] if len(wrapped) == 1 else None


def _fitting(value: Any, result: str, kind: str | None) -> Any:
    """`value` as a parameter of JSON type `kind` takes it; a text parameter takes the whole result in
    words when no one value was found; None when it cannot be given."""
    if kind in ("number", "integer"):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return None
        try:
            number = float(value)
        except ValueError:
            return None
        return int(number) if kind == "integer" and number.is_integer() else number
    if kind not in (None, "string"):
        return value if value is not None else None
    if value is None or isinstance(value, dict | list):
        return render_result(result).strip("“”") or None
    if isinstance(value, float):
        return f"{value:g}" if value.is_integer() else str(value)
    return str(value)


def _tells_more(told: list[Any] | None, alone: list[Any] | None) -> bool:
    """Whether the calls read with the scene before a question (`told`) state more than the question
    alone: it could not be filled alone, or the scene gives more values by their words and changes none
    the question states ("Our bill was $84. How much should each of us tip at 18%?": `bill_amount` is
    the scene's $84, not a number the question leaves over)."""
    if told is None:
        return False
    if alone is None:
        return True
    if len(told) != 1 or len(alone) != 1:
        return False
    firm = {a.name: a.value for a in told[0].arguments if a.rule not in WEAK}
    stated = {a.name: a.value for a in alone[0].arguments if a.rule not in WEAK}
    return len(firm) > len(stated) and all(firm.get(name) == value for name, value in stated.items())


def _callable_first(
    needed: list[Score], clause: str, matcher: Matcher, conversation: Conversation, earlier: dict[str, Any]
) -> list[Score]:
    """The best tool, or — when it lacks a value the clause does not give — another tool that also fits
    the clause (passes the same test) and can be called from it: of two fitting tools a model calls the one
    it has the values for ("Find a book 'The Alchemist' in Boston" with `search_book(book_name, city)` and
    `reserve_book(book_id, branch_id)`), rather than asking for an id. One that takes every value by its
    words (none by a guess, `GUESSED`) goes first. A tool the clause names by a word of its own name (not
    the lead verb) that the other tool lacks stays ("Solve the sudoku …" with `sudoku_solve(grid)` and
    `riddle_solve(riddle)`): the other only shares the verb or the thing, and the ask was for this one."""
    if len(needed) != 1 or needed[0].special:
        return needed
    best = needed[0]

    def filled(score: Score) -> list[Any] | None:
        carried = _carried(score.tool, earlier, again=False, clause=clause)
        return fill_tool(score.tool, clause, conversation, [], conversation.roster, inherited=carried)

    mine = filled(best)
    if mine is not None:
        return _holding_more(best, mine, clause, matcher, filled) or needed
    lead = text.words(clause)[:1]
    named = {
        lexicon.root(w) for w in best.matched if lexicon.root(w) in best.tool.name_roots and w not in lead
    }  # "Play the Game of **life**", "the **future value** of my investment": words only its name has
    others = [
        (s, calls)
        for s in matcher.ranked(clause)
        if s is not best
        and s.total >= matcher.min_score(s.tool)
        and s.topic
        and named <= set(s.tool.vocabulary)
        and (calls := filled(s)) is not None
    ]
    if not others:
        return needed
    firm = [s for s, calls in others if all(a.rule not in GUESSED for c in calls for a in c.arguments)]
    chosen = (firm or [s for s, _ in others])[0]
    chosen.special = f"fits too, and the clause gives its values ({best.tool.name} lacks one)"
    return [chosen]


def _stated(calls: list[Any]) -> int:
    """How many values the calls take from what the clause says (not filled for want of evidence, `WEAK`)."""
    return sum(a.rule not in WEAK for c in calls for a in c.arguments)


def _holding_more(best: Score, mine: list[Any], clause: str, matcher: Matcher, filled: Any) -> list[Score]:
    """A look-alike of the best tool that scores as much by the same words of the clause, does the same act
    to the same thing (`Tool.act`, `Tool.thing_roots`) and takes more of the values the clause states, when
    there is one: of two tools that differ only in what they take, a model calls the one that holds all it
    was told rather than drop some ("the water levels at gauge G-12 over the past 2 hours" for the history of the readings, not the latest
    reading, which has no place for the two hours). Empty when no such tool is offered."""
    have = _stated(mine)
    more = []
    for other in matcher.ranked(clause):
        if (
            other is best
            or other.tool is best.tool
            or other.total != best.total
            or set(other.matched) != set(best.matched)
            or not other.topic
            or other.tool.act != best.tool.act
            or not other.tool.thing_roots & best.tool.thing_roots
        ):
            continue
        calls = filled(other)
        if calls is None or any(a.rule in GUESSED for c in calls for a in c.arguments):
            continue
        if (n := _stated(calls)) > have:
            more.append((n, other))
    if not more:
        return []
    chosen = max(more, key=lambda m: m[0])[1]
    chosen.special = f"as good a fit, and takes more of the values the clause states than {best.tool.name}"
    return [chosen]


def _with_producers(
    needed: list[Score], clause: str, matcher: Matcher, conversation: Conversation, earlier: dict[str, Any]
) -> list[Score]:
    """The needed tools, after the tool that supplies what the first one lacks: when the clause does not
    give a required value (`member_id`) and another offered tool is named for it (`find_member_id`: its
    name holds the parameter's words, of which there is one at least: a parameter named only by a
    preposition, `_from` or `to`, names a role, no thing a tool is named for, and no tool supplies it)
    and can be called from the clause, it goes first,
    and its result feeds the other (rule 6). A value an earlier ask gives ("I have two functions, 'x+1'
    and '2x'. Find their intersection points.") is not lacking: no tool need supply it."""
    if not needed:
        return needed
    missing: list[str] = []
    carried = _carried(needed[0].tool, earlier, again=False, clause=clause)
    fill_tool(
        needed[0].tool,
        clause,
        conversation,
        [],
        conversation.roster,
        inherited=carried,
        on_missing=missing.append,
    )
    if not missing:
        return needed
    wanted = {lexicon.root(w) for w in words_of(missing[0]) if not lexicon.is_function_word(w)}
    if not wanted:
        return needed  # `_from`, `to`: a place named by its preposition, a role no tool's name can produce
    chosen = {s.tool.name for s in needed}
    for tool in matcher.tools:
        if (
            tool.name not in chosen
            and wanted <= tool.name_roots
            and fill_tool(tool, clause, conversation, [], conversation.roster) is not None
        ):
            producer = matcher.score(clause, tool)
            producer.special = f"supplies `{missing[0]}` for {needed[0].tool.name}"
            return [producer, *needed]
    return needed


_NOT_ITS_OWN = frozenset({"as before", "default", "forced"})
"""Rules that fill a value from elsewhere than the clause's words: carried over, defaulted or forced."""


def _without_reports(
    steps: list[Step], clauses: list[str], conversation: Conversation, roster: handoff.Roster
) -> list[Step]:
    """The steps less those of a statement that only reports an act done or a thing known already
    (`text.reports`: "My neighbour sold a 4-bedroom one for $520,000", "Last season he scored 30 goals in
    2021", "I already did 30 USD to GBP this morning") when another clause, one that asks, calls the same
    tool with every value it requires read from its own words (none carried over, defaulted or forced; a
    value placed by position is its own). The report tells the story
    around the ask; its values are those of the act done, and the ask says which call is wanted now. A
    report is kept when the ask needs it ("I bought it for $200 and sold it for $300. What was my
    return?": the ask states nothing of its own), and so is a step that took in an ask after it."""
    told = {s.clause_index for s in steps if text.reports(clauses[s.clause_index])}
    asks = [s for s in steps if s.clause_index not in told]

    def reported(step: Step) -> bool:
        return (
            step.clause_index in told
            and all(k in told for k in step.absorbed)
            and any(a.tool.name == step.tool.name and own(a) for a in asks)
        )

    def own(step: Step) -> bool:
        calls = fill_tool(step.tool, step.text, conversation, [], roster)
        required = set(step.tool.schema.get("required", []))
        return bool(calls) and all(
            required <= {a.name for a in call.arguments if a.rule not in _NOT_ITS_OWN} for call in calls
        )

    owned = {k for s in steps for k in (s.clause_index, *s.absorbed)}
    return [s for s in steps if not reported(s) and not _aside(s, told, asks, owned, len(clauses))]


def _aside(step: Step, told: set[int], asks: list[Step], owned: set[int], size: int) -> bool:
    """Whether `step` serves only a report (`text.reports`) and calls a tool that no ask beside it calls:
    "Buy 3 tickets for 'Paper Moon'. We watched a horror film there last Friday", "Could you play the
    episode …? She listened to it twice last month in her garden". An act told as done before the asking
    is the story around what is asked; it asks for no act of its own now, least of all the same act again
    (booking the hotel stayed at last year, ordering what was already ordered). A request of reports only,
    with no ask beside them, is left as it was, and so is a report followed by a clause that makes no call
    of its own ("I invested $10,000 a few years ago and it's now worth $13,750 — what's my ROI?"): that
    clause asks about the report, whose values are its set-up."""
    after = step.clause_index + 1
    return (
        bool(asks)
        and step.clause_index in told
        and all(k in told for k in step.absorbed)
        and not any(a.tool.name == step.tool.name for a in asks)
        and (after >= size or after in owned)
    )


def _continues(steps: list[Step], step: Step, conversation: Conversation, roster: handoff.Roster) -> bool:
    """Whether `step` goes on describing the last step's call (same tool, added values, none changed);
    if so the last step takes its values, and the step is no call of its own. Two questions are two
    asks, each answered by its own call, however few values the second adds — unless the second asks
    more about the first one's subject ("who are they playing?"). "As well"/"too" ask for more of the last
    call when what they state changes none of its values; a statement labelling a value by a parameter's
    words (`LABEL`) sets it in the last call, over what that call's own words gave."""
    if not steps or steps[-1].tool.name != step.tool.name or steps[-1].clause_index == step.clause_index:
        return False
    if ASKED_AGAIN.search(ADDED.sub(" ", step.text)):
        return False  # "fetch the same sequence again": a call of its own, not more of the last
    last = steps[-1]
    if _items_told(step.text) - _items_told(last.text):
        return False  # "… In the second experiment, …": another scenario told apart, no more of the first
    refers = _refers_back(step) and not _asks_again(step.text)  # not "get it for Tesla": another call
    if text.asks_question(last.text) and text.asks_question(step.text) and not refers:
        return False  # "what is the distance …, and then what is the distance if …?": two answers
    said = _as_label(step.text)  # "Use Leeds as the city" says what "The city is Leeds" says
    before = fill_tool(last.tool, last.text, conversation, [], roster, inherited=last.inherited)
    after = fill_tool(step.tool, said, conversation, [], roster, inherited={}, forced=True)
    if not before or not after or len(after) != 1:
        return False
    # a clause about the last one's subject ("a brief about this movie, with Director, Cast …") adds
    # to that call: a name it places by its kind alone does not replace the subject the last one named
    ignored = WEAK | {"role", "form"} if refers else WEAK
    # nor does the clause itself, which a text parameter takes for want of its words ("… Also add an SEO
    # description saying 'X'." states no body text), over a value the last call's words gave
    ignored = ignored | {"ask"}
    firm_before = {a.name for call in before for a in call.arguments if a.rule not in WEAK}
    stated = {
        a.name: a.value
        for a in after[0].arguments
        if a.rule not in WEAK and not (a.rule in ignored and a.name in firm_before)
    }
    if not stated:
        return refers  # "Could you provide a brief about this movie?": the same ask of the same subject
    if _asked_again_of_a_guess(before, stated, step.text, conversation.request):
        return False  # "… for 4 and then for 12 servings": the ask again, of a new number
    subjects = _label_subjects(said)
    labels = {
        a.name: a.value
        for a in after[0].arguments
        if a.rule not in WEAK - {"position"}
        and any(_names_parameter(subject, a.name, step.tool) for subject in subjects)
    }
    if labels:
        # "… a bus from Leeds to York. The departure date is 2024-05-03.": a statement that labels a value
        # by its parameter's words says what the ask meant, in place of what the ask's words gave
        last.inherited = {**last.inherited, **{n: Labelled(v) for n, v in labels.items()}}
        return True
    # A value the last step only carried over gives way, unless that step asked to keep it ("…
    # keeping the same number of shares", "do the same for …"): then the kept value is what it asks.
    weak = WEAK - {"as before"} if KEEP.search(last.text) else WEAK
    for call in before:  # "… Please use the metric system for all of them": every call of the last step
        firm = {a.name: a.value for a in call.arguments if a.rule not in weak}
        if any(name in firm and firm[name] != value for name, value in stated.items()):
            return False
    last.inherited = {**last.inherited, **_over_guesses(before, stated)}
    return True


def _asked_again_of_a_guess(before: list[Filled], stated: dict[str, Any], clause: str, request: str) -> bool:
    """Whether a clause that "then" opens, that leaves out its verb and opens on a preposition ("… for 4 and
    then for 12 servings", "… with 2 and then with 4 workers", "… over 10 and then over 20 years") states
    another value for a parameter the last call only guessed (took by its place): the preposition said
    again with a new value asks the ask again of it, as "in Cairo and in Lima" is two asks, though the
    unit said once after the last number ("servings") names the parameter only there. So it is a call of
    its own, not a label of the last call's value."""
    opens = ELLIPTICAL.search(clause) or re.match(rf"^\W*(?:{_ITEM_PREPOSITIONS})\b", clause, re.I)
    if not opens or not re.search(rf"\bthen\W+{re.escape(clause)}", request, re.I):
        return False
    guessed = {a.name: a.value for call in before for a in call.arguments if a.rule in GUESSED}
    return any(name in guessed and guessed[name] != value for name, value in stated.items())


_NEXT_LABEL = re.compile(r",?\s+and\s+|;\s*|,\s+(?=(?:the|my|our|its)\s)", re.I)
"""Where a statement of several labels goes on to the next ("The address is x@y.com and the body is 'Hi'")."""


def _label_subjects(said: str) -> list[set[str]]:
    """The roots of each subject a statement labels ("The address is x@y.com and the body is 'Hi'" →
    {address}, {body}): every part of it, cut at "and", ";" or a comma before an article, that is a
    `LABEL` statement. A question labels nothing."""
    if text.is_question(said):
        return []
    found = [LABEL.match(part.strip()) for part in _NEXT_LABEL.split(said)]
    return [set(roots_of(m.group("subject"))) for m in found if m]


def _names_parameter(subject: set[str], name: str, tool: Tool) -> bool:
    """Whether a label's subject names a parameter: it shares a word with the parameter's name ("the
    departure date" of `departure_date`), or, when it shares one with no parameter's name, a word of it is
    a word of the parameter's description and of no other's ("the address" of `to`, "The recipient's email
    address"): a parameter is known by the words its description calls it."""
    if not subject:
        return False
    if subject & set(roots_of(name)):
        return True
    if any(subject & set(roots_of(other)) for other in tool.properties):
        return False
    described = {
        other: set(roots_of(str(spec.get("description", "")))) for other, spec in tool.properties.items()
    }
    own = subject & described[name]
    return bool(own) and not any(own & words for other, words in described.items() if other != name)


def _over_guesses(before: list[Filled], stated: dict[str, Any]) -> dict[str, Any]:
    """The values a clause that goes on about the last ask states, those in place of a value that ask
    only guessed (by position or from its words left over) marked to stand over it: "Maria is an
    attorney on the case with docket number '5521'. She needs the 'verdict' of that case." — the detail
    is the verdict, not the name the first sentence left over."""
    guessed = {a.name for call in before for a in call.arguments if a.rule in GUESSED}
    return {n: Labelled(v) if n in guessed else v for n, v in stated.items()}


CONTRAST = re.compile(r"^\W*but\b|\bthis time\b", re.I)
"""Words by which a setting sets apart the ask it follows from those before ("But this time, …")."""


def _sets_for_all(
    steps: list[Step], step: Step, conversation: Conversation, roster: handoff.Roster, since: int = -1
) -> bool:
    """Whether `step`'s clause only adds a setting to the asks already made ("… Also, what is its final
    speed? Please round the answers to 2 decimals."): it names a tool asked before, states values for
    optional parameters only, and does not ask again ("the same for …", "what about …"). It is no new
    ask: its values go to every earlier ask whose tool has those parameters and states none of them,
    not only to the last (a setting said after several asks is said of them all) — those since the
    last clause that added to an ask ("… as a decimal. 3. … But this time, as a ratio.": the third)."""
    if step.tool.name not in {s.tool.name for s in steps}:
        return False
    if _asks_again(step.text) or text.asks_question(step.text):
        return False  # "… and then what is the distance if we allow transfers?": a question of its own
    if not step.text[:1].isupper() or CONTRAST.search(step.text):
        # "… in 25 seconds and provide the answer in km/h", "But this time, as a ratio": said of one ask
        return False
    after = fill_tool(step.tool, step.text, conversation, [], roster, inherited={}, forced=True)
    if not after or len(after) != 1:
        return False
    stated = {a.name: a.value for a in after[0].arguments if a.rule not in WEAK}
    required = set(step.tool.schema.get("required", []))
    if not stated or required & set(stated):
        return False
    targets = [
        s
        for s in steps
        if since < s.clause_index < step.clause_index and set(stated) <= set(s.tool.properties)
    ]
    if not targets:
        return False
    for target in targets:
        before = fill_tool(target.tool, target.text, conversation, [], roster, inherited=target.inherited)
        for call in before or []:
            firm = {a.name: a.value for a in call.arguments if a.rule not in WEAK}
            firm.update({n: v for n, v in target.inherited.items() if n in stated})
            if any(name in firm and firm[name] != value for name, value in stated.items()):
                return False  # the clause changes a setting an ask was given: another call, not the same
    for target in targets:
        target.inherited = {**target.inherited, **stated}
    return True


_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s+([a-z]+)", re.I)


def _said_of_every_item(steps: list[Step], conversation: Conversation, roster: handoff.Roster) -> None:
    """Options of one parameter said once, after a comma, at the end of the last of several asks of one
    tool ("… from New York to Los Angeles, and then from Los Angeles to Miami, considering both the shortest
    and scenic routes"; "an item at $15 and one at $25, with tax and without") are said of every item, as a
    value said after the last item is (`fanout._said_last`): each earlier ask of the tool right before it,
    whose calls hold none of the options or one of them, is made once per option too. Not when the clause
    sets its ask apart ("but this time …")."""
    for k in range(len(steps) - 1, 0, -1):
        last = steps[k]
        if CONTRAST.search(last.text) or "," not in last.text:
            continue
        calls = fill_tool(last.tool, last.text, conversation, [], roster, inherited=last.inherited) or []
        series = {
            a.name
            for call in calls
            for a in call.arguments
            if a.rule in ("series", "labelled") and a.evidence.startswith("one call per value of")
        }
        tail = last.text.rsplit(",", 1)[1]
        for name in series:
            said = [call.values[name] for call in calls if name in call.values]
            if any(isinstance(value, list | dict) for value in said):
                continue  # a series of lists: whole values, no options to say of the other items
            options = tuple(dict.fromkeys(said))
            if len(options) < 2 or any(
                _written(value, tail) for call in calls for n, value in call.values.items() if n != name
            ):
                continue
            j = k - 1
            while (
                j >= 0 and steps[j].tool.name == last.tool.name and steps[j].clause_index < last.clause_index
            ):
                earlier = steps[j]
                given = {**earlier.inherited, name: Labelled(Several(options))}
                before = fill_tool(
                    earlier.tool, earlier.text, conversation, [], roster, inherited=earlier.inherited
                )
                if before is None and fill_tool(
                    earlier.tool, earlier.text, conversation, [], roster, inherited=given
                ):
                    before = [Filled({})]  # the ask lacked only this value: the options after it give it
                held = [call.values.get(name) for call in before or []]
                if not before or any(value != held[0] for value in held) or held[0] not in (None, *options):
                    break
                earlier.inherited = given
                j -= 1


_EVERY = r"(?:both|each|apiece|all\s+of\s+them|all\s+(?:two|three|four|five))"
_FOR_EACH = re.compile(rf"^\s*{_EVERY}\b|\b{_EVERY}\W*$", re.I)
"""A phrase that a word for every item opens or closes, which says its value of every item before it
("…, business class **for both**", "**both** in Celsius", "for 3 guests **each**", "**all three** in
metric"); the word at the phrase's edge floats over the whole list, not inside the phrase ("…, compare
both prices with the budget" says nothing of every item)."""


def _said_for_each_ask(steps: list[Step], conversation: Conversation, roster: handoff.Roster) -> None:
    """A value said once, after the last comma of the last of several asks of one tool, with "both",
    "each" or "all three" ("Book a flight from Boston to Denver on 2025-03-14 and another from Denver to
    Seattle on 2025-03-20, **business class for both**"; "the forecast for Oslo for 3 days, and then for
    Bergen for 5 days, **both in Celsius**"; "a room in Vienna for 2 nights, and another in Prague for 4
    nights, **for 3 guests each**") is said of every one of those asks, as a value said for each item of
    one clause is (`fanout._said_of_each`): each earlier ask of the tool right before it that states no
    value of its own for that parameter takes it. Only values the tail writes and the rest of the last
    ask does not; not when the last ask sets itself apart ("but this time …")."""
    for k in range(len(steps) - 1, 0, -1):
        last = steps[k]
        if CONTRAST.search(last.text) or "," not in last.text:
            continue
        head, tail = last.text.rsplit(",", 1)
        if not _FOR_EACH.search(tail):
            continue
        calls = fill_tool(last.tool, last.text, conversation, [], roster, inherited=last.inherited) or []
        if len(calls) != 1:
            continue
        said = {
            a.name: a.value
            for a in calls[0].arguments
            if a.rule not in WEAK and _written(a.value, tail) and not _written(a.value, head)
        }
        if not said:
            continue
        j = k - 1
        while j >= 0 and steps[j].tool.name == last.tool.name and steps[j].clause_index < last.clause_index:
            earlier = steps[j]
            before = fill_tool(
                earlier.tool, earlier.text, conversation, [], roster, inherited=earlier.inherited
            )
            firm = {a.name for call in before or [] for a in call.arguments if a.rule not in WEAK}
            given = {name: value for name, value in said.items() if name not in firm}
            if not before or not given:
                break
            earlier.inherited = {**earlier.inherited, **given}
            j -= 1


def _written(value: Any, words: str) -> bool:
    """Whether a value stands written in the words (a number in any of its usual forms)."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int | float):
        forms = {str(value), f"{value:g}", f"{value:,.0f}" if float(value).is_integer() else str(value)}
        return any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", words) for f in forms)
    return isinstance(value, str) and value.lower() in words.lower()


def _refers_back(step: Step) -> bool:
    """Whether the step's clause asks more about the last one's subject: a third-person pronoun ("who
    are *they* playing?") or a demonstrative before the thing the tool is named for ("a brief about
    *this movie*" for `movie_details`)."""
    if THIRD_PERSON.search(step.text):
        return True
    return any(
        lexicon.root(match.group(1)) in step.tool.name_roots for match in _DEMONSTRATIVE.finditer(step.text)
    )


def rejoin(clauses: list[str], matcher: Matcher, conversation: Conversation) -> list[str]:
    """Clauses put back together where the split cut one ask in two: a clause whose best tool cannot
    be filled alone, but can with the clause after it ("… at an initial speed of 20 m/s and then
    accelerates at 10 m/s² for 5 seconds"), is one clause; so is one that can be filled with the few
    statements after it that ask for no other tool (`_taken`). Scenarios told one by one are first told
    apart (`_told_apart`)."""
    joined = _told_apart(list(clauses), matcher, conversation)
    i = 0
    while i < len(joined) - 1:
        needed = matcher.needed(joined[i])
        following = matcher.needed(joined[i + 1])
        if ASKED_AGAIN.search(joined[i]) or ASKED_AGAIN.search(joined[i + 1]):
            i += 1  # "do the same … but …": it takes what it lacks from before, not from the next clause
            continue
        if text.is_question(joined[i]) and text.is_question(joined[i + 1]):
            i += 1  # two questions are two asks; the second takes what it lacks from before
            continue
        own = (
            not following
            or following[0].tool.name == needed[0].tool.name
            or _names_its_inputs(joined[i + 1], following[0], needed[0].tool)
            if needed
            else False
        )
        if (
            needed
            and own
            and fill_tool(needed[0].tool, joined[i], conversation, [], conversation.roster) is None
            and not _set_before(joined, i, needed[0].tool, matcher, conversation)
        ):
            taken = _taken(joined, i, needed[0].tool, matcher, conversation)
            if taken:
                joined[i : i + len(taken)] = [_together(taken, conversation.request)]
                continue
        if (
            needed
            and not _calls_alone(following, joined[i + 1], conversation)
            and _only_adds_options(joined[i], joined[i + 1], needed[0].tool, conversation)
        ):
            joined[i : i + 2] = [_together(joined[i : i + 2])]
            continue
        i += 1
    return joined


_ITEM = re.compile(
    r"^(?:(?:and|then|finally|lastly),?\s+)?(?:(?:in|for|on|under|with|at)\s+)?the\s+"
    rf"({'|'.join([*lexicon.ORDINALS, 'last'])})\b(?!\s+(?:of|time|thing)\b)",
    re.IGNORECASE,
)
"""A sentence that opens on "the first", "in the second …", "for the third …": it tells one item of several."""
_ABOUT_THE_ITEM = re.compile(
    r"\b(?:(?:this|that)\s+[a-z]+|it|its)\b(?!\s+(?:is|was)\s+(?:a|an)\b)", re.IGNORECASE
)
"""A singular reference back ("this case", "it"): a sentence after an item that is still about that item."""


def _items_told(clause: str) -> set[str]:
    """The ordinals that open the sentences of a clause ("In the second plan, …" → {"second"}): the items
    of a scene told apart (`_told_apart`) it holds."""
    return {m.group(1).lower() for m in (_ITEM.match(s) for s in re.split(r"(?<=\.)\s+", clause)) if m}


_NEXT_ITEM = re.compile(
    rf"\s*(?:,\s*(?:and\s+|while\s+)?|;\s*|\s+(?:and|while)\s+)(?=the\s+(?:{'|'.join([*lexicon.ORDINALS, 'last'])})\b)",
    re.IGNORECASE,
)
"""Where a sentence that tells one item goes on to the next: "…, and the second …", "… and the last …"."""


def _items_within(clause: str) -> list[str]:
    """A clause that opens on an item cut where it goes on to the next ("The first bed grows lettuce and the
    second bed grows beans" → two items), each its own sentence of the scene told apart."""
    if not _ITEM.match(clause):
        return [clause]
    return [part[:1].upper() + part[1:] for part in _NEXT_ITEM.split(clause) if part.strip()]


def _stated_alone(tool: Tool, clause: str, conversation: Conversation) -> bool:
    """Whether a clause alone states every value its tool requires by evidence (none guessed from the
    words left over or by position: "We roast two joints at 190 degrees" names no meat)."""
    filled = fill_tool(tool, clause, conversation, [], conversation.roster)
    required = set(resolve(tool.schema, tool.schema).get("required", []))
    guessed = {a.name for call in filled or [] for a in call.arguments if a.rule in GUESSED}
    return bool(filled) and not guessed & required


def _told_apart(clauses: list[str], matcher: Matcher, conversation: Conversation) -> list[str]:
    """Scenarios told one by one, each a clause of its own with the sentences every scenario shares.

    A long request often announces several cases and tells each in a sentence of its own, opened by its
    ordinal ("He weighs two plans. In the first plan, he puts in $8000 at 4%. In the second plan, $5000
    at 5%. What will he have after 15 years under each plan?"): each such sentence is one call's values,
    and the sentences that open on no ordinal are every call's: the setting before the items, and those
    after them that tell an item more than it says (a value said once "for both": "In both plans the money
    stays 12 years") or name the ask no sentence before did ("What is the pace of each?"). A sentence right
    after an item that points back to one thing
    ("this case", "it") goes on telling that item ("The first one was filed in Leeds. I need the verdict
    for this case."), as does the rest of its own sentence (", where gravity is 1.62 m/s^2"); an item's
    sentence that goes on to the next item ("The first bed grows lettuce and the second grows beans") is
    cut there (`_items_within`).
    Read so only when the ordinals run first, second, … in order ("the last" after two at least), every
    clause asks for one tool or none, no list of the tool gathers the items (`stops` of "The first stop is
    Cambridge and the second stop is Ely"), no sentence outside the items fills it alone, and each item with the
    shared sentences fills it; else the clauses stay.
    """
    told_as = clauses
    clauses = [part for clause in clauses for part in _items_within(clause)]
    items: list[list[int]] = []
    for i, clause in enumerate(clauses):
        found = _ITEM.match(clause)
        if found:
            place = lexicon.ORDINALS.get(found.group(1).lower(), len(items) + 1 if len(items) > 1 else 0)
            if place != len(items) + 1:
                return told_as  # not first, second, … in order ("the last" after two at least)
            items.append([i])
        elif (
            items
            and items[-1][-1] == i - 1
            and not ALL_OF_THEM.search(clause)
            and (clause[:1].islower() or _ABOUT_THE_ITEM.search(clause))
        ):
            items[-1].append(i)  # the item's sentence goes on (", where …"), or points back to it
    if len(items) < 2:
        return told_as
    tools = {s.tool.name for clause in clauses for s in matcher.needed(clause)}
    if len(tools) != 1:
        return told_as
    tool = next(s.tool for clause in clauses for s in matcher.needed(clause))
    owned = {i for item in items for i in item}
    whole = fill_tool(tool, _together(told_as), conversation, [], conversation.roster) or []
    if any(isinstance(v, list) and len(v) > 1 for call in whole for v in call.values.values()):
        return told_as  # "The first stop is Cambridge and the second stop is Ely": one list's items
    if any(_stated_alone(tool, c, conversation) for i, c in enumerate(clauses) if i not in owned):
        return told_as  # a sentence outside the items makes a call of its own: no mere setting
    told = []
    for item in items:
        scene = [c for i, c in enumerate(clauses) if i in item or i not in owned and i < items[0][0]]
        for i in range(items[0][0] + 1, len(clauses)):
            if i in owned:
                continue
            longer = [*scene, clauses[i]]
            if tool.name not in {s.tool.name for s in matcher.needed(_together(scene))} or _tells_more(
                fill_tool(tool, _together(longer), conversation, [], conversation.roster),
                fill_tool(tool, _together(scene), conversation, [], conversation.roster),
            ):
                scene = longer  # what is said after the items, if it tells them more (or names the ask)
        told.append(_together(scene))
        if fill_tool(tool, told[-1], conversation, [], conversation.roster) is None:
            return told_as
    return told


def _calls_alone(needed: list[Score], clause: str, conversation: Conversation) -> bool:
    """Whether a clause makes a call of its own: its best tool can be filled from its words alone."""
    return (
        bool(needed) and fill_tool(needed[0].tool, clause, conversation, [], conversation.roster) is not None
    )


def _only_adds_options(clause: str, after: str, tool: Tool, conversation: Conversation) -> bool:
    """Whether a clause that makes no call of its own only says more of the ask before it: read with that
    ask, it adds optional values and changes none ("… a payment request to jo@example.com for $150, and
    ensure that the transaction remains private"; "… for $83. Could we keep this transaction private?"). A
    request's afterthought qualifies the ask it follows, as "too" or "also" would: a careful caller puts the
    said option in that call rather than drop it."""
    # an ask that takes a value from a statement before it ("Our bill is $84.60; we want to tip 18% and
    # split it four ways") is read with placeholders for what it lacks: an afterthought that points back
    # to it ("it", "them") adds to it still
    forced = (
        fill_tool(tool, clause, conversation, [], conversation.roster) is None
        and THIRD_PERSON.search(after) is not None
    )
    alone = fill_tool(tool, clause, conversation, [], conversation.roster, forced=forced)
    if not alone or len(alone) != 1:
        return False  # a fan-out's shared values are spread by its own rules (`fanout`)
    together = fill_tool(
        tool, _together([clause, after]), conversation, [], conversation.roster, forced=forced
    )
    if not together or len(together) != 1:
        return False
    guessed = {a.name for a in alone[0].arguments if a.rule == "forced"}
    before = {name: value for name, value in alone[0].values.items() if name not in guessed}
    now = together[0].values
    return len(now) > len(alone[0].values) and all(now.get(name) == value for name, value in before.items())


def _names_its_inputs(clause: str, following: Score, tool: Tool) -> bool:
    """Whether a statement after an ask only names inputs of the ask's tool ("Is the linen shirt still in
    stock? Use the product id LS-442."): every word another tool scores it by is a word of one of the tool's
    parameters' names, so the statement gives the ask the value it lacks, not an ask of its own, though the
    other tool is named for that input's thing (`get_product_details` for a product id). A question asks."""
    if text.is_question(clause) or not following.matched:
        return False
    return all(lexicon.root(word) in tool.input_roots for word in following.matched)


_FOLLOWING = 3
"""How many statements after an ask that lacks values it may take them from."""


def _taken(clauses: list[str], i: int, tool: Tool, matcher: Matcher, conversation: Conversation) -> list[str]:
    """Clause i and the clauses right after it from which its tool can be filled, or none: the next
    clause, and past it only statements that ask for no other tool ("… the future value of my investment
    in 'AAPL'. I have invested $5000 in it … I plan to hold it for 10 years.")."""
    taken = [clauses[i]]
    for k in range(i + 1, min(i + 1 + _FOLLOWING, len(clauses))):
        if k > i + 1 and not _adds_to(clauses[k], tool, matcher):
            return []
        taken.append(clauses[k])
        if (
            fill_tool(tool, _together(taken, conversation.request), conversation, [], conversation.roster)
            is not None
        ):
            return taken
    return []


def _together(clauses: list[str], request: str = "") -> str:
    """Clauses put back together with what stood between them: a sentence that began with a capital
    after a full stop ("A 12 kg parcel goes from Hamburg to Warsaw. Get a quote for it by road and by
    air"), or that the request opens after a full stop, "?" or "!" though in lower case, as people type
    ("I forgot the date of my trip. search between …": `_after_a_stop`), a split clause after "and" — not
    "and" for both, which makes the end of one sentence and the start of the next a series ("Warsaw and
    Get", "my trip and search")."""
    out = clauses[0]
    for clause in clauses[1:]:
        stop = clause[:1].isupper() or _after_a_stop(clause, request)
        out += (". " if stop else " and ") + clause
    return out


def _after_a_stop(clause: str, request: str) -> bool:
    """Whether the request writes `clause` right after a sentence's end (".", "?" or "!" and a space)."""
    at = request.find(clause) if clause else -1
    return at > 0 and bool(re.search(r"[.?!]\s+$", request[:at]))


def _adds_to(clause: str, tool: Tool, matcher: Matcher) -> bool:
    """Whether a later clause may still add to an ask that lacks values: it states (asks no question,
    not "the same") and asks for no other tool."""
    if text.is_question(clause) or ASKED_AGAIN.search(clause):
        return False
    return all(s.tool.name == tool.name for s in matcher.needed(clause))


def _set_before(clauses: list[str], i: int, tool: Tool, matcher: Matcher, conversation: Conversation) -> bool:
    """Whether the clause before, which asked for nothing, holds what clause i lacks ("A van drives at
    20 m/s … What is the stopping distance of this van?"): the values come from there
    (rule 6), not from the clause after."""
    if i == 0 or not _sets_scene_for(clauses[i - 1], tool, matcher):
        return False
    told = f"{clauses[i - 1]} {clauses[i]}"
    return fill_tool(tool, told, conversation, [], conversation.roster) is not None


def _sets_scene_for(clause: str, tool: Tool, matcher: Matcher) -> bool:
    """Whether a clause before an ask of `tool` may be its scene: it asks for nothing, or it is a statement
    (no question, no request) whose only tool is the ask's own ("Yesterday you ran 10 km in 50 minutes.
    What was your pace?"): a statement that tells of the act the question then asks about states the
    question's values, as a narrator sets the scene before asking; the sentence after the question belongs
    to what comes next."""
    needed = matcher.needed(clause)
    if not needed:
        return True
    last = re.split(r"(?<=[.!?])\s+", clause)[-1]  # a clause put back together tells by its last sentence
    return text.tells(last) and not text.is_question(last) and all(s.tool.name == tool.name for s in needed)


def _segments(clause: str, needed: list[Score]) -> list[tuple[Score, str]] | None:
    """For a clause that names several tools, or one tool several times, the part that belongs to each.

    A tool is named by a word of its name that no other needed tool has. Each naming starts a part at
    the last comma or "and" before it, so a list of asks falls apart into its items ("a 5-day air
    quality forecast for New York, a 7-day weather forecast for Los Angeles", "the area of a 4 by 6
    rectangle and the volume of …"); tools named together ("temperature and humidity forecast for
    Boston") share the part after them.
    """
    if not needed:
        return None
    occurrences: list[tuple[Score, int, int]] = []
    distinct = len({s.tool.name for s in needed}) == len(needed) > 1
    said = {lexicon.root(w) for w in re.findall(r"[A-Za-z][\w'-]*", clause)}
    quoted = text.quoted_spans(clause)
    for match in re.finditer(r"[A-Za-z][\w'-]*", clause):
        if _inside_value(match, clause, quoted):
            continue  # "hostname 'mysql.acme.io'" for `register_mysql_server`: a value's word names no tool
        r = lexicon.root(match.group(0))
        for score in needed:
            others = {w for o in needed if o is not score for w in o.tool.vocabulary}
            naming = score.tool.naming_among_others if distinct else score.tool.naming
            if distinct and not (naming - others) & said:
                # a tool the clause does not name apart from the others: a word of its purpose it matched
                # names it ("the upcoming fixtures" for `team_schedule`)
                naming = naming | {
                    lexicon.root(w) for w in score.matched if lexicon.root(w) in score.tool.purpose
                }
            if r in naming and r not in others and not _only_an_act(match, clause, score.tool, said):
                last = occurrences[-1] if occurrences else None
                if (
                    last
                    and last[0] is score
                    and not re.search(r"[,;]|\band\b", clause[last[2] : match.start()])
                ):
                    occurrences[-1] = (
                        score,
                        last[1],
                        match.end(),
                    )  # a two-word name ("stock level"): one naming
                else:
                    occurrences.append((score, match.start(), match.end()))
                break
    if len(occurrences) < 2 or {o[0].tool.name for o in occurrences} != {s.tool.name for s in needed}:
        return None
    starts = [0]
    value = _VALUE_SIGN
    for k, (previous, current) in enumerate(zip(occurrences, occurrences[1:], strict=False)):
        gap = clause[previous[2] : current[1]]
        cuts = [
            c
            for c in re.finditer(rf",(?!\d)\s*(?:and\s+)?|\s+(?:{AND_ASKS})\s+|;\s*", gap)
            if _opens_item(c, gap)
        ]
        own = clause[previous[1] : previous[2]]  # "the area of a 4 by 6 rectangle": values inside the naming
        after = clause[current[2] : occurrences[k + 2][1] if k + 2 < len(occurrences) else len(clause)]
        # "whether 221 is prime and the factorial of 7": each naming has values of its own, before or after
        both = value.search(clause[starts[-1] : previous[2]]) and value.search(after)
        pointed = _POINTS_BACK.search(own)  # "the circumference of that circle, and the volume of …"
        if cuts and (re.search(r"\w", gap[: cuts[-1].start()]) or value.search(own) or both or pointed):
            starts.append(previous[2] + cuts[-1].end())
        else:
            starts.append(starts[-1])  # named together: the part is shared
    parts = []
    for i, occurrence in enumerate(occurrences):
        later = [st for st in starts[i + 1 :] if st != starts[i]]
        end = later[0] if later else len(clause)
        together = [k for k, st in enumerate(starts) if st == starts[i] and k != i]
        own = _without_the_others(clause, occurrences, i, together)
        part = (occurrence[0], own[starts[i] : end - (len(clause) - len(own))].strip(" ,;"))
        if not any(p[0].tool.name == part[0].tool.name and p[1] == part[1] for p in parts):
            # "find me a taxi and i want a ride to 12 Elm Road": one tool named twice in a part they share
            # is one ask of it, not two
            parts.append(part)
    return parts


def _without_the_others(
    clause: str, occurrences: list[tuple[Score, int, int]], i: int, together: list[int]
) -> str:
    """The clause as the ask of one of several tools named together, which share the words after them: the
    other tools' namings and the coordinators that join them left out ("Get the population and the GDP of
    India" is, for the population, "Get the population of India", and for the GDP "Get the GDP of India"), so
    that a word naming another tool ("GDP") is read as no value of this one's. Only namings joined by
    "and"/"or"/a comma (and an article) go; other words between them ("the sentiment of the song lyrics")
    keep the clause whole."""
    cuts = []
    for k in together:
        if k > i:
            cut = (occurrences[k - 1][2], occurrences[k][2])  # " and the GDP"
            gap = clause[occurrences[k - 1][2] : occurrences[k][1]]
        else:  # k < i: the naming after it is at most the i-th
            cut = (occurrences[k][1], occurrences[k + 1][1])  # "population and the "
            gap = clause[occurrences[k][2] : occurrences[k + 1][1]]
        if not _COORDINATED.fullmatch(gap):
            return clause
        cuts.append(cut)
    for start, end in sorted(cuts, reverse=True):
        clause = clause[:start] + clause[end:]
    return clause


_COORDINATED = re.compile(
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:(?:the|a|an|its|their)\s+)?", re.I
)
"""What stands between two namings of tools asked together: a comma, "and"/"or", an article."""


def _only_an_act(match: re.Match[str], clause: str, tool: Tool, said: set[str]) -> bool:
    """Whether a word of a tool's name only says its act ("show" of `show_pickup_points`, "find" of
    `find_trains`, `ACTS`) and opens another ask: the clause names the tool by its thing elsewhere ("show me a
    shipping quote … and the pickup points in Cork"), not within the few words after the verb ("… and find
    a clinic of dermatology"). The act verb then names no tool; it is the verb of the ask it opens, and
    the thing's words name the tool where its part is."""
    if lexicon.lemma(match.group(0).lower()) not in ACTS:
        return False
    thing = tool.thing_roots - {lexicon.root(match.group(0))}
    if not thing & said:
        return False
    following = re.findall(r"[A-Za-z][\w'-]*", clause[match.end() :])[:ACT_REACH]
    return not thing & {lexicon.root(w) for w in following}


def _inside_value(match: re.Match[str], clause: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether a word stands inside a value the clause writes: in quotes, or as a part of a host name, a
    path or an address ("mysql" in "mysql.acme.io", "files" in "/srv/files", "sales" in "sales@acme.io"),
    joined to its neighbours by a dot, slash or "@". A tool's name word there is the value's, and names no
    second call of the tool: a request that writes the server's address names the server once."""
    start, end = match.span()
    if any(a < start and end < b for a, b in quoted):
        return True
    before = clause[start - 1] if start else ""
    after = clause[end : end + 2]
    return before != "" and before in "./@" or bool(re.match(r"[./@]\w", after))


_VALUE_SIGN = re.compile(r"\d|['\"“]")
"""A sign that a stretch of a clause states a value of its own: a digit or an opening quote."""


_POINTS_BACK = re.compile(r"\b(?:that|this|these|those|it|its|them|their)\b", re.I)
"""Words by which a naming points back to an earlier thing ("the circumference of that circle"): the
naming has its own thing, and the list goes on after it with another item."""


def _opens_item(cut: re.Match[str], gap: str) -> bool:
    """Whether a cut between two namings of tools begins an item of a list: a comma or ";" does, and
    an "and" before a word that opens a phrase of its own (a function word: "and the shipping time",
    "and a 7-day forecast"; or a verb: "and find …") or right before the naming. An "and" before any
    other word joins two modifiers of one noun phrase ("the Drama and Comedy movies"): no cut."""
    if "and" not in cut.group(0) or "," in cut.group(0):
        return True
    after = text.words(gap[cut.end() :])
    return (
        not after
        or lexicon.is_function_word(after[0])
        or text.starts_ask(gap[cut.end() :])
        or _verb_of_the_naming(after, gap[cut.end() :])
    )


def _verb_of_the_naming(after: list[str], written: str) -> bool:
    """Whether the words between an "and" and the next tool's naming are a verb and its article ("… for 2
    adults and quote postage for …", "… and price a flight …"): a word that may be a verb and no adjective,
    in lower case, whose object is the naming, opens an ask of its own, though it may be a noun elsewhere
    ("a quote"). An adjective before the naming modifies it instead ("the red and blue shirts"); a
    capitalised word is a name ("and Quote Express"). `after` holds the words as `text.words` gives them, in
    lower case; `written` is the text they were read from."""
    verb, *rest = after
    parts = lexicon.parts(verb)
    return (
        written.lstrip()[:1].islower()
        and "VERB" in parts
        and "ADJ" not in parts
        and all(lexicon.is_function_word(w) for w in rest)
        and len(rest) <= 1
    )


def _referred(steps: list[Step], previous: list[Step], clause: str) -> list[Step]:
    """The steps whose calls a clause varies: the previous clause's first tool — or, when the clause
    refers back to several calls ("repeat these calculations for …", "both of them"), every step of
    that tool in the run of steps that ends with it ("… with the trapezoid method, then the same with
    Simpson's; repeat these for another function" varies both calls)."""
    if not previous:
        return []
    once_more = ONCE_MORE.search(clause) and not re.search(r"\bsame\b", clause, re.I)
    if not ALL_OF_THEM.search(clause) and not once_more:
        return previous[:1]
    tool = previous[0].tool.name
    run: list[Step] = []
    for step in reversed(steps):
        if step.tool.name != tool:
            break
        run.insert(0, step)
    if not ALL_OF_THEM.search(clause):
        return run[:1] or previous[:1]  # "…, then the same in GenBank, and once more with 500 bp": the first
    return run or previous[:1]


ONCE_MORE = re.compile(r"\b(?:once more|again)\b", re.I)
"""Words by which a clause asks the first ask of a run again, not the variation just before it: "fetch
it as FASTA, then the same as GenBank, and once more with 500 bp upstream" keeps FASTA ("the same"
varies the ask just before)."""


def _planned_values(steps: list[Step], conversation: Conversation, roster: handoff.Roster) -> dict[str, Any]:
    """The arguments the referred steps' calls get (made, or as they would be made); a parameter their
    calls gave several values holds them all (`Several`)."""
    calls: list[dict[str, Any]] = []
    for step in steps:
        made = [c.input for c in step.calls if isinstance(c.input, dict)]
        if not made:
            filled = fill_tool(step.tool, step.text, conversation, [], roster, inherited=step.inherited)
            made = [f.values for f in filled or []]
        calls.extend(made)
    return _merged(calls) if calls else {}


def _merged(calls: list[dict[str, Any]]) -> dict[str, Any]:
    merged = dict(calls[0])
    for name in merged:
        values = tuple(dict.fromkeys(json.dumps(c.get(name), sort_keys=True) for c in calls))
        if len(values) > 1:
            merged[name] = Several(tuple(json.loads(v) for v in values))
    return merged


def _carried(tool: Tool, earlier: dict[str, Any], *, again: bool, clause: str = "") -> dict[str, Any]:
    """Earlier values for this tool's parameters of the same name (or one name containing the other);
    from another tool only for required ones: its optional setting ("on the 'Tidal' service") is
    not this tool's. A clause that points back to the earlier call's subject (`_pointed_at`) gives it
    to the one required text parameter no name carries."""
    carried: dict[str, Any] = {}
    used: set[str] = set()
    required = set(tool.schema.get("required", []))
    every = bool(clause) and bool(ALL_OF_THEM.search(clause))
    for name in tool.properties:
        if not again and name not in required:
            continue
        if name in earlier:
            carried[name] = earlier[name]
            used.add(name)
            continue
        mine = set(words_of(name))
        alike = [
            other
            for other, value in earlier.items()
            if (theirs := set(words_of(other)))
            and mine
            and (mine <= theirs or theirs <= mine)
            and not isinstance(value, dict)
        ]
        if alike:
            # "… the distance from Paris to Berlin, and the time zones of both cities": `city` is
            # `city_a` and `city_b` alike, and "both" asks for each
            values = [earlier[o] for o in alike]
            several = every and len(alike) > 1 and all(isinstance(v, str) for v in values)
            carried[name] = Several(tuple(dict.fromkeys(values))) if several else values[0]
            used.update(alike)
    if clause and not again:
        carried.update(_pointed_at(tool, earlier, clause, carried, used, required))
        carried.update(_named_back(tool, earlier, clause, carried))
    return _shared_out(carried)


_NAMED_BACK = re.compile(r"\b(?:that|the\s+same)\s+([a-z]+)\b", re.I)
"""A noun a clause points back with ("that day", "the same date", "that year"): it names a value said before.
("this year" is not among them: it is the current year.)"""

_CALENDAR = frozenset(lexicon.root(w) for w in ("day", "date"))
"""Nouns that name a calendar date as a whole (a date in figures has a day, and is one)."""


def _named_back(tool: Tool, earlier: dict[str, Any], clause: str, carried: dict[str, Any]) -> dict[str, Any]:
    """Values a clause names by pointing back at them ("… and get the sunrise time in York that day", "the
    tides there on the same date"): the earlier call's one value whose parameter the noun names (or, for
    "day"/"date", its one calendar date), given to this tool's one optional parameter of that kind (a
    required one is found later, when the ask lacks it: `model._named_back`). Saying "that day" states the
    value as surely as writing the date again would, so it is no optional
    setting of another tool carried over unasked."""
    found: dict[str, Any] = {}
    for match in _NAMED_BACK.finditer(clause):
        noun = lexicon.root(match.group(1))
        calendar = noun in _CALENDAR
        sources = [
            value
            for name, value in earlier.items()
            if (calendar and isinstance(value, str) and is_date(value))
            or (not calendar and noun in roots_of(name) and not isinstance(value, dict | list | Several))
        ]
        if len(sources) != 1:
            continue
        value = sources[0]
        targets = [
            name
            for name, spec in tool.properties.items()
            if name not in carried
            and name not in found
            and name not in (tool.schema.get("required") or [])  # a required one: `model._named_back`
            and isinstance(spec, dict)
            and (
                Parameter(name, spec, False).kind == "date"
                if calendar
                else noun in roots_of(f"{name} {spec.get('description', '')}")
                and of_type(value, spec.get("type") or "string")
            )
        ]
        if len(targets) == 1:
            found[targets[0]] = value
    return found


POINTS_BACK = re.compile(
    r"\b(?:same|another|instead|that|this|there|it|its|he|she|him|his|her|they|their|them|these|those|both"
    r"|each)\b",
    re.I,
)
"""Words by which a clause points back to an earlier ask's values: they keep what it carried over."""


def _asked_anew(
    tool: Tool, part: str, conversation: Conversation, roster: handoff.Roster, inherited: dict
) -> int | None:
    """Where a clause that asks an earlier step's tool again for another item names that item: it states,
    by its words (no guess, no carry-over), a value other than the one the earlier call had ("List the
    symptoms of measles in children. Then list the symptoms of shingles in adults": adults). Its words
    left over are then its own item's thing (`_own_words`), not the earlier call's, and a pronoun after
    the new value ("… the enzyme pepsin in the stomach and whether it is specific …") is that item's; a
    clause that only goes on about the same call ("… flying to Japan. Do I need a visa?") states no new
    value and keeps it (None)."""
    if not any(isinstance(v, str) for v in inherited.values()):
        return None
    calls = fill_tool(tool, part, conversation, [], roster)
    if not calls or len(calls) != 1:
        return None
    new = [
        a
        for a in calls[0].arguments
        if a.rule not in WEAK and a.name in inherited and a.value != inherited[a.name]
    ]
    if not new:
        return None
    found = [part.find(str(a.value)) for a in new]
    return min((f for f in found if f >= 0), default=0)


def _own_words(
    tool: Tool,
    part: str,
    conversation: Conversation,
    roster: handoff.Roster,
    inherited: dict[str, Any],
    named_at: int | None = None,
) -> dict[str, Any]:
    """A text value carried from an earlier ask of another tool (or of the same tool, when the ask names
    another item, `_asked_anew`) gives way to the words this ask leaves over for it, when the ask neither
    names the value nor points back ("the wheat yield in Kansas. Then
    the price of barley in Iowa": `crop` barley, not wheat): each ask's call takes its own span's values.
    So does a series of words carried over, though the ask names one of its members ("courses in
    statistics, algebra and geometry. Also a tutor for algebra": one tutor call, for algebra). "Another"
    points back to the kind of thing the earlier ask had, not to that thing: "…, then another statue of a
    fox" asks one more statue, and its own words name it (the fox), so it keeps no carried thing."""
    back = next((m for m in POINTS_BACK.finditer(part) if m.group(0).lower() != "another"), None)
    if back and (named_at is None or back.start() < named_at):
        return inherited  # a pronoun after the item's own value ("whether it is specific") is the item's
    own = set(roots_of(part))
    for name, value in list(inherited.items()):
        if isinstance(value, Several):  # a series of words: "courses in statistics, algebra and geometry.
            if not all(isinstance(v, str) for v in value.values):  # Also a tutor for chemistry"
                continue
        elif not isinstance(value, str) or set(roots_of(value)) & own or any(ch.isdigit() for ch in value):
            continue  # a code ("account '00125648'") is no word a later clause's leftovers could restate
        rest = {k: v for k, v in inherited.items() if k != name}
        made = fill_tool(tool, part, conversation, [], roster, inherited=rest)
        if made and len(made) == 1:
            argument = next((a for a in made[0].arguments if a.name == name), None)
            if (
                argument is not None
                and argument.rule in ("residual", "preposition", "aspect")
                and not set(roots_of(str(argument.value))) & set(roots_of(f"{tool.name} {tool.description}"))
            ):  # "… and also calculate the total balance": a word of the tool's own ask is no value
                inherited = rest
    return inherited


def _shared_out(carried: dict[str, Any]) -> dict[str, Any]:
    """Carried values with the members of one earlier series dealt out in order to as many sibling
    parameters that each took the whole series ("the stats of Ana Ruiz and Lia Berg, and the record
    between them": `player1` Ana Ruiz, `player2` Lia Berg; "the distance between them" for `city_a`,
    `city_b`): the siblings name the series' members one by one, not its first member twice."""
    takers: list[tuple[Several, list[str]]] = []  # a list: a series of lists is not hashable
    for name, value in carried.items():
        if isinstance(value, Several):
            names = next((names for series, names in takers if series == value), None)
            if names is None:
                takers.append((value, names := []))
            names.append(name)
    for value, names in takers:
        if len(names) > 1 and len(names) == len(value.values):
            carried.update(zip(names, value.values, strict=True))
    return carried


_POINTING = re.compile(r"\b(?:it|its|them|their|theirs)\b", re.I)
"""Pronouns by which a clause for another tool names the thing the call before was about ("the molar
mass of H2SO4, and how many moles are in 49 grams of it?")."""


def _pointed_at(
    tool: Tool,
    earlier: dict[str, Any],
    clause: str,
    carried: dict[str, Any],
    used: set[str],
    required: set[str],
) -> dict[str, Any]:
    """The earlier call's subject for the one required text parameter no name carried, when the clause
    points back to it by a pronoun ("… of it", "its leader that year") or "both"/"each": the subject is
    the earlier call's one text value no name carried (all of them, one call each, for "both")."""
    if not (_POINTING.search(clause) or ALL_OF_THEM.search(clause)):
        return {}
    open_ = [
        n
        for n in tool.properties
        if n in required and n not in carried and tool.properties[n].get("type") == "string"
    ]
    subjects = [v for k, v in earlier.items() if k not in used and isinstance(v, (str, Several))]
    if len(open_) != 1 or len(subjects) != 1:
        return {}
    return {open_[0]: subjects[0]}


ELLIPTICAL = re.compile(
    r"^[^\w'\"“‘]*(?:and\s+)?(?:(?:what|how)\s+about\b|(?:of|for|in|into|to|by|at|on|with|from|between|about)\b"
    r"|['\"“‘](?=[^'\"”’]+['\"”’]\s+(?:by|to|into|for|in|at|on|with|from|as|under)\b))",
    re.I,
)
"""A clause that begins with a preposition has left out its verb and its thing ("…, and also of 100 and
75"), as one that asks "what about …?" or "how about …?" has: it asks what the clause before asked, of
the values it names; so has one that opens on a quoted value and a preposition ("…, then 'Hurt' by Johnny
Cash", "… and 'On my way' to Marco")."""


_ELLIPTICAL_ITEM = re.compile(r"^\W*and\s+\w", re.I)
"""A clause that "and" opens and that names no tool ("And of 5 moles of water?", "And of lysosomes in animal
cells?"): it asks what the clause before asked, and its words left over name its own thing, as "what about
…" does."""


NAMED_ANEW = re.compile(
    r"^\W*(?:and\s+)?(?:(?:what|how)\s+about|(?:another|one)(?:\s+one)?\s+(?:for|of|in|at|on|with|from|about))\b",
    re.I,
)
""""What about 200 g of lentils?": the words after "about" are the new subject of the question before;
so are those after "another"/"one" and a preposition ("a recipe for lasagna and one for risotto"), a
pronoun for the thing asked for, said again of a new subject."""


def _asks_again(clause: str) -> bool:
    """Whether the clause asks for the previous ask again in so many words: "the same", "again", a
    pronoun that stands for it ("get it for Tesla"), or only the new values after a preposition
    (`ELLIPTICAL`)."""
    return bool(
        ASKED_AGAIN.search(clause)
        or REFERRED.search(clause)
        or ELLIPTICAL.search(clause)
        or NAMED_ANEW.search(clause)
    )


ALSO_BEFORE = re.compile(r"\balso\W*$", re.I)
"""The join "also" ends the words before a clause ("…, and also over Madrid")."""

_ITEM_PREPOSITIONS = (
    "for|of|in|into|to|by|at|on|with|from|about|over|under|near|across|through|during|within|via|around"
)
"""The prepositions an item that leaves out its verb may open on ("for San Francisco", "over 20 years")."""

ALSO_ITEM = re.compile(rf"^\W*(?:(?:{_ITEM_PREPOSITIONS}|the|an?)\b|[A-Z0-9'\"“‘])")
"""What an item after "also" opens on when it leaves out its verb: a preposition, an article, a name, a
number or a quote ("for San Francisco", "over Madrid", "the Prado")."""


def _also_item(clauses: list[str], index: int, request: str) -> bool:
    """Whether clause `index` is an item "also" adds to the ask before it ("podcasts about astronomy and
    also about beekeeping", "the hours of the Louvre, and also the Prado"): "also" says the same ask is
    made again, and an item with no verb of its own is what it is made of; so the clause asks the tool
    before it again, of the values it names, as "…, and the same for …" does."""
    if index == 0 or not ALSO_ITEM.search(clauses[index]):
        return False
    if text.item_too(clauses[index]):
        return True  # "…, and 2001 as well": "too"/"as well" after the item says what "also" before it does
    position = 0
    ends = []
    for clause in clauses[: index + 1]:
        found = request.find(clause, position)
        if found < 0:
            return False
        ends.append((found, found + len(clause)))
        position = found + len(clause)
    return bool(ALSO_BEFORE.search(request[ends[-2][1] : ends[-1][0]]))


_SEQUENCE = re.compile(
    r"^\W*(?:and\s+)?(?:then|next|after\s+that|afterwards|finally|lastly|last(?=\s*,))\b[\s,:]*(?:do\s+)?",
    re.I,
)
"""A word of sequence that opens an item ("Next, MSFT", "After that, the Mets", "Then, HNO3", "Lastly, NH3"),
and the pro-verb "do" that may stand for the ask's verb after it ("Next, do Coldplay")."""

_ADDED = re.compile(
    r"^\W*(?:(?:and\s+)?(?:i|we)(?:'d|\s+would)?\s+also\s+(?:need|want|like)(?:\s+to\s+know)?|and|also)\b[\s,:]*",
    re.I,
)
"""Words that add one more item to the ask before them without a verb of its own for it: a sentence that
opens on "and" ("And MAD?"), "also", or "I also need/want …" ("I also need ORD's.")."""

_ADDED_END = re.compile(r"(?:'s|’s)?(?:[\s,]+(?:too|as\s+well|please))*\W*$", re.I)
"""What may close such an item: the possessive of the thing it stands for ("ORD's"), "too", "as well"."""


def _item_after(clauses: list[str], index: int, request: str) -> tuple[str, bool] | None:
    """The item of values clause `index` adds to the ask before it, and whether words that only add it ("And
    …", "I also need …") opened it: then the item alone, less those words and a closing possessive or "too",
    is what the clause says (the words "I also need" are no value of the ask).

    An item told in order ("Get the price of AAPL on 2024-03-01. Next, MSFT.", "… for the Cubs. After that,
    the Mets.", "Molar mass of H2SO4 first. Then, HNO3. Lastly, NH3."): a word of sequence says the ask goes
    on, and an item with no verb of its own after it is what the ask is made of next — read as an item
    "also" adds (`_also_item`). Only an item of values (a few names, codes or numbers after a preposition or
    an article, "do" standing for the verb): "Finally, the weather in Lima" names a thing of its own, another
    ask. So is an item that "and", "also" or "I also need …" adds on its own ("… at LHR. And CDG?", "… at
    JFK. I also need ORD's.", `_ADDED`)."""
    if index == 0:
        return None
    start = request.find(clauses[index])
    before = request.find(clauses[index - 1])
    if start < 0 or before < 0 or before >= start:
        return None
    gap = request[before + len(clauses[index - 1]) : start]
    opening = re.sub(r"^[\s.;!?]+", "", gap) + clauses[index]
    head, added = None, False
    if sequence := _SEQUENCE.match(opening):
        head = sequence.end()
    elif adding := _ADDED.match(opening):
        head, added = adding.end(), True
    elif text.TOO.search(opening):
        head, added = 0, True  # "The whippet as well."
    elif ";" in gap:
        head = 0  # "'river'; 'mountain'"
    if head is None or added and ELLIPTICAL.search(clauses[index]):
        return None  # "And for Japan?": a preposition's item, read as such (`ELLIPTICAL`)
    item = opening[head:]
    if added:
        item = item[: _ADDED_END.search(item).start()]
    said = [w for w in re.findall(r"[\w'-]+", item) if not lexicon.is_function_word(w) and w.lower() != "do"]
    if not ALSO_ITEM.search(item) or not 0 < len(said) <= 3:
        return None
    if all(w[0].isupper() or w[0].isdigit() for w in said) or _same_frame_as_end(item, clauses[index - 1]):
        return item, added
    return None


_FRAMES = (
    re.compile(r"['\"“‘][^'\"”’]+['\"”’]"),  # a quoted value: "'river'; 'mountain'"
    re.compile(r"\b(?:the|an?)\s+[\w-]+", re.I),  # an article and one word: "the poodle, then the labrador"
)


def _same_frame_as_end(item: str, before: str) -> bool:
    """Whether an item with no verb is written in the frame of the value that closed the ask before it — a
    quoted value after one ("Count the syllables in 'river'; 'mountain'"), an article and one word after
    such ("… a breed profile of the poodle, then the labrador"): the same slot filled again, so the same
    ask of another value, though its words are not capitalised."""
    items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", item.strip(" ,.;:!?"))  # "the whippet and the corgi"
    before = before.strip(" ,.;:!?")
    return any(
        all(frame.fullmatch(i) for i in items)
        and (end := list(frame.finditer(before)))
        and end[-1].end() == len(before)
        for frame in _FRAMES
    )


SUMMING = frozenset(
    "can could would will you me us please help work out both all each these those them accordingly "
    "result results information answer answers also now finally lastly so".split()
)
"""Words a closing question sums the asks up with besides the tools' own: asking, helping, "both",
"all of these", "accordingly"."""


_VARIES = re.compile(r"\b(?:if|not|no|without|instead|but|unless|except|other|another)\b|n't\b", re.I)
"""Words by which a clause sets a condition or a difference ("What if the process is not isothermal?"):
it asks again, otherwise, and sums nothing up."""


def _sums_up(clause: str, steps: list[Step], request: str) -> bool:
    """Whether a clause stands in a sentence that only sums up asks already made ("… Can you calculate
    the future value, create the histogram, and mix the paint colors accordingly?", "Could you do the
    portion and the quote?"): the sentence states no value (no number, name, quote or code) nor a
    condition or difference (`_VARIES`), names two or more tools earlier clauses already asked, each by a
    word of its name, and every other word it has is a word of those tools' names or descriptions (not
    of their inputs, which would state a value), a request verb or a word of summing up (`SUMMING`). A
    listener hears the list of what was asked, not new asks; one tool named again ("Can you calculate
    the entropy change for this process?") may be the ask itself after a scene that named it. Words and
    values the asks already made said count as the tools' own: "What would be the new attributes of the
    painting, the predicted rate of the African elephant, and the odds of a royal flush in your poker game?"
    after those three asks restates them (a plain adjective, "new", describes what an ask gives)."""
    sentence = next((s for s in re.split(r"(?<=[.?!])\s+", request) if clause in s), clause)
    asked = " ".join(s.text for s in steps).lower()  # the asks already made, in their own words
    if (
        not steps
        or _VARIES.search(sentence)
        or any(m.kind != "phrase" and not _said_in(m.text, asked) for m in read(sentence).mentions)
    ):
        return False  # the condition may stand in the clause's sentence: "What if …, how does it change?"
    tools = list({s.tool.name: s.tool for s in steps}.values())
    said = [
        w
        for w in re.findall(r"[A-Za-z]+", sentence.lower())
        if not lexicon.is_function_word(w) and w not in SUMMING and w not in REQUEST_VERBS
    ]
    roots = {lexicon.root(w) for w in said}
    vocabulary = {r for tool in tools for r in {*tool.name_roots, *roots_of(tool.description)}}
    vocabulary |= {lexicon.root(w) for w in re.findall(r"[a-z]+", asked)}
    # a plain adjective describes what an ask gives ("the new attributes of the painting"), no value of its own
    vocabulary |= {lexicon.root(w) for w in said if lexicon.parts(w) == {"ADJ"} and lexicon.lemma(w) == w}
    named = [tool for tool in tools if roots & set(tool.name_roots)]
    return bool(roots) and roots <= vocabulary and len(named) >= 2


def _said_in(value: str, asked: str) -> bool:
    """Whether `value` is written in `asked` (lower case) as words of its own: "2" is not said in "2025"."""
    return re.search(rf"(?<!\w){re.escape(value.lower())}(?!\w)", asked) is not None


def _states_values(clause: str) -> bool:
    return any(m.kind != "phrase" for m in read(clause).mentions)


def _labels_a_parameter(tool: Tool, clause: str) -> bool:
    """Whether a clause that names no tool is a statement whose subject is a parameter's name ("… for repo
    lantern. The branch is develop."): `LABEL`, its subject's words all words of one parameter's name, so it
    gives that parameter's value even when the value is a plain word, which states no value by its form."""
    label = LABEL.match(clause)
    if not label or text.is_question(clause):
        return False
    subject = set(roots_of(label.group("subject")))
    return bool(subject) and any(subject <= set(roots_of(name)) for name in tool.properties)


def _sets_a_flag(tool: Tool, clause: str, conversation: Conversation, roster: handoff.Roster) -> bool:
    """Whether a clause that names no tool sets a yes/no setting of the last ask's tool by its words
    ("Send $40 to Leo and make it private", "… Could we keep the transfer private?", "Include the ones in
    subfolders too"): no value is written, yet it says how the last call is to be made, as a clause that
    writes a value does. Only a flag its own words set counts, not a default."""
    flags = {n for n, p in tool.properties.items() if p.get("type") == "boolean"}
    if not flags:
        return False
    filled = fill_tool(tool, clause, conversation, [], roster, forced=True) or []
    return any(a.name in flags and a.rule not in WEAK for f in filled for a in f.arguments)
