package dev.acme.flags.client

import io.ktor.client.HttpClient
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.respond
import io.ktor.client.engine.mock.respondError
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.http.headersOf
import kotlinx.coroutines.test.runTest
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue

class FlagClientTest {
    private val jsonHeaders = headersOf(HttpHeaders.ContentType, "application/json")

    private val flagsBody = """
        {"version": 412, "refresh_interval_ms": 30000, "flags": [
          {"key": "checkout-v2", "rollout": 250, "buckets": 1000},
          {"key": "dark-mode", "rollout": 1000, "buckets": 1000, "min_app_build": 820}
        ]}
    """.trimIndent()

    private fun client(vararg replies: Pair<HttpStatusCode, String>): FlagClient {
        var i = 0
        val engine = MockEngine { _ ->
            val (status, body) = replies[minOf(i++, replies.lastIndex)]
            respond(body, status, jsonHeaders)
        }
        return FlagClient(HttpClient(engine), baseUrl = "https://flags.acme.test", retryDelayMs = 1)
    }

    @Test
    fun `parses rollout percentages from a 200`() = runTest {
        val snapshot = client(«HttpStatusCode.OK» to flagsBody).fetch()
        assertEquals(412, snapshot.version)
        assertEquals(0.25, snapshot.rollout("checkout-v2"), 1e-9)
    }

    @Test
    fun `304 keeps the cached snapshot`() = runTest {
        val c = client(«HttpStatusCode.OK» to flagsBody, «HttpStatusCode.NotModified» to "")
        val first = c.fetch()
        assertEquals(first, c.fetch(etag = "W/\"412\""))
    }

    @Test
    fun `retries 503 twice then succeeds`() = runTest {
        val down = «HttpStatusCode.ServiceUnavailable» to ""
        assertEquals(412, client(down, down, «HttpStatusCode.OK» to flagsBody).fetch().version)
    }

    @Test
    fun `nonstandard status is surfaced with its code`() = runTest {
        val c = client(HttpStatusCode(«499», "Client Closed Request") to "")
        val err = assertFailsWith<FlagServiceException> { c.fetch() }
        assertEquals(«499», err.status)
    }

    @Test
    fun `401 is not retried`() = runTest {
        var calls = 0
        val engine = MockEngine { calls++; respondError(«HttpStatusCode.Unauthorized») }
        val c = FlagClient(HttpClient(engine), baseUrl = "https://flags.acme.test", retryDelayMs = 1)
        assertFailsWith<FlagServiceException> { c.fetch() }
        assertEquals(1, calls)
    }

    @Test
    fun `buckets stay below 1000 for the first 500 users`() {
        val snapshot = FlagSnapshot.parse(flagsBody)
        repeat(500) { id -> assertTrue(snapshot.bucketOf("checkout-v2", "user-$id") in 0 until 1000) }
    }
}
