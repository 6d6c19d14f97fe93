package com.example.trips

import io.ktor.client.request.delete
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.put
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.server.testing.testApplication
import io.mockk.every
import io.mockk.mockk
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Assertions
import org.springframework.test.web.servlet.get as mvcGet

class TripRoutesTest {
    private val repo = mockk<TripRepository>(relaxed = true)

    @Test
    fun `unknown trip is 404`() = testApplication {
        every { repo.find(999) } returns null
        application { tripRoutes(repo) }
        val resp = client.get("/trips/999")
        assertEquals(«HttpStatusCode.NotFound», resp.status)
        assertEquals(«404», resp.status.value)
    }

    @Test
    fun `bad id is 400`() = testApplication {
        application { tripRoutes(repo) }
        assertEquals(«HttpStatusCode.BadRequest», client.get("/trips/abc").status)
    }

    @Test
    fun `creates a trip`() = testApplication {
        every { repo.count() } returns 10
        application { tripRoutes(repo) }
        val resp = client.post("/trips") {
            contentType(ContentType.Application.Json)
            setBody("""{"name":"Lisbon","days":5}""")
        }
        assertEquals(«HttpStatusCode.Created», resp.status)
    }

    @Test
    fun `quota is 507`() = testApplication {
        every { repo.count() } returns 200
        application { tripRoutes(repo) }
        val resp = client.post("/trips") {
            contentType(ContentType.Application.Json)
            setBody("""{"name":"Porto","days":2}""")
        }
        assertEquals(«507», resp.status.value)
        assertTrue(resp.bodyAsText().contains("quota"))
    }

    @Test
    fun `locked trip`() = testApplication {
        every { repo.isLocked(7) } returns true
        application { tripRoutes(repo) }
        Assertions.assertEquals(«423», client.put("/trips/7").status.value)
    }

    @Test
    fun `delete answers no content`() = testApplication {
        application { tripRoutes(repo) }
        assertEquals(«HttpStatusCode.NoContent», client.delete("/trips/7").status)
    }

    @Test
    fun `slow endpoint`() = testApplication {
        application { tripRoutes(repo) }
        val resp = client.get("/slow")
        assertEquals(«503», resp.status.value, "after 500 ms")
    }

    @Test
    fun `mockmvc style`() {
        mockMvc.mvcGet("/api/trips/1").andExpect {
            status { isOk() }
            status { `is`(«200») }
        }
        mockMvc.mvcGet("/api/trips/404").andExpect { status { isNotFound() } }
    }

    @Test
    fun `layout numbers`() {
        assertEquals(320, Layout.CARD_WIDTH)
        assertEquals(500, Layout.MAX_ROWS)
        assertEquals(250, Layout.ANIM_MS)
        repeat(100) { assertTrue(it < 100) }
    }
}
