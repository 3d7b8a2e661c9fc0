"""Carried series dealt out to sibling parameters (`plan._shared_out`), including series of lists.

A series whose members are lists ("the ingredients [a, b] and [c, d]") is not hashable; dealing it out
once crashed the whole Converse call with a 500, so the grouping must compare series, not hash them.
"""

from agentkit.local.simulated.filled import Several
from agentkit.local.simulated.plan import _shared_out


def test_a_series_of_names_is_dealt_out_to_numbered_siblings():
    series = Several(("Ana Ruiz", "Lia Berg"))
    assert _shared_out({"player1": series, "player2": series}) == {
        "player1": "Ana Ruiz",
        "player2": "Lia Berg",
    }


def test_a_series_of_lists_is_dealt_out_too():
    series = Several((["flour", "salt"], ["rice"]))
    assert _shared_out({"mix_a": series, "mix_b": series, "oven": 180}) == {
        "mix_a": ["flour", "salt"],
        "mix_b": ["rice"],
        "oven": 180,
    }


def test_a_series_one_parameter_took_stays_whole():
    series = Several((["flour"], ["rice"]))
    assert _shared_out({"mix": series}) == {"mix": series}
