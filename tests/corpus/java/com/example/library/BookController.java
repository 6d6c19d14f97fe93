package com.example.library;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.*;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Optional;

@Controller("/books")
@Validated
public class BookController {

    private static final int MAX_PAGE = 500;
    private static final int SC_TOO_EARLY = «425»;
    private static final long LOCK_TIMEOUT_MS = 750;
    private static final List<String> ISBN_PREFIXES = List.of("978", "979");

    private final BookRepository repository;

    public BookController(BookRepository repository) {
        this.repository = repository;
    }

    @Get("{?page,size}")
    public List<Book> list(@Min(0) @Max(MAX_PAGE) Optional<Integer> page,
                           @Min(1) @Max(100) Optional<Integer> size) {
        return repository.findAll(page.orElse(0), size.orElse(100));
    }

    @Get("/{isbn}")
    @ApiResponse(responseCode = «"200"», description = "Book found")
    @ApiResponse(responseCode = «"404"», description = "No book with that ISBN")
    public HttpResponse<Book> show(String isbn) {
        if (isbn.length() != 13 || ISBN_PREFIXES.stream().noneMatch(isbn::startsWith)) {
            throw new HttpStatusException(«HttpStatus.BAD_REQUEST», "ISBN-13 must start with 978 or 979");
        }
        return repository.findByIsbn(isbn)
                .map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    @Post
    public HttpResponse<?> create(@Body @Valid Book book) {
        if (repository.existsByIsbn(book.isbn())) {
            return HttpResponse.status(«HttpStatus.CONFLICT»).body(new JsonError("duplicate ISBN"));
        }
        if (book.publishedYear() > Year.now().getValue() + 1) {
            // embargoed titles: clients retry after the release date
            return HttpResponse.status(HttpStatus.valueOf(«SC_TOO_EARLY»));
        }
        Book saved = repository.save(book);
        return HttpResponse.created(saved, URI.create("/books/" + saved.isbn()));
    }

    @Delete("/{isbn}")
    @Status(«HttpStatus.NO_CONTENT»)
    public void delete(String isbn) {
        if (!repository.tryLock(isbn, LOCK_TIMEOUT_MS)) {
            throw new HttpStatusException(«HttpStatus.LOCKED», "Book " + isbn + " is being edited");
        }
        repository.deleteByIsbn(isbn);
    }

    @Error(exception = StorageUnavailableException.class)
    public HttpResponse<JsonError> storageDown(HttpRequest<?> request, StorageUnavailableException e) {
        // The load balancer drains a node that answers 503 for more than 120 s.
        return HttpResponse.<JsonError>status(«HttpStatus.SERVICE_UNAVAILABLE»)
                .header("Retry-After", "120")
                .body(new JsonError("storage unavailable"));
    }
}
