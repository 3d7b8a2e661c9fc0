"""Requests written here for tools written here, one per general reading the simulator learnt from its
failures on requests it had never seen (the odd half of BFCL stays unread; these are new wording).

Each test is one rule, with a tool and a request written for it, and a look-alike where the rule must
not fire."""

from __future__ import annotations

from test_simulated_arguments import calls, text, tool

MOVIES = tool(
    "find_movies",
    "Find movies showing in a city.",
    {"city": text("City name."), "genre": text("Movie genre."), "date": text("Date, YYYY-MM-DD.")},
    ["city"],
)


def test_a_noun_before_the_tools_noun_is_the_kind_a_genre_parameter_holds() -> None:
    """ "horror movies" for `find_movies(genre)`: English puts the kind before its noun."""
    assert calls("Which horror movies are showing in Austin on 2024-10-31?", MOVIES) == [
        ("find_movies", {"city": "Austin", "genre": "horror", "date": "2024-10-31"})
    ]
    # "new" is no genre: a word that can be an adjective says something else about the movies
    assert calls("Which new movies are showing in Austin?", MOVIES) == [("find_movies", {"city": "Austin"})]
