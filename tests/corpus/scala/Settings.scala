package shop.config

import scala.concurrent.duration._

/** Service settings with defaults; the ops team overrides them in application.conf. */
final case class HttpSettings(
    port: Int = 8080,
    idleTimeout: FiniteDuration = 120.seconds,
    requestTimeout: FiniteDuration = 800.millis,
    maxConnections: Int = 256,
    pipeliningLimit: Int = 16,
    maxContentLength: Long = 100L * 1024 * 1024
)

final case class PoolSettings(min: Int = 4, max: Int = 100, queue: Int = 500, keepAlive: FiniteDuration = 300.seconds)

final case class Retry(attempts: Int = 4, base: FiniteDuration = 100.millis, cap: FiniteDuration = 900.millis) {
  def delay(n: Int): FiniteDuration = (base * math.pow(2, n).toLong).min(cap)
}

object Catalog {
  val PageSizes: Seq[Int] = Seq(25, 100, 250)
  val ImageWidths: Map[String, Int] = Map("thumb" -> 150, "card" -> 300, "zoom" -> 900)
  val Weights: Map[String, Int] = Map("regular" -> 400, "medium" -> 500, "bold" -> 700)
  val SkuLength = 12
  val MaxDescription = 999
  val Year = 2024

  def pageOf[A](xs: Seq[A], page: Int, size: Int = 100): Seq[A] = xs.slice(page * size, (page + 1) * size)

  def percentile(xs: Seq[Long], p: Int): Long = xs.sorted.apply(((xs.size - 1) * p) / 100)

  val banner = "Free shipping over 150 EUR, returns within 100 days"
}
