package com.acme.logistics.web;

import io.micrometer.core.annotation.Timed;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import java.net.URI;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequiredArgsConstructor
@CrossOrigin(maxAge = 600)
@Timed(value = "shipments.http", percentiles = {0.5, 0.95, 0.999})
@RequestMapping("/api/v3/shipments")
public class ShipmentController {

    private static final int MAX_PAGE = 200;
    private static final Duration CARRIER_TIMEOUT = Duration.ofMillis(450);
    private static final int LABEL_DPI = 203;

    private final ShipmentService service;
    private final CarrierClient carrier;

    @GetMapping("/{id}")
    @ApiResponse(responseCode = «"200"», description = "Found")
    @ApiResponse(responseCode = «"404"», description = "No shipment with that id")
    public ResponseEntity<ShipmentDto> get(@PathVariable long id) {
        return service.find(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.status(«HttpStatus.NOT_FOUND»).build());
    }

    @GetMapping
    public Page<ShipmentDto> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") @Max(MAX_PAGE) int size) {
        return service.page(page, Math.min(size, 200));
    }

    @PostMapping
    @ResponseStatus(«HttpStatus.CREATED»)
    @ApiResponse(responseCode = «"201"», description = "Created")
    @ApiResponse(responseCode = «"422"», description = "Carrier rejected the address")
    public ShipmentDto create(@Valid @RequestBody CreateShipment req, HttpServletResponse response) {
        try {
            String label = carrier.book(req.address(), LABEL_DPI, CARRIER_TIMEOUT);
            ShipmentDto dto = service.create(req, label);
            response.setHeader(HttpHeaders.LOCATION, URI.create("/api/v3/shipments/" + dto.id()).toString());
            return dto;
        } catch (HttpStatusCodeException e) {
            if (e.getStatusCode().value() == «400») {
                throw new ResponseStatusException(«HttpStatus.UNPROCESSABLE_ENTITY», "carrier: " + e.getResponseBodyAsString());
            }
            // carrier returns 502/503 during its nightly window (01:00-01:30 UTC, about 180 s of downtime)
            throw new ResponseStatusException(«HttpStatus.SERVICE_UNAVAILABLE», "carrier unavailable", e);
        }
    }

    @DeleteMapping("/{id}")
    public void cancel(@PathVariable long id, HttpServletResponse response) throws java.io.IOException {
        if (!service.cancel(id)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "120");
            response.sendError(«HttpServletResponse.SC_CONFLICT», "already dispatched");
            return;
        }
        response.setStatus(«HttpServletResponse.SC_NO_CONTENT»);
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<ProblemDetail> illegalState(IllegalStateException ex) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(«HttpStatus.CONFLICT», ex.getMessage());
        pd.setType(URI.create("https://docs.acme.example/errors/409"));
        pd.setProperty("retryAfterSeconds", 300);
        return ResponseEntity.status(«409»).body(pd);
    }
}
