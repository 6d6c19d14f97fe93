package com.example.users

import scala.concurrent.duration._

import cats.effect.IO
import io.circe.generic.auto._
import org.http4s._
import org.http4s.circe.CirceEntityCodec._
import org.http4s.client.{Client, UnexpectedStatus}
import org.http4s.dsl.io._
import org.http4s.headers.Location
import org.http4s.implicits._

final case class ApiError(message: String)

object UserRoutes {
  private val MaxPageSize = 200
  private val DefaultPageSize = 50
  private val NameMax = 120

  object PageSize extends OptionalQueryParamDecoderMatcher[Int]("size")

  def routes(repo: UserRepo[IO]): HttpRoutes[IO] = HttpRoutes.of[IO] {
    case GET -> Root / "users" :? PageSize(size) =>
      val n = size.getOrElse(DefaultPageSize)
      if (n > MaxPageSize) BadRequest(ApiError(s"size must be at most $MaxPageSize"))
      else repo.list(n).flatMap(Ok(_))

    case GET -> Root / "users" / LongVar(id) =>
      repo.find(id).flatMap {
        case Some(user) => Ok(user)
        case None       => NotFound(ApiError(s"user $id not found"))
      }

    case req @ POST -> Root / "users" =>
      req.as[NewUser].flatMap { nu =>
        if (nu.name.length > NameMax) UnprocessableEntity(ApiError("name longer than 120 chars"))
        else repo.create(nu).flatMap(u => Created(u, Location(uri"/users" / u.id.toString)))
      }

    case DELETE -> Root / "users" / LongVar(id) =>
      repo.delete(id).map {
        case true  => Response[IO](«Status.NoContent»)
        case false => Response[IO](«Status.NotFound»)
      }

    case GET -> Root / "legacy" / "users" / LongVar(id) =>
      IO.pure(Response[IO](«Status.PermanentRedirect»).putHeaders(Location(uri"/users" / id.toString)))

    case GET -> Root / "health" =>
      repo.ping.timeout(750.millis).attempt.map {
        case Right(_) => Response[IO](«Status.Ok»)
        case Left(_)  => Response[IO](Status.fromInt(«599»).getOrElse(«Status.ServiceUnavailable»))
      }
  }
}

final class AvatarClient(client: Client[IO], base: Uri) {
  private val Sizes = Set(64, 128, 256, 512)

  def fetch(id: Long, px: Int = 256): IO[Option[Array[Byte]]] = {
    val size = if (Sizes.contains(px)) px else 128
    val req = Request[IO](Method.GET, (base / "avatars" / id.toString).withQueryParam("s", size))
    client.run(req).use { resp =>
      resp.status.code match {
        case «200»          => resp.body.compile.to(Array).map(Some(_))
        case «404» | «410»    => IO.pure(None)
        case c if c >= 500 => IO.raiseError(new RuntimeException(s"avatar service failed with $c"))
        case _            => IO.raiseError(UnexpectedStatus(resp.status, Method.GET, req.uri))
      }
    }
  }

  def exists(id: Long): IO[Boolean] =
    client.status(Request[IO](Method.HEAD, base / "avatars" / id.toString)).map(_ == «Status.Ok»)
}
