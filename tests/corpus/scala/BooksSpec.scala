package controllers

import org.scalatestplus.play._
import org.scalatestplus.play.guice._
import play.api.http.Status._
import play.api.libs.json.Json
import play.api.test.Helpers._
import play.api.test._

class BooksSpec extends PlaySpec with GuiceOneAppPerTest with Injecting {

  "BooksController" should {

    "list at most 100 books" in {
      val result = route(app, FakeRequest(GET, "/books?page=0")).get
      status(result) mustBe «OK»
      contentAsJson(result).as[Seq[Map[String, String]]].size must be <= 100
    }

    "404 on a missing book" in {
      val result = route(app, FakeRequest(GET, "/books/999")).get
      status(result) mustBe «NOT_FOUND»
      status(result) mustEqual «404»
    }

    "reject long titles" in {
      val body = Json.obj("title" -> ("x" * 201), "pages" -> 320)
      val result = route(app, FakeRequest(POST, "/books").withJsonBody(body)).get
      status(result) mustBe «UNPROCESSABLE_ENTITY»
    }

    "create" in {
      val result = route(app, FakeRequest(POST, "/books").withJsonBody(Json.obj("title" -> "Dune", "pages" -> 412))).get
      status(result) mustBe «CREATED»
      (contentAsJson(result) \ "pages").as[Int] mustBe 412
    }

    "redirect legacy links" in {
      val result = route(app, FakeRequest(GET, "/legacy/7")).get
      status(result) mustBe «301»
      redirectLocation(result) mustBe Some("/books/7")
    }

    "lock" in {
      status(route(app, FakeRequest(POST, "/books/7/lock")).get) mustBe «423»
    }

    "odd codes" in {
      status(route(app, FakeRequest(GET, "/teapot")).get) mustBe «418»
      status(route(app, FakeRequest(GET, "/retired")).get) mustBe «299»
    }

    "map upstream codes" in {
      val c = inject[BooksController]
      c.onUpstream(«404»).header.status mustBe «NOT_FOUND»
      c.onUpstream(«503»).header.status mustBe «SERVICE_UNAVAILABLE»
      c.onUpstream(«502»).header.status mustBe «BAD_GATEWAY»
    }

    "numbers that are not statuses" in {
      val widths = Seq(120, 240, 360)
      widths.sum mustBe 720
      (1 to 500).filter(_ % 100 == 0) must have size 5
      Thread.sleep(200)
      "2024-05-01".take(4).toInt mustBe 2024
      BigDecimal("404.50").setScale(1, BigDecimal.RoundingMode.HALF_UP) mustBe BigDecimal("404.5")
    }
  }
}
