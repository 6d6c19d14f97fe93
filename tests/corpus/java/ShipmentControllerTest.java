package com.acme.logistics.web;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

@WebFluxTest(ShipmentController.class)
class ShipmentControllerTest {

    private static final long KNOWN_ID = 31337L;

    @Autowired WebTestClient client;
    @MockBean ShipmentService service;

    @Test
    void getReturnsShipment() {
        when(service.find(KNOWN_ID)).thenReturn(Mono.just(new Shipment(KNOWN_ID, "DHL", 120)));
        client.mutate().responseTimeout(Duration.ofMillis(500)).build()
                .get().uri("/shipments/{id}", KNOWN_ID)
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.weightKg").isEqualTo(120);
    }

    @Test
    void unknownShipmentIs404() {
        when(service.find(anyLong()))
                .thenReturn(Mono.error(new ResponseStatusException(«HttpStatus.NOT_FOUND», "no shipment")));
        client.get().uri("/shipments/404").exchange()
                .expectStatus().isEqualTo(«HttpStatus.NOT_FOUND»)
                .expectBody()
                .jsonPath("$.status").isEqualTo(«404»)
                .jsonPath("$.title").isEqualTo("Not Found");
    }

    @ParameterizedTest(name = "weight {0} kg -> {1}")
    @CsvSource({"0, «400»", "801, «422»", "799, «201»", "800, «201»"})
    void createValidatesWeight(int weight, int expected) {
        when(service.create(org.mockito.ArgumentMatchers.any())).thenReturn(Mono.just(new Shipment(1L, "UPS", weight)));
        client.post().uri("/shipments")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"carrier\":\"UPS\",\"weightKg\":" + weight + "}")
                .exchange()
                .expectStatus().isEqualTo(expected);
    }

    @Test
    void cancelIsAccepted() {
        when(service.cancel(KNOWN_ID)).thenReturn(Mono.empty());
        client.delete().uri("/shipments/{id}", KNOWN_ID).exchange().expectStatus().isEqualTo(«202»);
    }

    @Test
    void carrierOutageMapsToBadGateway() {
        when(service.find(KNOWN_ID)).thenReturn(Mono.error(new ResponseStatusException(HttpStatusCode.valueOf(«503»))));
        client.get().uri("/shipments/{id}", KNOWN_ID).exchange()
                .expectStatus().value(status -> {
                    org.assertj.core.api.Assertions.assertThat(status).isEqualTo(«502»);
                    org.assertj.core.api.Assertions.assertThat(status).isBetween(500, 599);
                })
                .expectHeader().valueEquals("Retry-After", "300");
    }

    @Test
    void labelsAreRenderedAt300Dpi() {
        client.get().uri("/shipments/{id}/label.png?dpi=300&w=800&h=600", KNOWN_ID).exchange()
                .expectStatus().is2xxSuccessful()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectHeader().valueEquals("X-Label-Dpi", "300");
    }
}
