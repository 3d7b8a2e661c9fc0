"""call_api against a live local InventoryService: answers, 4xx, retries, timeouts and the circuit breaker."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from agentkit.retail import PRODUCTS
from agentkit.tools import ToolInputError, TransientToolError
from agentkit.tools.builtin import InventoryService, call_api, configure

FAST = {"backoff_s": 0.001, "max_backoff_s": 0.005}


@pytest.fixture(autouse=True)
def default_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("AGENTKIT_API_URL", raising=False)
    yield
    configure()  # no test leaves its URL, limits or an open circuit behind


@pytest.fixture
def service() -> Iterator[InventoryService]:
    with InventoryService() as running:
        configure(running.url, **FAST)
        yield running


def test_health_and_items(service: InventoryService) -> None:
    assert call_api("/health") == {"status": "ok"}
    listing = call_api("/items")
    assert listing["count"] == len(PRODUCTS) == len(listing["items"])
    tents = call_api("/items?category=tents")
    assert {item["category"] for item in tents["items"]} == {"tents"} and tents["count"] == 6


def test_an_item_is_the_catalogue_product_with_its_stock(service: InventoryService) -> None:
    item = call_api("items/NW-1001")  # the leading slash is optional
    product = PRODUCTS[0]
    assert (item["sku"], item["name"], item["price"]) == (product.sku, product.name, product.unit_price)
    assert isinstance(item["stock"], int) and item["warehouse"] in {
        "Portland",
        "Minneapolis",
        "Dallas",
        "Columbus",
    }


def test_stock_levels_are_the_same_in_every_service() -> None:
    assert InventoryService().items == InventoryService(seed=7).items


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/items/NW-9999", "404 to GET /items/NW-9999: no item with SKU 'NW-9999'; SKUs look like NW-1001"),
        (
            "/items?category=boats",
            "400 to GET /items?category=boats: unknown category 'boats'; the categories are",
        ),
        ("/orders", "404 to GET /orders: GET /orders is not an endpoint; the endpoints are GET /health"),
    ],
)
def test_client_errors_are_input_errors_and_not_retried(
    service: InventoryService, path: str, says: str
) -> None:
    with pytest.raises(ToolInputError) as caught:
        call_api(path)
    assert says in str(caught.value)
    assert service.request_count == 1


def test_client_errors_do_not_open_the_circuit(service: InventoryService) -> None:
    configure(service.url, fail_max=2, **FAST)
    for _ in range(4):
        with pytest.raises(ToolInputError):
            call_api("/items/NOPE")
    assert call_api("/health") == {"status": "ok"}


@pytest.mark.parametrize(
    ("path", "method", "says"),
    [
        ("http://example.com/items", "GET", "not a URL"),
        ("//example.com/items", "GET", "not a URL"),
        ("/items", "POST", "is read-only"),
    ],
)
def test_refused_before_any_request(service: InventoryService, path: str, method: str, says: str) -> None:
    with pytest.raises(ToolInputError, match=says):
        call_api(path, method)  # type: ignore[arg-type]
    assert service.request_count == 0


def test_retries_ride_out_intermittent_503s() -> None:
    with InventoryService(fail_rate=0.3, seed=3) as service:
        configure(service.url, attempts=4, fail_max=50, **FAST)
        answers = [call_api("/health") for _ in range(20)]
    assert answers == [{"status": "ok"}] * 20
    assert service.request_count > 20  # some calls needed a second or third attempt


def test_gives_up_after_the_configured_attempts() -> None:
    with InventoryService(fail_rate=1.0) as service:
        configure(service.url, attempts=3, fail_max=10, **FAST)
        with pytest.raises(TransientToolError, match=r"answered 503 .* \(gave up after 3 attempts\)"):
            call_api("/health")
    assert service.request_count == 3


def test_circuit_opens_after_repeated_failures_and_then_fails_fast() -> None:
    with InventoryService(fail_rate=1.0) as service:
        configure(service.url, attempts=2, fail_max=5, reset_timeout_s=30, **FAST)
        for _ in range(2):  # 2 calls x 2 attempts = 4 failures: still closed
            with pytest.raises(TransientToolError, match="gave up after 2 attempts"):
                call_api("/health")
        with pytest.raises(TransientToolError, match=r"circuit open after 5 failures\); try again in 30 s"):
            call_api("/health")  # the 5th failure opens it
        assert service.request_count == 5
        service.set_faults(fail_rate=0.0)
        with pytest.raises(TransientToolError, match="circuit open after 5 failures"):
            call_api("/health")
        assert service.request_count == 5  # no request was sent while open


def test_circuit_closes_again_after_a_successful_trial_call() -> None:
    with InventoryService(fail_rate=1.0) as service:
        configure(service.url, attempts=1, fail_max=2, reset_timeout_s=0.2, **FAST)
        for _ in range(2):
            with pytest.raises(TransientToolError):
                call_api("/health")
        service.set_faults(fail_rate=0.0)
        time.sleep(0.25)
        assert call_api("/health") == {"status": "ok"}
        assert call_api("/health") == {"status": "ok"}


def test_slow_answers_time_out_and_are_retried() -> None:
    with InventoryService(latency_ms=1000) as service:
        configure(service.url, timeout_s=0.05, attempts=2, **FAST)
        started = time.monotonic()
        with pytest.raises(
            TransientToolError, match=r"did not answer GET /health within 0.05 s \(gave up after 2"
        ):
            call_api("/health")
        assert time.monotonic() - started < 1.0  # two waits for the answers would be 2 s
        # the service's thread counts a request when it starts on it, which on a busy machine can be
        # after the client has already given up on it: wait (briefly) for the count, not for the answer
        deadline = time.monotonic() + 2.0
        while service.request_count < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert service.request_count == 2


def test_unreachable_service_is_a_transient_error() -> None:
    with InventoryService() as service:
        url = service.url
    configure(url, attempts=2, **FAST)
    with pytest.raises(TransientToolError, match=f"could not reach the inventory API at {url}"):
        call_api("/health")


def test_base_url_from_the_environment_unless_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    with InventoryService() as service:
        monkeypatch.setenv("AGENTKIT_API_URL", service.url)
        assert call_api("/health") == {"status": "ok"}
        configure("http://127.0.0.1:9", attempts=1)  # explicit configuration wins over the environment
        with pytest.raises(TransientToolError, match="127.0.0.1:9"):
            call_api("/health")


def test_no_base_url_says_how_to_set_one() -> None:
    with pytest.raises(RuntimeError, match=r"configure\(url\)"):
        call_api("/health")


def test_service_answers_json_errors_for_other_methods(service: InventoryService) -> None:
    response = httpx.post(f"{service.url}/items")
    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"
    assert "the endpoints are GET /health" in response.json()["message"]


def test_service_lifecycle_and_fault_validation() -> None:
    service = InventoryService()
    with pytest.raises(RuntimeError, match="not running"):
        _ = service.url
    url = service.start()
    assert service.start() == url
    service.stop()
    service.stop()
    with pytest.raises(ValueError, match="probability"):
        service.set_faults(fail_rate=1.5)
    with pytest.raises(ValueError, match="negative"):
        service.set_faults(latency_ms=-1)
