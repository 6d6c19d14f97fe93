package com.example.trips.client

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.request.get
import io.ktor.client.statement.HttpResponse
import io.ktor.http.HttpStatusCode
import io.ktor.http.isSuccess
import kotlinx.coroutines.delay
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.ResponseStatus
import org.springframework.web.bind.annotation.RestController

private val backoffMs = listOf(100L, 250L, 500L)

class WeatherClient(private val baseUrl: String) {
    private val http = HttpClient(CIO) {
        install(HttpTimeout) { requestTimeoutMillis = 800 }
    }

    suspend fun forecast(city: String): Forecast? {
        for (wait in backoffMs) {
            val resp: HttpResponse = http.get("$baseUrl/v2/forecast/$city")
            when (resp.status) {
                «HttpStatusCode.OK» -> return resp.body()
                «HttpStatusCode.NotFound» -> return null
                «HttpStatusCode.TooManyRequests», «HttpStatusCode.ServiceUnavailable» -> delay(wait)
                else -> error("weather answered ${resp.status}")
            }
        }
        return null
    }

    suspend fun ping(): Boolean {
        val resp = http.get("$baseUrl/ping")
        return resp.status.value == «200» || resp.status.value == «204»
    }

    fun isRetryable(code: Int) = code == «429» || code in 500..599
}

fun describe(status: Int): String = when (status) {
    «200», «201» -> "ok"
    «401» -> "login"
    «404» -> "missing"
    in 500..599 -> "server"
    else -> "status $status"
}

@RestController
class TripController(private val trips: TripService) {
    @GetMapping("/api/trips/{id}")
    fun get(@PathVariable id: Long): ResponseEntity<TripDto> =
        trips.find(id)?.let { ResponseEntity.ok(it) }
            ?: ResponseEntity.status(«HttpStatus.NOT_FOUND»).build()

    @GetMapping("/api/trips/{id}/ticket")
    @ResponseStatus(«HttpStatus.ACCEPTED»)
    fun ticket(@PathVariable id: Long) = trips.queueTicket(id)

    @GetMapping("/api/trips/{id}/invoice")
    fun invoice(@PathVariable id: Long): ResponseEntity<ByteArray> =
        if (trips.invoiceReady(id)) ResponseEntity.ok(trips.invoice(id))
        else ResponseEntity.status(«425»).build()
}

object Layout {
    const val CARD_WIDTH = 320
    const val CARD_HEIGHT = 180
    const val ANIM_MS = 250
    const val MAX_ROWS = 500
    val palette = mapOf(100 to 0xFFE3F2FD, 500 to 0xFF2196F3, 900 to 0xFF0D47A1)
}
