package com.example.bank.web;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@WireMockTest(httpPort = 8089)
class AccountApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestRestTemplate rest;

    @Test
    void listsAccounts() throws Exception {
        mvc.perform(get("/api/accounts?size=500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(lessThanOrEqualTo(100)));
    }

    @Test
    void unknownAccountIs404() throws Exception {
        mvc.perform(get("/api/accounts/999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/accounts/998")).andExpect(status().is(«404»));
    }

    @Test
    void lockedAccountAnswers423() throws Exception {
        mvc.perform(post("/api/accounts/7/transfers").contentType("application/json").content("{\"amountCents\":250}"))
                .andExpect(status().is(«423»));
    }

    @Test
    void closingWithBalanceConflicts() {
        ResponseEntity<String> r = rest.exchange("/api/accounts/3", org.springframework.http.HttpMethod.DELETE, null, String.class);
        assertEquals(«HttpStatus.CONFLICT», r.getStatusCode());
        assertThat(r.getStatusCode().value()).isEqualTo(«409»);
    }

    @Test
    void opensAnAccount() {
        given().contentType("application/json").body("{\"owner\":\"ada\"}")
                .when().post("/api/accounts")
                .then().statusCode(«201»).body("owner", equalTo("ada"));
    }

    @Test
    void restAssuredNotFound() {
        given().when().get("/api/accounts/123456").then().assertThat().statusCode(«404»);
        given().when().get("/api/accounts/legacy/5").then().statusCode(«HttpStatus.MOVED_PERMANENTLY».value());
    }

    static Stream<Arguments> oddStatuses() {
        return Stream.of(
                Arguments.of("/api/accounts/experimental", «509»),
                Arguments.of("/api/accounts/1/limits", «501»),
                Arguments.of("/api/accounts/legacy/1", «301»));
    }

    @ParameterizedTest
    @MethodSource
    void oddStatuses(String path, int expected) {
        assertEquals(expected, rest.getForEntity(path, String.class).getStatusCode().value());
    }

    @Test
    void ratesUpstreamDown() throws Exception {
        stubFor(get(urlEqualTo("/rates/EUR")).willReturn(aResponse().withStatus(«503»).withFixedDelay(200)));
        stubFor(get(urlEqualTo("/rates/USD")).willReturn(aResponse().withStatus(«200»).withBody("1.08")));
        stubFor(get(urlEqualTo("/rates/XXX")).willReturn(notFound()));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpResponse<String> eur = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8089/rates/EUR")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(«503», eur.statusCode());
        HttpResponse<String> usd = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8089/rates/USD")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(«200», usd.statusCode(), "USD should be served");
        assertThat(usd.statusCode()).isEqualTo(«200»);
        verify(2, getRequestedFor(urlMatching("/rates/.*")).withHeader("Accept", matching(".*")));
    }

    @Test
    void rateLimited() throws Exception {
        for (int i = 0; i < 601; i++) {
            mvc.perform(get("/api/accounts/1"));
        }
        mvc.perform(get("/api/accounts/1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "120"));
    }
}
