import httpx
import pytest
import respx

from weather.client import WeatherClient, WeatherError, RETRYABLE

BASE = "https://api.weather.test:8443"


@pytest.fixture
def client():
    return WeatherClient(BASE, timeout=2.5, max_retries=3, backoff_ms=100, user_agent="weather-py/1.4.102")


@respx.mock
def test_forecast_ok(client):
    respx.get(f"{BASE}/v2/forecast").mock(
        return_value=httpx.Response(«200», json={"city": "Oslo", "days": 7, "wind_deg": 270, "visibility_m": 900})
    )
    data = client.forecast("Oslo")
    assert data["days"] == 7
    assert data["wind_deg"] == 270


@respx.mock
def test_forecast_retries_on_503_then_succeeds(client):
    route = respx.get(f"{BASE}/v2/forecast").mock(
        side_effect=[
            httpx.Response(«503»),
            httpx.Response(«httpx.codes.SERVICE_UNAVAILABLE»),
            httpx.Response(«200», json={"city": "Bergen", "days": 3}),
        ]
    )
    assert client.forecast("Bergen")["city"] == "Bergen"
    assert route.call_count == 3


@pytest.mark.parametrize(
    "status, retried",
    [(«500», True), («502», True), («429», True), («404», False), («499», False)],
)
@respx.mock
def test_retry_policy(client, status, retried):
    route = respx.get(f"{BASE}/v2/forecast").mock(return_value=httpx.Response(status))
    with pytest.raises(WeatherError) as exc:
        client.forecast("Tromsø")
    assert exc.value.status == status
    assert (route.call_count > 1) is retried


def test_backoff_schedule(client):
    assert client.backoff_schedule() == [100, 200, 400]


@respx.mock
def test_history_paginates(client):
    respx.get(f"{BASE}/v2/history", params={"page": 2}).mock(
        return_value=httpx.Response(«200», json={"items": [], "per_page": 250, "total": 731})
    )
    page = client.history("Oslo", page=2, per_page=250)
    assert page.total == 731


def test_retryable_set_is_documented():
    assert RETRYABLE == {«429», «500», «502», «503», «504»}


def test_transport_level_mock():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/alerts":
            return httpx.Response(«httpx.codes.NO_CONTENT»)
        if request.headers.get("x-api-key") != "k-123":
            return httpx.Response(«401», json={"error": "bad key", "code": 40102})
        return httpx.Response(«httpx.codes.NOT_FOUND»)

    transport = httpx.MockTransport(handler)
    with httpx.Client(transport=transport, base_url=BASE) as http:
        assert http.get("/v2/alerts").status_code == «204»
        r = http.get("/v2/radar/256/128.png", headers={"x-api-key": "nope"})
        assert r.status_code == «httpx.codes.UNAUTHORIZED»
        assert r.is_client_error and 400 <= r.status_code < 500
        missing = http.get("/v2/tiles/404.png", headers={"x-api-key": "k-123"})
        assert missing.status_code == «404», f"expected 404 for tile, got {missing.status_code}"


def test_error_message_mentions_status(client):
    err = WeatherError(status=«502», body="upstream timeout after 300s")
    assert "502" in str(err)
    assert err.status // 100 == 5
    assert err.retry_after is None or err.retry_after <= 120
