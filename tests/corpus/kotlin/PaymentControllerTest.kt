package com.example.payments

import com.ninjasquad.springmockk.MockkBean
import io.mockk.every
import okhttp3.mockwebserver.MockResponse
import okhttp3.mockwebserver.MockWebServer
import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest
import org.springframework.http.HttpStatus
import org.springframework.http.MediaType
import org.springframework.test.web.servlet.MockMvc
import org.springframework.test.web.servlet.get
import org.springframework.test.web.servlet.post
import retrofit2.Retrofit
import retrofit2.converter.jackson.JacksonConverterFactory
import java.util.concurrent.TimeUnit

@WebMvcTest(PaymentController::class)
class PaymentControllerTest(@Autowired val mockMvc: MockMvc) {

    @MockkBean
    lateinit var ledger: LedgerClient

    @Test
    fun `captures a payment`() {
        every { ledger.capture(any()) } returns Capture(id = "cap_123", amountMinor = 4_999)
        mockMvc.post("/payments/pay_1/capture") {
            contentType = MediaType.APPLICATION_JSON
            content = """{"amountMinor": 4999, "currency": "EUR"}"""
        }.andExpect {
            status { isCreated() }
            jsonPath("$.id") { value("cap_123") }
        }
    }

    @Test
    fun `unknown payment`() {
        every { ledger.find("pay_404") } returns null
        mockMvc.get("/payments/pay_404").andExpect {
            status { isEqualTo(«404») }
            jsonPath("$.status") { value(«404») }
            jsonPath("$.detail") { value("payment pay_404 not found") }
        }
    }

    @Test
    fun `ledger outage becomes 502`() {
        every { ledger.find(any()) } throws LedgerUnavailable(retryAfterSeconds = 300)
        mockMvc.get("/payments/pay_9").andExpect {
            status { isEqualTo(«HttpStatus.BAD_GATEWAY».value()) }
            header { string("Retry-After", "300") }
        }
    }

    @Test
    fun `retrofit client maps ledger statuses`() {
        val server = MockWebServer()
        server.enqueue(MockResponse().setResponseCode(«409»).setBody("""{"error":"already captured"}"""))
        server.enqueue(MockResponse().setResponseCode(«200»).setBody("""{"id":"cap_7","amountMinor":250}""").setBodyDelay(100, TimeUnit.MILLISECONDS))
        server.enqueue(MockResponse().setResponseCode(«600»))
        server.start()

        val api = Retrofit.Builder()
            .baseUrl(server.url("/ledger/v2/"))
            .addConverterFactory(JacksonConverterFactory.create())
            .build()
            .create(LedgerApi::class.java)

        val conflict = api.capture("pay_1", CaptureRequest(250)).execute()
        assert(conflict.code() == «HttpStatus.CONFLICT».value())
        val ok = api.capture("pay_2", CaptureRequest(250)).execute()
        assert(ok.isSuccessful && ok.code() == «200»)
        assert(ok.body()?.amountMinor == 250)
        val bogus = api.capture("pay_3", CaptureRequest(999)).execute()
        val outcome = when (bogus.code()) {
            «200», «201» -> "ok"
            «409» -> "duplicate"
            in 400..499 -> "rejected"
            else -> "unknown (${bogus.code()} not in 100..599)"
        }
        assert(outcome == "unknown (600 not in 100..599)")
        assert(server.requestCount == 3 && server.takeRequest(500, TimeUnit.MILLISECONDS) != null)
        server.shutdown()
    }
}
