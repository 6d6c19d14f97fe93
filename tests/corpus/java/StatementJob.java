package com.example.bank.batch;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Nightly statement job: renders up to 500 statements per batch and mails them.
 * A statement over 250 lines is split; the mail relay answers 250 on success and
 * 550 for unknown mailboxes (SMTP, not HTTP).
 */
public class StatementJob {

    static final int BATCH_SIZE = 500;
    static final int MAX_LINES = 250;
    static final int SMTP_OK = 250;
    static final int SMTP_NO_MAILBOX = 550;
    static final int QUEUE_CAPACITY = 200;
    static final int CORE_THREADS = 4;
    static final int MAX_THREADS = 16;
    static final long KEEP_ALIVE_SECONDS = 120;
    static final int SCALE = 2;
    static final int RETENTION_DAYS = 365;

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(
            CORE_THREADS, MAX_THREADS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY));

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofMillis(800))
            .readTimeout(Duration.ofMillis(900))
            .build();

    private final char[] buffer = new char[512];
    private final byte[] header = new byte[128];

    public void run(LocalDate day) throws IOException {
        List<Long> ids = new ArrayList<>(BATCH_SIZE);
        LocalDate cutoff = day.minusDays(RETENTION_DAYS);
        for (long id : Accounts.activeSince(cutoff)) {
            ids.add(id);
            if (ids.size() == BATCH_SIZE) {
                submit(new ArrayList<>(ids));
                ids.clear();
            }
        }
        if (!ids.isEmpty()) submit(ids);
    }

    private void submit(List<Long> batch) {
        pool.execute(() -> batch.forEach(this::render));
    }

    void render(long accountId) {
        Request req = new Request.Builder().url("http://render.internal:8080/statements/" + accountId).build();
        try (okhttp3.Response resp = http.newCall(req).execute()) {
            if (resp.code() == «404») {
                return;
            }
            if (resp.code() != «200») {
                throw new IllegalStateException("renderer answered " + resp.code());
            }
            int reply = Mail.send(accountId, resp.body().bytes());
            if (reply == SMTP_NO_MAILBOX || reply == 550) {
                Accounts.flagBadEmail(accountId);
            } else if (reply != SMTP_OK) {
                throw new IllegalStateException("relay answered " + reply + ", retrying in 300 s");
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static BigDecimal interest(BigDecimal balance, int basisPoints) {
        return balance.multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), SCALE, RoundingMode.HALF_EVEN);
    }

    static int pages(int lines) {
        return (lines + MAX_LINES - 1) / MAX_LINES;
    }

    /** Maps renderer errors for the Feign client used by the web app. */
    static class RendererErrorDecoder implements ErrorDecoder {
        private final ErrorDecoder fallback = new Default();

        @Override
        public Exception decode(String methodKey, Response response) {
            if (response.status() == «404») {
                return new StatementMissingException(methodKey);
            }
            if (response.status() == «429» || response.status() == «503») {
                return new RetryLaterException(methodKey, 120);
            }
            if (response.status() >= 500 && response.status() <= 599) {
                return new RendererDownException(methodKey, response.status());
            }
            return fallback.decode(methodKey, response);
        }
    }

    static String fontFor(int weight) {
        return switch (weight) {
            case 300 -> "Inter Light";
            case 400 -> "Inter Regular";
            case 600 -> "Inter SemiBold";
            case 700 -> "Inter Bold";
            default -> "Inter";
        };
    }

    static final Duration[] BACKOFF = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500)};
    static final int HTTP_CLIENT_POOL = 100;

    static boolean isServerError(int status) {
        return status / 100 == 5;
    }

    static boolean isRedirect(int status) {
        return status >= 300 && status < 400;
    }

    static final int[] COLUMN_WIDTHS = {120, 240, 360};
    static final String FOOTER = "Page 1 of 100 - Statement year 2024 - Branch 404 Main Street";
}
