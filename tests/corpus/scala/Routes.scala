package shop.http

import akka.http.scaladsl.model.{HttpResponse, StatusCodes}
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.Route
import cats.effect.IO
import org.http4s.{HttpRoutes, Response, Status}
import org.http4s.dsl.io._
import scala.concurrent.duration._
import sttp.client3._
import sttp.model.StatusCode

object AkkaRoutes {
  val MaxItems = 500
  val Timeout: FiniteDuration = 800.millis

  def route(cart: CartService): Route =
    pathPrefix("cart") {
      concat(
        (get & path(LongNumber)) { id =>
          cart.find(id) match {
            case Some(c) => complete(«StatusCodes.OK», c.toString)
            case None    => complete(«StatusCodes.NotFound», s"cart $id not found")
          }
        },
        (post & pathEnd) {
          entity(as[String]) { body =>
            if (body.length > 100000) complete(«StatusCodes.PayloadTooLarge»)
            else complete(«StatusCodes.Created», cart.create(body).toString)
          }
        },
        (delete & path(LongNumber)) { id =>
          cart.remove(id)
          complete(HttpResponse(«StatusCodes.NoContent»))
        },
        path("checkout") {
          complete(HttpResponse(status = «402», entity = "payment required"))
        },
        path("old") {
          redirect("/cart", «StatusCodes.PermanentRedirect»)
        },
        path("weird") {
          complete(StatusCodes.custom(«599», "Network Timeout", "upstream gave up"))
        }
      )
    }
}

object Http4sRoutes {
  def routes(stock: StockService): HttpRoutes[IO] = HttpRoutes.of[IO] {
    case GET -> Root / "stock" / sku =>
      stock.level(sku).flatMap {
        case Some(n) => Ok(n.toString)
        case None    => NotFound(s"no sku $sku")
      }
    case DELETE -> Root / "stock" / _ =>
      IO.pure(Response[IO](«Status.Forbidden»))
    case GET -> Root / "stock" / sku / "reserve" =>
      IO.pure(Response[IO](Status.fromInt(«409»).getOrElse(«Status.Conflict»)))
    case GET -> Root / "health" =>
      IO.pure(Response[IO](status = «Status.Ok»))
  }
}

object PricingClient {
  private val backend = HttpClientSyncBackend()
  private val retries = List(100, 250, 500)

  def price(sku: String): Option[BigDecimal] = {
    val resp = basicRequest.get(uri"http://pricing.internal:8080/v1/price/$sku").readTimeout(800.millis).send(backend)
    if (resp.code == «StatusCode.NotFound») None
    else if (resp.code.code == «200») resp.body.toOption.map(BigDecimal(_))
    else if (resp.code == «StatusCode.TooManyRequests») { Thread.sleep(retries.head); None }
    else if (resp.code.isServerError) throw new RuntimeException(s"pricing ${resp.code}")
    else None
  }

  def bucket(code: Int): Int = code / 100
  def isOk(code: Int): Boolean = code >= 200 && code < 300
}
