"""Lab 01's checker fails the untouched exercise and plausible wrong tools, each with what to fix, and passes
a right one on any draw of its random values (tests/labs/test_labs.py runs the notebooks)."""

from __future__ import annotations

from typing import Literal

import pytest

from agentkit.labs import LabCheckFailed, check_lab01
from agentkit.labs.lab01 import LINEAR, TEMPERATURE, dimension
from agentkit.tools import tool

Unit = Literal["m", "km", "ft", "miles", "g", "kg", "oz", "pounds", "celsius", "fahrenheit", "kelvin"]


def make_tool(convert):
    """A tool with the lab's schema around `convert(value, from_unit, to_unit)`."""

    @tool
    def convert_units(value: float, from_unit: Unit, to_unit: Unit) -> float:
        """Convert a quantity between units of length, mass or temperature.

        Args:
            value: the quantity to convert
            from_unit: the unit of the value
            to_unit: the unit to convert to
        """
        return convert(value, from_unit, to_unit)

    return convert_units


def right(value, source, target):
    if dimension(source) != dimension(target):
        raise ValueError(f"cannot convert {source} to {target}")
    if source in TEMPERATURE:
        kelvin = value * TEMPERATURE[source][0] + TEMPERATURE[source][1]
        if kelvin < 0:
            raise ValueError("below absolute zero")
        return (kelvin - TEMPERATURE[target][1]) / TEMPERATURE[target][0]
    return value * LINEAR[source][1] / LINEAR[target][1]


# The lab's examples, as a learner fitting them might write them down.
SHOWN = {(5, "km", "miles"): 3.1068559611866697, (2, "pounds", "kg"): 0.90718474, (100, "ft", "m"): 30.48}


def hard_coded(value, source, target):
    if dimension(source) != dimension(target):
        raise ValueError(f"cannot convert {source} to {target}")
    return SHOWN.get((value, source, target), value)


def temperature_by_factor(value, source, target):
    """Celsius to fahrenheit as 9/5, forgetting the offset."""
    if source in TEMPERATURE and dimension(target) == "temperature":
        return (
            value
            * {"celsius": 1.0, "kelvin": 1.0, "fahrenheit": 5 / 9}[source]
            / {
                "celsius": 1.0,
                "kelvin": 1.0,
                "fahrenheit": 5 / 9,
            }[target]
        )
    return right(value, source, target)


def no_absolute_zero(value, source, target):
    if source in TEMPERATURE and target in TEMPERATURE:
        kelvin = value * TEMPERATURE[source][0] + TEMPERATURE[source][1]
        return (kelvin - TEMPERATURE[target][1]) / TEMPERATURE[target][0]
    return right(value, source, target)


def mixes_dimensions(value, source, target):
    """Multiplies through whatever base unit there is, length or mass."""
    if dimension(source) == "temperature" or dimension(target) == "temperature":
        return right(value, source, target) if dimension(source) == dimension(target) else value
    return value * LINEAR[source][1] / LINEAR[target][1]


def silent_error(value, source, target):
    if dimension(source) != dimension(target):
        raise ValueError("bad input")
    return right(value, source, target)


@tool
def untouched(value: float, from_unit: Literal["m", "km"], to_unit: Literal["m", "km"]) -> float:
    """TODO: say what this tool converts.

    Args:
        value: the quantity to convert
        from_unit: the unit of the value
        to_unit: the unit to convert to
    """
    return value


def test_a_plain_function_is_not_a_tool() -> None:
    with pytest.raises(LabCheckFailed, match="decorate the function with @tool"):
        check_lab01(right)


def test_the_untouched_exercise_fails_on_its_enum() -> None:
    with pytest.raises(LabCheckFailed, match=r"from_unit lists every unit.*missing from the enum: \['ft'"):
        check_lab01(untouched)


@pytest.mark.parametrize(
    ("convert", "says"),
    [
        (hard_coded, "24 fresh length and mass conversions are right: "),
        (temperature_by_factor, "temperatures have an offset as well as a factor"),
        (no_absolute_zero, "a temperature below absolute zero is refused"),
        (mixes_dimensions, "converting between dimensions is an error naming both units"),
        (silent_error, "converting between dimensions is an error naming both units"),
    ],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_wrong_tools_fail_with_a_hint(convert, says: str, seed: int) -> None:
    with pytest.raises(LabCheckFailed, match=says):
        check_lab01(make_tool(convert), seed=seed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_right_tool_passes(connected, seed: int) -> None:
    report = check_lab01(make_tool(right), seed=seed)
    assert report.passed and len(report.checks) == 10
