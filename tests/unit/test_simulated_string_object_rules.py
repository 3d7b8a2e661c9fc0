"""Which words left over a string parameter takes, with requests and tools of this file's own wording: the
complement of the tool's noun ("a recipe for lasagna") before the words of a clause that follows it."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

RECIPES = tool(
    "recipe_search",
    "Search recipes by dish and maximum time.",
    {"dish": text("Name of the dish."), "max_minutes": num("Maximum total time in minutes.", "integer")},
    ["dish"],
)
COURSES = tool(
    "course_search", "Search online courses on a subject.", {"subject": text("Subject of the course.")}
)


def test_the_complement_of_the_tools_noun_is_its_object_not_a_word_of_the_clause_after_it() -> None:
    assert calls("Find a recipe for lasagna that takes under an hour.", RECIPES) == [
        ("recipe_search", {"dish": "lasagna"})
    ]
    assert calls("Find an online course on astronomy that I can finish within a week.", COURSES) == [
        ("course_search", {"subject": "astronomy"})
    ]
