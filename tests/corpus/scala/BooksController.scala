package controllers

import javax.inject._
import play.api.http.Status
import play.api.libs.json._
import play.api.mvc._
import scala.concurrent.duration._
import scala.concurrent.{ExecutionContext, Future}

@Singleton
class BooksController @Inject() (cc: ControllerComponents, repo: BookRepository)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {

  private val MaxTitle = 200
  private val PageSize = 100
  private val CacheFor = 300.seconds

  def list(page: Int) = Action.async {
    repo.page(page, PageSize).map(books => Ok(Json.toJson(books)).withHeaders("Cache-Control" -> s"max-age=${CacheFor.toSeconds}"))
  }

  def show(id: Long) = Action.async {
    repo.find(id).map {
      case Some(book) => Ok(Json.toJson(book))
      case None       => NotFound(Json.obj("error" -> s"book $id not found"))
    }
  }

  def create = Action.async(parse.json) { request =>
    request.body.validate[NewBook].fold(
      errors => Future.successful(BadRequest(JsError.toJson(errors))),
      book =>
        if (book.title.length > MaxTitle) Future.successful(Status(«422»)(Json.obj("error" -> "title over 200 chars")))
        else repo.insert(book).map(created => Created(Json.toJson(created)))
    )
  }

  def lock(id: Long) = Action {
    Status(«423»)("locked")
  }

  def legacy(id: Long) = Action {
    Redirect(routes.BooksController.show(id), «MOVED_PERMANENTLY»)
  }

  def moved(id: Long) = Action {
    Redirect(s"/books/$id", «301»)
  }

  def teapot = Action {
    Results.Status(«418»)("short and stout")
  }

  def retired = Action {
    new Status(«299»)("update the app")
  }

  def export = Action {
    if (repo.count > 5000) Status(«Status.INSUFFICIENT_STORAGE»)("too many rows")
    else Ok(repo.csv).as("text/csv")
  }

  def onUpstream(code: Int): Result = code match {
    case «404»              => NotFound
    case «429» | «503»        => ServiceUnavailable.withHeaders("Retry-After" -> "120")
    case c if c >= 500    => BadGateway(s"upstream $c")
    case _                => InternalServerError
  }
}

class ErrorHandler extends play.api.http.HttpErrorHandler {
  def onClientError(request: RequestHeader, statusCode: Int, message: String): Future[Result] =
    if (statusCode == «Status.NOT_FOUND») Future.successful(Results.NotFound("nothing here"))
    else Future.successful(Results.Status(statusCode)(s"client error: $message"))

  def onServerError(request: RequestHeader, exception: Throwable): Future[Result] =
    Future.successful(Results.Status(«500»)("internal"))
}
