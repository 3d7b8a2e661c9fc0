"""The current_time tool on a frozen clock: name resolution, offsets and DST, and helpful failures."""

from __future__ import annotations

import inspect
import zoneinfo
from datetime import UTC, datetime

import pytest

from agentkit.tools import ToolInputError
from agentkit.tools.builtin import clock, current_time

# A Friday, five days after the US switched to daylight saving time and before Europe did.
FROZEN = datetime(2025, 3, 14, 12, 30, 45, 987654, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "utc_now", lambda: FROZEN)


def test_reports_local_time_with_offset_weekday_and_zone() -> None:
    assert current_time("Tokyo") == {
        "timezone": "Asia/Tokyo",
        "datetime": "2025-03-14T21:30:45+09:00",
        "date": "2025-03-14",
        "time": "21:30:45",
        "weekday": "Friday",
        "utc_offset": "+09:00",
        "abbreviation": "JST",
    }


def test_defaults_to_utc() -> None:
    assert current_time()["datetime"] == "2025-03-14T12:30:45+00:00"


@pytest.mark.parametrize(
    ("name", "zone", "local", "offset"),
    [
        ("New York", "America/New_York", "2025-03-14T08:30:45-04:00", "-04:00"),  # already on EDT
        ("London", "Europe/London", "2025-03-14T12:30:45+00:00", "+00:00"),  # not yet on BST
        ("Kathmandu", "Asia/Kathmandu", "2025-03-14T18:15:45+05:45", "+05:45"),
        ("Auckland", "Pacific/Auckland", "2025-03-15T01:30:45+13:00", "+13:00"),  # already tomorrow
    ],
)
def test_offsets_follow_each_zones_rules_on_the_date(name: str, zone: str, local: str, offset: str) -> None:
    result = current_time(name)
    assert (result["timezone"], result["datetime"], result["utc_offset"]) == (zone, local, offset)


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Asia/Tokyo", "Asia/Tokyo"),
        ("asia/tokyo", "Asia/Tokyo"),
        ("utc", "UTC"),
        ("US/Pacific", "US/Pacific"),
        ("America/New York", "America/New_York"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"),
        ("  Los   Angeles ", "America/Los_Angeles"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("Paris, France", "Europe/Paris"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("San Francisco", "America/Los_Angeles"),
        ("Beijing", "Asia/Shanghai"),
        ("Mumbai", "Asia/Kolkata"),
        ("St. Petersburg", "Europe/Moscow"),
        ("Istanbul", "Europe/Istanbul"),
    ],
)
def test_resolves_zone_names_cities_and_aliases(name: str, zone: str) -> None:
    assert current_time(name)["timezone"] == zone


def test_every_alias_points_at_a_real_zone() -> None:
    assert set(clock.ALIASES.values()) <= zoneinfo.available_timezones()


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        ("Tokio", "Tokyo (Asia/Tokyo)"),
        ("Nwe York", "New York (America/New_York)"),
        ("Sidney", "Sydney (Australia/Sydney)"),
        ("Europe/Londn", "Europe/London"),
    ],
)
def test_unknown_names_fail_with_close_matches(name: str, suggested: str) -> None:
    with pytest.raises(ToolInputError, match="unknown city or time zone") as caught:
        current_time(name)
    assert f"did you mean {suggested}" in str(caught.value)


@pytest.mark.parametrize("name", ["Qwxzv", "localtime", "Factory"])
def test_names_that_are_not_places_are_refused(name: str) -> None:
    with pytest.raises(ToolInputError, match="unknown city or time zone"):
        current_time(name)


def test_blank_name_is_refused() -> None:
    with pytest.raises(ToolInputError, match="empty"):
        current_time(" ")


def test_the_schema_sees_only_the_timezone_parameter() -> None:
    assert list(inspect.signature(current_time).parameters) == ["timezone"]
