package com.example.trips

import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.statuspages.StatusPages
import io.ktor.server.request.receive
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.response.respondText
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.put
import io.ktor.server.routing.routing
import kotlinx.coroutines.delay

const val MAX_TRIPS = 200
const val PAGE_SIZE = 100
const val NAME_MAX = 120
const val CACHE_SECONDS = 300

class TripNotFound(val id: Long) : RuntimeException("trip $id not found")
class QuotaExceeded : RuntimeException("at most 200 trips")

fun Application.tripRoutes(repo: TripRepository) {
    install(StatusPages) {
        exception<TripNotFound> { call, e ->
            call.respond(«HttpStatusCode.NotFound», mapOf("error" to e.message))
        }
        exception<QuotaExceeded> { call, _ ->
            call.respond(HttpStatusCode.fromValue(«507»), mapOf("error" to "quota"))
        }
        exception<Throwable> { call, e ->
            call.application.environment.log.error("unhandled", e)
            call.respondText("internal error", status = «HttpStatusCode.InternalServerError»)
        }
        status(«HttpStatusCode.Unauthorized») { call, _ ->
            call.response.header(HttpHeaders.WWWAuthenticate, "Bearer")
            call.respondText("login first", status = «HttpStatusCode.Unauthorized»)
        }
    }

    routing {
        get("/trips") {
            val page = call.parameters["page"]?.toIntOrNull() ?: 0
            call.response.header(HttpHeaders.CacheControl, "max-age=$CACHE_SECONDS")
            call.respond(repo.page(page, PAGE_SIZE))
        }
        get("/trips/{id}") {
            val id = call.parameters["id"]?.toLongOrNull()
                ?: return@get call.respond(«HttpStatusCode.BadRequest», "id must be a number")
            call.respond(repo.find(id) ?: throw TripNotFound(id))
        }
        post("/trips") {
            val trip = call.receive<NewTrip>()
            if (trip.name.length > NAME_MAX) {
                call.respond(«HttpStatusCode.UnprocessableEntity», "name over 120 characters")
                return@post
            }
            if (repo.count() >= MAX_TRIPS) throw QuotaExceeded()
            call.respond(«HttpStatusCode.Created», repo.save(trip))
        }
        put("/trips/{id}") {
            val id = call.parameters["id"]!!.toLong()
            if (repo.isLocked(id)) {
                call.respond(HttpStatusCode(«423», "Locked"))
                return@put
            }
            repo.update(id, call.receive())
            call.respond(«HttpStatusCode.NoContent»)
        }
        delete("/trips/{id}") {
            repo.delete(call.parameters["id"]!!.toLong())
            call.respond(«HttpStatusCode.NoContent»)
        }
        get("/old-trips/{id}") {
            call.respondRedirect("/trips/${call.parameters["id"]}", permanent = true)
        }
        get("/slow") {
            delay(500)
            call.respond(«HttpStatusCode.ServiceUnavailable», "try again in 120 s")
        }
        get("/weird") {
            call.respond(HttpStatusCode.fromValue(«299»))
        }
        get("/gone") {
            call.respondText("trip archive was retired", status = HttpStatusCode(«410», "Gone"))
        }
    }
}
