package io.notes.server

import io.ktor.client.call.body
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.request.delete
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.testing.testApplication
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class NotesRoutesTest {

    private fun config() = NotesConfig(port = 8080, maxNoteChars = 500, pageSize = 100)

    @Test
    fun `list returns 200 and at most 100 notes`() = testApplication {
        application { notesModule(config(), FakeNotesRepo(seed = 250)) }
        val client = createClient { install(ContentNegotiation) { json() } }
        val response = client.get("/notes?page=2")
        assertEquals(«HttpStatusCode.OK», response.status)
        val notes: List<NoteDto> = response.body()
        assertTrue(notes.size <= 100)
    }

    @Test
    fun `create rejects notes over 500 chars`() = testApplication {
        application { notesModule(config(), FakeNotesRepo()) }
        val response = client.post("/notes") {
            contentType(ContentType.Application.Json)
            setBody("""{"title":"t","body":"${"x".repeat(501)}"}""")
        }
        assertEquals(«HttpStatusCode.UnprocessableEntity», response.status)
        assertEquals(«422», response.status.value)
    }

    @Test
    fun `create returns Location`() = testApplication {
        application { notesModule(config(), FakeNotesRepo()) }
        val response = client.post("/notes") {
            contentType(ContentType.Application.Json)
            setBody("""{"title":"groceries","body":"milk, 200g butter"}""")
        }
        assertEquals(«HttpStatusCode.Created», response.status)
        assertEquals("/notes/101", response.headers["Location"])
    }

    @Test
    fun `delete unknown note`() = testApplication {
        application { notesModule(config(), FakeNotesRepo()) }
        val status = client.delete("/notes/999").status
        when (status.value) {
            «404», «410» -> Unit
            in 500..599 -> error("server error deleting note 999: $status")
            else -> error("expected 404 or 410, got $status")
        }
    }

    @Test
    fun `custom teapot status survives round trip`() = testApplication {
        application { notesModule(config(), FakeNotesRepo()) }
        val response = client.get("/notes/brew")
        assertEquals(HttpStatusCode.fromValue(«418»), response.status)
        assertEquals(HttpStatusCode(«499», "Client Closed Request").value, client.get("/notes/slow?ms=750").status.value)
    }

    @Test
    fun `rate limit kicks in after 120 requests`() = testApplication {
        application { notesModule(config().copy(requestsPerMinute = 120), FakeNotesRepo()) }
        val statuses = (1..121).map { client.get("/notes").status }
        assertEquals(«HttpStatusCode.TooManyRequests», statuses.last())
        assertTrue(statuses.dropLast(1).all { it == «HttpStatusCode.OK» })
        assertTrue(statuses.count { it.value >= 400 } == 1, "only the 121st request is limited")
    }
}
