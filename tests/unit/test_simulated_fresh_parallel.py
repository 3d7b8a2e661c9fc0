"""Requests written here for tools written here, one per general reading of parallel and multi-tool asks
the simulator learnt from a fresh battery it had never seen (the odd half of BFCL stays unread; these
are new wording, not the battery's).

Each test is one rule, with a tool and a request written for it, and a look-alike where the rule must
not fire."""

from __future__ import annotations

from test_simulated_arguments import calls, num, text, tool

from agentkit.local.simulated.text import sentences

AREA = tool(
    "rectangle_area",
    "Area of a rectangle.",
    {"width": num("Width in meters."), "length": num("Length in meters.")},
)


def test_a_list_items_number_is_no_value_of_the_item() -> None:
    """ "1." or "2)" before an item says where it stands in the list, not a number the item gives."""
    request = "Two jobs for you:\n1. Find the area of a rectangle 4 m wide and 9 m long.\n2) And one 7 m wide and 3 m long."
    assert calls(request, AREA) == [
        ("rectangle_area", {"width": 4, "length": 9}),
        ("rectangle_area", {"width": 7, "length": 3}),
    ]
    # a letter with a dot may be an initial: it stays with the name
    assert sentences("A. Turing wrote it. 3. Next item") == ["A. Turing wrote it.", "Next item"]


DERIVATIVE = tool(
    "differentiate",
    "Differentiate a function of x.",
    {"function": text("The function of x, e.g. 'x**2 + 1'.")},
)


def test_a_series_of_formulas_fans_the_call_out() -> None:
    """Two quoted formulas joined by "and" are a series like any other: one call per formula."""
    assert calls("Differentiate 'x**3 - 2*x' and 'sin(x) + x**2' for me.", DERIVATIVE) == [
        ("differentiate", {"function": "x**3 - 2*x"}),
        ("differentiate", {"function": "sin(x) + x**2"}),
    ]
    # a quoted word beside the formula is no second formula
    assert calls("Differentiate 'x**3 - 2*x' and call it 'cubic'.", DERIVATIVE) == [
        ("differentiate", {"function": "x**3 - 2*x"})
    ]
