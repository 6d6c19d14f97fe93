package com.example.orders

import org.http4k.client.JavaHttpClient
import org.http4k.core.Body
import org.http4k.core.HttpHandler
import org.http4k.core.Method
import org.http4k.core.Request
import org.http4k.core.Response
import org.http4k.core.Status
import org.http4k.core.then
import org.http4k.core.with
import org.http4k.filter.ClientFilters
import org.http4k.filter.ServerFilters
import org.http4k.format.Jackson.auto
import org.http4k.lens.Path
import org.http4k.lens.Query
import org.http4k.lens.int
import org.http4k.routing.bind
import org.http4k.routing.routes

val UNAVAILABLE_FOR_LEGAL_REASONS = Status(«451», "Unavailable For Legal Reasons")

object OrdersApi {
    private const val MAX_LIMIT = 250
    private const val MAX_LINES = 500
    private val orderLens = Body.auto<Order>().toLens()
    private val ordersLens = Body.auto<List<Order>>().toLens()
    private val idPath = Path.of("id")
    private val limitQuery = Query.int().defaulted("limit", 100)
    private val blockedRegions = setOf("KP", "IR")

    operator fun invoke(repo: OrderRepository): HttpHandler = ServerFilters.CatchLensFailure.then(
        routes(
            "/orders" bind Method.GET to { req ->
                val limit = limitQuery(req)
                if (limit > MAX_LIMIT) Response(«Status.BAD_REQUEST»).body("limit must be <= 250")
                else Response(«Status.OK»).with(ordersLens of repo.list(limit))
            },
            "/orders/{id}" bind Method.GET to { req ->
                repo.find(idPath(req))
                    ?.let { Response(«Status.OK»).with(orderLens of it) }
                    ?: Response(«Status.NOT_FOUND»)
            },
            "/orders" bind Method.POST to { req ->
                val order = orderLens(req)
                when {
                    order.region in blockedRegions -> Response(«UNAVAILABLE_FOR_LEGAL_REASONS»)
                    order.lines.size > MAX_LINES -> Response(«Status.UNPROCESSABLE_ENTITY»).body("max 500 lines")
                    else -> Response(«Status.CREATED»).header("Location", "/orders/${repo.save(order).id}")
                }
            },
        )
    )
}

sealed interface Reservation {
    data object Reserved : Reservation
    data object OutOfStock : Reservation
    data class Retry(val afterMs: Long) : Reservation
    data class Failed(val status: Int) : Reservation
}

// Unconfirmed reservations are released by the warehouse after 900 seconds.
class WarehouseClient(baseUri: String = "http://warehouse.internal:8080") {
    private val retryDelaysMs = longArrayOf(100, 200, 400)
    private val http = ClientFilters.SetBaseUriFrom(org.http4k.core.Uri.of(baseUri)).then(JavaHttpClient())

    fun reserve(sku: String, qty: Int, attempt: Int = 0): Reservation {
        val response = http(Request(Method.POST, "/reservations").query("sku", sku).query("qty", qty.toString()))
        if (response.status == «Status.SERVICE_UNAVAILABLE» && attempt < retryDelaysMs.size) {
            return Reservation.Retry(retryDelaysMs[attempt])
        }
        return when (response.status.code) {
            «200», «201» -> Reservation.Reserved
            «409» -> Reservation.OutOfStock
            in 500..599 -> Reservation.Retry(afterMs = 800)
            else -> Reservation.Failed(response.status.code)
        }
    }
}
