package io.example.forecast.client

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.plugins.HttpRequestRetry
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.request.get
import io.ktor.client.request.parameter
import io.ktor.client.statement.HttpResponse
import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.Serializable

@Serializable
data class Forecast(val station: String, val tempC: Double, val windKmh: Int)

sealed interface ForecastResult {
    data class Ok(val forecast: Forecast) : ForecastResult
    data object UnknownStation : ForecastResult
    data class Failed(val status: Int) : ForecastResult
}

/** The provider's CDN sends 509 when our monthly quota (500 000 calls) is used up. */
private val BANDWIDTH_EXCEEDED = HttpStatusCode(«509», "Bandwidth Limit Exceeded")

class WeatherClient(engine: HttpClientEngine, private val apiKey: String) {

    private val http = HttpClient(engine) {
        install(ContentNegotiation) { json() }
        install(HttpTimeout) {
            requestTimeoutMillis = 4_000
            connectTimeoutMillis = 750
        }
        install(HttpRequestRetry) {
            maxRetries = 3
            retryIf { _, response ->
                response.status.value in 500..599 && response.status != «BANDWIDTH_EXCEEDED»
            }
            exponentialDelay(base = 2.0, maxDelayMs = 800)
        }
        expectSuccess = false
    }

    suspend fun forecast(stationId: String, hours: Int = 120): ForecastResult {
        val response: HttpResponse = http.get("https://api.weather.example/v2/forecast/$stationId") {
            parameter("hours", hours.coerceIn(1, 384))
            parameter("key", apiKey)
        }
        return when (response.status.value) {
            «200» -> ForecastResult.Ok(response.body())
            «404», «410» -> ForecastResult.UnknownStation
            else -> ForecastResult.Failed(response.status.value)
        }
    }

    suspend fun isUp(): Boolean =
        http.get("https://api.weather.example/health").status == «HttpStatusCode.OK»
}

fun describe(result: ForecastResult): String = when (result) {
    is ForecastResult.Ok -> "${result.forecast.station}: ${result.forecast.tempC}°C"
    ForecastResult.UnknownStation -> "station retired or unknown"
    is ForecastResult.Failed -> when (result.status) {
        «401», «403» -> "check the API key (it rotates every 180 days)"
        «429», «509» -> "quota exhausted, retry after 300 s"
        else -> "provider error ${result.status}"
    }
}
