"""The current time in a city or IANA time zone: the tool that shows why agents need tools at all.

A model has no clock, so "what time is it in Tokyo?" is unanswerable without one. People (and
models) name cities, not zones, so the name is resolved in this order: an IANA zone name
("Asia/Tokyo", "utc"), a famous city whose zone is named after another city (`ALIASES`: "San
Francisco" → America/Los_Angeles), then the city part of any IANA zone ("New York" →
America/New_York). Matching ignores case, accents and the space/underscore difference, and
"Paris, France" is tried as "Paris". An unknown name fails with the closest known names, so the
model can retry with one of them.

The clock is `utc_now`, a module attribute, so tests can freeze time without the tool's public
signature (which becomes the schema a model sees) growing a parameter for it.
"""

from __future__ import annotations

import difflib
import unicodedata
import zoneinfo
from datetime import UTC, datetime
from functools import cache

from agentkit.tools.core import ToolInputError, tool

# Famous cities that share a zone named after another city. Cities that name their own zone
# (Tokyo, New York, London, Sydney, ...) are found from the zone database and need no entry here.
ALIASES = {
    "San Francisco": "America/Los_Angeles",
    "Seattle": "America/Los_Angeles",
    "Portland": "America/Los_Angeles",
    "San Diego": "America/Los_Angeles",
    "Las Vegas": "America/Los_Angeles",
    "Washington": "America/New_York",
    "Washington DC": "America/New_York",
    "Boston": "America/New_York",
    "Miami": "America/New_York",
    "Atlanta": "America/New_York",
    "Philadelphia": "America/New_York",
    "Dallas": "America/Chicago",
    "Houston": "America/Chicago",
    "Austin": "America/Chicago",
    "Montreal": "America/Toronto",
    "Rio de Janeiro": "America/Sao_Paulo",
    "Munich": "Europe/Berlin",
    "Frankfurt": "Europe/Berlin",
    "Hamburg": "Europe/Berlin",
    "Barcelona": "Europe/Madrid",
    "Milan": "Europe/Rome",
    "Geneva": "Europe/Zurich",
    "Edinburgh": "Europe/London",
    "Manchester": "Europe/London",
    "Istanbul": "Europe/Istanbul",
    "St Petersburg": "Europe/Moscow",
    "Cape Town": "Africa/Johannesburg",
    "Tel Aviv": "Asia/Jerusalem",
    "Abu Dhabi": "Asia/Dubai",
    "Mumbai": "Asia/Kolkata",
    "Delhi": "Asia/Kolkata",
    "New Delhi": "Asia/Kolkata",
    "Bangalore": "Asia/Kolkata",
    "Bengaluru": "Asia/Kolkata",
    "Beijing": "Asia/Shanghai",
    "Shenzhen": "Asia/Shanghai",
    "Guangzhou": "Asia/Shanghai",
    "Osaka": "Asia/Tokyo",
    "Kyoto": "Asia/Tokyo",
    "Hanoi": "Asia/Bangkok",
    "Canberra": "Australia/Sydney",
    "Wellington": "Pacific/Auckland",
}

# Only these areas name real places; `Etc/...`, `US/...` and the like are reachable by full name.
_GEOGRAPHIC_AREAS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
# `localtime` is whatever the host is set to and `Factory` is a placeholder: neither is a place.
_NOT_ZONES = frozenset({"localtime", "Factory"})


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (replace this attribute to freeze time in tests)."""
    return datetime.now(UTC)


@tool
def current_time(timezone: str = "UTC") -> dict[str, str]:
    """Get the current date and time in a city or time zone.

    Args:
        timezone: A city name such as "Tokyo", "New York" or "San Francisco", or an IANA time zone
            name such as "Asia/Tokyo" or "UTC". Defaults to UTC.

    Returns:
        The local time as ISO 8601 with its UTC offset ("datetime"), plus "date", "time",
        "weekday", "timezone" (the IANA name used), "utc_offset" and "abbreviation" (e.g. JST).

    Raises:
        ToolInputError: The name is not a known city or time zone; the message lists close matches.
    """
    zone = resolve_timezone(timezone)
    local = utc_now().astimezone(zoneinfo.ZoneInfo(zone)).replace(microsecond=0)
    offset = local.strftime("%z")
    return {
        "timezone": zone,
        "datetime": local.isoformat(),
        "date": local.date().isoformat(),
        "time": local.time().isoformat(),
        "weekday": local.strftime("%A"),
        "utc_offset": f"{offset[:3]}:{offset[3:]}",
        "abbreviation": local.tzname() or "",
    }


def resolve_timezone(name: str) -> str:
    """The IANA zone for a city or zone name; `ToolInputError` with suggestions when there is none."""
    if not name.strip():
        raise ToolInputError(
            'the time zone is empty; give a city such as "Tokyo" or a zone such as "Asia/Tokyo"'
        )
    names = _names()
    for candidate in (name, name.split(",")[0]):
        zone = names.get(_normal(candidate))
        if zone:
            return zone
    close = difflib.get_close_matches(_normal(name), names, n=3, cutoff=0.6)
    hint = ", ".join(
        names[key] if _normal(names[key]) == key else f"{_display(key)} ({names[key]})" for key in close
    )
    suggestion = (
        f"; did you mean {hint}?"
        if close
        else '; use a city such as "Tokyo" or an IANA zone such as "Asia/Tokyo"'
    )
    raise ToolInputError(f"unknown city or time zone {name!r}{suggestion}")


@cache
def _names() -> dict[str, str]:
    """Every accepted spelling (normalised) → IANA zone, in increasing order of precedence."""
    zones = sorted(zoneinfo.available_timezones() - _NOT_ZONES)
    names: dict[str, str] = {}
    for zone in reversed(zones):  # so that, among zones sharing a city name, the first in order wins
        area, _, city = zone.rpartition("/")
        if area.split("/")[0] in _GEOGRAPHIC_AREAS:
            names[_normal(city)] = zone
    names.update((_normal(city), zone) for city, zone in ALIASES.items())
    names.update((_normal(zone), zone) for zone in zones)
    return names


def _normal(name: str) -> str:
    """Lower case, no accents or dots, underscores as spaces, single spaces: "São_Paulo " → "sao paulo"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace(".", "").lower().split())


def _display(key: str) -> str:
    """A normalised name as a person would write it ("new york" → "New York", "asia/tokyo" → "Asia/Tokyo")."""
    return "/".join(part.title() for part in key.split("/"))
