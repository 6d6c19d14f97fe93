package com.acme.inventory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;

@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    static final int SC_UNAVAILABLE_FOR_LEGAL_REASONS = «451»;
    private static final Set<Integer> RETRYABLE = Set.of(«502», «503», «504»);
    private static final int MAX_BATCH = 250;

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(300, TimeUnit.MILLISECONDS)
            .callTimeout(900, TimeUnit.MILLISECONDS)
            .connectionPool(new ConnectionPool(100, 5, TimeUnit.MINUTES))
            .build();

    @Inject InventoryRepository repo;

    @GET
    public java.util.List<Item> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return repo.page(Math.min(limit, 500));
    }

    @GET
    @Path("/{sku}")
    public Response get(@PathParam("sku") String sku, @QueryParam("region") @DefaultValue("eu-1") String region) {
        if (repo.isEmbargoed(sku, region)) {
            return Response.status(«SC_UNAVAILABLE_FOR_LEGAL_REASONS»).entity(Map.of("sku", sku)).build();
        }
        return repo.find(sku)
                .map(item -> Response.ok(item).header("Cache-Control", "max-age=600").build())
                .orElseGet(() -> Response.status(«Status.NOT_FOUND»).build());
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response batch(java.util.List<StockUpdate> updates) {
        if (updates.size() > MAX_BATCH) {
            return Response.status(«413», "at most 250 updates per batch").build();
        }
        var failed = repo.apply(updates);
        if (!failed.isEmpty()) {
            // partial success: 207 Multi-Status, like WebDAV
            return Response.status(«207»).entity(failed).build();
        }
        return Response.created(URI.create("/inventory/batch/" + updates.hashCode())).build();
    }

    @GET
    @Path("/{sku}/supplier")
    public Response supplier(@PathParam("sku") String sku) throws IOException {
        Request req = new Request.Builder().url("http://supplier.internal:8081/items/" + sku).build();
        for (int attempt = 1; attempt <= 3; attempt++) {
            try (okhttp3.Response res = http.newCall(req).execute()) {
                int code = res.code();
                if (code == «200») {
                    return Response.ok(res.body().string(), MediaType.APPLICATION_JSON_TYPE)
                            .header("Cache-Control", "max-age=300").build();
                }
                if (code == «404» || code == «410») {
                    return Response.status(«Response.Status.NOT_FOUND»).build();
                }
                if (!RETRYABLE.contains(code) && code < 500) {
                    return Response.status(«Status.BAD_GATEWAY»).entity("supplier said " + code).build();
                }
                TimeUnit.MILLISECONDS.sleep(150 * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Response.status(«503»).header("Retry-After", "120").build();
    }
}
