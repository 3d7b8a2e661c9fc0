"""The real-time tests' module fixture: the kit's bus on the module's table and bus, the status handler
subscribed to it, and a management-API endpoint recording what is pushed (`realtime_support`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from realtime_support import Live, live_platform
from rest_support import Api


@pytest.fixture(scope="module")
def live(api: Api) -> Iterator[Live]:
    yield from live_platform(api)
