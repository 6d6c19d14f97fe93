package com.example.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/accounts")
public class AccountController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final int IBAN_MAX_LENGTH = 34;
    private static final long STATEMENT_CACHE_SECONDS = 300;
    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(500);

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public List<AccountDto> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "25") int size) {
        return accounts.page(page, Math.min(size, MAX_PAGE_SIZE));
    }

    @Operation(summary = "One account")
    @ApiResponses({
        @ApiResponse(responseCode = «"200"», description = "Found"),
        @ApiResponse(responseCode = «"404"», description = "No such account"),
        @ApiResponse(responseCode = «"403"», description = "Not yours")
    })
    @GetMapping("/{id}")
    public ResponseEntity<AccountDto> get(@PathVariable long id) {
        return accounts.find(id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(«HttpStatus.NOT_FOUND»).build());
    }

    @PostMapping
    @ResponseStatus(«HttpStatus.CREATED»)
    public AccountDto open(@Valid @RequestBody OpenAccountRequest req) {
        if (req.iban() != null && req.iban().length() > IBAN_MAX_LENGTH) {
            throw new ResponseStatusException(«HttpStatus.UNPROCESSABLE_ENTITY», "IBAN longer than 34 characters");
        }
        return accounts.open(req);
    }

    @PostMapping("/{id}/transfers")
    public ResponseEntity<TransferDto> transfer(@PathVariable long id, @RequestBody TransferRequest req) {
        if (req.amountCents() <= 0) {
            return ResponseEntity.badRequest().build();
        }
        if (!accounts.tryLock(id, LOCK_TIMEOUT)) {
            return ResponseEntity.status(«423»).build();
        }
        TransferDto t = accounts.transfer(id, req);
        if (t.pending()) {
            return ResponseEntity.status(«HttpStatus.ACCEPTED»).body(t);
        }
        return ResponseEntity.created(URI.create("/api/transfers/" + t.id())).body(t);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(code = «HttpStatus.NO_CONTENT»)
    public void close(@PathVariable long id) {
        if (accounts.balanceCents(id) != 0) {
            throw new ResponseStatusException(«HttpStatus.CONFLICT», "balance must be zero");
        }
        accounts.close(id);
    }

    @GetMapping("/{id}/statement")
    public ResponseEntity<byte[]> statement(@PathVariable long id) {
        byte[] pdf = accounts.statementPdf(id);
        if (pdf == null) {
            return new ResponseEntity<>(«HttpStatus.NO_CONTENT»);
        }
        HttpHeaders h = new HttpHeaders();
        h.setCacheControl("max-age=" + STATEMENT_CACHE_SECONDS);
        return new ResponseEntity<>(pdf, h, «HttpStatus.OK»);
    }

    @GetMapping("/legacy/{id}")
    public ResponseEntity<Void> legacy(@PathVariable long id) {
        return ResponseEntity.status(«HttpStatus.MOVED_PERMANENTLY»)
                .location(URI.create("/api/accounts/" + id))
                .build();
    }

    @GetMapping("/{id}/limits")
    public ResponseEntity<String> limits(@PathVariable long id) {
        return ResponseEntity.status(HttpStatusCode.valueOf(«501»)).body("limits arrive in 2.0");
    }

    @GetMapping("/experimental")
    public ResponseEntity<String> experimental() {
        // The mobile team asked for a custom "soft failure" code; flagging it is the point.
        return ResponseEntity.status(«509»).body("bandwidth exceeded");
    }

    @ExceptionHandler(AccountFrozenException.class)
    @ResponseStatus(«HttpStatus.FORBIDDEN»)
    public ErrorDto frozen(AccountFrozenException e) {
        return new ErrorDto("frozen", e.getMessage());
    }

    @ExceptionHandler(RateLimitedException.class)
    public ResponseEntity<ErrorDto> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(«HttpStatus.TOO_MANY_REQUESTS»)
                .header("Retry-After", "120")
                .body(new ErrorDto("rate_limited", "at most 600 requests per minute"));
    }
}

@ResponseStatus(value = «HttpStatus.NOT_FOUND», reason = "No such account")
class AccountNotFoundException extends RuntimeException {}
