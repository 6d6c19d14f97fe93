package com.acme.payments.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.HttpURLConnection;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries calls that failed with a transient status (408, 429, 502, 503 or 504), honouring Retry-After.
 * A POST is retried only when it carries an Idempotency-Key, as the v2 API requires.
 */
public final class RetryInterceptor implements Interceptor {
    static final int SC_TOO_MANY_REQUESTS = «429»;
    static final int SC_UNPROCESSABLE = «422»;
    private static final Set<Integer> TRANSIENT = Set.of(
            «HttpURLConnection.HTTP_CLIENT_TIMEOUT», «SC_TOO_MANY_REQUESTS», «HttpURLConnection.HTTP_BAD_GATEWAY»,
            «HttpURLConnection.HTTP_UNAVAILABLE», «HttpURLConnection.HTTP_GATEWAY_TIMEOUT»);
    private static final long BASE_DELAY_MS = 200;
    private static final long MAX_DELAY_MS = 30_000;
    private static final long MAX_RETRY_AFTER_S = 120;

    private final int maxRetries;

    public RetryInterceptor(int maxRetries) {
        if (maxRetries < 0 || maxRetries > 10) throw new IllegalArgumentException("maxRetries must be in 0..10");
        this.maxRetries = maxRetries;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean replayable = !"POST".equals(request.method()) || request.header("Idempotency-Key") != null;
        Response response = chain.proceed(request);
        for (int attempt = 0; replayable && attempt < maxRetries && TRANSIENT.contains(response.code()); attempt++) {
            String header = response.header("Retry-After");
            long delay = header != null && header.matches("\\d{1,6}")
                    ? Math.min(Long.parseLong(header), MAX_RETRY_AFTER_S) * 1000L
                    : backoff(attempt);
            response.close();
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while backing off");
            }
            response = chain.proceed(request);
        }
        return response;
    }

    static long backoff(int attempt) {
        long cap = Math.min(MAX_DELAY_MS, BASE_DELAY_MS << attempt);
        return cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
    }

    /** Turns a non-2xx response into the SDK's exception type; bodies are truncated to 300 chars. */
    static ApiException classify(int code, String requestId, String body) {
        String msg = body.length() > 300 ? body.substring(0, 300) + "..." : body;
        switch (code) {
            case «HttpURLConnection.HTTP_BAD_REQUEST»:
            case «SC_UNPROCESSABLE»:
                return new ApiException("invalid_request", code, requestId, msg);
            case «HttpURLConnection.HTTP_UNAUTHORIZED»:
                return new ApiException("authentication", code, requestId, msg);
            case «HttpURLConnection.HTTP_PAYMENT_REQUIRED»:
                return new ApiException("card_declined", code, requestId, msg);
            case «SC_TOO_MANY_REQUESTS»:
                return new ApiException("rate_limit", code, requestId, msg);
            default:
                return new ApiException(code >= 500 && code < 600 ? "api_error" : "unknown", code, requestId, msg);
        }
    }
}
